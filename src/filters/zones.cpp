#include "filters/context.hpp"

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

bool is_prose(const std::string& text) noexcept {
    // word_count(text) >= 8, stopping at the eighth word: most lines are long prose.
    std::size_t words = 0;
    bool in_word = false;
    for (const char c : text) {
        const bool space = c == ' ';
        if (!space && !in_word && ++words >= 8) {
            return true;
        }
        in_word = !space;
    }
    return false;
}

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
    // The first prose line from the top, the last from the bottom: the lines between are not read.
    Zones zones;
    const auto prose = [&](std::size_t i) {
        const Line& line = doc.lines[i];
        return line.kept_text() && is_prose(line.text);
    };
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        if (prose(i)) {
            zones.first_prose = i;
            break;
        }
    }
    if (zones.first_prose == Zones::none) {
        return zones;
    }
    for (std::size_t i = doc.lines.size(); i-- > zones.first_prose;) {
        if (prose(i)) {
            zones.last_prose = i;
            break;
        }
    }
    return zones;
}

} // namespace bersih::filters
