#pragma once
// Where cleaned records go: one output (standard output or -o FILE), or with --out-dir one file
// per input file, mirroring the input tree. Each output is written to a temporary name and
// renamed when complete (OutputFile). JSON output is one object for a single record and an array
// otherwise; text output separates articles by a form-feed line.
#include "bersih/io_paths.hpp"
#include "cli/options.hpp"
#include "cli/output_file.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace bersih::cli {

/// One output stream in one format.
class FormattedOutput {
public:
    FormattedOutput(const std::string& path, OutputFormat format, bool force_array);
    void write(std::string_view record);
    /// Close the JSON array and commit the file. False (with error()) on failure.
    bool finish();
    [[nodiscard]] const std::string& error() const noexcept { return file_.error(); }
    [[nodiscard]] bool failed() const noexcept { return file_.failed(); }

private:
    OutputFile file_;
    OutputFormat format_;
    bool force_array_;
    std::size_t count_ = 0;
    std::string first_; // json: the first record, held until we know whether an array follows
};

class OutputRouter {
public:
    OutputRouter(const CliOptions& options, const std::vector<io::InputFile>& inputs);
    /// Write one record that came from inputs[input].
    void write(std::size_t input, std::string_view record);
    /// Finish every output; false with error() when one failed.
    bool finish();
    /// Drop the output being written without committing it: a file given to -o keeps what it
    /// held before the run (a failed --strict run).
    void abandon();
    [[nodiscard]] bool failed() const;
    [[nodiscard]] std::string error() const;

private:
    FormattedOutput& output_for(std::size_t input);

    const CliOptions& options_;
    const std::vector<io::InputFile>& inputs_;
    std::unique_ptr<FormattedOutput> single_;
    std::unique_ptr<FormattedOutput> current_; // --out-dir
    std::size_t current_input_ = static_cast<std::size_t>(-1);
    std::string error_;
};

} // namespace bersih::cli
