// The space-saving summary of `bersih learn` (learn/space_saving.hpp) and the line keys it counts
// (learn/line_key.hpp).
#include "learn/line_key.hpp"
#include "learn/space_saving.hpp"

#include <boost/regex.hpp>
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

using namespace bersih::learn;

namespace {
// prefix + number (operator+ on a literal trips a false -Wrestrict of GCC 12).
std::string named(const char* prefix, long long number) {
    std::string out(prefix);
    out += std::to_string(number);
    return out;
}
} // namespace

TEST_CASE("space saving: exact counts while the keys fit", "[learn]") {
    SpaceSaving summary(8);
    for (int i = 0; i < 5; ++i) {
        summary.offer("a");
    }
    summary.offer("b");
    summary.offer("b");
    REQUIRE(summary.size() == 2);
    CHECK(summary.find("a")->count == 5);
    CHECK(summary.find("a")->error == 0);
    CHECK(summary.find("b")->sure() == 2);
    CHECK(summary.find("c") == nullptr);
}

TEST_CASE("space saving: a new key replaces the lowest and inherits its count as error",
          "[learn]") {
    SpaceSaving summary(2);
    summary.offer("a");
    summary.offer("a");
    summary.offer("b");
    const Tally& c = summary.offer("c"); // b (count 1) goes
    CHECK(c.count == 2);
    CHECK(c.error == 1);
    CHECK(c.sure() == 1);
    CHECK(summary.find("b") == nullptr);
    CHECK(summary.find("a")->count == 2);
    CHECK(summary.size() == 2);
}

TEST_CASE("space saving: every key above total/capacity survives, never undercounted", "[learn]") {
    // A stream of many one-off keys with three heavy ones mixed in.
    SpaceSaving summary(50);
    std::map<std::string, std::uint64_t> truth;
    std::uint64_t total = 0;
    for (int i = 0; i < 2000; ++i) {
        std::vector<std::string> keys{"noise" + std::to_string(i)};
        if (i % 2 == 0) {
            keys.emplace_back("heavy-half");
        }
        if (i % 5 == 0) {
            keys.emplace_back("heavy-fifth");
        }
        if (i % 20 == 0) {
            keys.emplace_back("heavy-twentieth");
        }
        for (const auto& key : keys) {
            summary.offer(key);
            ++truth[key];
            ++total;
        }
    }
    for (const auto& [key, count] : truth) {
        const Tally* tally = summary.find(key);
        if (count > total / summary.capacity()) {
            REQUIRE(tally != nullptr);
        }
        if (tally != nullptr) {
            CAPTURE(key);
            CHECK(tally->count >= count);  // an overestimate ...
            CHECK(tally->sure() <= count); // ... whose sure part never exceeds the truth
        }
    }
    CHECK(summary.find("heavy-half")->sure() >= 900);
}

TEST_CASE("space saving: the same stream gives the same summary; shrink drops the lowest",
          "[learn]") {
    const auto run = [] {
        SpaceSaving summary(4);
        for (int i = 0; i < 100; ++i) {
            summary.offer(std::to_string(i % 7));
            summary.offer(std::to_string(i % 3));
        }
        std::vector<std::pair<std::string, std::uint64_t>> out;
        for (const Tally* tally : summary.entries()) {
            out.emplace_back(tally->key, tally->count);
        }
        return out;
    };
    CHECK(run() == run());

    SpaceSaving summary(10);
    for (int i = 0; i < 5; ++i) {
        for (int k = 0; k <= i; ++k) {
            summary.offer(std::to_string(i)); // key i seen i + 1 times
        }
    }
    summary.shrink(2);
    CHECK(summary.size() == 2);
    CHECK(summary.find("4") != nullptr);
    CHECK(summary.find("3") != nullptr);
    CHECK(summary.find("0") == nullptr);
}

TEST_CASE("line keys: spaces and digit runs folded", "[learn]") {
    CHECK(fold_line("  Senin,  12 Juni 2023\t") == "Senin, 0 Juni 0");
    CHECK(fold_line("Rp1.500.000") == "Rp0.0.0");
    CHECK(fold_line("") == "");
}

