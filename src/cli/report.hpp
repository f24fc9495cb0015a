#pragma once
// Counting what a run did: the one-line summary, the progress bar and the --stats JSON.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

namespace bersih::cli {

/// What one cleaned record adds to the statistics (filled only when they are wanted).
struct RecordStats {
    std::map<std::string, std::size_t> rules;      ///< removals per rule id
    std::map<std::string, std::size_t> categories; ///< removals per category
};

class Report {
public:
    /// `total_bytes` is the size of the inputs when known (0 otherwise), for % and ETA.
    Report(bool progress, std::uint64_t total_bytes);

    void record_out(bool empty, const std::string& outlet, const RecordStats* stats);
    void record_failed() { ++in_; ++failed_; }
    void invalid_utf8() { ++invalid_utf8_; }
    /// Bytes of input consumed so far; redraws the progress bar at most 5 times a second.
    void progress(std::uint64_t bytes);
    /// Clear the progress bar for good.
    void finish(std::uint64_t bytes);
    /// Clear the progress bar before printing a message (it is drawn again later).
    void clear_line();

    [[nodiscard]] std::size_t in() const noexcept { return in_; }
    [[nodiscard]] std::size_t out() const noexcept { return out_; }
    [[nodiscard]] std::size_t empty() const noexcept { return empty_; }
    [[nodiscard]] std::size_t failed() const noexcept { return failed_; }
    /// "bersih: 1000 in, 998 out (3 empty), 2 failed, 12.3 MB in 1.2 s"
    [[nodiscard]] std::string summary() const;
    /// The --stats document.
    [[nodiscard]] std::string stats_json() const;

private:
    [[nodiscard]] double seconds() const;
    void draw(bool final);

    bool progress_ = false;
    std::uint64_t total_bytes_ = 0;
    std::uint64_t bytes_ = 0;
    std::size_t in_ = 0;
    std::size_t out_ = 0;
    std::size_t empty_ = 0;
    std::size_t failed_ = 0;
    std::size_t invalid_utf8_ = 0;
    std::map<std::string, std::size_t> rules_;
    std::map<std::string, std::size_t> categories_;
    std::map<std::string, std::size_t> outlets_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
    bool drawn_ = false;
};

} // namespace bersih::cli
