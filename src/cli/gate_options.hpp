#pragma once
// The options of the record gates (--dedup, --near-threshold, --min-words, --lang,
// --max-residue), --rejects and --fail-over: declared here so that options.cpp only calls in.
#include "gates/record_gates.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace bersih::cli {

/// --fail-over WHAT=SHARE: the run fails when more than `share` of the records were `what`
/// ("rejected", "failed" or a gate name such as "dedup-near").
struct FailOver {
    std::string what;
    double share = 0;
};

struct GateOptions {
    std::optional<std::string> dedup;
    double near_threshold = 0.65; ///< why: README, "Record gates"
    std::size_t min_words = 0;
    std::optional<std::string> lang;
    std::optional<double> max_residue;
    std::optional<std::string> rejects_file;
    std::vector<std::string> fail_over_raw;

    // resolved
    gates::GateSettings settings;
    std::vector<FailOver> fail_over;
};

void setup_gate_options(CLI::App& app, GateOptions& options);

/// Check the values; `jsonl` says whether the output carries the words and residue fields.
/// Throws CLI::ValidationError.
void resolve_gate_options(GateOptions& options, bool jsonl);

} // namespace bersih::cli
