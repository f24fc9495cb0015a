#pragma once
// --fail-over: the CI gate of a data-preparation run, checked after every output is written.
#include "cli/gate_options.hpp"
#include "cli/report.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bersih::cli {

/// The one-line reason the run fails, for the first limit the run went over; nullopt when none.
std::optional<std::string> fail_over_breach(const std::vector<FailOver>& limits,
                                            const Report& report);

} // namespace bersih::cli
