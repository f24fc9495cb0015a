#include "cli/report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdio>

namespace bersih::cli {

Report::Report(bool progress, std::uint64_t total_bytes)
    : progress_(progress), total_bytes_(total_bytes), start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

double Report::seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Report::record_out(bool empty, const std::string& outlet, const RecordStats* stats) {
    ++in_;
    ++out_;
    if (empty) {
        ++empty_;
    }
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

void Report::progress(std::uint64_t bytes) {
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
        const double fraction = std::min(1.0, static_cast<double>(bytes_) / static_cast<double>(total_bytes_));
        constexpr int width = 20;
        const auto filled = static_cast<int>(fraction * width);
        const double eta = fraction > 0 ? s * (1 - fraction) / fraction : 0;
        line += fmt::format(" [{:<{}}] {:3.0f}% ETA {}:{:02}", std::string(static_cast<std::size_t>(filled), '#'),
                            width, fraction * 100, static_cast<long>(eta) / 60, static_cast<long>(eta) % 60);
    }
    fmt::print(stderr, "\r{:<100}", line);
    std::fflush(stderr);
    drawn_ = true;
}

void Report::finish(std::uint64_t bytes) {
    bytes_ = bytes;
    clear_line();
    progress_ = false;
}

void Report::clear_line() {
    if (drawn_) {
        fmt::print(stderr, "\r{:<100}\r", "");
        std::fflush(stderr);
        drawn_ = false;
    }
}

std::string Report::summary() const {
    return fmt::format("bersih: {} in, {} out ({} empty), {} failed, {:.1f} MB in {:.1f} s", in_, out_,
                       empty_, failed_, static_cast<double>(bytes_) / 1e6, seconds());
}

std::string Report::stats_json() const {
    nlohmann::ordered_json doc;
    doc["articles"] = {{"in", in_}, {"out", out_}, {"empty", empty_}, {"failed", failed_}};
    doc["bytes"] = bytes_;
    doc["seconds"] = seconds();
    doc["invalid_utf8_records"] = invalid_utf8_;
    doc["rules"] = rules_;
    doc["categories"] = categories_;
    doc["outlets"] = outlets_;
    return doc.dump(2) + "\n";
}

} // namespace bersih::cli
