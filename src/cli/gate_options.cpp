#include "cli/gate_options.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace bersih::cli {

void setup_gate_options(CLI::App& app, GateOptions& options) {
    app.add_option("--dedup", options.dedup,
                   "Drop records whose cleaned text repeats an earlier one: exact (same words) or "
                   "near (MinHash); the first in input order is kept")
        ->check(CLI::IsMember({"exact", "near"}));
    app.add_option("--near-threshold", options.near_threshold,
                   "--dedup near: the word-shingle Jaccard similarity from which two records "
                   "count as near duplicates")
        ->check(CLI::Range(0.05, 0.95))
        ->capture_default_str();
    app.add_option("--min-words", options.min_words,
                   "Drop records whose cleaned text has fewer than N words");
    app.add_option("--lang", options.lang,
                   "Keep only records whose cleaned text is in this language (by stop words)")
        ->check(CLI::IsMember({"id"}));
    app.add_option("--max-residue", options.max_residue,
                   "Drop records whose kept text still reads as page furniture for more than "
                   "this share (0-1) of its characters")
        ->check(CLI::Range(0.0, 1.0));
    app.add_option("--rejects", options.rejects_file,
                   "Write one JSONL line {source, record, line, gate, reason} per record a gate "
                   "dropped to FILE");
    app.add_option("--fail-over", options.fail_over_raw,
                   "Exit 1 when more than SHARE of the records were REASON (rejected, failed or "
                   "a gate: min-words, lang, max-residue, dedup-exact, dedup-near), e.g. "
                   "rejected=0.05; outputs are still written")
        ->allow_extra_args(false);
}

namespace {

FailOver parse_fail_over(const std::string& text) {
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0) {
        throw CLI::ValidationError(
            "--fail-over", fmt::format("'{}' is not REASON=SHARE (e.g. rejected=0.05)", text));
    }
    FailOver out{text.substr(0, eq), 0};
    const auto& gates = gates::gate_names();
    if (out.what != "rejected" && out.what != "failed" &&
        std::find(gates.begin(), gates.end(), out.what) == gates.end()) {
        throw CLI::ValidationError(
            "--fail-over", fmt::format("unknown reason '{}' (rejected, failed, min-words, lang, "
                                       "max-residue, dedup-exact, dedup-near)",
                                       out.what));
    }
    const std::string share = text.substr(eq + 1);
    try {
        std::size_t used = 0;
        out.share = std::stod(share, &used);
        if (used != share.size()) {
            throw std::invalid_argument("trailing characters");
        }
    } catch (const std::exception&) {
        throw CLI::ValidationError(
            "--fail-over", fmt::format("'{}': the share must be a number from 0 to 1", text));
    }
    if (!(out.share >= 0 && out.share <= 1)) {
        throw CLI::ValidationError("--fail-over",
                                   fmt::format("'{}': the share must be from 0 to 1", text));
    }
    return out;
}

} // namespace

void resolve_gate_options(GateOptions& options, bool jsonl) {
    auto& s = options.settings;
    s.min_words = options.min_words;
    s.indonesian_only = options.lang.has_value();
    s.max_residue = options.max_residue;
    s.dedup = !options.dedup              ? gates::DedupMode::none
              : *options.dedup == "exact" ? gates::DedupMode::exact
                                          : gates::DedupMode::near;
    s.near = gates::MinHashParams::for_threshold(options.near_threshold);
    s.measure = jsonl;
    options.fail_over.clear();
    for (const auto& raw : options.fail_over_raw) {
        options.fail_over.push_back(parse_fail_over(raw));
    }
}

} // namespace bersih::cli
