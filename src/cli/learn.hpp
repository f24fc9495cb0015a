#pragma once
// `bersih learn` and the first pass of `--adapt`: clean every input record with the rules loaded
// so far, count what the kept lines repeat per outlet (learn/template_miner.hpp), and write the
// frequent templates as a rule pack.
#include "bersih/io.hpp"
#include "bersih/pipeline.hpp"
#include "cli/options.hpp"

#include <cstdint>
#include <memory>
#include <string>

namespace bersih::cli {

struct LearnOutcome {
    std::string pack;      ///< the rule pack's TOML text
    std::size_t rules = 0; ///< rules in it
    std::uint64_t articles = 0;
    std::uint64_t failed = 0; ///< records that could not be read (the cleaning pass reports them)
    /// --adapt over standard input: the records read for learning, then the rest of the input.
    std::unique_ptr<io::Reader> stdin_replay;
};

/// The first `--adapt-sample` records of standard input are held, at most this many bytes of
/// their text: beyond it, the sample ends early.
inline constexpr std::uint64_t kAdaptSampleBytes = std::uint64_t{256} << 20U;

/// Learn from every input of `options`. With `hold_stdin`, standard input is learnt from its
/// first options.adapt_sample records only, and those are kept for the cleaning pass.
LearnOutcome learn_from_inputs(const CliOptions& options, const Pipeline& pipeline,
                               bool hold_stdin);

/// `bersih learn`: write the pack to --output (or standard output); the exit code.
int run_learn(const CliOptions& options, const Pipeline& pipeline);

} // namespace bersih::cli
