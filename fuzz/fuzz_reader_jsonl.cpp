// The jsonl reader over arbitrary bytes (see fuzz_reader.hpp), and the fast JSON parser in front
// of nlohmann's: whatever it accepts, nlohmann accepts with the same value.
#include "fuzz_check.hpp"
#include "fuzz_reader.hpp"
#include "io/readers.hpp"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    bersih::fuzz::run_reader(&bersih::io::make_jsonl_reader, data, size);

    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto fast = bersih::io::parse_json_fast(text)) {
        const auto reference = nlohmann::ordered_json::parse(text, nullptr, false);
        FUZZ_CHECK(!reference.is_discarded());
        FUZZ_CHECK(fast->dump() == reference.dump());
    }
    return 0;
}
