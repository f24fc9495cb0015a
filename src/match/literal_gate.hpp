#pragma once
// A quick no for the stages' own fixed searches (the inline related-link marker): every match of
// a pattern such as `(?:Baca|Simak) [Jj]uga...|Berita [Tt]erkait...` starts with one of a few
// literal texts, so a line that holds none of them after the search's start needs no search.
// Boost.Regex tried the marker at every capital of every line (8% of a run's instructions).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bersih::match {

class LiteralGate {
public:
    /// The gate of `pattern` (Perl syntax, case-sensitive): each top-level branch must open with
    /// a literal of kMinGateLiteral bytes or more, or with a group whose branches all do (read
    /// recursively). std::nullopt when one does not, or when the pattern holds what this reader
    /// does not step over (inline flags, a branch opening with a class or an assertion).
    static std::optional<LiteralGate> of(std::string_view pattern);

    /// Whether one of the literals starts at or after byte `from` of `text`. False means no
    /// match of the pattern starts there.
    [[nodiscard]] bool may_match(std::string_view text, std::size_t from) const noexcept;
    [[nodiscard]] const std::vector<std::string>& literals() const noexcept { return literals_; }

private:
    explicit LiteralGate(std::vector<std::string> literals);
    std::vector<std::string> literals_;    ///< sorted: those of one first byte together
    std::vector<std::size_t> first_bytes_; ///< where each first byte's literals begin, and the end
};

/// The shortest literal a gate reads as a branch's start: shorter ones ("Di") are everywhere.
inline constexpr std::size_t kMinGateLiteral = 4;

} // namespace bersih::match
