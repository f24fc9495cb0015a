#pragma once
// How `bersih learn` compares lines across articles: a line is folded (spaces and digit runs),
// cut into a fixed head or tail, and a fixed part is written back as an anchored regex.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bersih::learn {

/// What a learned candidate fixes of a line: all of it, its first words (the rest varies) or its
/// last words (what comes before varies).
enum class KeyKind : char { line = 'L', head = 'H', tail = 'T' };

/// Spaces folded to one and trimmed; every run of ASCII digits becomes one '0', so "Senin, 12
/// Juni 2023" and "Senin, 3 Juli 2024" fold to the same line.
std::string fold_line(std::string_view line);

/// The words of a folded line (split on its single spaces).
std::vector<std::string_view> words_of(std::string_view folded);

/// The keys a folded line is counted under: the line itself, heads of 1..max_head words and
/// tails of 1..max_tail words (always fewer words than the line has). A key is its kind's
/// letter, then the fixed text.
std::vector<std::string> keys_of(std::string_view folded, std::size_t max_head,
                                 std::size_t max_tail);

/// Where a key's fixed text sits in its folded line: no copy, for the counting loop.
struct KeySpan {
    KeyKind kind = KeyKind::line;
    std::size_t begin = 0;
    std::size_t end = 0;
};
/// The spans of keys_of(folded, max_head, max_tail), in the same order.
std::vector<KeySpan> key_spans(std::string_view folded, std::size_t max_head, std::size_t max_tail);
/// The key of a span as text: its kind's letter, then the fixed text.
std::string key_text(std::string_view folded, const KeySpan& span);
/// The hash a key is counted under (the same for key_text and for the span).
std::uint64_t key_hash(KeyKind kind, std::string_view fixed) noexcept;

KeyKind kind_of(std::string_view key) noexcept;
/// The fixed text of a key, without its kind letter.
std::string_view fixed_of(std::string_view key) noexcept;

/// The fixed text as a regex matching the text literally; each '0' (a folded digit run) matches
/// any run of digits; a quote is written \x27 so that the pattern fits a TOML literal string.
std::string escape_fixed(std::string_view fixed);

/// The anchored pattern of a key: ^fixed$, ^fixed .+$ or ^.+ fixed$.
std::string pattern_of(std::string_view key);

} // namespace bersih::learn
