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

/// The contract fields added to a structured record, in this order, each under the prefix.
inline constexpr const char* kContractFields[] = {
    "outlet", "channel", "title", "authors", "editors", "published",
    "dateline", "captions", "editor_code", "paragraphs", "empty"};

RecordOutput render_record(const Document& doc, io::Record& record, const CliOptions& options);

/// Removals per rule and category of one document.
void collect_stats(const Document& doc, RecordStats& stats);

} // namespace bersih::cli
