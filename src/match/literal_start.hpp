#pragma once
// Where a rule's Hyperscan form may start scanning: at its first literal. Hyperscan runs a
// pattern that opens with classes and repeats (`\s*(?:[.#]?[A-Za-z][\w-]*...){0,3}\s*\{`,
// `[.!?]\s+(?=Simak|...)`) as an automaton at every byte of the text; five such rules made the
// built-in database scan at a third of the speed of the other 346 together. From a literal on,
// Hyperscan finds the literal first and runs the rest from there.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace bersih::match {

/// The literal runs and alternations a form may start at: shorter ones are on so many lines that
/// the candidates they add cost more Boost.Regex searches than the faster scan saves (measured on
/// ../shared/wild's lines: these add 6% candidates and double the scan's speed).
inline constexpr std::size_t kMinStartRun = 4;         ///< bytes of literal text in a row
inline constexpr std::size_t kMinStartAlternative = 5; ///< bytes of each branch of `(?:a|b)`

/// The part of `form` (a rule's hyperscan_form(), which every Boost.Regex match of the rule's
/// pattern on a line matches) from its first literal start on: a run of kMinStartRun literal
/// bytes, a group of literal branches of kMinStartAlternative bytes each, or an escaped `\{` or
/// `\(`. What comes before goes (zero-width assertions, classes, repeats, anchors; a group that
/// opens the pattern with no such start in it goes whole), and a plain group `(?:...)` or
/// `(...)` that holds the start is read alone, what follows it dropped. A match of the form
/// holds a match of that part that ends in the same line, so the part is a widening: it finds
/// every line the form finds, and some more.
/// std::nullopt when the form has no such start, has alternatives at its top level, or holds
/// what this reader does not step over (inline flags, back-references, `\Q`, `\p`).
std::optional<std::string> literal_start(std::string_view form);

} // namespace bersih::match
