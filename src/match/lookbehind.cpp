#include "match/lookbehind.hpp"

#include "match/regex.hpp"
#include "match/syntax.hpp"

#include <stdexcept>

namespace bersih::match {
namespace {

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Whether `body` is one character wide, whatever comes before it: a class, a class escape, a
// character escape, or one character that is no syntax.
bool one_character(std::string_view body) {
    if (body.empty()) {
        return false;
    }
    if (body[0] == '[') {
        return syntax::class_end(body, 0) == body.size() && body.back() == ']';
    }
    if (body[0] == '\\') {
        if (body.size() == 2) {
            const char e = body[1];
            // Classes, or a punctuation character itself; not "\<", "\>", "\`", "\'" (anchors).
            return std::string_view("dDsSwWhH").find(e) != std::string_view::npos ||
                   (!syntax::is_ascii_alnum(e) && e != '<' && e != '>' && e != '`' && e != '\'' &&
                    static_cast<unsigned char>(e) >= 0x20 && static_cast<unsigned char>(e) < 0x80);
        }
        return body.size() == 4 && body[1] == 'x' && is_hex(body[2]) && is_hex(body[3]);
    }
    return body.size() == 1 &&
           std::string_view(".^$|()[]{}*+?\\").find(body[0]) == std::string_view::npos;
}

// Whether the top level of `p` from `at` on has an alternative ('|'), or `p` anywhere names the
// search's start (`\G`) or holds a verb ("(*COMMIT)", "(*SKIP)": they end or move the search as
// a whole, not one attempt).
bool bypassed(std::string_view p, std::size_t at) {
    for (std::size_t i = 0; i + 1 < p.size(); ++i) {
        if (p[i] == '\\') {
            if (p[i + 1] == 'G') {
                return true;
            }
            ++i;
        } else if (p[i] == '(' && p[i + 1] == '*') {
            return true;
        }
    }
    std::size_t i = at;
    while (i < p.size()) {
        const char c = p[i];
        if (c == '\\') {
            if (i + 1 < p.size() && p[i + 1] == 'Q') {
                const auto close = p.find("\\E", i + 2);
                i = close == std::string_view::npos ? p.size() : close + 2;
            } else {
                i += 2;
            }
        } else if (c == '[') {
            i = syntax::class_end(p, i);
        } else if (c == '(') {
            i = syntax::group_end(p, i);
            if (i == std::string_view::npos) {
                return true;
            }
        } else if (c == '|' || c == ')') {
            return true;
        } else {
            ++i;
        }
    }
    return false;
}

} // namespace

std::unique_ptr<const LeadingLookbehind> LeadingLookbehind::of(std::string_view text,
                                                               boost::regex::flag_type flags) {
    if (!text.starts_with("(?<=")) {
        return nullptr;
    }
    const std::size_t end = syntax::group_end(text, 0);
    if (end == std::string_view::npos) {
        return nullptr;
    }
    const std::string_view body = text.substr(4, end - 1 - 4);
    if (!one_character(body) ||
        (end < text.size() && std::string_view("*+?{").find(text[end]) != std::string_view::npos)) {
        return nullptr;
    }
    if (bypassed(text, end)) {
        return nullptr;
    }
    // Which bytes the lookbehind accepts, as Boost.Regex reads its body with the pattern's flags
    // (case, and a class's multi-byte characters, which it reads byte by byte).
    boost::regex one;
    try {
        one = boost::regex(std::string(body), flags);
    } catch (const std::exception&) {
        return nullptr;
    }
    auto lookbehind = std::make_unique<LeadingLookbehind>();
    for (unsigned b = 0; b < 256; ++b) {
        lookbehind->accepts_[b] = confirm_whole(one, std::string(1, static_cast<char>(b)));
    }
    return lookbehind;
}

bool LeadingLookbehind::search(const boost::regex& pattern, const std::string& text,
                               boost::smatch& match) const {
    // Where the lookbehind fails, Boost's attempt fails at once: the positions left are tried in
    // the order its search tries them, so the first match is the one it finds. Position 0 has
    // no byte before it.
    for (std::size_t at = 1; at <= text.size(); ++at) {
        if (!accepts_[static_cast<unsigned char>(text[at - 1])]) {
            continue;
        }
        try {
            if (confirm_at(pattern, text, at, match)) {
                return true;
            }
        } catch (const std::runtime_error&) {
            // Each attempt has a complexity budget of its own; the search of the whole text one
            // for all its positions: let that search decide, as without this shortcut.
            return confirm(pattern, text, match);
        }
    }
    return false;
}

} // namespace bersih::match
