#include "bersih/io.hpp"
#include "bersih/io_paths.hpp"

#include "core/utf8_sequence.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <random>
#include <string>
#include <vector>

#include <filesystem>
#include <fstream>

using namespace bersih;
namespace fs = std::filesystem;

namespace {
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("bersih-paths-" + std::to_string(::getpid()));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    void file(const std::string& rel, const std::string& text = "x") const {
        fs::create_directories((path / rel).parent_path());
        std::ofstream(path / rel) << text;
    }
};
} // namespace

TEST_CASE("paths: directories are walked recursively in sorted order", "[io][paths]") {
    TempDir dir;
    dir.file("b.jsonl");
    dir.file("a/z.txt");
    dir.file("a/c.jsonl");
    dir.file(".hidden");
    const auto inputs = io::expand_inputs({dir.path.string()}, {});
    REQUIRE(inputs.size() == 3);
    CHECK(inputs[0].relative == "a/c.jsonl");
    CHECK(inputs[1].relative == "a/z.txt");
    CHECK(inputs[2].relative == "b.jsonl");
    CHECK(inputs[2].size == 1);

    const auto globbed = io::expand_inputs({dir.path.string()}, {"*.jsonl"});
    REQUIRE(globbed.size() == 2);
    CHECK(globbed[0].relative == "a/c.jsonl");
}

TEST_CASE("paths: a symlink loop and a missing path are errors, not hangs", "[io][paths]") {
    TempDir dir;
    dir.file("d/a.txt");
    fs::create_directory_symlink(dir.path / "d", dir.path / "d" / "loop");
    const auto inputs =
        io::expand_inputs({dir.path.string(), (dir.path / "nope").string(), "-"}, {});
    REQUIRE(inputs.size() == 4);
    CHECK(inputs[0].relative == "d/a.txt");
    REQUIRE(inputs[1].error);
    CHECK(inputs[1].error->find("loop") != std::string::npos);
    REQUIRE(inputs[2].error);
    CHECK(inputs[3].path == "-");
}

TEST_CASE("utf8: the validator finds the first bad byte", "[io][utf8]") {
    CHECK_FALSE(io::first_invalid_utf8("plain ascii text that is long enough"));
    CHECK_FALSE(io::first_invalid_utf8("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80"));
    CHECK(io::first_invalid_utf8("abc\xFF") == 3);
    CHECK(io::first_invalid_utf8("\xC0\xAF") == 0);         // overlong
    CHECK(io::first_invalid_utf8("ab\xED\xA0\x80") == 2);   // surrogate
    CHECK(io::first_invalid_utf8("12345678\xE2\x80") == 8); // truncated
}

TEST_CASE("utf8: long texts, checked a block at a time, give the same first bad byte",
          "[io][utf8]") {
    // The byte-by-byte reading of Unicode Table 3-7 the validator must agree with.
    const auto reference = [](std::string_view text) -> std::optional<std::size_t> {
        const auto* s = reinterpret_cast<const unsigned char*>(text.data());
        for (std::size_t i = 0; i < text.size();) {
            const std::size_t len =
                s[i] < 0x80 ? 1 : bersih::valid_utf8_sequence_length(s + i, text.size() - i);
            if (len == 0) {
                return i;
            }
            i += len;
        }
        return std::nullopt;
    };
    const std::string prose(100, 'a');
    for (const std::string bad :
         {"\xFF", "\xC0\xAF", "\xED\xA0\x80", "\xE2\x80", "\xF4\x90\x80\x80", "\x80", "\xC3"}) {
        const std::string text = prose + "caf\xC3\xA9 " + bad + " " + prose;
        CHECK(io::first_invalid_utf8(text) == prose.size() + 6);
        CHECK(io::first_invalid_utf8(text.substr(0, prose.size() + 6)) == std::nullopt);
    }
    // Random bytes, mostly valid text with a stray byte now and then, at lengths around the
    // block sizes.
    std::mt19937 rng(8);
    const std::vector<std::string> pieces{"a", " ", "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80",
                                          "z9"};
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        const std::size_t length = 40 + rng() % 200;
        while (text.size() < length) {
            text += pieces[rng() % pieces.size()];
            if (rng() % 150 == 0) {
                text.push_back(static_cast<char>(0x80 + rng() % 128));
            }
        }
        INFO("round " << round);
        CHECK(io::first_invalid_utf8(text) == reference(text));
    }
}
