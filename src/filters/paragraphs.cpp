// Builds the output paragraphs from the kept lines. Blank and removed lines separate paragraphs;
// consecutive lines are re-joined when they are fragments of one paragraph that the scraper split
// at inline links (Kompas: "Timnas Indonesia" / "dibekuk oleh tim ...," / "Jepang" / ", pada ...").
//
// How a run of kept lines is cut into paragraphs:
//   1. A line continues the one before when it starts with , . ; : ) ? ! or, after an unfinished
//      line, with a lowercase letter (also behind an opening quote) or "(" ; or when the line
//      before opens something (ends in "(" or an opening quote, or is a lone quote mark).
//   2. A short line that the next line continues (a link anchor: "TransJakarta" / "dengan ...")
//      joins the line before only when that one stops mid-phrase: its last word is lowercase, it
//      ends with a comma, or it is itself an anchor joined in the same way. A subheading
//      ("Indonesia Dalam Laju Positif") or a list item ("Harga: Rp 1.000") does not. A single word
//      ("Presiden" / "Prabowo Subianto" / ", ...") is no subheading and joins too, and so does a
//      long line that is no Title Case list row ("... dengan Deputi Menteri Haji" / "Arab Saudi").
//   3. Any other short line after an unfinished line that is no Title Case subheading, or a long
//      line after a fragment of at most three words ("Harga emas" / "Logam Mulia ..."), is joined
//      tentatively; the joins stand only when the paragraph they build ends a sentence ("... Grup
//      C" / "Kualifikasi Piala Dunia 2026" / "Zona Asia.") and its lines average three words or
//      more. List items (lines that start with the same word, or "Label: value" rows), table cells
//      and subheadings stay apart.
//   4. A line whose last sentence opens inside it and stops after a word or three ("... yang sah.
//      Kampanye") is continued, tentatively as in 3, by the lines up to that sentence's end.
#include "bersih/lexicon.hpp"
#include "filters/context.hpp"

#include <array>
#include <cctype>
#include <string_view>
#include <vector>

namespace bersih::filters {
namespace {

constexpr std::size_t kMaxAnchorWords = 8;
constexpr std::size_t kMaxLeadFragmentWords = 3;
constexpr std::size_t kMinSentenceWords =
    5; // a line this long ending in a word, no full stop: a sentence in progress
constexpr std::size_t kMinWordsPerLine = 3;  // table cells scraped one per line average less
constexpr std::size_t kMaxLabelRowWords = 8; // "Kota Bandung: 5 unit" rows of a list
constexpr std::size_t kMaxLabelWords = 3;
constexpr std::string_view kOpenQuote = "\xE2\x80\x9C";  // “
constexpr std::string_view kCloseQuote = "\xE2\x80\x9D"; // ”

enum class Join { none, strong, anchor, tentative };

bool starts_with_any(const std::string& text, std::string_view chars) {
    return !text.empty() && chars.find(text.front()) != std::string_view::npos;
}

bool ends_sentence(const std::string& text) {
    if (text.empty()) {
        return false;
    }
    if (text.ends_with(kCloseQuote) || text.ends_with("\xE2\x80\x99")) {
        return true; // closing curly quote
    }
    return std::string_view(".!?\":;'").find(text.back()) != std::string_view::npos;
}

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

bool opens_inline(const std::string& text) {
    return text.ends_with("(") || text.ends_with(kOpenQuote) || text.ends_with(" -") ||
           text == "\"";
}

// Lowercase first letter, looking past an opening quote: "harus ..." or "\"harus ...".
bool starts_lowercase(const std::string& text) {
    std::string_view rest(text);
    if (rest.starts_with("\"") || rest.starts_with("'")) {
        rest.remove_prefix(1);
    } else if (rest.starts_with(kOpenQuote)) {
        rest.remove_prefix(kOpenQuote.size());
    }
    return !rest.empty() && is_lower(rest.front());
}

// The last word starts with a lowercase letter, or the line ends with a comma: a phrase in
// progress.
bool stops_mid_phrase(const std::string& text) {
    if (text.empty()) {
        return false;
    }
    if (text.back() == ',') {
        return true;
    }
    const std::size_t space = text.rfind(' ');
    const char first = text[space == std::string::npos ? 0 : space + 1];
    return is_lower(first);
}

bool continues(const std::string& prev, const std::string& next) {
    if (starts_with_any(next, ",.;:)?!")) {
        return true;
    }
    if (opens_inline(prev)) {
        return true;
    }
    // "(MBS), seperti ..." continues; a whole "(Name)" line is a credit or caption.
    const bool open_paren = next.front() == '(' && next.back() != ')';
    return !ends_sentence(prev) && (starts_lowercase(next) || open_paren);
}

// Words that Indonesian title case leaves in lowercase.
bool function_word(std::string_view word) {
    static const WordClass& words = Lexicon::builtin().words("heading-function-words");
    return words.contains(word);
}

// "Indonesia Dalam Laju Positif", "Fokus pada Akses dan Layanan": two or more words, each longer
// word capitalised except the function words.
bool title_case_heading(const std::string& text) {
    if (word_count(text) < 2 || ends_sentence(text)) {
        return false;
    }
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t end = text.find(' ', begin);
        if (end == std::string::npos) {
            end = text.size();
        }
        const std::string_view word(text.data() + begin, end - begin);
        if (word.size() >= 4 && is_lower(word.front()) && !function_word(word)) {
            return false;
        }
        begin = end + 1;
    }
    return true;
}

// "1. Depot bakso" / "2) Warung" / "- Pos satu": a numbered or bulleted item stands alone.
bool list_item(const std::string& text) {
    std::size_t i = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        ++i;
    }
    if (i > 0 && i < text.size() && (text[i] == '.' || text[i] == ')')) {
        return true;
    }
    return text.starts_with("- ") || text.starts_with("\xE2\x80\xA2");
}

