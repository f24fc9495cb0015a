#include "bersih/dates.hpp"

#include "bersih/lexicon.hpp"
#include "bersih/normalize.hpp"
#include "match/regex.hpp"

#include <fmt/format.h>

#include <array>
#include <stdexcept>
#include <string>

namespace bersih {
namespace {

// Indonesian and English, full and abbreviated: the first three letters decide (the month
// table of rules/lexicon.toml lists the names where Indonesian and English differ in them:
// Mei/May, Agu(stus)/Agt/Aug, Okt/Oct, Des/Dec, Peb/Feb).
std::optional<int> month_number(std::string_view name) { return Lexicon::builtin().month(name); }

std::string_view zone_offset(std::string_view zone_text) {
    const std::string zone = ascii_lower(zone_text);
    if (zone == "wib") {
        return "+07:00";
    }
    if (zone == "wita") {
        return "+08:00";
    }
    if (zone == "wit") {
        return "+09:00";
    }
    if (zone == "gmt" || zone == "utc") {
        return "+00:00";
    }
    return "";
}

// "Z" is UTC; "+0700" and "+07:00" are the same offset, written the second way. An offset no
// zone has (beyond -12:00 .. +14:00 or past minute 59, "+99:99") is none: the time stays local.
std::optional<std::string> iso_offset(const std::string& offset) {
    if (offset == "Z") {
        return "+00:00";
    }
    std::string written = offset.find(':') == std::string::npos
                              ? offset.substr(0, 3) + ":" + offset.substr(3)
                              : offset;
    const int hours = (written[1] - '0') * 10 + (written[2] - '0');
    const int minutes = (written[4] - '0') * 10 + (written[5] - '0');
    const int limit = written[0] == '-' ? 12 : 14;
    if (hours > limit || minutes > 59 || (hours == limit && minutes > 0)) {
        return std::nullopt;
    }
    return written;
}

int days_in_month(int year, int month) {
    constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays.at(static_cast<std::size_t>(month - 1));
}

bool valid(int year, int month, int day, int hour, int minute) {
    return year >= 1900 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 &&
           day <= days_in_month(year, month) && hour >= 0 && hour <= 23 && minute >= 0 &&
           minute <= 59;
}

std::optional<std::string> format_iso(int year, int month, int day, const boost::ssub_match& hour,
                                      const boost::ssub_match& minute,
                                      const boost::ssub_match& zone) {
    const int h = hour.matched ? std::stoi(hour.str()) : 0;
    const int mi = minute.matched ? std::stoi(minute.str()) : 0;
    if (!valid(year, month, day, h, mi)) {
        return std::nullopt;
    }
    if (!hour.matched) {
        return fmt::format("{:04}-{:02}-{:02}", year, month, day);
    }
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:00{}", year, month, day, h, mi,
                       zone.matched ? zone_offset(zone.str()) : "");
}

// Possessive runs of space: each is followed by something that is no space or by nothing, so
// they lose no match, and a long run of spaces after a date cannot make Boost backtrack through
// every way to share it among them (found by fuzz_dates).
const std::string kTime =
    R"((?:\s*+(?:,|\||/|-|pukul)?\s*+(?:pukul\s*+)?\|?\s*+(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*+(WIB|WITA|WIT|GMT|UTC)?)?)";
// An optional day name before the date ("Senin, ", "Friday "): the lexicon's day-names.
std::string day_prefix() {
    std::string out = "(?:(?:";
    bool first = true;
    for (const auto& day : Lexicon::builtin().words("day-names").words()) {
        if (!first) {
            out += '|';
        }
        first = false;
        out += regex_escape(day);
    }
    out += R"()\s*,?\s*)?)";
    return out;
}

} // namespace

std::optional<std::string> parse_date(std::string_view text) {
    static const std::string kDay = day_prefix();
    static const boost::regex named_month(
        kDay + R"((\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}))" + kTime, boost::regex::icase);
    static const boost::regex english_order(
        kDay + R"(([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}))" + kTime, boost::regex::icase);
    static const boost::regex numeric(R"((\d{1,2})/(\d{1,2})/(\d{4}))" + kTime,
                                      boost::regex::icase);
    // ISO 8601 as a record's date field holds it: "2024-08-19T14:15:52.038Z", "2025-06-18 10:00",
    // "2025-06-18T10:00:00+0700". The offset is kept: without it a UTC time would read as local.
    static const boost::regex iso(
        R"((\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)");

    const std::string s(text);
    boost::smatch m;
    // Boost gives up on a pattern that backtracks too much by throwing: that is no date.
    const auto search = [&s, &m](const boost::regex& pattern) {
        try {
            return match::confirm(pattern, s, m);
        } catch (const std::runtime_error&) {
            return false;
        }
    };
    if (search(named_month)) {
        if (const auto month = month_number(m[2].str())) {
            return format_iso(std::stoi(m[3].str()), *month, std::stoi(m[1].str()), m[4], m[5],
                              m[6]);
        }
    }
    if (search(english_order)) {
        if (const auto month = month_number(m[1].str())) {
            return format_iso(std::stoi(m[3].str()), *month, std::stoi(m[2].str()), m[4], m[5],
                              m[6]);
        }
    }
    if (search(numeric)) {
        int first = std::stoi(m[1].str());
        int second = std::stoi(m[2].str());
        // Indonesian sites print D/M/Y; a second part above 12 can only be M/D/Y.
        if (second > 12 && first <= 12) {
            std::swap(first, second);
        }
        return format_iso(std::stoi(m[3].str()), second, first, m[4], m[5], m[6]);
    }
    if (search(iso)) {
        static const boost::ssub_match none;
        auto date = format_iso(std::stoi(m[1].str()), std::stoi(m[2].str()), std::stoi(m[3].str()),
                               m[4], m[5], none);
        if (date && m[4].matched && m[6].matched) {
            if (const auto offset = iso_offset(m[6].str())) {
                *date += *offset;
            }
        }
        return date;
    }
    return std::nullopt;
}

std::string with_default_zone(std::string iso, std::string_view zone) {
    // "YYYY-MM-DDTHH:MM:SS" is 19 bytes; anything after it is already an offset.
    constexpr std::size_t kLocalTime = 19;
    if (iso.size() == kLocalTime && iso[10] == 'T') {
        iso += zone_offset(zone);
    }
    return iso;
}

} // namespace bersih
