#pragma once
// MinHash over word shingles with LSH banding (Broder 1997; Leskovec, Rajaraman, Ullman, "Mining
// of Massive Datasets", ch. 3): two texts whose shingle sets have Jaccard similarity s share at
// least one band key with probability 1 - (1 - s^r)^b, for b bands of r rows. bersih keeps b
// fixed (kBands keys a record, so memory does not depend on the threshold) and derives r from
// the threshold t the user gives: the S-curve's steep point (1/b)^(1/r), where a pair is caught
// about two times in three, is nearest t.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace bersih::gates {

struct MinHashParams {
    static constexpr std::size_t kBands = 16;
    static constexpr std::size_t kShingleWords = 3;
    std::size_t rows = 6; ///< rows per band: for_threshold(0.65), the CLI default

    /// The rows per band whose S-curve steep point (1/bands)^(1/rows) is nearest `threshold`
    /// (0 < threshold < 1): 0.5 -> 4, 0.7 -> 8, 0.8 -> 12.
    static MinHashParams for_threshold(double threshold);
    /// The S-curve: the probability that a pair at Jaccard `similarity` shares a band key.
    [[nodiscard]] double catch_probability(double similarity) const;
};

/// The shingle hashes of a text: one per run of kShingleWords consecutive words (one for the whole
/// text when it has fewer words; none for a text without words).
std::vector<std::uint64_t> shingle_hashes(std::string_view text);

/// The MinHash signature (bands * rows minima) of a set of shingle hashes.
std::vector<std::uint64_t> minhash_signature(const std::vector<std::uint64_t>& shingles,
                                             const MinHashParams& params);

/// One key a band: the band's rows hashed with its index (so that equal rows in two different
/// bands do not collide).
std::vector<std::uint64_t> band_keys(const std::vector<std::uint64_t>& signature,
                                     const MinHashParams& params);

/// Share of equal positions of two signatures: the estimate of the Jaccard similarity.
double estimated_similarity(const std::vector<std::uint64_t>& a,
                            const std::vector<std::uint64_t>& b);

/// The exact Jaccard similarity of two sets of shingle hashes (for tests and tuning).
double jaccard(std::vector<std::uint64_t> a, std::vector<std::uint64_t> b);

} // namespace bersih::gates
