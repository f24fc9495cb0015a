// GuardedRegex: the guard in front of a filter stage's regex never changes its answer.
#include "filters/guarded_regex.hpp"
#include "mutations.hpp"

#include <catch2/catch.hpp>

#include <random>

using bersih::filters::GuardedRegex;

TEST_CASE("guarded regex: same answers as regex_match", "[guarded_regex]") {
    const std::vector<std::string> patterns = {
        R"(^(?:Baca (?:[Jj]uga|[Bb]erikutnya)$|BACA JUGA$|Berita [Tt]erkait|(?:(?:Simak|Lihat) )?[Vv]ideo [Pp]ilihan)\s*:?$)",
        R"(^(?:Tags?|TAGS?|Kata [Kk]unci)\s*:?$)",
        R"(^(?:Facebook|X|WA|(?:Copy|Salin) (?:[Ll]ink|URL))$)",
    };
    const std::vector<std::string> seeds = {
        "Baca juga",
        "Baca Juga :",
        "BACA JUGA",
        "Berita terkait:",
        "Simak Video Pilihan",
        "Video pilihan :",
        "Tags:",
        "TAG",
        "Kata kunci",
        "Facebook",
        "X",
        "Salin link",
        "Harga naik",
        "",
        "baca juga",
    };
    std::mt19937 rng(4);
    for (const auto& pattern : patterns) {
        const GuardedRegex guarded(pattern);
        const boost::regex plain(pattern);
        std::size_t matched = 0;
        for (const auto& seed : seeds) {
            for (const auto& text : bersih::test::mutations(seed, seeds, rng)) {
                const bool expected = boost::regex_match(text, plain);
                matched += expected ? 1U : 0U;
                INFO(pattern << " on \"" << text << "\"");
                CHECK(guarded.match(text) == expected);
            }
        }
        CHECK(matched > 0);
    }
}
