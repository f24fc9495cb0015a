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
    /// Count one record written (`empty`: one that cleaned to nothing), for the summary.
    void count(bool empty) noexcept {
        ++records_;
        empty_records_ += empty ? 1U : 0U;
    }
    [[nodiscard]] std::size_t records() const noexcept { return records_; }
    [[nodiscard]] std::size_t empty_records() const noexcept { return empty_records_; }

private:
    std::size_t records_ = 0;
    std::size_t empty_records_ = 0;
    OutputFile file_;
    OutputFormat format_;
    bool force_array_;
    std::size_t count_ = 0;
    std::string first_; // json: the first record, held until we know whether an array follows
};

class OutputRouter {
public:
    OutputRouter(const CliOptions& options, const std::vector<io::InputFile>& inputs);
    /// Write one record that came from inputs[input] (`empty`: it cleaned to nothing).
    void write(std::size_t input, std::string_view record, bool empty);
    /// Finish every output; false with error() when one failed.
    bool finish();
    /// Drop the output being written without committing it: a file given to -o keeps what it
    /// held before the run (a failed --strict run).
    void abandon();
    [[nodiscard]] bool failed() const;
    [[nodiscard]] std::string error() const;
    /// Records (and of them empty ones) written to outputs that failed or were abandoned: they
    /// are not in any output, and the summary must not count them as out.
    [[nodiscard]] std::size_t lost() const noexcept { return lost_; }
    [[nodiscard]] std::size_t lost_empty() const noexcept { return lost_empty_; }

private:
    void lose(const FormattedOutput& output);
    std::size_t lost_ = 0;
    std::size_t lost_empty_ = 0;
    FormattedOutput& output_for(std::size_t input);

    const CliOptions& options_;
    const std::vector<io::InputFile>& inputs_;
    std::unique_ptr<FormattedOutput> single_;
    std::unique_ptr<FormattedOutput> current_; // --out-dir
    std::size_t current_input_ = static_cast<std::size_t>(-1);
    std::string error_;
};

} // namespace bersih::cli
