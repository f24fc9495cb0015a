// Finds literal text that every match of a regular expression must contain, so the pipeline can
// skip a rule with a substring test instead of running its regex. The analysis is deliberately
// conservative: whenever it is unsure it returns no needle, and the rule is always run.
#include "bersih/normalize.hpp"
#include "bersih/rules.hpp"

#include <algorithm>
#include <cstring>
#include <optional>

namespace bersih {
namespace {

constexpr std::size_t kMinNeedle = 3;

// Split at '|' that stand outside any group or class.
std::vector<std::string_view> top_level_alternatives(std::string_view p) {
    std::vector<std::string_view> parts;
    int depth = 0;
    bool in_class = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\') {
            ++i;
            continue;
        }
        if (in_class) {
            in_class = c != ']';
            continue;
        }
        if (c == '[') {
            in_class = true;
            if (i + 1 < p.size() && p[i + 1] == ']') {
                ++i;
            }
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            --depth;
        } else if (c == '|' && depth == 0) {
            parts.push_back(p.substr(start, i - start));
            start = i + 1;
        }
    }
    parts.push_back(p.substr(start));
    return parts;
}

bool is_quantifier(char c) { return c == '*' || c == '+' || c == '?' || c == '{'; }

// Index just past the quantifier starting at i ("*", "+?", "{2,5}", ...), or i if there is none.
std::size_t skip_quantifier(std::string_view p, std::size_t i) {
    if (i >= p.size() || !is_quantifier(p[i])) {
        return i;
    }
    if (p[i] == '{') {
        const auto close = p.find('}', i);
        i = close == std::string_view::npos ? p.size() : close + 1;
    } else {
        ++i;
    }
    if (i < p.size() && (p[i] == '?' || p[i] == '+')) {
        ++i; // lazy or possessive
    }
    return i;
}

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Index just past "{...}" or "<...>" or "'...'" opening at i, or i when none opens there.
std::size_t skip_delimited(std::string_view p, std::size_t i) {
    if (i >= p.size()) {
        return i;
    }
    const char open = p[i];
    const char close = open == '{' ? '}' : open == '<' ? '>' : open == '\'' ? '\'' : '\0';
    if (close == '\0') {
        return i;
    }
    const auto end = p.find(close, i + 1);
    return end == std::string_view::npos ? p.size() : end + 1;
}

// i stands just after the escape letter e; skip what belongs to the escape.
std::size_t skip_escape_argument(std::string_view p, std::size_t i, char e) {
    switch (e) {
    case 'x': {
        if (const auto past = skip_delimited(p, i); past != i) {
            return past;
        }
        for (int n = 0; n < 2 && i < p.size() && is_hex(p[i]); ++n) {
            ++i;
        }
        return i;
    }
    case 'p':
    case 'P':
    case 'N':
    case 'o': {
        const auto past = skip_delimited(p, i);
        return past != i ? past : std::min(i + 1, p.size());
    }
    case 'c':
        return std::min(i + 1, p.size());
    case 'k':
    case 'g': {
        if (const auto past = skip_delimited(p, i); past != i) {
            return past;
        }
        if (i < p.size() && p[i] == '-') {
            ++i;
        }
        while (i < p.size() && is_digit(p[i])) {
            ++i;
        }
        return i;
    }
    case 'Q': {
        const auto end = p.find("\\E", i);
        return end == std::string_view::npos ? p.size() : end + 2;
    }
    default:
        if (is_digit(e)) {
            while (i < p.size() && is_digit(p[i])) {
                ++i;
            }
        }
        return i;
    }
}

// Free-spacing mode, (?x) or (?x:...), makes spaces and '#' comments insignificant.
bool has_extended_flag(std::string_view p) {
    for (auto at = p.find("(?"); at != std::string_view::npos; at = p.find("(?", at + 2)) {
        std::size_t i = at + 2;
        bool x = false;
        while (i < p.size() && ((p[i] >= 'a' && p[i] <= 'z') || p[i] == '-')) {
            x = x || p[i] == 'x';
            ++i;
        }
        if (x && i < p.size() && (p[i] == ')' || p[i] == ':')) {
            return true;
        }
    }
    return false;
}

bool optional_quantifier(std::string_view p, std::size_t i) {
    if (p[i] == '*' || p[i] == '?') {
        return true;
    }
    return p[i] == '{' && i + 1 < p.size() && p[i + 1] == '0';
}

std::vector<std::string> sequence_needles(std::string_view p);

void add_unique(std::vector<std::string>& into, std::vector<std::string> more) {
    for (auto& n : more) {
        if (std::find(into.begin(), into.end(), n) == into.end()) {
            into.push_back(std::move(n));
        }
    }
}

// The shortest needle of a set decides how selective it is.
std::size_t strength(const std::vector<std::string>& needles) {
    std::size_t shortest = needles.empty() ? 0 : needles.front().size();
    for (const auto& n : needles) {
        shortest = std::min(shortest, n.size());
    }
    return shortest;
}

