// The fast JSON parser in front of nlohmann must give nlohmann's value whenever it gives one; what
// it declines goes to nlohmann, so only its answers are checked, against nlohmann's.
#include "io/readers.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

using Json = nlohmann::ordered_json;
using bersih::io::parse_json_fast;

namespace {

// Same value and the same number types (int, unsigned, float) all the way down; the one
// exception is "-0", which simdjson reads as the integer 0 and so do we (unsigned, as "0"),
// where nlohmann keeps it signed: the same value and the same output.
bool same(const Json& a, const Json& b) {
    const bool zeros = a.is_number_integer() && b.is_number_integer() && a == 0 && b == 0;
    if ((a.type() != b.type() && !zeros) || a.size() != b.size()) {
        return false;
    }
    if (a.is_object()) {
        for (auto x = a.begin(), y = b.begin(); x != a.end(); ++x, ++y) {
            if (x.key() != y.key() || !same(*x, *y)) {
                return false;
            }
        }
        return true;
    }
    if (a.is_array()) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!same(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }
    return a.dump() == b.dump();
}

// Checks the fast answer, if any; returns whether the fast parser took the text.
bool check_against_nlohmann(const std::string& text) {
    INFO("text: " << text);
    const auto fast = parse_json_fast(text);
    if (!fast) {
        return false;
    }
    const Json reference = Json::parse(text, nullptr, false);
    REQUIRE_FALSE(reference.is_discarded());
    CHECK(same(*fast, reference));
    return true;
}

const std::vector<std::string> kAtoms = {"0",
                                         "-0",
                                         "12",
                                         "-7",
                                         "1.5",
                                         "-0.0",
                                         "1e5",
                                         "1E+2",
                                         "2.5e-3",
                                         "9223372036854775807",
                                         "9223372036854775808",
                                         "18446744073709551615",
                                         "18446744073709551616",
                                         "-9223372036854775809",
                                         "1e400",
                                         "true",
                                         "false",
                                         "null",
                                         R"("")",
                                         R"("teks biasa")",
                                         R"("kutip \" dan \\ garis")",
                                         R"("\/\b\f\n\r\t")",
                                         R"("\u00e9\u00E9\u2014")",
                                         R"("\ud83d\ude00")",
                                         R"("\u0000nul")",
                                         "\"raw \xC3\xA9 \xE2\x80\x9C\xF0\x9F\x98\x80\"",
                                         R"("\ud83d")",
                                         R"("\ude00")",
                                         R"("\x")",
                                         "\"ctrl \x01\"",
                                         "\"bad \xC3\"",
                                         R"({})",
                                         R"([])"};

std::string random_value(std::mt19937& rng, int depth) {
    std::uniform_int_distribution<int> kind(0, depth > 3 ? 0 : 2);
    std::uniform_int_distribution<std::size_t> atom(0, kAtoms.size() - 1);
    std::uniform_int_distribution<int> count(0, 4);
    const std::string space =
        std::vector<std::string>{"", " ", "\t", "\r\n "}[static_cast<std::size_t>(count(rng) % 4)];
    // Built with += only: GCC 12 warns falsely (-Wrestrict) on chains of string operator+.
    std::string out;
    switch (kind(rng)) {
    case 1:
        out += '{';
        out += space;
        for (int n = count(rng), i = 0; i < n; ++i) {
            out += i > 0 ? "," : "";
            out += "\"k";
            out += std::to_string(count(rng));
            out += "\"";
            out += space;
            out += ':';
            out += random_value(rng, depth + 1);
        }
        out += space;
        out += '}';
        return out;
    case 2:
        out += '[';
        for (int n = count(rng), i = 0; i < n; ++i) {
            if (i > 0) {
                out += ',';
                out += space;
            }
            out += random_value(rng, depth + 1);
        }
        out += ']';
        return out;
    default:
        out += space;
        out += kAtoms[atom(rng)];
        out += space;
        return out;
    }
}

std::string mutate(std::string text, std::mt19937& rng) {
    // The bytes a mutation inserts (the literal's own length: a count once read past its end).
    static const std::string kBytes("{}[]:,\"\\ -+.eE0u\x01\xC3\xFF");
    std::uniform_int_distribution<std::size_t> at(0, text.size());
    std::uniform_int_distribution<std::size_t> byte(0, kBytes.size() - 1);
    std::uniform_int_distribution<int> how(0, 2);
    const std::size_t pos = at(rng);
    switch (how(rng)) {
    case 0:
        text.insert(pos, 1, kBytes[byte(rng)]);
        break;
    case 1:
        if (pos < text.size()) {
            text.erase(pos, 1);
        }
        break;
    default:
        text.resize(pos);
        break;
    }
    return text;
}

} // namespace

TEST_CASE("json fast parser: record lines give nlohmann's value", "[io][jsonl]") {
    for (
        const std::string text :
        {R"({"id":7,"url":"https://x.test/a","title":"Judul","text":"Isi\nberita","extra":[1,null]})",
         R"(  {"a" : {"b" : [true, false, {}]} , "a": "last wins, first place"}  )",
         "{\"text\":\"baris\"}\r", R"({"n":-7,"d":"2024-01-05","big":18446744073709551615})"}) {
        CHECK(check_against_nlohmann(text));
    }
}

TEST_CASE("json fast parser: numbers it cannot keep as written go to the exact parser",
          "[io][jsonl]") {
    for (const std::string text : {R"({"f":1.0})", R"({"n":-0})", R"([1,-0])", R"({"e":2.5e3})"}) {
        INFO(text);
        CHECK_FALSE(parse_json_fast(text));
    }
}

TEST_CASE("json fast parser: what it takes, it takes as nlohmann does", "[io][jsonl]") {
    for (const auto& atom : kAtoms) {
        check_against_nlohmann(atom);
        check_against_nlohmann(std::string("[").append(atom).append("]"));
        check_against_nlohmann(std::string("{\"k\":").append(atom).append("}"));
    }
    for (const std::string& text :
         std::vector<std::string>{"",
                                  " ",
                                  "{",
                                  "}",
                                  "[1,]",
                                  "{\"a\":1,}",
                                  "{\"a\"}",
                                  "{1:2}",
                                  "01",
                                  "1.",
                                  ".5",
                                  "-",
                                  "+1",
                                  "1e",
                                  "tru",
                                  "nulls",
                                  "[1 2]",
                                  "\"open",
                                  "\xEF\xBB\xBF{}",
                                  "{\"a\":1}x",
                                  "[\"\\u12\"]",
                                  std::string(300, '[').append(300, ']')}) {
        check_against_nlohmann(text);
    }
    std::mt19937 rng(42); // fixed seed: the same inputs every run
    int taken = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string text = random_value(rng, 0);
        for (int m = i % 3; m > 0; --m) {
            text = mutate(text, rng);
        }
        taken += check_against_nlohmann(text) ? 1 : 0;
    }
    // The fast path is the usual path (a third of the random atoms are floats, left to the exact
    // parser).
    CHECK(taken > 4000);
}
