#pragma once
// Rules whose pattern opens with a lookbehind of one character, `(?<=[.!?"])\s*\(...`: Boost.Regex
// cannot tell where such a match may start, so its search tries the lookbehind at every byte of
// the line (about 150 µs on a long flattened line; 5% of a run on real text). A match can only
// start after a byte the lookbehind accepts: the search tries those positions alone, each with
// Boost's own attempt (confirm_at), in order, and so finds the match a search of the whole line
// finds.
#include <boost/regex.hpp>

#include <array>
#include <memory>
#include <string>
#include <string_view>

namespace bersih::match {

class LeadingLookbehind {
public:
    /// The pattern's leading lookbehind, or null when `text` (a pattern with `flags`) does not
    /// open with a positive lookbehind of one character (a class, an escape such as `\S` or
    /// `\x27`, or one plain character) that every match passes: one that no quantifier follows
    /// and no alternative at the top of the pattern bypasses. Null too where a position of the
    /// pattern names the search's start (`\G`).
    static std::unique_ptr<const LeadingLookbehind> of(std::string_view text,
                                                       boost::regex::flag_type flags);

    /// Whether the lookbehind holds after `byte` (decided by Boost.Regex itself on that byte).
    [[nodiscard]] bool accepts(unsigned char byte) const noexcept { return accepts_[byte]; }

    /// Boost.Regex's search of `pattern` (the one of()) in `text`, started only after bytes the
    /// lookbehind accepts. Should an attempt hit Boost's complexity or memory limit, the whole
    /// search runs as confirm() does, and decides (it may throw as confirm() does).
    bool search(const boost::regex& pattern, const std::string& text, boost::smatch& match) const;

private:
    std::array<bool, 256> accepts_{};
};

} // namespace bersih::match
