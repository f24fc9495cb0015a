#include "match/literal_start.hpp"

#include "match/syntax.hpp"

#include <algorithm>

namespace bersih::match {
namespace {

// One atom of a form and the quantifier after it.
struct Atom {
    std::size_t end = 0;        ///< after the atom
    std::size_t after = 0;      ///< after its quantifier (== end when it has none)
    bool literal = false;       ///< one byte of text, not repeated
    char byte = 0;              ///< that byte
    bool zero_width = false;    ///< a lookaround or a word boundary
    bool plain_group = false;   ///< `(?:...)` or `(...)`: its body may be read alone
    bool group = false;         ///< plain, or with scoped flags `(?i:...)`
    bool optional = false;      ///< its quantifier allows none of it
    bool unreadable = false;    ///< what this reader does not step over
    std::size_t body_begin = 0; ///< a group's body
};

Atom atom_at(std::string_view p, std::size_t i) {
    Atom a;
    const char c = p[i];
    if (c == '\\') {
        if (i + 1 >= p.size()) {
            a.unreadable = true;
            a.end = p.size();
        } else if (const char e = p[i + 1]; !syntax::is_ascii_alnum(e)) {
            a.literal = static_cast<unsigned char>(e) < 0x80;
            a.unreadable = !a.literal;
            a.byte = e;
            a.end = i + 2;
        } else if (e == 'x') {
            if (i + 2 < p.size() && p[i + 2] == '{') {
                const auto close = p.find('}', i);
                a.unreadable = close == std::string_view::npos;
                a.end = a.unreadable ? p.size() : close + 1;
            } else {
                a.end = std::min(p.size(), i + 4);
            }
        } else {
            // One-letter classes and assertions; a back-reference, `\Q`, `\p{..}` and the
            // like are not read.
            a.unreadable = std::string_view("dDsSwWhHvVntrfeabB").find(e) == std::string_view::npos;
            a.zero_width = e == 'b' || e == 'B';
            a.end = i + 2;
        }
    } else if (c == '[') {
        a.end = syntax::class_end(p, i);
    } else if (c == '(') {
        const std::string_view rest = p.substr(i);
        a.end = syntax::group_end(p, i);
        if (a.end == std::string_view::npos) {
            a.unreadable = true;
            a.end = p.size();
        } else if (rest.starts_with("(?=") || rest.starts_with("(?!") || rest.starts_with("(?<=") ||
                   rest.starts_with("(?<!")) {
            a.zero_width = true;
        } else if (rest.starts_with("(?:") || !rest.starts_with("(?")) {
            a.plain_group = a.group = true;
            a.body_begin = i + (rest.starts_with("(?:") ? 3 : 1);
        } else {
            // `(?i:...)` is a group; `(?i)`, a comment, a verb or a recursion is not read.
            std::size_t j = i + 2;
            while (j < p.size() && ((p[j] >= 'a' && p[j] <= 'z') || p[j] == '-')) {
                ++j;
            }
            a.group = j > i + 2 && j < p.size() && p[j] == ':';
            a.unreadable = !a.group;
        }
    } else if (c == '|' || c == ')' || c == '*' || c == '+' || c == '?') {
        a.unreadable = true; // a top-level alternative, or what a form never holds here
        a.end = i + 1;
    } else {
        a.literal = c != '.' && c != '^' && c != '$';
        a.byte = c;
        a.end = i + 1;
    }
    if (!a.unreadable) {
        const syntax::Repeat repeat = syntax::repeat_at(p, a.end);
        a.after = repeat.end;
        a.optional = repeat.may_be_empty;
    } else {
        a.after = a.end;
    }
    if (a.after != a.end) {
        a.literal = false; // a repeated byte ends a run of literal text
    }
    return a;
}

// Bytes of unrepeated literal text from `i` on.
std::size_t literal_run(std::string_view p, std::size_t i) {
    std::size_t run = 0;
    while (i < p.size()) {
        const Atom a = atom_at(p, i);
        if (!a.literal) {
            break;
        }
        ++run;
        i = a.end;
    }
    return run;
}

// Whether a group's body is only branches of literal text, each of kMinStartAlternative bytes.
bool literal_branches(std::string_view body) {
    std::size_t shortest = body.size() + 1;
    std::size_t length = 0;
    for (std::size_t i = 0; i <= body.size();) {
        if (i == body.size() || body[i] == '|') {
            shortest = std::min(shortest, length);
            length = 0;
            ++i;
            continue;
        }
        const Atom a = atom_at(body, i);
        if (!a.literal) {
            return false;
        }
        ++length;
        i = a.end;
    }
    return shortest >= kMinStartAlternative;
}

bool has_top_alternative(std::string_view p) {
    for (std::size_t i = 0; i < p.size();) {
        if (p[i] == '|') {
            return true;
        }
        const Atom a = atom_at(p, i);
        if (a.unreadable) {
            return false; // left to the caller's reading, which stops there
        }
        i = a.after;
    }
    return false;
}

constexpr int kMaxDepth = 3;

std::optional<std::string> start_in(std::string_view p, int depth) {
    if (has_top_alternative(p)) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < p.size();) {
        const Atom a = atom_at(p, i);
        if (a.unreadable) {
            return std::nullopt;
        }
        if (a.zero_width || a.optional) {
            i = a.after;
            continue;
        }
        if (a.literal && (literal_run(p, i) >= kMinStartRun ||
                          (p[i] == '\\' && (a.byte == '{' || a.byte == '(')))) {
            return std::string(p.substr(i));
        }
        if (a.group) {
            const std::size_t body_begin =
                a.plain_group ? a.body_begin : p.find(':', i) + 1; // `(?i:` is whole or not at all
            const std::string_view body = p.substr(body_begin, a.end - 1 - body_begin);
            if (literal_branches(body)) {
                return std::string(p.substr(i));
            }
            if (a.plain_group && depth < kMaxDepth) {
                if (auto inner = start_in(body, depth + 1)) {
                    return inner;
                }
            }
        }
        i = a.after;
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> literal_start(std::string_view form) {
    if (form.starts_with('^')) {
        return std::nullopt; // Hyperscan tries it at line starts only: fast, and exact
    }
    auto start = start_in(form, 0);
    if (start && *start == form) {
        return std::nullopt; // it starts at a literal already
    }
    return start;
}

} // namespace bersih::match
