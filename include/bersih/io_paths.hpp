#pragma once
// Turning the paths on the command line into the list of inputs: files as given, directories
// walked recursively (sorted, symlinks followed, loops detected), "-" for standard input.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bersih::io {

struct InputFile {
    std::string path;       ///< what to open ("-" for standard input)
    std::string relative;   ///< path below the directory given (or the file's name)
    std::uint64_t size = 0; ///< bytes on disk (0 when unknown, e.g. stdin)
    std::optional<std::string>
        error; ///< set when the path cannot be used (then it is one error record)
};

struct WalkOptions {
    std::string
        glob; ///< fnmatch pattern on the file name (or on the relative path when it has '/')
};

/// Expand the command-line paths, in order; each directory's files sorted by name, hidden
/// entries (".name") skipped. A nonexistent path or a directory symlink loop is an entry with
/// `error` set.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths,
                                     const WalkOptions& options);

} // namespace bersih::io
