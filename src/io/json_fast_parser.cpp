// A JSONL record parsed by simdjson, in front of nlohmann's parser: nlohmann's lexer copies every
// byte of a string twice through push_back (one copy kept for error messages) and its parser
// copies the finished string once more, which made reading the largest cost of a JSONL run after
// the rules. simdjson validates the line (UTF-8 included) at SIMD speed and each string is copied
// once into the nlohmann value the rest of bersih works with. Whatever simdjson does not take
// (any syntax error, control bytes or invalid UTF-8 in a string, numbers out of range, a BOM)
// returns nullopt, and nlohmann's parse then gives the value or the exact error message as
// before. Numbers get nlohmann's types: a non-negative integer is unsigned, a negative one signed
// ("-0" alone differs: the integer 0 here, signed 0 in nlohmann; both print as 0).
#include "io/readers.hpp"

#include <simdjson.h>

namespace bersih::io {
namespace {

using Json = nlohmann::ordered_json;

// The JSON nesting limit: nlohmann does not recurse while parsing, and the conversion below
// does, so deeper records are left to nlohmann.
constexpr std::size_t kMaxDepth = 256;

bool convert(const simdjson::dom::element& element, Json& out, std::size_t depth) {
    if (depth > kMaxDepth) {
        return false;
    }
    switch (element.type()) {
    case simdjson::dom::element_type::OBJECT: {
        out = Json::object();
        for (const auto field : simdjson::dom::object(element)) {
            // A repeated key keeps its first place and takes the last value, as in nlohmann.
            Json& slot = out[std::string(field.key)];
            if (!convert(field.value, slot, depth + 1)) {
                return false;
            }
        }
        return true;
    }
    case simdjson::dom::element_type::ARRAY: {
        out = Json::array();
        for (const auto item : simdjson::dom::array(element)) {
            Json value;
            if (!convert(item, value, depth + 1)) {
                return false;
            }
            out.push_back(std::move(value));
        }
        return true;
    }
    case simdjson::dom::element_type::STRING:
        out = std::string(std::string_view(element));
        return true;
    case simdjson::dom::element_type::INT64: {
        const auto value = std::int64_t(element);
        if (value >= 0) {
            out = static_cast<std::uint64_t>(value);
        } else {
            out = value;
        }
        return true;
    }
    case simdjson::dom::element_type::UINT64:
        out = std::uint64_t(element);
        return true;
    case simdjson::dom::element_type::DOUBLE:
        out = double(element);
        return true;
    case simdjson::dom::element_type::BOOL:
        out = bool(element);
        return true;
    case simdjson::dom::element_type::NULL_VALUE:
        out = nullptr;
        return true;
    }
    return false;
}

} // namespace

std::optional<nlohmann::ordered_json> parse_json_fast(std::string_view text) {
    // nlohmann rejects a byte-order mark inside a line; simdjson would skip it.
    if (text.starts_with("\xEF\xBB\xBF")) {
        return std::nullopt;
    }
    // One parser per thread: it keeps its buffers from record to record.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(text.data(), text.size(), true).get(root) != simdjson::SUCCESS) {
        return std::nullopt;
    }
    Json value;
    if (!convert(root, value, 0)) {
        return std::nullopt;
    }
    return value;
}

} // namespace bersih::io
