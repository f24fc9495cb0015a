#pragma once
// A set of 64-bit (or 128-bit) fingerprints that stores fewer bytes than it compares: 2^16
// buckets chosen by the top 16 bits, each an unsorted vector of the next bits (Remainder: 32 or
// 64 of them). Two fingerprints are taken for one only when they share the bucket and the
// remainder: with n entries, a lookup errs with probability about n / 2^16 / 2^(bits of
// Remainder), e.g. 1.5e-8 for 4 million 32-bit remainders; the bucket index never has to be
// stored, and no rehash ever needs bits that were dropped (the bucket count is fixed).
// Memory: sizeof(Remainder) per entry plus the vectors' growth slack (at most as much again),
// plus 1.5 MB of vector headers.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace bersih::gates {

template <typename Remainder>
class FingerprintSet {
public:
    static constexpr unsigned kBucketBits = 16;

    FingerprintSet() = default;

    /// `bucket_bits` gives the bucket (its top 16 bits), `remainder` the stored value.
    [[nodiscard]] bool contains(std::uint64_t bucket_bits, Remainder remainder) const noexcept {
        if (buckets_.empty()) {
            return false;
        }
        for (const Remainder stored : buckets_[bucket_of(bucket_bits)]) {
            if (stored == remainder) {
                return true;
            }
        }
        return false;
    }

    /// False when it was there already.
    bool insert(std::uint64_t bucket_bits, Remainder remainder) {
        if (buckets_.empty()) {
            buckets_.resize(std::size_t{1} << kBucketBits); // on first use: a run without dedup
        }                                                   // pays nothing
        auto& bucket = buckets_[bucket_of(bucket_bits)];
        for (const Remainder stored : bucket) {
            if (stored == remainder) {
                return false;
            }
        }
        bucket.push_back(remainder);
        ++size_;
        return true;
    }

    [[nodiscard]] std::size_t size() const noexcept { return size_; }

    /// Bytes held by the entries (capacity, not size), without the fixed headers.
    [[nodiscard]] std::size_t entry_bytes() const noexcept {
        std::size_t bytes = 0;
        for (const auto& bucket : buckets_) {
            bytes += bucket.capacity() * sizeof(Remainder);
        }
        return bytes;
    }

private:
    static std::size_t bucket_of(std::uint64_t bits) noexcept {
        return static_cast<std::size_t>(bits >> (64U - kBucketBits));
    }

    std::vector<std::vector<Remainder>> buckets_;
    std::size_t size_ = 0;
};

} // namespace bersih::gates
