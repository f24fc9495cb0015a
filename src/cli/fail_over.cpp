#include "cli/fail_over.hpp"

#include <fmt/format.h>

namespace bersih::cli {

std::optional<std::string> fail_over_breach(const std::vector<FailOver>& limits,
                                            const Report& report) {
    const std::size_t in = report.in();
    if (in == 0) {
        return std::nullopt;
    }
    for (const auto& limit : limits) {
        const std::size_t count = limit.what == "failed"     ? report.failed()
                                  : limit.what == "rejected" ? report.rejected()
                                                             : report.rejected(limit.what);
        const double share = static_cast<double>(count) / static_cast<double>(in);
        if (share > limit.share) {
            return fmt::format("bersih: --fail-over {}={}: {} of {} records ({:.1f}%) were {}",
                               limit.what, limit.share, count, in, share * 100,
                               limit.what == "failed" || limit.what == "rejected"
                                   ? limit.what
                                   : fmt::format("rejected by {}", limit.what));
        }
    }
    return std::nullopt;
}

} // namespace bersih::cli
