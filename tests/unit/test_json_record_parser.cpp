// Records parsed exactly (issue 14): numbers come back as written, nesting is bounded, repeated
// keys are reported; and the JSON writer writes any depth without recursion.
#include "core/json_writer.hpp"
#include "io/readers.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using Json = nlohmann::ordered_json;
using bersih::io::kMaxJsonDepth;
using bersih::io::parse_json_record;

namespace {

std::string written(const Json& value) {
    std::string out;
    bersih::JsonWriter writer(out, -1);
    writer.value(value);
    return out;
}

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

} // namespace

TEST_CASE("numbers pass through as written", "[json_record]") {
    for (const std::string number :
         {"0", "-0", "12", "-7", "1.5", "-0.0", "1e5", "1E+2", "2.5e-3", "1.0",
          "18446744073709551615", "18446744073709551616", "123456789012345678901234567890",
          "-9223372036854775809", "0.1000000000000000055511151231257827", "1e-400", "1e400",
          "-1e400"}) {
        const std::string text = R"({"text":"x","n":)" + number + R"(,"a":[)" + number + "]}";
        INFO(text);
        Json value;
        std::vector<std::string> warnings;
        REQUIRE_FALSE(parse_json_record(text, value, warnings));
        CHECK(written(value) == text);
        CHECK(warnings.empty());
    }
}

TEST_CASE("number tokens inside strings do not shift the numbers", "[json_record]") {
    const std::string text = R"({"s":"-0 and 1e400 \" 5","n":-0,"t":"2024-01-05","m":1e400})";
    Json value;
    std::vector<std::string> warnings;
    REQUIRE_FALSE(parse_json_record(text, value, warnings));
    CHECK(written(value) == text);
}

TEST_CASE("a repeated key is a warning; the last value is kept in the first place",
          "[json_record]") {
    for (const std::string text : {R"({"a":1,"b":2,"a":3})", R"({"a":1.5,"b":2,"a":3})"}) {
        Json value;
        std::vector<std::string> warnings;
        REQUIRE_FALSE(parse_json_record(text, value, warnings));
        CHECK(written(value) == R"({"a":3,"b":2})");
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].find("duplicate key 'a'") != std::string::npos);
    }
}

TEST_CASE("nesting is bounded by kMaxJsonDepth", "[json_record]") {
    Json value;
    std::vector<std::string> warnings;
    CHECK_FALSE(parse_json_record(nested(kMaxJsonDepth), value, warnings));
    CHECK(written(value) == nested(kMaxJsonDepth));
    const auto deep = parse_json_record(nested(kMaxJsonDepth + 1), value, warnings);
    REQUIRE(deep);
    CHECK(deep->find("nested deeper than") != std::string::npos);
    const auto very_deep =
        parse_json_record(R"({"text":"x","x":)" + nested(50000) + "}", value, warnings);
    REQUIRE(very_deep);
}

TEST_CASE("malformed JSON keeps nlohmann's message", "[json_record]") {
    Json value;
    std::vector<std::string> warnings;
    const auto reason = parse_json_record(R"({"text": "x",})", value, warnings);
    REQUIRE(reason);
    CHECK(*reason == "malformed JSON: parse error at line 1, column 14: syntax error while parsing "
                     "object key - unexpected '}'; expected string literal");
}

TEST_CASE("the JSON writer writes any depth without recursion", "[json_writer]") {
    // Built by hand: parsing would refuse it. 100,000 levels overflowed the recursive writer.
    constexpr std::size_t kDepth = 100000;
    Json root = Json::array();
    Json* inner = &root;
    for (std::size_t i = 1; i < kDepth; ++i) {
        inner->push_back(Json::array());
        inner = &inner->back();
    }
    CHECK(written(root) == nested(kDepth));
    std::string indented;
    bersih::JsonWriter writer(indented, 2);
    writer.value(Json::parse(R"({"a":[1,{"b":[]},{}],"c":{"d":null}})"));
    CHECK(indented == Json::parse(R"({"a":[1,{"b":[]},{}],"c":{"d":null}})").dump(2));
    // nlohmann's destructor is iterative since 3.10; flatten anyway to keep the test quick.
    root = Json();
}
