// parse_date on arbitrary text: never throws, and whatever it returns is an ISO 8601 date
// ("YYYY-MM-DD", optionally "THH:MM:00" and an offset a zone can have, -12:00 .. +14:00: WIB,
// WITA, WIT, or the offset a record's ISO date field carried).
#include "bersih/dates.hpp"
#include "fuzz_check.hpp"

#include <boost/regex.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const boost::regex iso(
        R"(\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00([+-](0\d|1[0-4]):[0-5]\d)?)?)");
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = bersih::parse_date(text);
    if (parsed) {
        FUZZ_CHECK(boost::regex_match(*parsed, iso));
    }
    return 0;
}
