#include "cli/rejects.hpp"

#include "bersih/serialize.hpp"

#include <nlohmann/json.hpp>

namespace bersih::cli {

std::string record_log_line(const std::string& source, std::size_t record, std::size_t line,
                            const std::string& gate, const std::string& reason) {
    nlohmann::ordered_json out{{"source", source}, {"record", record}, {"line", line}};
    if (!gate.empty()) {
        out["gate"] = gate;
    }
    out["reason"] = reason;
    return json_text(out, -1) + "\n"; // the output's own writer
}

} // namespace bersih::cli
