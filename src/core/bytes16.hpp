#pragma once
// Sixteen bytes compared at once, with the compiler's vector extension (g++ and clang, any
// target; SSE2 on x86-64): the text loops that read every byte of a record (collapse_spaces,
// the word counter) test a block of clean text in a few instructions.
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace bersih::bytes16 {

using Bytes16 = unsigned char __attribute__((vector_size(16)));
inline constexpr std::size_t kSize = sizeof(Bytes16);

inline Bytes16 load(const unsigned char* p) noexcept {
    Bytes16 v;
    std::memcpy(&v, p, kSize);
    return v;
}

/// The two 8-byte halves of a comparison's result (0xFF or 0 per byte), in memory order.
template <typename Vector>
void halves(const Vector& v, std::uint64_t (&out)[2]) noexcept {
    static_assert(sizeof(Vector) == kSize);
    std::memcpy(out, &v, kSize);
}

} // namespace bersih::bytes16