TEST_CASE("space saving: long streams keep the index and the buckets consistent", "[learn]") {
    // Many evictions and index deletions: every counted key is found, sizes never exceed the
    // capacity, and the counts of the survivors add up with their errors.
    SpaceSaving summary(64);
    std::uint64_t offers = 0;
    for (int i = 0; i < 20000; ++i) {
        summary.offer(named("k", (i * 7919) % 997));
        summary.offer(named("hot", i % 3));
        offers += 2;
        REQUIRE(summary.size() <= 64);
    }
    std::uint64_t counted = 0;
    for (const Tally* tally : summary.entries()) {
        REQUIRE(summary.find(tally->key) == tally);
        counted += tally->count;
    }
    CHECK(counted == offers); // space saving: the counts always sum to the stream's length
    for (int k = 0; k < 3; ++k) {
        const Tally* hot = summary.find(named("hot", k));
        REQUIRE(hot != nullptr);
        CHECK(hot->sure() >= 6000);
    }
}

TEST_CASE("line keys: the line, its heads and its tails", "[learn]") {
    const auto keys = keys_of("Disiarkan ulang oleh Nama Orang", 3, 2);
    const std::vector<std::string> want{
        "LDisiarkan ulang oleh Nama Orang",
        "HDisiarkan",
        "HDisiarkan ulang",
        "HDisiarkan ulang oleh",
        "TOrang",
        "TNama Orang",
    };
    CHECK(keys == want);
    // The spans name the same keys, and hash as the texts do.
    const std::string folded = "Disiarkan ulang oleh Nama Orang";
    const auto spans = key_spans(folded, 3, 2);
    REQUIRE(spans.size() == want.size());
    for (std::size_t i = 0; i < spans.size(); ++i) {
        CHECK(key_text(folded, spans[i]) == want[i]);
        CHECK(key_hash(spans[i].kind, fixed_of(want[i])) ==
              key_hash(kind_of(want[i]),
                       folded.substr(spans[i].begin, spans[i].end - spans[i].begin)));
    }
    // A head or tail never covers the whole line.
    CHECK(keys_of("Satu dua", 5, 5).size() == 3);
    CHECK(kind_of("HBaca juga:") == KeyKind::head);
    CHECK(fixed_of("HBaca juga:") == "Baca juga:");
}

TEST_CASE("line keys: patterns are escaped, anchored and match their lines", "[learn]") {
    const std::string line = "Harga (per 1 gram) naik 2% [cek] di toko.com? Ya* + $ ^ | \\ 'x'";
    std::string key = "L";
    key += fold_line(line);
    const std::string pattern = pattern_of(key);
    CHECK(pattern.front() == '^');
    CHECK(pattern.back() == '$');
    CHECK(pattern.find('\'') == std::string::npos); // fits a TOML literal string
    const boost::regex regex(pattern);
    CHECK(boost::regex_search(line, regex));
    CHECK(boost::regex_search("Harga (per 250 gram) naik 10% [cek] di toko.com? Ya* + $ ^ | \\ 'x'",
                              regex));
    CHECK_FALSE(boost::regex_search(
        "Harga (per 1 gram) naik 2% [cek] di tokoXcom? Ya* + $ ^ | \\ 'x'", regex));
    CHECK_FALSE(boost::regex_search("Lalu " + line, regex));

    const boost::regex head(pattern_of("HBaca juga:"));
    CHECK(boost::regex_search(std::string("Baca juga: Judul Lain"), head));
    CHECK_FALSE(boost::regex_search(std::string("Baca juga:"), head));
    CHECK_FALSE(boost::regex_search(std::string("Mari Baca juga: x"), head));
    const boost::regex tail(pattern_of("T(Dok. Warta)"));
    CHECK(boost::regex_search(std::string("Warga berkumpul (Dok. Warta)"), tail));
    CHECK_FALSE(boost::regex_search(std::string("(Dok. Warta) Warga berkumpul"), tail));
}
