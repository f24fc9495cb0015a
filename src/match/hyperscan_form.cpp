#include "match/hyperscan_form.hpp"

#include <cctype>
#include <cstddef>

namespace bersih::match {
namespace {

// Bounded repeats from this bound on are widened to '*'.
constexpr unsigned long kWideRepeat = 20;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A counted repeat "{n}", "{n,}" or "{n,m}" at `at`: its length, and its largest bound in
// `bound` (n for "{n,}"), or 0 when the brace is a literal.
std::size_t counted_repeat(std::string_view p, std::size_t at, unsigned long& bound) {
    std::size_t i = at + 1;
    unsigned long low = 0;
    unsigned long high = 0;
    bool digits = false;
    while (i < p.size() && is_digit(p[i])) {
        low = low * 10 + static_cast<unsigned long>(p[i] - '0');
        digits = true;
        ++i;
    }
    if (!digits || i >= p.size()) {
        return 0;
    }
    high = low;
    if (p[i] == ',') {
        ++i;
        while (i < p.size() && is_digit(p[i])) {
            high = high * 10 + static_cast<unsigned long>(p[i] - '0');
            ++i;
        }
    }
    if (i >= p.size() || p[i] != '}') {
        return 0;
    }
    bound = high > low ? high : low;
    return i + 1 - at;
}

// Skips a character class starting at `at` ('['); returns the index after its ']'.
std::size_t class_end(std::string_view p, std::size_t at) {
    std::size_t i = at + 1;
    if (i < p.size() && p[i] == '^') {
        ++i;
    }
    if (i < p.size() && p[i] == ']') {
        ++i; // a leading ']' is a member
    }
    while (i < p.size() && p[i] != ']') {
        if (p[i] == '\\' && i + 1 < p.size()) {
            i += 2;
        } else if (p[i] == '[' && i + 1 < p.size() &&
                   (p[i + 1] == ':' || p[i + 1] == '.' || p[i + 1] == '=')) {
            const char kind = p[i + 1];
            const auto close = p.find(std::string{kind, ']'}, i + 2);
            i = close == std::string_view::npos ? p.size() : close + 2;
        } else {
            ++i;
        }
    }
    return i < p.size() ? i + 1 : p.size();
}

bool is_quantifier_end(char c) { return c == '*' || c == '+' || c == '?' || c == '}'; }

} // namespace

std::string hyperscan_form(std::string_view p) {
    std::string out;
    out.reserve(p.size());
    std::size_t i = 0;
    while (i < p.size()) {
        const char c = p[i];
        if (c == '\\' && i + 1 < p.size()) {
            const char e = p[i + 1];
            if (e == 'K') {
                i += 2;
                continue;
            }
            if (e == 'A' || e == '`') {
                out += '^';
                i += 2;
                continue;
            }
            if (e == 'z' || e == 'Z' || e == '\'') {
                out += '$';
                i += 2;
                continue;
            }
            if (e == 'Q') { // quoted text up to \E, copied as it is
                const auto close = p.find("\\E", i + 2);
                const std::size_t stop = close == std::string_view::npos ? p.size() : close + 2;
                out.append(p.substr(i, stop - i));
                i = stop;
                continue;
            }
            out.append(p.substr(i, 2));
            i += 2;
            continue;
        }
        if (c == '[') {
            const std::size_t stop = class_end(p, i);
            out.append(p.substr(i, stop - i));
            i = stop;
            continue;
        }
        if (c == '(' && i + 2 < p.size() && p[i + 1] == '?') {
            const char k = p[i + 2];
            if (k == '>') { // atomic group
                out += "(?:";
                i += 3;
                continue;
            }
            std::size_t name_at = 0;
            char close = '>';
            if (k == '<' && i + 3 < p.size() && p[i + 3] != '=' && p[i + 3] != '!') {
                name_at = i + 3;
            } else if (k == 'P' && i + 3 < p.size() && p[i + 3] == '<') {
                name_at = i + 4;
            } else if (k == '\'') {
                name_at = i + 3;
                close = '\'';
            }
            if (name_at != 0) {
                const auto end = p.find(close, name_at);
                if (end != std::string_view::npos) {
                    out += '(';
                    i = end + 1;
                    continue;
                }
            }
        }
        if (c == '{') {
            unsigned long bound = 0;
            const std::size_t length = counted_repeat(p, i, bound);
            if (length != 0) {
                if (bound >= kWideRepeat) {
                    out += '*';
                } else {
                    out.append(p.substr(i, length));
                }
                i += length;
                if (i < p.size() && p[i] == '+') {
                    ++i; // possessive
                }
                continue;
            }
        }
        if (is_quantifier_end(c) && c != '}') {
            out += c;
            ++i;
            // A possessive '+' after a quantifier ('*+', '++', '?+'); a lazy '?' stays.
            if (i < p.size() && p[i] == '+' && !out.empty()) {
                ++i;
            }
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace bersih::match
