// The JSON writer on deep and odd values: whatever the exact record parser accepts (numbers kept
// as written, huge and tiny ones included, up to 256 levels), the writer writes as valid UTF-8
// JSON that parses back to a value written the same way, on one line and indented; the input's
// raw bytes as a key and a string (control characters, invalid UTF-8, lone surrogates encoded as
// bytes) and split into pieces joined as one string are written exactly as nlohmann's dump with
// the replace handler writes them; and a value nested far deeper than any parser allows is
// written without recursion.
#include "core/json_writer.hpp"
#include "fuzz_check.hpp"
#include "io/readers.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace {

std::string write(const nlohmann::ordered_json& value, int indent) {
    std::string out;
    bersih::JsonWriter writer(out, indent);
    writer.value(value);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    nlohmann::ordered_json value;
    std::vector<std::string> warnings;
    if (!bersih::io::parse_json_record(text, value, warnings)) {
        for (const int indent : {-1, 2}) {
            const std::string once = write(value, indent);
            FUZZ_CHECK(bersih::fuzz::valid_utf8(once));
            nlohmann::ordered_json again;
            FUZZ_CHECK(!bersih::io::parse_json_record(once, again, warnings));
            FUZZ_CHECK(write(again, indent) == once);
        }
    }
    // The raw bytes, which no parser would have let through.
    const std::string raw(text);
    nlohmann::ordered_json odd = nlohmann::ordered_json::object();
    odd[raw] = nlohmann::ordered_json::array({raw, nullptr, true});
    for (const int indent : {-1, 2}) {
        const std::string written = write(odd, indent);
        FUZZ_CHECK(written ==
                   odd.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
        FUZZ_CHECK(bersih::fuzz::valid_utf8(written));
    }
    // Pieces split at each '|' and joined by a blank line, as the "text" field is written.
    std::vector<std::string> pieces(1);
    for (const char c : raw) {
        if (c == '|') {
            pieces.emplace_back();
        } else {
            pieces.back().push_back(c);
        }
    }
    std::string joined;
    bersih::JsonWriter(joined, -1).joined(pieces, "\n\n");
    std::string expected;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        expected += (i > 0 ? "\n\n" : "") + pieces[i];
    }
    FUZZ_CHECK(joined == nlohmann::ordered_json(expected).dump(
                             -1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));

    // The input's bytes as a path into a value nested size * 64 levels deep.
    nlohmann::ordered_json root = nlohmann::ordered_json::array();
    nlohmann::ordered_json* inner = &root;
    for (std::size_t i = 0; i < size * 64; ++i) {
        if (((data[i % size] >> (i % 8)) & 1U) != 0) {
            inner->push_back(
                nlohmann::ordered_json::object({{"k", nlohmann::ordered_json::array()}}));
            inner = &inner->back()["k"];
        } else {
            inner->push_back(nlohmann::ordered_json::array());
            inner = &inner->back();
        }
    }
    const std::string deep = write(root, -1);
    FUZZ_CHECK(deep.size() >= 2 * size * 64);
    return 0;
}
