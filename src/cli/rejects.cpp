#include "cli/rejects.hpp"

#include <nlohmann/json.hpp>

namespace bersih::cli {

std::string record_log_line(const std::string& source, std::size_t record, std::size_t line,
                            const std::string& gate, const std::string& reason) {
    nlohmann::ordered_json out{{"source", source}, {"record", record}, {"line", line}};
    if (!gate.empty()) {
        out["gate"] = gate;
    }
    out["reason"] = reason;
    return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace bersih::cli
