#pragma once
// Cleaning every input record: read (in order) -> clean + serialize (in parallel) -> write (in
// order), with a bounded number of batches in flight, so memory stays constant and the output is
// the same for every -j.
#include "bersih/pipeline.hpp"
#include "cli/options.hpp"

namespace bersih::cli {

/// Clean every input of `options` with `pipeline`; returns the exit code.
int run_batch(const CliOptions& options, const Pipeline& pipeline);

} // namespace bersih::cli
