#pragma once
// ASCII byte classes for the stages that read text shape (capitals, digits) byte by byte.
// Locale-free on purpose: <cctype> depends on the C locale and takes int, not char.

namespace bersih::filters {

constexpr bool upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool digit(char c) noexcept { return c >= '0' && c <= '9'; }

} // namespace bersih::filters
