// normalize_text and its helpers on arbitrary bytes: the result must be valid UTF-8 without NUL,
// CR, tabs or doubled spaces, and normalising twice must change nothing.
#include "bersih/normalize.hpp"
#include "fuzz_check.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view raw(reinterpret_cast<const char*>(data), size);
    bersih::NormalizeStats stats;
    const std::string once = bersih::normalize_text(raw, &stats);
    FUZZ_CHECK(bersih::fuzz::valid_utf8(once));
    FUZZ_CHECK(once.find('\0') == std::string::npos);
    FUZZ_CHECK(once.find('\r') == std::string::npos);
    FUZZ_CHECK(once.find("  ") == std::string::npos);
    FUZZ_CHECK(stats.invalid_utf8 <= size);
    (void)bersih::decode_html_entities(raw);
    (void)bersih::collapse_spaces(raw);
    (void)bersih::ascii_lower(raw);
    (void)bersih::title_case_city(raw);
    return 0;
}
