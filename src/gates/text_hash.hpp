#pragma once
// The 64-bit hash the record gates use for words, shingles and whole texts: MurmurHash64A
// (public domain, Austin Appleby), chosen because it is small, fast on short keys and has no
// dependency. Not for anything an adversary chooses collisions in: a collision only merges two
// records' fingerprints, and the sets (fingerprint_set.hpp) say how rare that is.
#include <cstdint>
#include <string_view>

namespace bersih::gates {

std::uint64_t hash64(std::string_view bytes, std::uint64_t seed = 0) noexcept;

/// A bijective mix of 64 bits (the splitmix64 finaliser): one cheap "permutation" per seed for
/// MinHash, and the way two hashes are combined.
constexpr std::uint64_t mix64(std::uint64_t x) noexcept {
    x ^= x >> 30U;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27U;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31U;
    return x;
}

/// Two independent 64-bit hashes of one text: an exact duplicate test that 10^9 records would not
/// break by chance.
struct Hash128 {
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    friend bool operator==(const Hash128&, const Hash128&) = default;
};

Hash128 hash128(std::string_view bytes) noexcept;

} // namespace bersih::gates
