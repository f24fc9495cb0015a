#include "gates/words.hpp"

#include "bersih/normalize.hpp"
#include "core/bytes16.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

namespace bersih::gates {

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    for_each_word(text, [&](std::string_view word) { out.push_back(ascii_lower(word)); });
    return out;
}

std::string normalised_words(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for_each_word(text, [&](std::string_view word) {
        if (!out.empty()) {
            out.push_back(' ');
        }
        for (const char c : word) {
            out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        }
    });
    return out;
}

namespace {

// Sixteen bytes at once (core/bytes16.hpp): most text is ASCII.
constexpr std::size_t kBlock = bytes16::kSize;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
constexpr std::uint64_t kLowBits = 0x0101010101010101ULL;

// The ASCII letters and digits among sixteen ASCII bytes, as 1 (word) or 0 in each byte of the
// two halves.
void word_bytes(const unsigned char* p, std::uint64_t& low, std::uint64_t& high) noexcept {
    const bytes16::Bytes16 c = bytes16::load(p);
    const bytes16::Bytes16 letter = c | 0x20;
    const auto word = ((c - '0') < 10) | ((letter - 'a') < 26);
    std::uint64_t halves[2];
    bytes16::halves(word, halves);
    low = halves[0] & kLowBits;
    high = halves[1] & kLowBits;
}

bool ascii_block(const unsigned char* p) noexcept {
    std::uint64_t halves[2];
    std::memcpy(halves, p, kBlock);
    return ((halves[0] | halves[1]) & kHighBits) == 0;
}

} // namespace

std::size_t count_words(std::string_view text) {
    // for_each_word's words, counted where they start; an ASCII byte is classified by a table
    // lookup without a branch, sixteen ASCII bytes at once (every output paragraph is counted).
    static constexpr auto kWordByte = [] {
        std::array<std::uint8_t, 128> table{};
        for (unsigned c = 0; c < 128; ++c) {
            table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return table;
    }();
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t n = 0;
    unsigned in_word = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        // The block's bytes are read as the two halves' bytes in order: little-endian only.
        if (std::endian::native == std::endian::little && i + kBlock <= text.size() &&
            ascii_block(p + i)) {
            std::uint64_t low = 0;
            std::uint64_t high = 0;
            word_bytes(p + i, low, high);
            // A word starts at a word byte after a byte that is none (the one before the block
            // is `in_word`).
            const std::uint64_t before_low = (low << 8) | in_word;
            const std::uint64_t before_high = (high << 8) | (low >> 56);
            // Word starts are 0 or 1 per byte: the sum of the two halves' bytes (16 at most)
            // gathered in the top byte by one multiplication (std::popcount is a library call
            // on the baseline x86-64, which has no POPCNT instruction).
            const std::uint64_t starts = (low & ~before_low) + (high & ~before_high);
            n += static_cast<std::size_t>((starts * kLowBits) >> 56);
            in_word = static_cast<unsigned>(high >> 56);
            i += kBlock;
            continue;
        }
        if (p[i] < 0x80) {
            const unsigned word = kWordByte[p[i]];
            n += word & (in_word ^ 1U);
            in_word = word;
            ++i;
            continue;
        }
        const std::size_t sep = detail::separator_length(text, i);
        n += sep == 0 ? (in_word ^ 1U) : 0U;
        in_word = sep == 0 ? 1U : 0U;
        i += sep == 0 ? 1 : sep;
    }
    return n;
}

} // namespace bersih::gates
