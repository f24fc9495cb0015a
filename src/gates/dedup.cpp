#include "gates/dedup.hpp"

#include "gates/text_hash.hpp"
#include "gates/words.hpp"

namespace bersih::gates {

std::vector<std::uint64_t> dedup_keys(std::string_view text, DedupMode mode,
                                      const MinHashParams& params) {
    switch (mode) {
    case DedupMode::none:
        return {};
    case DedupMode::exact: {
        const Hash128 h = hash128(normalised_words(text));
        return {h.high, h.low};
    }
    case DedupMode::near:
        return band_keys(minhash_signature(shingle_hashes(text), params), params);
    }
    return {};
}

bool DedupIndex::seen(const std::vector<std::uint64_t>& keys) const {
    if (keys.empty() || mode_ == DedupMode::none) {
        return false;
    }
    if (mode_ == DedupMode::exact) {
        return exact_.contains(keys[0], keys[1]);
    }
    for (const std::uint64_t key : keys) {
        if (near_.contains(key, static_cast<std::uint32_t>(key))) {
            return true;
        }
    }
    return false;
}

bool DedupIndex::seen_else_add(const std::vector<std::uint64_t>& keys) {
    if (keys.empty() || mode_ == DedupMode::none) {
        return false;
    }
    if (seen(keys)) {
        return true;
    }
    if (mode_ == DedupMode::exact) {
        exact_.insert(keys[0], keys[1]);
        ++records_;
        return false;
    }
    for (const std::uint64_t key : keys) {
        near_.insert(key, static_cast<std::uint32_t>(key));
    }
    ++records_;
    return false;
}

} // namespace bersih::gates
