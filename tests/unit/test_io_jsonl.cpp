#include "io_test_util.hpp"

#include <catch2/catch.hpp>

using namespace bersih;
using bersih::test::read_all;

TEST_CASE("jsonl: records keep every field; text and title are found", "[io][jsonl]") {
    const auto items = read_all(
        R"({"id":7,"url":"https://news.detik.com/x","title":"Judul","text":"Isi\nberita","extra":[1,2]})"
        "\n\n"
        R"({"id":"b","text":"Kedua"})"
        "\n",
        "d.jsonl");
    REQUIRE(items.size() == 2);
    const auto& r = test::record(items[0]);
    CHECK(r.text == "Isi\nberita");
    CHECK(r.title == "Judul");
    CHECK(r.id == "7");
    CHECK(r.url == "https://news.detik.com/x");
    CHECK(r.text_key == "text");
    CHECK(r.fields["extra"] == nlohmann::ordered_json::array({1, 2}));
    CHECK(r.fields.begin().key() == "id"); // order kept
    CHECK(r.utf8_checked);                 // the batch need not validate the text again
    CHECK(test::record(items[1]).line == 3);
    CHECK(test::record(items[1]).record == 2);
}

TEST_CASE("jsonl: a malformed line is an error; the next line is still read", "[io][jsonl]") {
    const auto items =
        read_all("{\"text\":\"a\"}\n{\"text\": \"trunc\n{\"text\":\"c\"}\n", "d.jsonl");
    REQUIRE(items.size() == 3);
    REQUIRE(test::is_error(items[1]));
    CHECK(test::error(items[1]).line == 2);
    CHECK(test::error(items[1]).record == 2);
    CHECK(test::error(items[1]).reason.starts_with("malformed JSON"));
    CHECK(test::error(items[1]).reason.find("last read") == std::string::npos);
    CHECK(test::record(items[2]).text == "c");
}

TEST_CASE("jsonl: missing text field, wrong types, non-objects", "[io][jsonl]") {
    const auto items = read_all(
        "{\"body2\":\"x\"}\n{\"text\":5}\n{\"text\":\"a\",\"title\":[1]}\n[1,2]\n", "d.jsonl");
    REQUIRE(items.size() == 4);
    for (const auto& item : items) {
        REQUIRE(test::is_error(item));
    }
    CHECK(test::error(items[0]).reason == "missing text field 'text'");
    CHECK(test::error(items[1]).reason == "text field 'text' is number, not a string");
    CHECK(test::error(items[2]).reason.find("title") != std::string::npos);
    CHECK(test::error(items[3]).reason.find("not an object") != std::string::npos);
}

TEST_CASE("jsonl: common field names are found unless a field is named", "[io][jsonl]") {
    const auto items = read_all(R"({"judul":"J","content":"C","link":"u"})", "d.jsonl");
    REQUIRE(items.size() == 1);
    CHECK(test::record(items[0]).text == "C");
    CHECK(test::record(items[0]).text_key == "content");
    CHECK(test::record(items[0]).title == "J");
    CHECK(test::record(items[0]).url == "u");

    io::ReaderOptions named;
    named.text_field = "body";
    named.text_field_explicit = true;
    const auto missing = read_all(R"({"content":"C"})", "d.jsonl", named);
    REQUIRE(test::is_error(missing[0]));
    CHECK(test::error(missing[0]).reason == "missing text field 'body'");
}

TEST_CASE("jsonl: a BOM and CRLF line ends are accepted", "[io][jsonl]") {
    const auto items = read_all("\xEF\xBB\xBF{\"text\":\"a\"}\r\n{\"text\":\"b\"}\r\n", "d.jsonl");
    REQUIRE(items.size() == 2);
    CHECK(test::record(items[1]).text == "b");
}
