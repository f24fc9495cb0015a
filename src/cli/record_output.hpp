#pragma once
// Turning one cleaned record into its output bytes: text, the JSON contract object (text input)
// or the input record with its text cleaned and the contract fields added under a prefix
// (structured input).
#include "bersih/document.hpp"
#include "bersih/io.hpp"
#include "cli/options.hpp"
#include "cli/report.hpp"

#include <string>

namespace bersih::cli {

struct RecordOutput {
    std::string bytes;   ///< what goes to the output
    std::string explain; ///< text format with --explain: removed lines, for stderr
    bool empty = false;
};

RecordOutput render_record(const Document& doc, const io::Record& record,
                           const CliOptions& options);

/// Removals per rule and category of one document.
void collect_stats(const Document& doc, RecordStats& stats);

} // namespace bersih::cli
