#include "cli/gate_fields.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>

namespace bersih::cli {

void append_gate_fields(std::string& jsonl, const gates::RecordMeasures& measures,
                        std::string_view prefix) {
    const auto brace = jsonl.rfind('}');
    if (brace == std::string::npos) {
        return;
    }
    const auto key = [&](std::string_view name) {
        return nlohmann::json(std::string(prefix) + std::string(name))
            .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    };
    // Four decimals: enough to rank records, and the same bytes on every platform.
    const double residue = std::round(measures.residue * 1e4) / 1e4;
    const auto before = brace == 0 ? std::string::npos : jsonl.find_last_not_of(" \n", brace - 1);
    const bool has_members = before != std::string::npos && jsonl[before] != '{';
    jsonl.insert(brace, fmt::format("{}{}:{},{}:{}", has_members ? "," : "", key("words"),
                                    measures.words, key("residue"), residue));
}

} // namespace bersih::cli
