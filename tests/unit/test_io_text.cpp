#include "io_test_util.hpp"

#include <catch2/catch.hpp>

using namespace bersih;
using bersih::test::read_all;

TEST_CASE("text: a file without delimiter is one article", "[io][text]") {
    const auto items = read_all("Judul\n\nParagraf satu.\nParagraf dua.", "a.txt");
    REQUIRE(items.size() == 1);
    const auto& r = test::record(items[0]);
    CHECK(r.text == "Judul\n\nParagraf satu.\nParagraf dua.\n");
    CHECK(r.record == 1);
    CHECK(r.line == 1);
    CHECK_FALSE(r.multi);
    CHECK_FALSE(r.structured());
}

TEST_CASE("text: form-feed lines separate articles, with their start lines", "[io][text]") {
    const auto items = read_all("satu\n\f\ndua\nbaris\n\f\r\ntiga\n", "a.txt");
    REQUIRE(items.size() == 3);
    CHECK(test::record(items[0]).text == "satu\n");
    CHECK(test::record(items[1]).text == "dua\nbaris\n");
    CHECK(test::record(items[1]).line == 3);
    CHECK(test::record(items[2]).text == "tiga\n");
    CHECK(test::record(items[2]).record == 3);
    CHECK(test::record(items[2]).multi);
}

TEST_CASE("text: a trailing delimiter opens no empty article; an empty file is one", "[io][text]") {
    CHECK(read_all("satu\n\f\n", "a.txt").size() == 1);
    const auto empty = read_all("", "a.txt");
    REQUIRE(empty.size() == 1);
    CHECK(test::record(empty[0]).text.empty());
}

TEST_CASE("text: a custom delimiter", "[io][text]") {
    io::ReaderOptions options;
    options.delimiter = "---";
    const auto items = read_all("a\n---\nb\n", "a.txt", options);
    REQUIRE(items.size() == 2);
    CHECK(test::record(items[1]).text == "b\n");
}

TEST_CASE("text: NUL bytes at the start mean a binary file, one error", "[io][text]") {
    const auto items = read_all(std::string("\x89PNG\0\0\0", 7) + "rest", "a.txt");
    REQUIRE(items.size() == 1);
    REQUIRE(test::is_error(items[0]));
    CHECK(test::error(items[0]).reason.find("binary") != std::string::npos);
}

TEST_CASE("text: a missing file is one error record naming it", "[io][text]") {
    auto reader = io::open_reader("/nonexistent/x.txt", io::ReaderOptions{});
    io::Item item;
    REQUIRE(reader->next(item));
    REQUIRE(test::is_error(item));
    CHECK(test::error(item).reason.find("/nonexistent/x.txt") != std::string::npos);
    CHECK_FALSE(reader->next(item));
}

TEST_CASE("formats by extension and by name", "[io]") {
    CHECK(io::format_from_extension("a/b.jsonl") == io::InputFormat::jsonl);
    CHECK(io::format_from_extension("b.ndjson.gz") == io::InputFormat::jsonl);
    CHECK(io::format_from_extension("b.csv.zst") == io::InputFormat::csv);
    CHECK(io::format_from_extension("b.json") == io::InputFormat::json);
    CHECK(io::format_from_extension("b.txt") == io::InputFormat::text);
    CHECK(io::format_from_extension("-") == io::InputFormat::text);
    CHECK(io::input_format_from_string("csv") == io::InputFormat::csv);
    CHECK_FALSE(io::input_format_from_string("xml"));
}
