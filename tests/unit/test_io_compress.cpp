#include "io_test_util.hpp"

#include "bersih/io_compress.hpp"

#include <catch2/catch.hpp>

using namespace bersih;

namespace {
std::string compress(io::Compression kind, const std::string& text) {
    auto c = io::make_compressor(kind);
    std::string out;
    c->write(text.substr(0, text.size() / 2), out);
    c->write(text.substr(text.size() / 2), out);
    c->finish(out);
    return out;
}
std::string big_jsonl(int n) {
    std::string text;
    for (int i = 0; i < n; ++i) {
        text += "{\"id\":" + std::to_string(i) + ",\"text\":\"Baris berita nomor " +
                std::to_string(i) + "\"}\n";
    }
    return text;
}
} // namespace

TEST_CASE("compression by extension and magic", "[io][compress]") {
    CHECK(io::compression_from_extension("a.jsonl.gz") == io::Compression::gzip);
    CHECK(io::compression_from_extension("a.zst") == io::Compression::zstd);
    CHECK(io::compression_from_extension("a.jsonl") == io::Compression::none);
    CHECK(io::compression_from_magic("\x1f\x8b\x08") == io::Compression::gzip);
    CHECK(io::compression_from_magic("\x28\xb5\x2f\xfd") == io::Compression::zstd);
    CHECK(io::compression_from_magic("{\"a") == io::Compression::none);
}

TEST_CASE("gzip and zstd input is decompressed whatever the name", "[io][compress]") {
    const std::string text = big_jsonl(5000);
    for (const auto kind : {io::Compression::gzip, io::Compression::zstd}) {
        const auto items = test::read_all(compress(kind, text), "x.jsonl");
        REQUIRE(items.size() == 5000);
        CHECK(test::record(items[4999]).text == "Baris berita nomor 4999");
    }
}

TEST_CASE("concatenated gzip members are read in full", "[io][compress]") {
    const auto items = test::read_all(compress(io::Compression::gzip, big_jsonl(3)) +
                                          compress(io::Compression::gzip, big_jsonl(2)),
                                      "x.jsonl");
    CHECK(items.size() == 5);
}

TEST_CASE("truncated gzip and zstd give records, then one error", "[io][compress]") {
    const std::string text = big_jsonl(20000);
    for (const auto kind : {io::Compression::gzip, io::Compression::zstd}) {
        std::string packed = compress(kind, text);
        packed.resize(packed.size() / 2);
        const auto items = test::read_all(packed, "x.jsonl");
        REQUIRE(items.size() > 1);
        REQUIRE(test::is_error(items.back()));
        CHECK(test::error(items.back()).reason.find("truncated") != std::string::npos);
        for (std::size_t i = 0; i + 1 < items.size(); ++i) {
            REQUIRE_FALSE(test::is_error(items[i]));
        }
    }
}
