#include "match/hyperscan_form.hpp"

#include "match/syntax.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace bersih::match {
namespace syntax {

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

std::size_t group_end(std::string_view p, std::size_t open) {
    int depth = 0;
    std::size_t i = open;
    while (i < p.size()) {
        const char c = p[i];
        if (c == '\\' && i + 1 < p.size()) {
            if (p[i + 1] == 'Q') {
                const auto close = p.find("\\E", i + 2);
                i = close == std::string_view::npos ? p.size() : close + 2;
            } else {
                i += 2;
            }
            continue;
        }
        if (c == '[') {
            i = class_end(p, i);
            continue;
        }
        if (c == '(' && p.substr(i).starts_with("(?#")) {
            // A comment ends at its first ')', whatever it holds ("(?#[)" opens no class).
            const auto close = p.find(')', i + 3);
            if (close == std::string_view::npos) {
                return std::string_view::npos;
            }
            i = close + 1;
            if (depth == 0) {
                return i;
            }
            continue;
        }
        if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return i + 1;
        }
        ++i;
    }
    return std::string_view::npos;
}

} // namespace syntax

namespace {

using syntax::class_end;
using syntax::group_end;

// Bounded repeats from this bound on are widened to '*'.
constexpr unsigned long kWideRepeat = 20;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// What Boost's parser skips inside a repeat's braces: its traits' space class, in the C locale.
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// A counted repeat "{n}", "{n,}" or "{n,m}" at `at`: its length, and its largest bound in
// `bound` (n for "{n,}") and its lower one in `lower`, or 0 when the brace is a literal.
std::size_t counted_repeat(std::string_view p, std::size_t at, unsigned long& bound,
                           unsigned long* lower = nullptr) {
    // Boost skips white space anywhere inside the braces ("{0, 0}", "{ 1 }", "{2\t,5}" are
    // repeats), so it is skipped here too: a repeat read as a literal would demand text Boost does
    // not.
    const auto skip_spaces = [&](std::size_t i) {
        while (i < p.size() && is_space(p[i])) {
            ++i;
        }
        return i;
    };
    std::size_t i = skip_spaces(at + 1);
    unsigned long low = 0;
    unsigned long high = 0;
    bool digits = false;
    while (i < p.size() && is_digit(p[i])) {
        low = low * 10 + static_cast<unsigned long>(p[i] - '0');
        digits = true;
        ++i;
    }
    i = skip_spaces(i);
    if (!digits || i >= p.size()) {
        return 0;
    }
    high = low;
    if (p[i] == ',') {
        i = skip_spaces(i + 1);
        if (i < p.size() && is_digit(p[i])) {
            high = 0;
        }
        while (i < p.size() && is_digit(p[i])) {
            high = high * 10 + static_cast<unsigned long>(p[i] - '0');
            ++i;
        }
        i = skip_spaces(i);
    }
    if (i >= p.size() || p[i] != '}') {
        return 0;
    }
    bound = high > low ? high : low;
    if (lower != nullptr) {
        *lower = low;
    }
    return i + 1 - at;
}

bool is_quantifier_end(char c) { return c == '*' || c == '+' || c == '?' || c == '}'; }

bool is_quantifier_start(std::string_view p, std::size_t at) {
    unsigned long bound = 0;
    return at < p.size() && (p[at] == '*' || p[at] == '+' || p[at] == '?' ||
                             (p[at] == '{' && counted_repeat(p, at, bound) != 0));
}

// A subroutine call or recursion: (?R), (?1), (?+1), (?-1), (?&name), (?P>name).
bool is_subroutine(std::string_view p, std::size_t open) {
    if (open + 2 >= p.size() || p[open + 1] != '?') {
        return false;
    }
    const char k = p[open + 2];
    return k == 'R' || k == '&' || is_digit(k) ||
           ((k == '+' || k == '-') && open + 3 < p.size() && is_digit(p[open + 3])) ||
           (k == 'P' && open + 3 < p.size() && p[open + 3] == '>');
}

struct Context {
    bool starts_pattern = true; ///< nothing of the pattern comes before
    bool ends_pattern = true;   ///< nothing of the pattern comes after
    bool lines = false;         ///< scanned as lines of a record buffer (hyperscan_form)
    bool one_line = false;      ///< matches of one line only: no '\n' in them (hyperscan_form)
};

// Whether only closing parentheses follow `at`: an anchor there ends the pattern.
bool only_closers_after(std::string_view p, std::size_t at) {
    return p.find_first_not_of(')', at) == std::string_view::npos;
}

// Whether an end anchor before `at` ends every match it is in: only closing parentheses follow,
// or a '|' whose other branches run to the end of the group (`(?:[ ,]+|$)` at the very end,
// `a$|b`). An end anchor with more of the pattern after it goes: Hyperscan rejects "embedded
// end anchors", and a pattern holding one got no form at all.
bool ends_pattern_after(std::string_view p, std::size_t at) {
    std::size_t i = at;
    while (i < p.size()) {
        if (p[i] == ')') {
            ++i;
            continue;
        }
        if (p[i] != '|') {
            return false;
        }
        // The rest of the group's branches: to the ')' closing it, or the end of the pattern.
        int depth = 0;
        for (++i; i < p.size(); ++i) {
            if (p[i] == '\\') {
                ++i;
            } else if (p[i] == '[') {
                i = class_end(p, i) - 1;
            } else if (p[i] == '(') {
                ++depth;
            } else if (p[i] == ')' && depth-- == 0) {
                break;
            }
        }
    }
    return true;
}

// The anchors of a record's lines: `^` starting the pattern is the separator before the line,
// `$` ending it the one after; any other anchor goes (it only removes matches). Outside records
// they stay anchors (HS_FLAG_MULTILINE), but for an end anchor that does not end the pattern,
// which goes too.
void start_anchor(std::string& out, const Context& context, bool at_start) {
    if (!context.lines) {
        out += '^';
    } else if (at_start && !out.ends_with("\\n")) {
        out += "\\n"; // once: "^^" is one anchor, not two line breaks (found by fuzz_matcher)
    }
}

// Whether an end anchor before `at` is kept: in a record's lines only when closing parentheses
// alone follow (it is then the separator after the line), otherwise when it ends the pattern.
bool end_anchor_kept(std::string_view p, std::size_t at, const Context& context) {
    return context.ends_pattern &&
           (context.lines ? only_closers_after(p, at) : ends_pattern_after(p, at));
}

void end_anchor(std::string& out, const Context& context, bool at_end) {
    if (!context.lines) {
        if (at_end) {
            out += '$';
        }
    } else if (at_end) {
        out += "\\n";
    }
}

// Copies the pattern, widening as hyperscan_form() says. A lookbehind where nothing comes before
// may consume what it looks at.
std::string form(std::string_view p, Context context) {
    const bool starts_pattern = context.starts_pattern;
    std::string out;
    out.reserve(p.size());
    std::vector<bool> group_at_start; // per open group: nothing consuming comes before it
    bool at_start = starts_pattern;
    std::size_t i = 0;
    while (i < p.size()) {
        const char c = p[i];
        if (c == '\\' && i + 1 < p.size()) {
            const char e = p[i + 1];
            i += 2;
            if (e == 'K') {
                continue; // moves the start of a match, not its end
            }
            if (e == 'A' || e == '`') {
                start_anchor(out, context, at_start);
                continue; // zero width
            }
            if (e == 'z' || e == 'Z' || e == '\'') {
                end_anchor(out, context, end_anchor_kept(p, i, context));
                continue;
            }
            at_start = false;
            if (e == '<' || e == '>') {
                out += "\\b"; // Boost's word start / end; Hyperscan reads "\<" as '<'
            } else if (context.one_line && (e == 's' || e == 'W' || e == 'D')) {
                // Without '\n': a match of one line cannot start in a line before it.
                out += "[^\\";
                out += e == 's' ? 'S' : e == 'W' ? 'w' : 'd';
                out += "\\n]";
            } else if (e == 'Q') { // quoted text up to \E, copied as it is
                const auto close = p.find("\\E", i);
                const std::size_t stop = close == std::string_view::npos ? p.size() : close + 2;
                out.append(p.substr(i - 2, stop - (i - 2)));
                i = stop;
            } else {
                out.append(p.substr(i - 2, 2));
            }
            continue;
        }
        if (c == '[') {
            const std::size_t stop = class_end(p, i);
            if (context.one_line && p.substr(i, 2) == "[^" && p[stop - 1] == ']' && stop - i > 3) {
                out.append(p.substr(i, stop - 1 - i)); // a negated class, then without '\n'
                out += "\\n]";
            } else {
                out.append(p.substr(i, stop - i));
            }
            i = stop;
            at_start = false;
            continue;
        }
        if (c == '(') {
            const std::size_t end = group_end(p, i);
            if (end != std::string_view::npos && p.substr(i).starts_with("(?#")) {
                i = end; // a comment matches nothing (odd_comment: none is quantified here)
                continue;
            }
            if (end == std::string_view::npos) {
                out.append(p.substr(i));
                break;
            }
            const bool quantified = is_quantifier_start(p, end);
            const std::string_view head = p.substr(i, 4);
            const bool ahead = head.starts_with("(?=") || head.starts_with("(?!");
            const bool behind = head.starts_with("(?<=") || head.starts_with("(?<!");
            if ((ahead || behind) && !quantified) {
                const std::size_t inner = i + (ahead ? 3 : 4);
                const std::string_view body = p.substr(inner, end - 1 - inner);
                if (behind && at_start && head[3] == '=') {
                    // Nothing before it: consuming what it looks at ends the match where it ended.
                    out +=
                        "(?:" + form(body, Context{true, false, context.lines, context.one_line}) +
                        ")";
                    at_start = false;
                } else if (ahead && end == p.size() && head[2] == '=') {
                    // At the very end: consuming what it looks at adds the match's end offsets
                    // inside the same line (a lookahead of a line searched alone stays in it).
                    out += "(?:" +
                           form(body, Context{false, context.ends_pattern, context.lines,
                                              context.one_line}) +
                           ")";
                } else if (!context.lines && head[ahead ? 2 : 3] == '=') {
                    // Kept for prefilter mode, which approximates it: the patterns built in
                    // scan faster that way than with it dropped. Compiled at start-up, they go
                    // (prefilter mode compiles slowly).
                    out.append(p.substr(i, end - i));
                    at_start = false;
                }
                // A negative assertion goes: it only ever removes matches, and the match without
                // it ends where the match with it did.
                i = end;
                continue;
            }
            if (is_subroutine(p, i)) {
                out += "[\\s\\S]*"; // a recursion matches some text: any text is wider
                i = end;
                at_start = false;
                continue;
            }
            if (i + 2 < p.size() && p[i + 1] == '?') {
                const char k = p[i + 2];
                std::size_t name_at = 0;
                char close = '>';
                if (k == '<' && i + 3 < p.size()) {
                    name_at = i + 3;
                } else if (k == 'P' && i + 3 < p.size() && p[i + 3] == '<') {
                    name_at = i + 4;
                } else if (k == '\'') {
                    name_at = i + 3;
                    close = '\'';
                }
                const auto name_end =
                    name_at != 0 ? p.find(close, name_at) : std::string_view::npos;
                if (name_end != std::string_view::npos) {
                    out += '('; // a named group: the name goes
                    i = name_end + 1;
                } else if (k == '>') {
                    out += "(?:"; // atomic: backtracking into it only adds matches
                    i += 3;
                } else {
                    // Flags and non-capturing groups: "(?i)", "(?i:", "(?:", "(?#...)".
                    std::size_t j = i + 2;
                    while (j < p.size() && p[j] != ':' && p[j] != ')') {
                        ++j;
                    }
                    if (j < p.size() && p[j] == ')') {
                        out.append(p.substr(i, j + 1 - i)); // inline flags: no group
                        i = j + 1;
                        continue;
                    }
                    out.append(p.substr(i, j + 1 - i));
                    i = j + 1;
                }
            } else {
                out += '(';
                ++i;
            }
            group_at_start.push_back(at_start && !quantified);
            at_start = at_start && !quantified;
            continue;
        }
        if (c == '|') {
            at_start = group_at_start.empty() ? starts_pattern : group_at_start.back();
            out += c;
            ++i;
            continue;
        }
        if (c == ')') {
            if (!group_at_start.empty()) {
                group_at_start.pop_back();
            }
            at_start = false;
            out += c;
            ++i;
            continue;
        }
        if (c == '^') {
            start_anchor(out, context, at_start);
            ++i;
            continue; // zero width: what follows still starts the pattern
        }
        if (c == '$') {
            ++i;
            end_anchor(out, context, end_anchor_kept(p, i, context));
            continue;
        }
        at_start = false;
        if (c == '{') {
            unsigned long bound = 0;
            const std::size_t length = counted_repeat(p, i, bound);
            if (length != 0) {
                std::string repeat(p.substr(i + 1, length - 2)); // "n" or "n,m"
                std::erase_if(repeat, is_space);
                const auto comma = repeat.find(',');
                const std::string_view low = std::string_view(repeat).substr(0, comma);
                if (bound >= kWideRepeat || low.size() > 2) {
                    out += '*';
                } else if (comma != std::string_view::npos) {
                    // A range: Hyperscan builds a bounded repeat out of copies of its operand;
                    // an open one is far smaller and scans faster.
                    if (low == "0") {
                        out += '*';
                    } else if (low == "1") {
                        out += '+';
                    } else {
                        out += '{';
                        out.append(low);
                        out += ",}";
                    }
                } else {
                    out += '{';
                    out += repeat;
                    out += '}';
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
            if (i < p.size() && p[i] == '+') {
                ++i;
            }
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace

namespace {

// Braces that hold only digits, signs, commas and spaces but are no plain "{n}", "{n,}" or
// "{n,m}": Boost reads some of them as repeats ("{0,+0}"), and a form that guessed wrong would
// miss its matches, so the pattern gets no form (found by fuzz_matcher).
bool odd_repeat(std::string_view p) {
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] == '\\') {
            ++i;
            continue;
        }
        if (p[i] != '{') {
            continue;
        }
        const std::size_t close = p.find('}', i);
        if (close == std::string_view::npos) {
            return false;
        }
        const std::string_view inside = p.substr(i + 1, close - i - 1);
        const bool numeric =
            !inside.empty() &&
            inside.find_first_not_of("0123456789,+- \t\n\v\f\r") == std::string_view::npos;
        unsigned long bound = 0;
        const bool plain = inside.find_first_not_of("0123456789,") == std::string_view::npos &&
                           counted_repeat(p, i, bound) != 0;
        if (numeric && !plain) {
            return true;
        }
    }
    return false;
}

} // namespace

syntax::Repeat syntax::repeat_at(std::string_view p, std::size_t at) {
    Repeat repeat{at, false};
    if (at >= p.size()) {
        return repeat;
    }
    std::size_t i = at;
    if (p[at] == '*' || p[at] == '?') {
        repeat.may_be_empty = true;
        ++i;
    } else if (p[at] == '+') {
        ++i;
    } else if (unsigned long bound = 0, lower = 0;
               p[at] == '{' && counted_repeat(p, at, bound, &lower) != 0) {
        repeat.may_be_empty = lower == 0;
        i += counted_repeat(p, at, bound);
    } else {
        return repeat;
    }
    if (i < p.size() && (p[i] == '?' || p[i] == '+')) {
        ++i; // lazy or possessive
    }
    repeat.end = i;
    return repeat;
}

namespace {

using syntax::is_ascii_alnum;

// The index after the quantifier at `at` (is_quantifier_start), its lazy '?' or possessive '+'
// included.
std::size_t quantifier_end(std::string_view p, std::size_t at) {
    return syntax::repeat_at(p, at).end;
}

// What a group opened at `open` is, for required_literal: one it may step over (its text is not
// read), or one whose meaning reaches past it or that it does not know (inline flags "(?i)",
// "(?-i)", a comment, a conditional, a verb).
bool steppable_group(std::string_view p, std::size_t open) {
    if (open + 1 >= p.size()) {
        return false;
    }
    if (p[open + 1] == '*') {
        return false; // (*ACCEPT) and the other verbs
    }
    if (p[open + 1] != '?') {
        return true;
    }
    if (open + 2 >= p.size()) {
        return false;
    }
    const char k = p[open + 2];
    return k == ':' || k == '=' || k == '!' || k == '<' || k == '>' || k == '\'' || k == '|' ||
           k == 'P' || k == 'R' || k == '&' || is_digit(k);
}

} // namespace

std::optional<std::string> required_literal(std::string_view pattern, bool icase) {
    const std::string_view p = pattern;
    if (odd_repeat(p)) {
        return std::nullopt;
    }
    std::string run;  // the literal bytes read since the last atom that is not one
    std::string best; // the longest run so far
    const auto flush = [&] {
        if (run.size() > best.size()) {
            best = run;
        }
        run.clear();
    };
    std::size_t i = 0;
    if (!p.empty() && p[0] == '^' && !is_quantifier_start(p, 1)) {
        run = "\n"; // the separator before the line (RecordScan's buffer)
        i = 1;
    }
    while (i < p.size()) {
        const char c = p[i];
        const auto byte = static_cast<unsigned char>(c);
        bool literal = false;
        char value = c;
        std::size_t next = i + 1;
        if (c == '\\') {
            if (i + 1 >= p.size()) {
                return std::nullopt;
            }
            const char e = p[i + 1];
            const auto escaped = static_cast<unsigned char>(e);
            next = i + 2;
            if (is_ascii_alnum(e)) {
                // One-letter classes and assertions; any other (\x41, \p{L}, \Q, \1, \K, \A)
                // is read no further.
                if (std::string_view("dDsSwWbBhHvVntrfea").find(e) == std::string_view::npos) {
                    return std::nullopt;
                }
            } else if (escaped >= 0x80 || escaped < 0x20) {
                return std::nullopt;
            } else if (e != '<' && e != '>' && e != '`' && e != '\'') {
                literal = true; // "\.", "\(", "\ ": the character; the four others are anchors
                value = e;
            }
        } else if (c == '[') {
            next = class_end(p, i);
        } else if (c == '(') {
            if (!steppable_group(p, i)) {
                return std::nullopt;
            }
            next = group_end(p, i);
            if (next == std::string_view::npos) {
                return std::nullopt;
            }
        } else if (c == '$') {
            if (i + 1 == p.size()) {
                run += '\n'; // the separator after the line
            }
            flush();
            ++i;
            continue;
        } else if (c == '|' || c == ')' || c == '{' || c == '}' || c == ']' || c == '*' ||
                   c == '+' || c == '?') {
            // An alternative at the top (no literal is required), or what this reader does not
            // expect here.
            return std::nullopt;
        } else if (c != '^' && c != '.' && !(icase && byte >= 0x80)) {
            // Bytes of UTF-8 characters are literal; under icase they are left out, as Boost's
            // case folding of them depends on the locale.
            literal = true;
        }
        if (is_quantifier_start(p, next)) {
            flush(); // an atom that may be absent or repeated ends the run before it
            i = quantifier_end(p, next);
            continue;
        }
        if (literal) {
            run += value;
        } else {
            flush();
        }
        i = next;
    }
    flush();
    if (best.size() < kMinRequiredLiteral) {
        return std::nullopt;
    }
    return best;
}

// A comment "(?#...)" that does not close, or that a quantifier follows (which Boost may apply to
// what comes before it): no form reads it safely (found by fuzz_matcher).
bool odd_comment(std::string_view p) {
    std::size_t i = 0;
    while (i < p.size()) {
        if (p[i] == '\\') {
            i += 2;
        } else if (p[i] == '[') {
            i = class_end(p, i);
        } else if (p.substr(i).starts_with("(?#")) {
            const auto close = p.find(')', i + 3);
            if (close == std::string_view::npos || is_quantifier_start(p, close + 1)) {
                return true;
            }
            i = close + 1;
        } else {
            ++i;
        }
    }
    return false;
}

std::optional<std::string> hyperscan_form(std::string_view pattern, bool record_lines,
                                          bool one_line) {
    if (odd_repeat(pattern) || odd_comment(pattern)) {
        return std::nullopt;
    }
    std::string out = form(pattern, Context{true, true, record_lines, one_line});
    if (out.find('\0') != std::string::npos) {
        return std::nullopt; // found by fuzz_matcher
    }
    return out;
}

} // namespace bersih::match
