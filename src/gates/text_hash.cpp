#include "gates/text_hash.hpp"

#include <cstring>

namespace bersih::gates {

std::uint64_t hash64(std::string_view bytes, std::uint64_t seed) noexcept {
    constexpr std::uint64_t m = 0xc6a4a7935bd1e995ULL;
    constexpr unsigned r = 47;
    std::uint64_t h = seed ^ (bytes.size() * m);
    const char* data = bytes.data();
    const std::size_t blocks = bytes.size() / 8;
    for (std::size_t i = 0; i < blocks; ++i) {
        std::uint64_t k = 0;
        std::memcpy(&k, data + i * 8, 8); // little-endian hosts: the reference's byte order
        k *= m;
        k ^= k >> r;
        k *= m;
        h ^= k;
        h *= m;
    }
    const auto* tail = reinterpret_cast<const unsigned char*>(data + blocks * 8);
    const std::size_t rest = bytes.size() & 7U;
    std::uint64_t last = 0;
    for (std::size_t i = rest; i > 0; --i) {
        last = (last << 8U) | tail[i - 1];
    }
    if (rest > 0) {
        h ^= last;
        h *= m;
    }
    h ^= h >> r;
    h *= m;
    h ^= h >> r;
    return h;
}

Hash128 hash128(std::string_view bytes) noexcept {
    return {hash64(bytes, 0x9e3779b97f4a7c15ULL), hash64(bytes, 0x2545f4914f6cdd1dULL)};
}

} // namespace bersih::gates