// The body of a group that must match for the whole pattern to match: a plain, non-capturing or
// named group. Lookarounds, flag groups and conditionals give nothing (empty optional).
std::optional<std::string_view> group_body(std::string_view group) {
    // group is "(...)" including both parentheses.
    std::string_view body = group.substr(1, group.size() - 2);
    if (body.empty() || body.front() != '?') {
        return body;
    }
    if (body.substr(0, 2) == "?:") {
        return body.substr(2);
    }
    if (body.size() > 2 && (body[1] == '<' || body[1] == '\'') && body[2] != '=' &&
        body[2] != '!') {
        const char close = body[1] == '<' ? '>' : '\'';
        const auto end = body.find(close, 2);
        if (end != std::string_view::npos) {
            return body.substr(end + 1);
        }
    }
    return std::nullopt;
}

// Needles of a mandatory group: one set per alternative, all of which must give needles.
std::vector<std::string> group_needles(std::string_view group) {
    const auto body = group_body(group);
    if (!body) {
        return {};
    }
    std::vector<std::string> out;
    for (const auto alternative : top_level_alternatives(*body)) {
        auto needles = sequence_needles(alternative);
        if (needles.empty()) {
            return {};
        }
        add_unique(out, std::move(needles));
    }
    return out;
}

// The most selective set of needles one of which every match of the sequence p must contain:
// the longest literal run, or the alternatives of a mandatory group such as (?:Baca|BACA).
std::vector<std::string> sequence_needles(std::string_view p) {
    std::vector<std::string> best;
    auto consider = [&](std::vector<std::string> candidate) {
        if (strength(candidate) >= kMinNeedle &&
            (best.empty() || strength(candidate) > strength(best))) {
            best = std::move(candidate);
        }
    };
    std::string run;
    auto flush = [&] {
        if (!run.empty()) {
            consider({ascii_lower(run)});
        }
        run.clear();
    };
    std::size_t i = 0;
    while (i < p.size()) {
        const char c = p[i];
        if (c == '(' || c == '[' || c == '.' || c == '^' || c == '$' || c == ')' || c == '|') {
            flush();
            const std::size_t group_start = i;
            if (c == '(' || c == '[') {
                // Skip the whole group or class: its content may be optional or alternated.
                int depth = 0;
                bool in_class = false;
                for (; i < p.size(); ++i) {
                    const char d = p[i];
                    if (d == '\\') {
                        ++i;
                        continue;
                    }
                    if (in_class) {
                        if (d == ']') {
                            in_class = false;
                            if (depth == 0) {
                                break;
                            }
                        }
                        continue;
                    }
                    if (d == '[') {
                        in_class = true;
                        if (i + 1 < p.size() && p[i + 1] == ']') {
                            ++i;
                        }
                        if (i + 1 < p.size() && p[i + 1] == '^') {
                            ++i;
                        }
                    } else if (d == '(') {
                        ++depth;
                    } else if (d == ')') {
                        if (--depth == 0) {
                            break;
                        }
                    }
                }
            }
            // A group that must match once or more can lend its alternatives as needles.
            if (c == '(' && i < p.size() && p[i] == ')' &&
                !(i + 1 < p.size() && optional_quantifier(p, i + 1))) {
                consider(group_needles(p.substr(group_start, i - group_start + 1)));
            }
            // A quantifier on the group or class changes nothing: the run was already flushed.
            i = skip_quantifier(p, i + 1);
            continue;
        }
        std::string literal;
        std::size_t next = i + 1;
        if (c == '\\') {
            if (i + 1 >= p.size()) {
                break;
            }
            const char e = p[i + 1];
            next = i + 2;
            if (e != '\0' && (std::strchr(".^$|()[]{}*+?\\/-\"'#&:,!", e) != nullptr || e == ' ')) {
                literal.assign(1, e);
            } else {
                // \d \w \s \b and friends: not a literal, and neither is an escape's argument
                // (\x41, \pL, \cM, \k<name>, \Q...\E).
                flush();
                i = skip_escape_argument(p, next, e);
                continue;
            }
        } else if (is_quantifier(c)) {
            flush();
            i = skip_quantifier(p, i);
            continue;
        } else {
            literal.assign(1, c);
        }
        if (next < p.size() && is_quantifier(p[next])) {
            if (!optional_quantifier(p, next)) {
                run += literal;
            }
            flush();
            i = skip_quantifier(p, next);
            continue;
        }
        // Non-ASCII bytes belong to multi-byte characters; keep them in the run.
        run += literal;
        i = next;
    }
    flush();
    return best;
}

} // namespace

std::vector<std::string> required_literals(std::string_view pattern, bool /*case_insensitive*/) {
    // Inline flags at the start, such as (?i), do not change which letters must occur once
    // both sides are lower-cased.
    if (pattern.substr(0, 4) == "(?i)") {
        pattern.remove_prefix(4);
    }
    if (has_extended_flag(pattern)) {
        return {};
    }
    std::vector<std::string> needles;
    for (const auto alternative : top_level_alternatives(pattern)) {
        auto found = sequence_needles(alternative);
        if (found.empty()) {
            return {};
        }
        add_unique(needles, std::move(found));
    }
    return needles;
}

} // namespace bersih
