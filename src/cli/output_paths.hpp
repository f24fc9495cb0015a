#pragma once
// Outputs never collide: checked before anything is read or written, each problem a usage error
// (exit 2). The same file given to two of -o, --errors and --stats would be written twice, the
// last rename winning; with --out-dir, two inputs mirroring to one output would overwrite each
// other, and an output folder holding an input would overwrite the raw inputs.
#include "bersih/io_paths.hpp"
#include "cli/options.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bersih::cli {

/// The file --out-dir writes for `input`: its path below the folder given, with the output
/// format's extension (and the input's compression suffix).
std::string mirrored_path(const CliOptions& options, const io::InputFile& input);

/// Why the output paths of `options` collide with each other; nullopt when they do not.
std::optional<std::string> output_collision(const CliOptions& options);

/// Why --out-dir cannot take these inputs (it holds one, or two map to one output); nullopt
/// when it can, or when there is no --out-dir.
std::optional<std::string> out_dir_collision(const CliOptions& options,
                                             const std::vector<io::InputFile>& inputs);

} // namespace bersih::cli