// "Palembang: 568 kasus" / "Makassar: 672 orang": a short row of a label (one to three words, the
// first capitalised) and a value after a colon. Such rows stand alone even when their labels
// differ.
bool label_value_row(const std::string& text) {
    const std::size_t colon = text.find(": ");
    if (colon == std::string::npos || colon == 0 ||
        !std::isupper(static_cast<unsigned char>(text.front())) ||
        word_count(text) > kMaxLabelRowWords) {
        return false;
    }
    const std::string label = text.substr(0, colon);
    return word_count(label) <= kMaxLabelWords && colon + 2 < text.size() && !ends_sentence(text);
}

// "Harga 1 kg: Rp 10.000" / "Harga 5 kg: Rp 45.000": list items start alike.
bool same_first_word(const std::string& a, const std::string& b) {
    const std::string_view first_a = std::string_view(a).substr(0, a.find(' '));
    const std::string_view first_b = std::string_view(b).substr(0, b.find(' '));
    return first_a == first_b;
}

// Words after the last sentence end inside the line, when a sentence opens there with capitalised
// words and does not finish: "... penjaga hutan yang sah. Kampanye" gives 1 ("Kampanye" / "Forest
// Watch" / "Indonesia (FWI) menyebut ..." is one sentence split at a link). 0 when the line ends a
// sentence or has no sentence end inside it.
std::size_t words_after_inner_sentence_end(const std::string& text) {
    if (text.empty() || ends_sentence(text)) {
        return 0;
    }
    // The last ". ", "? " or "! " (cheap byte searches first: most lines have none near the end).
    std::size_t end = std::string::npos;
    for (const std::string_view stop : {". ", "? ", "! "}) {
        const std::size_t at = text.rfind(stop);
        if (at != std::string::npos && (end == std::string::npos || at > end)) {
            end = at;
        }
    }
    if (end == std::string::npos || end + 2 >= text.size()) {
        return 0;
    }
    // Only capitalised words, the start of a name that a link goes on with ("Kampanye" / "Forest
    // Watch"); "Survei dilakukan" or "Berikut di antaranya" stop where something was not scraped.
    const std::string rest = text.substr(end + 2);
    for (std::size_t at = 0; at != std::string::npos; at = rest.find(' ', at)) {
        at = rest.find_first_not_of(' ', at);
        if (at == std::string::npos) {
            break;
        }
        if (std::isupper(static_cast<unsigned char>(rest[at])) == 0) {
            return 0;
        }
    }
    return word_count(text) < kMinSentenceWords ? 0 : word_count(rest);
}

// Appends in place: a paragraph of many fragments must not be copied once per fragment.
void join(std::string& left, const std::string& right) {
    if (!left.empty() && !starts_with_any(right, ",.;:)?!") && !left.ends_with("(") &&
        !left.ends_with(kOpenQuote)) {
        left += ' ';
    }
    left += right;
}

