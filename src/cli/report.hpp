#pragma once
// Counting what a run did: the one-line summary, the progress bar and the --stats JSON.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace bersih::cli {

/// What one cleaned record adds to the statistics (filled only when they are wanted).
struct RecordStats {
    std::map<std::string, std::size_t> rules;      ///< removals per rule id
    std::map<std::string, std::size_t> categories; ///< removals per category
};

/// Thread-safe: the output stage updates it while the interrupt watcher (interrupt.hpp) may read
/// it to write the statistics of an interrupted run.
class Report {
public:
    /// `total_bytes` is the size of the inputs when known (0 otherwise), for % and ETA.
    Report(bool progress, std::uint64_t total_bytes);

    /// A record written: counted as out, or as empty when it cleaned to nothing, so that
    /// in = out + empty + failed.
    void record_out(bool empty, const std::string& outlet, const RecordStats* stats);
    void record_failed();
    /// A record that cleaned to text but a gate dropped (gate_options.hpp):
    /// in = out + empty + rejected + failed.
    void record_rejected(const std::string& gate);
    /// Gates are on: the summary names the rejected records even when there are none.
    void show_rejected();
    /// Records counted as out (`empty` of them as empty) whose output then failed or was
    /// dropped: counted as not written instead.
    void not_written(std::size_t records, std::size_t empty);
    void invalid_utf8();
    /// The run was ended by this signal: the summary and statistics say so.
    void interrupted(int signo);
    /// Bytes of input consumed so far; redraws the progress bar at most 5 times a second.
    void progress(std::uint64_t bytes);
    /// Clear the progress bar for good.
    void finish(std::uint64_t bytes);
    /// Clear the progress bar before printing a message (it is drawn again later).
    void clear_line();

    [[nodiscard]] std::size_t in() const;
    [[nodiscard]] std::size_t failed() const;
    [[nodiscard]] std::size_t rejected() const;
    [[nodiscard]] std::size_t rejected(const std::string& gate) const;
    /// "bersih: 1000 in = 995 out + 3 empty + 2 failed, 12.3 MB in 1.2 s"; "+ N not written"
    /// before the comma when an output failed.
    [[nodiscard]] std::string summary() const;
    /// The --stats document.
    [[nodiscard]] std::string stats_json() const;

private:
    [[nodiscard]] double seconds() const;
    void draw(bool final);
    void clear_line_locked();

    mutable std::mutex mutex_;
    std::string interrupted_by_; ///< "SIGINT" when a signal ended the run
    bool progress_ = false;
    std::uint64_t total_bytes_ = 0;
    std::uint64_t bytes_ = 0;
    std::size_t in_ = 0;
    std::size_t out_ = 0;
    std::size_t empty_ = 0;
    std::size_t failed_ = 0;
    std::size_t not_written_ = 0;
    std::size_t rejected_ = 0;
    bool show_rejected_ = false;
    std::map<std::string, std::size_t> rejected_by_; ///< per gate
    std::size_t invalid_utf8_ = 0;
    std::map<std::string, std::size_t> rules_;
    std::map<std::string, std::size_t> categories_;
    std::map<std::string, std::size_t> outlets_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
    bool drawn_ = false;
};

} // namespace bersih::cli
