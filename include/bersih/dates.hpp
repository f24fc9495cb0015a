#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace bersih {

/// Parse a date as Indonesian outlets print it and return ISO 8601: "Kamis, 13 Feb 2025 17:57 WIB"
/// gives "2025-02-13T17:57:00+07:00" (WIB +07:00, WITA +08:00, WIT +09:00); a date without a time
/// gives "2025-02-13"; a time without a zone gives local time without offset. Indonesian and
/// English month names, full or abbreviated; D/M/Y numeric dates. nullopt when it is no date.
std::optional<std::string> parse_date(std::string_view text);

} // namespace bersih
