// The form of a pattern that Boost.Regex searches fastest for the same matches. A pattern that
// opens with a lookbehind, "(?<=[.!?])\s*\(...\)", gives Boost no first byte to look for: it
// tries every position of the line and checks the lookbehind at each. Written "[.!?]\K\s*\(...\)"
// the same text is consumed and dropped from the match (\K), and Boost skips straight to the
// bytes of the class. Same matches: the lookbehind form matching at position s is exactly the \K
// form matching at s - k (k the fixed width of the lookbehind), both search leftmost first, and
// the lookbehind form can never match before position k. This holds only when
//  - the lookbehind is positive, opens the pattern and every atom in it is exactly one byte wide
//    (a literal, an escape such as \. or \d, '.', or a bracket expression; no quantifier, group
//    or alternation), so that its width k is fixed;
//  - the rest of the pattern has no top-level '|' (another branch would then be tried k bytes
//    earlier than before).
// Anything else is left as it is.
#include "bersih/rules.hpp"

#include <optional>

namespace bersih {
namespace {

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The end of a bracket expression starting at p[i] == '[', or nullopt when it holds something
// that could match more than one byte (a collating element [. .] or an equivalence class [= =]).
std::optional<std::size_t> bracket_end(std::string_view p, std::size_t i) {
    ++i;
    if (i < p.size() && p[i] == '^') {
        ++i;
    }
    bool first = true;
    while (i < p.size()) {
        const char c = p[i];
        if (c == ']' && !first) {
            return i + 1;
        }
        first = false;
        if (c == '\\') {
            i += 2;
            continue;
        }
        if (c == '[' && i + 1 < p.size() && p[i + 1] == ':') {
            const auto close = p.find(":]", i + 2);
            if (close == std::string_view::npos) {
                return std::nullopt;
            }
            i = close + 2;
            continue;
        }
        if (c == '[' && i + 1 < p.size() && (p[i + 1] == '.' || p[i + 1] == '=')) {
            return std::nullopt;
        }
        ++i;
    }
    return std::nullopt;
}

// The end of one atom that matches exactly one byte, starting at p[i]; nullopt otherwise.
std::optional<std::size_t> single_byte_atom(std::string_view p, std::size_t i) {
    const char c = p[i];
    if (c == '[') {
        return bracket_end(p, i);
    }
    if (c == '\\') {
        if (i + 1 >= p.size()) {
            return std::nullopt;
        }
        const char e = p[i + 1];
        if (e == 'x') {
            if (i + 3 < p.size() && is_hex(p[i + 2]) && is_hex(p[i + 3])) {
                return i + 4;
            }
            return std::nullopt;
        }
        if (std::string_view("dDsSwWtnrfea").find(e) != std::string_view::npos) {
            return i + 2;
        }
        const auto u = static_cast<unsigned char>(e);
        if (u < 0x80 &&
            !((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))) {
            return i + 2; // escaped punctuation or space
        }
        return std::nullopt; // \b, \K, back-references, \p{..}, \Q ... : not one plain byte
    }
    if (std::string_view("()|*+?{}^$").find(c) != std::string_view::npos) {
        return std::nullopt;
    }
    return i + 1; // '.' or a literal byte
}

bool quantifier_at(std::string_view p, std::size_t i) {
    return i < p.size() && std::string_view("*+?{").find(p[i]) != std::string_view::npos;
}

// Whether the pattern from p[i] has a '|' outside every group. Gives "yes" for anything it cannot
// read (\Q...\E, comments, an unclosed bracket), which keeps the pattern unchanged.
bool top_level_alternation(std::string_view p, std::size_t i) {
    int depth = 0;
    while (i < p.size()) {
        const char c = p[i];
        if (c == '\\') {
            if (i + 1 < p.size() && (p[i + 1] == 'Q' || p[i + 1] == 'E')) {
                return true;
            }
            i += 2;
        } else if (c == '[') {
            const auto end = bracket_end(p, i);
            if (!end) {
                return true;
            }
            i = *end;
        } else if (c == '(') {
            if (p.substr(i).starts_with("(?#") || p.substr(i).starts_with("(?x")) {
                return true;
            }
            ++depth;
            ++i;
        } else if (c == ')') {
            --depth;
            ++i;
        } else if (c == '|' && depth == 0) {
            return true;
        } else {
            ++i;
        }
    }
    return false;
}

} // namespace

std::string search_form(std::string_view pattern) {
    std::string_view flags;
    if (pattern.starts_with("(?i)")) {
        flags = pattern.substr(0, 4);
    }
    const std::string_view rest = pattern.substr(flags.size());
    if (!rest.starts_with("(?<=")) {
        return std::string(pattern);
    }
    std::size_t i = 4;
    while (i < rest.size() && rest[i] != ')') {
        const auto end = single_byte_atom(rest, i);
        if (!end || quantifier_at(rest, *end)) {
            return std::string(pattern);
        }
        i = *end;
    }
    if (i >= rest.size() || i == 4 || quantifier_at(rest, i + 1) ||
        top_level_alternation(rest, i + 1)) {
        return std::string(pattern);
    }
    std::string out(flags);
    out += rest.substr(4, i - 4);
    out += "\\K";
    out += rest.substr(i + 1);
    return out;
}

} // namespace bersih
