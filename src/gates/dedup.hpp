#pragma once
// Which cleaned records repeat an earlier one. The keys of a record are computed anywhere (in
// parallel, dedup_keys); the decision is taken by one DedupIndex in input order, so that the first
// occurrence wins whatever the number of threads.
//   exact: the 128-bit hash of the text's words (lowercased, punctuation and spacing aside);
//          stored as 8 bytes a kept record (FingerprintSet<uint64_t>), errs once in ~2^80.
//   near:  MinHash over word shingles, MinHashParams::kBands band keys a record; a record is a
//          near duplicate when one of its band keys is an earlier kept record's. Stored as 4 bytes
//          a key (FingerprintSet<uint32_t>): 64 bytes a kept record.
// Only kept records are added: a record dropped as a duplicate (or by another gate) adds nothing.
#include "gates/fingerprint_set.hpp"
#include "gates/minhash.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace bersih::gates {

enum class DedupMode { none, exact, near };

std::vector<std::uint64_t> dedup_keys(std::string_view text, DedupMode mode,
                                      const MinHashParams& params);

class DedupIndex {
public:
    explicit DedupIndex(DedupMode mode) : mode_(mode) {}

    /// True when `keys` repeat an earlier record's; otherwise they are added and false returned.
    bool seen_else_add(const std::vector<std::uint64_t>& keys);
    /// True when `keys` repeat a record added before; adds nothing.
    [[nodiscard]] bool seen(const std::vector<std::uint64_t>& keys) const;

    [[nodiscard]] std::size_t records() const noexcept { return records_; }
    /// Bytes the stored keys take (capacity), without the fixed 1.5 MB of bucket headers.
    [[nodiscard]] std::size_t entry_bytes() const noexcept {
        return exact_.entry_bytes() + near_.entry_bytes();
    }

private:
    DedupMode mode_;
    FingerprintSet<std::uint64_t> exact_;
    FingerprintSet<std::uint32_t> near_;
    std::size_t records_ = 0;
};

} // namespace bersih::gates
