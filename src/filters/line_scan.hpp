#pragma once
// Reading a line left to right, byte by byte: what the recognisers that parse a line as they go
// (credit lines, credit names, datelines) share. Lines reach the stages normalised: spaces
// folded to one ASCII space, so a space is ' ' alone.
#include "filters/ascii.hpp"

#include <cstddef>
#include <string_view>

namespace bersih::filters {

// Punctuation that pages print in UTF-8 where a scrape of ASCII would hold '-', '*' or '"'.
inline constexpr std::string_view kEnDash = "\xE2\x80\x93";
inline constexpr std::string_view kEmDash = "\xE2\x80\x94";
inline constexpr std::string_view kBullet = "\xE2\x80\xA2";
inline constexpr std::string_view kOpeningQuote = "\xE2\x80\x9C";

/// The first position at or after p that holds no space.
inline std::size_t skip_spaces(std::string_view s, std::size_t p) noexcept {
    while (p < s.size() && s[p] == ' ') {
        ++p;
    }
    return p;
}

/// An ASCII capital or small letter at p (false past the end).
inline bool upper_at(std::string_view s, std::size_t p) noexcept {
    return p < s.size() && upper(s[p]);
}
inline bool lower_at(std::string_view s, std::size_t p) noexcept {
    return p < s.size() && lower(s[p]);
}

} // namespace bersih::filters
