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

/// `iso` with the offset of `zone` ("WIB", "WITA", "WIT") added when it has a time and no offset
/// ("2024-08-24T14:52:00" gives "2024-08-24T14:52:00+07:00"); otherwise `iso` unchanged.
std::string with_default_zone(std::string iso, std::string_view zone);

} // namespace bersih
