#pragma once
// A Boost.Regex (Perl syntax) pattern in a form Hyperscan compiles, matching every text the
// pattern matches and possibly more. The matcher only uses Hyperscan to find candidate lines;
// Boost.Regex confirms each one, so widening a pattern costs time, never output.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace bersih::match {

/// The widened form of `pattern` (Perl syntax, as Boost.Regex reads it):
///  - named groups `(?<name>...)`, `(?P<name>...)`, `(?'name'...)` become plain groups
///    (Hyperscan has no capturing semantics, and rejects the names);
///  - atomic groups `(?>...)` become `(?:...)` and possessive quantifiers greedy ones (both only
///    add matches);
///  - `\K` is dropped: it moves where a match starts, not where it ends;
///  - a bounded repeat whose bound reaches 20 (`{0,30}`, `{25}`) becomes `*`, and a smaller
///    range loses its upper bound (`{0,4}` as `*`, `{1,3}` as `+`, `{2,5}` as `{2,}`): bounded
///    repeats make Hyperscan's automata big, slow to build and slow to scan (the built-in
///    database scanned records about 1.4x slower with them);
///  - buffer anchors `\A`, `\z`, `\Z`, `` \` ``, `\'` are read as `^` / `$` (see below);
///  - an end anchor that more of the pattern follows goes (`(?:[ ,]+|$)+$` as `(?:[ ,]+|)+$`):
///    Hyperscan rejects such "embedded end anchors", and the pattern was a candidate on every
///    line (liputan6.stray-headline: 6,939 Boost searches for 9 matches on ../shared/dumps);
///    one that ends its branch and the pattern (`a$|b`, `x(?:\s|$)`) stays;
///  - a lookbehind with nothing before it, `(?<=[.!?])\s*\(`, consumes what it looks at
///    (`(?:[.!?])\s*\(`): matches end where they ended; a lookahead that ends the pattern
///    consumes too (the match ends later, in the same line);
///  - negative lookarounds go (an assertion only ever removes matches), and so do the other
///    positive ones in the record-lines form;
///  - a recursion or subroutine call, `(?1)`, becomes `[\s\S]*`;
///  - Boost's word start and end `\<`, `\>` become `\b`.
/// What is left that Hyperscan does not take (back-references, conditionals) the database
/// compiles in Hyperscan's prefilter mode, which widens it.
/// `record_lines` (the form of rules compiled at start-up): `^` that starts the pattern becomes
/// the '\n' RecordScan puts before each line and `$` that ends it the '\n' after (Hyperscan
/// compiles anchored patterns many times slower: 3,000 user rules took 25 s; the match still ends
/// in its line or on the separator after it), other anchors go, and so do positive lookarounds
/// other than the two above. Otherwise (the built-in packs, compiled at build time, and outlet
/// signatures, with HS_FLAG_MULTILINE) anchors stay, and other positive lookarounds are left to
/// prefilter mode: that database scans records faster.
/// No form (std::nullopt), and the pattern is a candidate on every line, when its repeats Boost
/// may read otherwise than a form could say ("{0,+0}"), or when the form would hold a NUL byte
/// (a TOML "\u0000"): Hyperscan reads a pattern up to its first NUL, so it would be cut short.
/// `one_line` (the built-in rules and user rules, whose matches Boost.Regex looks for in one line,
/// which holds no '\n'): `\s`, `\W`, `\D` and negated classes (`[^()]`) leave '\n' out, so that
/// in a record's buffer a match cannot start in an earlier line and end in this one (a
/// lookbehind read as `(?:[.!?])\s+` found "Simak Video ..." at the start of each line after a
/// sentence: 240 Boost searches for no match on ../shared/dumps). Not for outlet signatures,
/// which Boost looks for in the whole text.
std::optional<std::string> hyperscan_form(std::string_view pattern, bool record_lines,
                                          bool one_line = false);

/// The shortest literal required_literal() gives: a shorter one is found on so many lines that
/// the rule's own form, slower to compile, pays for itself in searches saved.
inline constexpr std::size_t kMinRequiredLiteral = 6;

/// Bytes that every match of `pattern` (Perl syntax, as Boost.Regex reads it, case-insensitive
/// with `icase`) on a line contains, in RecordScan's buffer: '\n' stands for the separator
/// before the line where the pattern starts with `^`, and after it where it ends with `$`. The
/// longest run of literal characters of the pattern's top level (not in a group, class or
/// quantified atom); nothing (std::nullopt) when it is shorter than kMinRequiredLiteral, when
/// the top level has alternatives, or when the pattern holds what this reader does not step over
/// safely (inline flags, verbs, escapes other than one-letter ones, odd repeats). Hyperscan
/// compiles thousands of such literals in milliseconds, against seconds for the same rules' forms:
/// the user rules that have one are scanned for it (database.hpp).
std::optional<std::string> required_literal(std::string_view pattern, bool icase);

} // namespace bersih::match
