#pragma once
// Eight bytes at a time: whether a JSON string's bytes can be copied as they are. Shared by the
// writer (what needs escaping) and the fast parser (where a string ends or needs decoding).
#include <cstdint>
#include <cstring>

namespace bersih {

/// Whether any of the eight bytes at `p` is below 0x20, a quote, a backslash or not ASCII.
/// (x - ones) & ~x has a high bit set exactly when some byte of x is 0.
inline bool json_word_needs_look(const void* p) noexcept {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    std::uint64_t word = 0;
    std::memcpy(&word, p, sizeof word);
    const std::uint64_t control = word - kOnes * 0x20U;
    const std::uint64_t quote = word ^ (kOnes * '"');
    const std::uint64_t backslash = word ^ (kOnes * '\\');
    return (((control & ~word) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) |
             word) &
            kHighBits) != 0;
}

} // namespace bersih
