// The shape of a line, without knowing its words: does it read as a linked headline or as a
// sentence of the article? Used where a rule knows a headline may follow ("Baca juga:" on its own
// line) but the scraper may have dropped it, leaving the next paragraph right under the marker.
#include "filters/ascii.hpp"
#include "filters/context.hpp"

#include <string_view>

namespace bersih::filters {

namespace {

constexpr std::size_t kMaxHeadlineWords = 25;
constexpr std::size_t kQuestionSentenceWords = 12;

bool closing_mark(std::string_view t) {
    return t.ends_with("\"") || t.ends_with("'") || t.ends_with(")") || t.ends_with("]") ||
           t.ends_with("\xE2\x80\x9D") || t.ends_with("\xE2\x80\x99");
}

std::string_view drop_closing_marks(std::string_view t) {
    while (!t.empty() && closing_mark(t)) {
        t.remove_suffix(static_cast<unsigned char>(t.back()) >= 0x80 ? 3 : 1);
    }
    return t;
}

// "pertama. Berikut": a full stop after a lowercase word of three letters or more, then a
// capital: two sentences ("Dr. Budi" or "H. Ahmad" are no sentence end).
bool inner_sentence_end(std::string_view t) {
    for (std::size_t p = 3; p + 2 < t.size(); ++p) {
        if ((t[p] == '.' || t[p] == '!' || t[p] == '?') && t[p + 1] == ' ' && upper(t[p + 2]) &&
            lower(t[p - 1]) && lower(t[p - 2]) && lower(t[p - 3])) {
            return true;
        }
    }
    return false;
}

} // namespace

bool reads_as_headline(const std::string& text) noexcept {
    const std::string_view t = text;
    if (t.empty() || word_count_up_to(text, kMaxHeadlineWords + 1) > kMaxHeadlineWords) {
        return false;
    }
    if (t.ends_with("...") || t.ends_with("\xE2\x80\xA6")) {
        return true; // a headline cut short by the link box
    }
    const bool quoted_end = closing_mark(t);
    const std::string_view bare = drop_closing_marks(t);
    if (bare.empty()) {
        return false;
    }
    const char last = bare.back();
    if (last == '.' || last == ':' || last == ';') {
        return false;
    }
    // Headlines ask and exclaim too ("Siapa yang Untung?"); a quoted or long one is speech.
    if ((last == '?' || last == '!') &&
        (quoted_end || word_count_up_to(text, kQuestionSentenceWords) >= kQuestionSentenceWords)) {
        return false;
    }
    return !inner_sentence_end(t);
}

} // namespace bersih::filters
