#include "io/readers.hpp"
#include "io_test_util.hpp"

#include <catch2/catch.hpp>

using namespace bersih;
using bersih::test::read_all;

TEST_CASE("csv: RFC 4180 quoting", "[io][csv]") {
    const auto records =
        io::csv_split("a,b,c\n\"x, y\",\"he said \"\"hi\"\"\",\"line1\nline2\"\n,,\n");
    REQUIRE(records);
    REQUIRE(records->size() == 3);
    CHECK((*records)[1][0] == "x, y");
    CHECK((*records)[1][1] == "he said \"hi\"");
    CHECK((*records)[1][2] == "line1\nline2");
    CHECK((*records)[2] == std::vector<std::string>{"", "", ""});
    CHECK_FALSE(io::csv_split("a\n\"open"));
    // CRLF record ends; a stray quote inside an unquoted field is text.
    const auto crlf = io::csv_split("a,b\r\n5\"x,y\r\n");
    REQUIRE(crlf);
    CHECK((*crlf)[1] == std::vector<std::string>{"5\"x", "y"});
}

TEST_CASE("csv: header names the fields; BOM, quoted newlines, line numbers", "[io][csv]") {
    const auto items = read_all("\xEF\xBB\xBFid,judul,isi_berita\n1,Satu,\"Baris 1\nBaris "
                                "2\"\n2,Dua,\"Isi \"\"kutip\"\"\"\n",
                                "b.csv");
    REQUIRE(items.size() == 2);
    const auto& r = test::record(items[0]);
    CHECK(r.text == "Baris 1\nBaris 2");
    CHECK(r.text_key == "isi_berita");
    CHECK(r.title == "Satu");
    CHECK(r.fields.begin().key() == "id");
    CHECK(test::record(items[1]).line == 4);
    CHECK(test::record(items[1]).text == "Isi \"kutip\"");
}

TEST_CASE("csv: an unbalanced quote is an error at the line it opens", "[io][csv]") {
    const auto items = read_all("text,x\nok,1\n\"never closed,2\nmore\n", "b.csv");
    REQUIRE(items.size() == 2);
    CHECK(test::record(items[0]).text == "ok");
    REQUIRE(test::is_error(items[1]));
    CHECK(test::error(items[1]).line == 3);
    CHECK(test::error(items[1]).reason.find("unbalanced quote") != std::string::npos);
}

TEST_CASE("csv: --text-column names the column; extra fields get names", "[io][csv]") {
    io::ReaderOptions options;
    options.text_field = "Content";
    options.text_field_explicit = true;
    const auto items = read_all("Title,Content\nT,Body,extra\n", "b.csv", options);
    REQUIRE(items.size() == 1);
    CHECK(test::record(items[0]).text == "Body");
    CHECK(test::record(items[0]).fields["column_3"] == "extra");
}
