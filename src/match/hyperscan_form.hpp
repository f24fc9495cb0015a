#pragma once
// A Boost.Regex (Perl syntax) pattern in a form Hyperscan compiles, matching every text the
// pattern matches and possibly more. The matcher only uses Hyperscan to find candidate lines;
// Boost.Regex confirms each one, so widening a pattern costs time, never output.
#include <string>
#include <string_view>

namespace bersih::match {

/// The widened form of `pattern` (Perl syntax, as Boost.Regex reads it):
///  - named groups `(?<name>...)`, `(?P<name>...)`, `(?'name'...)` become plain groups
///    (Hyperscan has no capturing semantics, and rejects the names);
///  - atomic groups `(?>...)` become `(?:...)` and possessive quantifiers greedy ones (both only
///    add matches);
///  - `\K` is dropped: it moves where a match starts, not where it ends;
///  - a bounded repeat whose bound reaches 20 (`{0,30}`, `{25}`) becomes `*`: large bounded
///    repeats make Hyperscan's automata big and slow to build;
///  - buffer anchors `\A`, `\z`, `\Z`, `` \` ``, `\'` become `^` / `$`: a record is scanned as
///    one buffer of lines, and `^` / `$` match at every line boundary there.
///  - negative lookarounds go (they only ever remove matches);
///  - a lookbehind with nothing before it, `(?<=[.!?])\s*\(`, consumes what it looks at
///    (`(?:[.!?])\s*\(`): matches end where they ended; a lookahead that ends the pattern
///    consumes too (the match ends later, in the same line);
///  - a recursion or subroutine call, `(?1)`, becomes `[\s\S]*`;
///  - Boost's word start and end `\<`, `\>` become `\b`.
/// Other lookarounds and back-references are left as they are: the database compiles such
/// patterns in Hyperscan's prefilter mode, which widens them.
std::string hyperscan_form(std::string_view pattern);

} // namespace bersih::match
