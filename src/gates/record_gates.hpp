#pragma once
// The record gates of a data-preparation run (--min-words, --lang, --max-residue, --dedup): what
// each cleaned record measures (measure_record, in the parallel stage) and the verdict on it
// (RecordGates::judge, in input order, since dedup must see the records in that order).
#include "bersih/document.hpp"
#include "bersih/rules.hpp"
#include "gates/dedup.hpp"
#include "gates/residue.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bersih::gates {

struct GateSettings {
    std::size_t min_words = 0;         ///< 0: no length gate
    bool indonesian_only = false;      ///< --lang id
    std::optional<double> max_residue; ///< --max-residue
    DedupMode dedup = DedupMode::none; ///< --dedup
    MinHashParams near;                ///< --near-threshold, resolved
    bool measure = false;              ///< words and residue wanted (JSONL output)

    [[nodiscard]] bool any() const noexcept {
        return min_words > 0 || indonesian_only || max_residue || dedup != DedupMode::none;
    }
};

/// What a cleaned record measures.
struct RecordMeasures {
    std::size_t words = 0;
    double residue = 0;
    std::size_t indonesian_stop_words = 0;
    std::size_t english_stop_words = 0;
    bool indonesian = true;
    std::vector<std::uint64_t> dedup_keys;
};

/// `residue`: one scorer for the run (residue.hpp), shared by the threads.
RecordMeasures measure_record(const Document& doc, const ResidueScorer& residue,
                              const GateSettings& settings);

/// Why a record was dropped: the gate (the --fail-over and --stats name) and a sentence.
struct Rejection {
    std::string gate;
    std::string reason;
};

/// The gate names, in the order they are applied.
const std::vector<std::string>& gate_names();

class RecordGates {
public:
    explicit RecordGates(const GateSettings& settings)
        : settings_(settings), index_(settings.dedup) {}

    /// Call in input order, for every record with text.
    std::optional<Rejection> judge(const RecordMeasures& measures);

    [[nodiscard]] const DedupIndex& index() const noexcept { return index_; }

private:
    GateSettings settings_;
    DedupIndex index_;
};

} // namespace bersih::gates
