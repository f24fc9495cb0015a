#pragma once
// Cleaning every input record: read (in order) -> clean + serialize (in parallel) -> write (in
// order), with a bounded number of batches in flight, so memory stays constant and the output is
// the same for every -j.
#include "bersih/io.hpp"
#include "bersih/pipeline.hpp"
#include "cli/options.hpp"

#include <memory>

namespace bersih::cli {

/// Clean every input of `options` with `pipeline`; returns the exit code. `stdin_reader`, when
/// given, is read in place of standard input (--adapt: the records its first pass held, then the
/// rest).
int run_batch(const CliOptions& options, const Pipeline& pipeline,
              std::unique_ptr<io::Reader> stdin_reader = nullptr);

} // namespace bersih::cli
