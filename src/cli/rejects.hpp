#pragma once
// The per-record JSONL logs of a batch: --errors (records that failed) and --rejects (records a
// gate dropped). One object a line: {source, record, line, reason}, and the gate for a rejection.
#include "cli/output_file.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

namespace bersih::cli {

/// One line of --errors (gate empty) or --rejects.
std::string record_log_line(const std::string& source, std::size_t record, std::size_t line,
                            const std::string& gate, const std::string& reason);

} // namespace bersih::cli
