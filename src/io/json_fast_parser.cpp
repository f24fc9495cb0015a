// A JSONL record parsed by simdjson, in front of nlohmann's parser: nlohmann's lexer copies every
// byte of a string twice through push_back (one copy kept for error messages) and its parser
// copies the finished string once more, which made reading the largest cost of a JSONL run after
// the rules. simdjson validates the line (UTF-8 included) at SIMD speed and each string is copied
// once into the nlohmann value the rest of bersih works with. Whatever simdjson does not take
// (any syntax error, control bytes or invalid UTF-8 in a string, numbers out of range, a BOM)
// returns nullopt, and nlohmann's parse then gives the value or the exact error message as
// before. Integers get nlohmann's types: a non-negative integer is unsigned, a negative one
// signed. A text with a fraction or exponent number, or with "-0", goes to the exact parser
// (json_record_parser.cpp), which keeps such numbers as written; so does a text nested deeper
// than kMaxJsonDepth, which that parser refuses.
#include "io/readers.hpp"

#include <simdjson.h>

namespace bersih::io {
namespace {

using Json = nlohmann::ordered_json;

bool convert(const simdjson::dom::element& element, Json& out, std::size_t depth,
             std::vector<std::string>* duplicates) {
    if (depth >= kMaxJsonDepth) {
        return false;
    }
    switch (element.type()) {
    case simdjson::dom::element_type::OBJECT: {
        out = Json::object();
        for (const auto field : simdjson::dom::object(element)) {
            // A repeated key keeps its first place and takes the last value, as in nlohmann.
            std::string key(field.key);
            if (duplicates != nullptr && out.contains(key)) {
                duplicates->push_back(key);
            }
            Json& slot = out[std::move(key)];
            if (!convert(field.value, slot, depth + 1, duplicates)) {
                return false;
            }
        }
        return true;
    }
    case simdjson::dom::element_type::ARRAY: {
        out = Json::array();
        for (const auto item : simdjson::dom::array(element)) {
            Json value;
            if (!convert(item, value, depth + 1, duplicates)) {
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
        return false; // kept as written by the exact parser
    case simdjson::dom::element_type::BOOL:
        out = bool(element);
        return true;
    case simdjson::dom::element_type::NULL_VALUE:
        out = nullptr;
        return true;
    }
    return false;
}

/// Whether `text` may hold the number -0 (simdjson reads it as the integer 0): "-0" after a
/// separator and not followed by more of a number. Inside a string it only costs the fast path.
bool may_hold_negative_zero(std::string_view text) {
    for (auto at = text.find("-0"); at != std::string_view::npos; at = text.find("-0", at + 1)) {
        const char before = at > 0 ? text[at - 1] : ' ';
        const char after = at + 2 < text.size() ? text[at + 2] : ' ';
        const bool separated = before == ':' || before == '[' || before == ',' || before == ' ' ||
                               before == '\t' || before == '\r' || before == '\n';
        const bool ends =
            (after < '0' || after > '9') && after != '.' && after != 'e' && after != 'E';
        if (separated && ends) {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<nlohmann::ordered_json> parse_json_fast(std::string_view text,
                                                      std::vector<std::string>* duplicates) {
    // nlohmann rejects a byte-order mark inside a line; simdjson would skip it.
    if (text.starts_with("\xEF\xBB\xBF") || may_hold_negative_zero(text)) {
        return std::nullopt;
    }
    // One parser per thread: it keeps its buffers from record to record.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(text.data(), text.size(), true).get(root) != simdjson::SUCCESS) {
        return std::nullopt;
    }
    Json value;
    if (!convert(root, value, 0, duplicates)) {
        return std::nullopt;
    }
    return value;
}

} // namespace bersih::io
