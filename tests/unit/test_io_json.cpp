#include "io_test_util.hpp"

#include <catch2/catch.hpp>

using namespace bersih;
using bersih::test::read_all;

TEST_CASE("json: an array of objects, streamed element by element", "[io][json]") {
    const auto items = read_all("[\n  {\"id\": 1, \"content\": \"a ] } [ {\\\"\"},\n  {\"id\": "
                                "2,\n   \"content\": \"b\"}\n]\n",
                                "a.json");
    REQUIRE(items.size() == 2);
    CHECK(test::record(items[0]).text == "a ] } [ {\"");
    CHECK(test::record(items[1]).text == "b");
    CHECK(test::record(items[1]).line == 3);
    CHECK(test::record(items[1]).fields["id"] == 2);
}

TEST_CASE("json: a single object is one record", "[io][json]") {
    const auto items = read_all("{\"text\": \"x\"}", "a.json");
    REQUIRE(items.size() == 1);
    CHECK(test::record(items[0]).text == "x");
}

TEST_CASE("json: bad elements and truncation are errors", "[io][json]") {
    const auto items =
        read_all("[{\"text\": 1}, 5, {\"text\": \"ok\"}, {\"text\": \"cut", "a.json");
    REQUIRE(items.size() == 4);
    CHECK(test::is_error(items[0]));
    CHECK(test::is_error(items[1]));
    CHECK(test::record(items[2]).text == "ok");
    REQUIRE(test::is_error(items[3]));
    CHECK(test::error(items[3]).reason.find("truncated") != std::string::npos);
    const auto empty = read_all("[]", "a.json");
    CHECK(empty.empty());
    const auto bad = read_all("hello", "a.json");
    REQUIRE(bad.size() == 1);
    CHECK(test::is_error(bad[0]));
}