std::vector<Join> decide_joins(const std::vector<const std::string*>& text) {
    const std::size_t n = text.size();
    std::vector<Join> joins(n, Join::none);
    for (std::size_t k = 1; k < n; ++k) {
        if (continues(*text[k - 1], *text[k])) {
            joins[k] = Join::strong;
        }
    }
    // Words of a sentence that opened inside an earlier line of the paragraph and runs on
    // unfinished through text[k - 1]; 0 when there is none.
    std::size_t open_sentence_words = 0;
    for (std::size_t k = 1; k < n; ++k) {
        const std::string& prev = *text[k - 1];
        const std::string& line = *text[k];
        if (const std::size_t inner = words_after_inner_sentence_end(prev); inner > 0) {
            open_sentence_words = inner;
        } else if (joins[k - 1] != Join::none && open_sentence_words > 0 && !ends_sentence(prev)) {
            open_sentence_words += word_count(prev);
        } else {
            open_sentence_words = 0;
        }
        if (joins[k] != Join::none || ends_sentence(prev) || same_first_word(prev, line) ||
            list_item(prev) || label_value_row(prev) || label_value_row(line)) {
            continue;
        }
        if (open_sentence_words > 0 && open_sentence_words <= kMaxLeadFragmentWords) {
            // "... yang sah. Kampanye" / "Forest Watch" / "Indonesia (FWI) menyebut ...": a
            // sentence of a word or three cannot have ended, so its links and the rest follow.
            joins[k] = Join::tentative;
            continue;
        }
        const bool short_line = word_count(line) <= kMaxAnchorWords;
        const bool prev_joined = joins[k - 1] != Join::none;
        const bool pulled = k + 1 < n && joins[k + 1] == Join::strong;
        const bool one_word = word_count(prev) == 1;
        if (pulled && short_line && !ends_sentence(line)) {
            // A link anchor that starts the phrase after it; it joins back only mid-phrase.
            const bool sentence_in_progress =
                word_count(prev) >= kMinSentenceWords &&
                std::isalpha(static_cast<unsigned char>(prev.back())) != 0 &&
                !title_case_heading(prev);
            if (stops_mid_phrase(prev) || prev_joined || one_word || sentence_in_progress) {
                joins[k] = Join::anchor;
            }
        } else if (short_line) {
            if (prev_joined || !title_case_heading(prev)) {
                joins[k] = Join::tentative;
            }
        } else if (word_count(prev) <= kMaxLeadFragmentWords && !title_case_heading(prev)) {
            // "Harga emas" / "Logam Mulia Antam ... naik tipis.": a paragraph whose first words
            // were a link.
            joins[k] = Join::tentative;
        }
    }
    // Keep the weak joins of a paragraph only when the paragraph ends a sentence and its lines are
    // not mostly one or two words (table cells).
    std::size_t start = 0;
    for (std::size_t k = 1; k <= n; ++k) {
        if (k < n && joins[k] != Join::none) {
            continue;
        }
        // Paragraph [start, k).
        std::size_t words = 0;
        for (std::size_t j = start; j < k; ++j) {
            words += word_count(*text[j]);
        }
        if (!ends_sentence(*text[k - 1]) || words < kMinWordsPerLine * (k - start)) {
            for (std::size_t j = start + 1; j < k; ++j) {
                if (joins[j] == Join::tentative || joins[j] == Join::anchor) {
                    joins[j] = Join::none;
                }
            }
        }
        start = k;
    }
    return joins;
}

} // namespace

void assemble_paragraphs(Document& doc, const Context& /*ctx*/) {
    // Runs of consecutive kept lines; anything else between two lines breaks the run. A run is
    // a range of line indices: consecutive lines, so its first index and its length.
    doc.paragraphs.clear();
    std::vector<const std::string*> text;
    for (std::size_t first = 0; first < doc.lines.size();) {
        if (!doc.lines[first].kept_text()) {
            ++first;
            continue;
        }
        std::size_t end = first;
        text.clear();
        while (end < doc.lines.size() && doc.lines[end].kept_text()) {
            text.push_back(&doc.lines[end].text);
            ++end;
        }
        const auto joins = decide_joins(text);
        for (std::size_t k = 0; k < end - first; ++k) {
            Line& line = doc.lines[first + k];
            if (k == 0 || joins[k] == Join::none) {
                doc.paragraphs.push_back(line.text);
            } else {
                join(doc.paragraphs.back(), line.text);
            }
            line.paragraph = static_cast<int>(doc.paragraphs.size()) - 1;
        }
        first = end;
    }
}

} // namespace bersih::filters
