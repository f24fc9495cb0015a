#include "filters/context.hpp"

#include <algorithm>
#include <string_view>

namespace bersih::filters {

std::size_t word_count(const std::string& text) noexcept {
    // A word starts at a non-space byte after a space or at the start. Branch-free, so the
    // compiler vectorises it: many stages count the words of every line.
    const std::size_t size = text.size();
    if (size == 0) {
        return 0;
    }
    const char* data = text.data();
    std::size_t words = data[0] != ' ' ? 1U : 0U;
    for (std::size_t i = 1; i < size; ++i) {
        words += static_cast<std::size_t>((data[i] != ' ') & (data[i - 1] == ' '));
    }
    return words;
}

std::size_t word_count_up_to(const std::string& text, std::size_t limit) noexcept {
    // Blocks of 64 bytes, each counted branch-free like word_count: a long line (a flattened
    // body runs to thousands of bytes) stops soon after its limit-th word.
    constexpr std::size_t kBlock = 64;
    const std::size_t size = text.size();
    if (size == 0) {
        return 0;
    }
    const char* data = text.data();
    std::size_t words = data[0] != ' ' ? 1U : 0U;
    for (std::size_t from = 1; from < size && words < limit; from += kBlock) {
        const std::size_t to = std::min(size, from + kBlock);
        for (std::size_t i = from; i < to; ++i) {
            words += static_cast<std::size_t>((data[i] != ' ') & (data[i - 1] == ' '));
        }
    }
    return std::min(words, limit);
}

bool is_prose(const std::string& text) noexcept {
    // Eight words, stopping at the eighth: most lines are long prose. A token without a letter or
    // digit ("|", "-", "•") is no word: "Tentang Kami | Redaksi | Kontak" is a menu of five.
    std::size_t words = 0;
    bool in_word = false;
    bool counted = false;
    for (const char c : text) {
        const bool space = c == ' ';
        const auto u = static_cast<unsigned char>(c);
        // ASCII letters and digits, and the lead bytes of letters beyond ASCII (0xE2 leads the
        // dashes, bullets and quotes of General Punctuation).
        const bool wordy = (u >= '0' && u <= '9') || ((u | 0x20U) >= 'a' && (u | 0x20U) <= 'z') ||
                           (u >= 0xC3 && u != 0xE2);
        if (space) {
            in_word = false;
            continue;
        }
        if (!in_word) {
            in_word = true;
            counted = false;
        }
        if (wordy && !counted) {
            counted = true;
            if (++words >= 8) {
                return true;
            }
        }
    }
    return false;
}

namespace {

constexpr std::size_t kLongLineWords = 25; // prose however it ends

// The first paragraph ends like a sentence. A headline, an image title or a photo caption that
// ends in its credit ("... (Foto: AFP)", "... KOMPAS.com/NAME") is as long but does not, so the
// header runs on past it to the dateline and the lead.
bool opens_body(const std::string& text) noexcept {
    if (!is_prose(text)) {
        return false;
    }
    if (word_count_up_to(text, kLongLineWords) >= kLongLineWords) {
        return true;
    }
    const std::string_view t = text;
    for (const std::string_view end :
         {".", "!", "?", "\"", "'", ":", ";", "\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\xA6"}) {
        if (t.ends_with(end)) {
            return true;
        }
    }
    return false;
}

// A photo's alt text above its caption, which repeats it and adds the credit: "Suasana di balai
// kota, Senin (3/3/2025)." / "Suasana di balai kota, Senin (3/3/2025). (Foto: ...)".
bool repeated_below(const Document& doc, std::size_t index) {
    std::string_view text = doc.lines[index].text;
    while (!text.empty() && (text.back() == '.' || text.back() == ' ')) {
        text.remove_suffix(1);
    }
    for (std::size_t i = index + 1; i < doc.lines.size(); ++i) {
        const Line& next = doc.lines[i];
        if (!next.blank()) {
            // The caption may be taken already: it still follows the alt text.
            return (next.kept() || next.category == Category::caption) &&
                   next.text.size() > text.size() && std::string_view(next.text).starts_with(text);
        }
    }
    return false;
}

} // namespace

bool Zones::in_scope(Scope scope, std::size_t index) const noexcept {
    switch (scope) {
    case Scope::anywhere:
        return true;
    case Scope::header:
        return first_prose == kNone || index < first_prose;
    case Scope::lead:
        return first_prose == kNone || index <= first_prose;
    case Scope::body:
        return first_prose != kNone && index >= first_prose && index <= last_prose;
    case Scope::footer:
        return last_prose == kNone || index > last_prose;
    }
    return true;
}

Zones find_zones(const Document& doc) {
    // The last prose line from the bottom, the first from the top: the lines between are read
    // only when no line opens the body.
    Zones zones;
    const auto prose = [&](std::size_t i) {
        const Line& line = doc.lines[i];
        return line.kept_text() && is_prose(line.text);
    };
    for (std::size_t i = doc.lines.size(); i-- > 0;) {
        if (prose(i)) {
            zones.last_prose = i;
            break;
        }
    }
    if (zones.last_prose == Zones::kNone) {
        return zones;
    }
    for (std::size_t i = 0; i <= zones.last_prose; ++i) {
        if (prose(i) && opens_body(doc.lines[i].text) && !repeated_below(doc, i)) {
            zones.first_prose = i;
            return zones;
        }
    }
    // No line ends like a sentence: the first long line opens the body after all.
    for (std::size_t i = 0; i <= zones.last_prose; ++i) {
        if (prose(i)) {
            zones.first_prose = i;
            break;
        }
    }
    return zones;
}

} // namespace bersih::filters
