#include "filters/context.hpp"

#include <string_view>

namespace bersih::filters {

std::size_t word_count(const std::string& text) noexcept {
    std::size_t words = 0;
    bool in_word = false;
    for (const char c : text) {
        const bool space = c == ' ';
        if (!space && !in_word) {
            ++words;
        }
        in_word = !space;
    }
    return words;
}

bool is_prose(const std::string& text) noexcept { return word_count(text) >= 8; }

namespace {

constexpr std::size_t kLongLineWords = 25; // prose however it ends

// The first paragraph ends like a sentence. A headline, an image title or a photo caption that
// ends in its credit ("... (Foto: AFP)", "... KOMPAS.com/NAME") is as long but does not, so the
// header runs on past it to the dateline and the lead.
bool opens_body(const std::string& text) noexcept {
    if (!is_prose(text)) {
        return false;
    }
    if (word_count(text) >= kLongLineWords) {
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
        return first_prose == none || index < first_prose;
    case Scope::lead:
        return first_prose == none || index <= first_prose;
    case Scope::body:
        return first_prose != none && index >= first_prose && index <= last_prose;
    case Scope::footer:
        return last_prose == none || index > last_prose;
    }
    return true;
}

Zones find_zones(const Document& doc) {
    Zones zones;
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        const Line& line = doc.lines[i];
        if (line.kept_text() && is_prose(line.text)) {
            if (zones.first_prose == Zones::none && opens_body(line.text) &&
                !repeated_below(doc, i)) {
                zones.first_prose = i;
            }
            zones.last_prose = i;
        }
    }
    if (zones.first_prose == Zones::none && zones.last_prose != Zones::none) {
        // No line ends like a sentence: the first long line opens the body after all.
        for (std::size_t i = 0; i <= zones.last_prose; ++i) {
            if (doc.lines[i].kept_text() && is_prose(doc.lines[i].text)) {
                zones.first_prose = i;
                break;
            }
        }
    }
    return zones;
}

} // namespace bersih::filters
