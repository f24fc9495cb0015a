#include "cli/report.hpp"

#include "bersih/serialize.hpp"
#include "cli/diagnostics.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <csignal>
#include <cstdio>

namespace bersih::cli {

Report::Report(bool progress, std::uint64_t total_bytes)
    : progress_(progress), total_bytes_(total_bytes), start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

double Report::seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Report::record_out(bool empty, const std::string& outlet, const RecordStats* stats) {
    const std::lock_guard lock(mutex_);
    ++in_;
    ++(empty ? empty_ : out_);
    if (stats != nullptr) {
        ++outlets_[outlet];
        for (const auto& [rule, n] : stats->rules) {
            rules_[rule] += n;
        }
        for (const auto& [category, n] : stats->categories) {
            categories_[category] += n;
        }
    }
}

void Report::record_failed() {
    const std::lock_guard lock(mutex_);
    ++in_;
    ++failed_;
}

void Report::record_rejected(const std::string& gate) {
    const std::lock_guard lock(mutex_);
    ++in_;
    ++rejected_;
    ++rejected_by_[gate];
}

void Report::show_rejected() {
    const std::lock_guard lock(mutex_);
    show_rejected_ = true;
}

std::size_t Report::rejected() const {
    const std::lock_guard lock(mutex_);
    return rejected_;
}

std::size_t Report::rejected(const std::string& gate) const {
    const std::lock_guard lock(mutex_);
    const auto it = rejected_by_.find(gate);
    return it == rejected_by_.end() ? 0 : it->second;
}

void Report::not_written(std::size_t records, std::size_t empty) {
    const std::lock_guard lock(mutex_);
    empty = std::min(empty, empty_);
    const std::size_t out = std::min(records - std::min(records, empty), out_);
    out_ -= out;
    empty_ -= empty;
    not_written_ += out + empty;
}

void Report::invalid_utf8() {
    const std::lock_guard lock(mutex_);
    ++invalid_utf8_;
}

void Report::interrupted(int signo) {
    const std::lock_guard lock(mutex_);
    interrupted_by_ = signo == SIGINT    ? "SIGINT"
                      : signo == SIGTERM ? "SIGTERM"
                      : signo == SIGHUP  ? "SIGHUP"
                                         : "signal";
    clear_line_locked();
    progress_ = false;
}

std::size_t Report::in() const {
    const std::lock_guard lock(mutex_);
    return in_;
}

std::size_t Report::failed() const {
    const std::lock_guard lock(mutex_);
    return failed_;
}

void Report::progress(std::uint64_t bytes) {
    const std::lock_guard lock(mutex_);
    bytes_ = bytes;
    if (!progress_) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - last_draw_ < std::chrono::milliseconds(200)) {
        return;
    }
    last_draw_ = now;
    draw(false);
}

void Report::draw(bool final) {
    const double s = std::max(seconds(), 1e-6);
    const double mb = static_cast<double>(bytes_) / 1e6;
    std::string line = fmt::format("bersih: {} articles, {:.0f}/s, {:.1f} MB, {:.1f} MB/s", in_,
                                   static_cast<double>(in_) / s, mb, mb / s);
    if (total_bytes_ > 0 && !final) {
        const double fraction =
            std::min(1.0, static_cast<double>(bytes_) / static_cast<double>(total_bytes_));
        constexpr int kWidth = 20;
        const auto filled = static_cast<int>(fraction * kWidth);
        const double eta = fraction > 0 ? s * (1 - fraction) / fraction : 0;
        line += fmt::format(
            " [{:<{}}] {:3.0f}% ETA {}:{:02}", std::string(static_cast<std::size_t>(filled), '#'),
            kWidth, fraction * 100, static_cast<long>(eta) / 60, static_cast<long>(eta) % 60);
    }
    write_stderr(fmt::format("\r{:<100}", escape_controls(line)));
    drawn_ = true;
}

void Report::finish(std::uint64_t bytes) {
    const std::lock_guard lock(mutex_);
    bytes_ = bytes;
    clear_line_locked();
    progress_ = false;
}

void Report::clear_line() {
    const std::lock_guard lock(mutex_);
    clear_line_locked();
}

void Report::clear_line_locked() {
    if (drawn_) {
        write_stderr(fmt::format("\r{:<100}\r", ""));
        drawn_ = false;
    }
}

std::string Report::summary() const {
    const std::lock_guard lock(mutex_);
    std::string rejected;
    if (show_rejected_ || rejected_ > 0) {
        rejected = fmt::format(" + {} rejected", rejected_);
        std::string by;
        for (const auto& [gate, n] : rejected_by_) {
            by += fmt::format("{}{} {}", by.empty() ? "" : ", ", n, gate);
        }
        if (!by.empty()) {
            rejected += fmt::format(" ({})", by);
        }
    }
    std::string line =
        fmt::format("bersih: {} in = {} out + {} empty{} + {} failed{}, {:.1f} MB in {:.1f} s", in_,
                    out_, empty_, rejected, failed_,
                    not_written_ > 0 ? fmt::format(" + {} not written", not_written_) : "",
                    static_cast<double>(bytes_) / 1e6, seconds());
    if (!interrupted_by_.empty()) {
        line += fmt::format(" (interrupted by {}; no output kept)", interrupted_by_);
    }
    return line;
}

std::string Report::stats_json() const {
    const std::lock_guard lock(mutex_);
    nlohmann::ordered_json doc;
    doc["articles"] = {{"in", in_},         {"out", out_},
                       {"empty", empty_},   {"rejected", rejected_},
                       {"failed", failed_}, {"not_written", not_written_}};
    doc["rejected"] = rejected_by_; // per gate: min-words, lang, max-residue, dedup-*
    doc["interrupted"] = interrupted_by_.empty() ? nlohmann::ordered_json(nullptr)
                                                 : nlohmann::ordered_json(interrupted_by_);
    doc["bytes"] = bytes_;
    doc["seconds"] = seconds();
    doc["invalid_utf8_records"] = invalid_utf8_;
    doc["rules"] = rules_;
    doc["categories"] = categories_;
    doc["outlets"] = outlets_;
    return json_text(doc, 2) + "\n";
}

} // namespace bersih::cli
