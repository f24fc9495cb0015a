#pragma once
// A number of an input record kept as the input wrote it. nlohmann stores numbers as int64,
// uint64 or double and prints them back its own way, which loses "-0", integers past 2^64, long
// decimals and "1e-400", and cannot hold "1e400" at all. Passthrough fields must come out as they
// came in, so such a number is stored as a binary value with this subtype holding its text, and
// the JSON writer writes that text back.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace bersih {

inline constexpr std::uint64_t kRawNumberSubtype = 0x6e; // 'n'

inline nlohmann::ordered_json raw_number(std::string_view text) {
    return nlohmann::ordered_json::binary(std::vector<std::uint8_t>(text.begin(), text.end()),
                                          kRawNumberSubtype);
}

/// The text of a number made by raw_number(); nullopt for any other value.
inline std::optional<std::string_view> raw_number_text(const nlohmann::ordered_json& value) {
    if (!value.is_binary()) {
        return std::nullopt;
    }
    const auto& bytes = value.get_binary();
    if (!bytes.has_subtype() || bytes.subtype() != kRawNumberSubtype) {
        return std::nullopt;
    }
    return std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size());
}

} // namespace bersih
