#include "gates/minhash.hpp"

#include "gates/text_hash.hpp"
#include "gates/words.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace bersih::gates {

MinHashParams MinHashParams::for_threshold(double threshold) {
    MinHashParams best;
    double best_gap = std::numeric_limits<double>::max();
    for (std::size_t rows = 1; rows <= 32; ++rows) {
        const double midpoint =
            std::pow(1.0 / static_cast<double>(kBands), 1.0 / static_cast<double>(rows));
        const double gap = std::abs(midpoint - threshold);
        if (gap < best_gap) {
            best_gap = gap;
            best.rows = rows;
        }
    }
    return best;
}

double MinHashParams::catch_probability(double similarity) const {
    return 1.0 - std::pow(1.0 - std::pow(similarity, static_cast<double>(rows)),
                          static_cast<double>(kBands));
}

std::vector<std::uint64_t> shingle_hashes(std::string_view text) {
    std::vector<std::uint64_t> words;
    for_each_word(text, [&](std::string_view word) {
        // Lowercased on the fly: "Kata" and "kata" hash alike.
        std::uint64_t h = 0;
        char buffer[64];
        if (word.size() <= sizeof buffer) {
            for (std::size_t i = 0; i < word.size(); ++i) {
                const char c = word[i];
                buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
            }
            h = hash64(std::string_view(buffer, word.size()));
        } else {
            h = hash64(word); // a 64-byte "word" is no word a human edits; case is kept
        }
        words.push_back(h);
    });
    std::vector<std::uint64_t> shingles;
    if (words.empty()) {
        return shingles;
    }
    const std::size_t k = std::min(MinHashParams::kShingleWords, words.size());
    shingles.reserve(words.size() - k + 1);
    for (std::size_t i = 0; i + k <= words.size(); ++i) {
        std::uint64_t h = 0x8445d61a4e774912ULL;
        for (std::size_t j = 0; j < k; ++j) {
            h = mix64(h ^ words[i + j]);
        }
        shingles.push_back(h);
    }
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    return shingles;
}

std::vector<std::uint64_t> minhash_signature(const std::vector<std::uint64_t>& shingles,
                                             const MinHashParams& params) {
    const std::size_t n = MinHashParams::kBands * params.rows;
    std::vector<std::uint64_t> signature(n, std::numeric_limits<std::uint64_t>::max());
    for (std::size_t i = 0; i < n; ++i) {
        // Permutation i: mix64 of the shingle xor a per-row constant (a bijection per row).
        const std::uint64_t seed = mix64(0x632be59bd9b4e019ULL + i);
        std::uint64_t low = std::numeric_limits<std::uint64_t>::max();
        for (const std::uint64_t shingle : shingles) {
            low = std::min(low, mix64(shingle ^ seed));
        }
        signature[i] = low;
    }
    return signature;
}

std::vector<std::uint64_t> band_keys(const std::vector<std::uint64_t>& signature,
                                     const MinHashParams& params) {
    std::vector<std::uint64_t> keys;
    keys.reserve(MinHashParams::kBands);
    for (std::size_t band = 0; band < MinHashParams::kBands; ++band) {
        std::uint64_t h = mix64(0x9e3779b97f4a7c15ULL * (band + 1));
        for (std::size_t row = 0; row < params.rows; ++row) {
            h = mix64(h ^ signature[band * params.rows + row]);
        }
        keys.push_back(h);
    }
    return keys;
}

double estimated_similarity(const std::vector<std::uint64_t>& a,
                            const std::vector<std::uint64_t>& b) {
    const std::size_t n = std::min(a.size(), b.size());
    if (n == 0) {
        return 0;
    }
    std::size_t same = 0;
    for (std::size_t i = 0; i < n; ++i) {
        same += a[i] == b[i] ? 1U : 0U;
    }
    return static_cast<double>(same) / static_cast<double>(n);
}

double jaccard(std::vector<std::uint64_t> a, std::vector<std::uint64_t> b) {
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    std::sort(b.begin(), b.end());
    b.erase(std::unique(b.begin(), b.end()), b.end());
    std::vector<std::uint64_t> common;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    const std::size_t all = a.size() + b.size() - common.size();
    return all == 0 ? 1.0 : static_cast<double>(common.size()) / static_cast<double>(all);
}

} // namespace bersih::gates
