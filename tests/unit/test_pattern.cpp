// Pattern: a rule's regular expression, compiled on first use (the built-in rules) or at once
// (user rules, whose errors the loader reports).
#include "bersih/pattern.hpp"

#include <catch2/catch.hpp>

#include <thread>
#include <vector>

using bersih::Pattern;

TEST_CASE("pattern: compiled on first use, with its flags", "[pattern]") {
    const Pattern pattern("^baca juga", boost::regex::perl | boost::regex::icase);
    CHECK(pattern.str() == "^baca juga");
    CHECK(pattern.icase());
    CHECK(boost::regex_search(std::string("BACA JUGA: berita lain"), pattern.regex()));
    CHECK_FALSE(boost::regex_search(std::string("Kami baca juga"), pattern.regex()));
    // The same compiled expression each time, and in every copy.
    const Pattern copy = pattern;
    CHECK(&copy.regex() == &pattern.regex());
}

TEST_CASE("pattern: a bad expression fails when compiled at once", "[pattern]") {
    CHECK_THROWS_AS(Pattern::compiled("(unclosed", boost::regex::perl), boost::regex_error);
    const Pattern good = Pattern::compiled("[0-9]+", boost::regex::perl);
    CHECK_FALSE(good.icase());
    CHECK(boost::regex_search(std::string("tahun 2024"), good.regex()));
}

TEST_CASE("pattern: a default pattern is empty", "[pattern]") {
    const Pattern none;
    CHECK(none.str().empty());
    CHECK(none.regex().empty());
}

TEST_CASE("pattern: threads that reach it at once share one compilation", "[pattern]") {
    const Pattern pattern(R"(\bSimak (?:juga )?video\b)", boost::regex::perl);
    std::vector<const boost::regex*> seen(4, nullptr);
    {
        std::vector<std::jthread> threads;
        for (std::size_t t = 0; t < seen.size(); ++t) {
            threads.emplace_back([&, t] { seen[t] = &pattern.regex(); });
        }
    }
    for (const auto* regex : seen) {
        CHECK(regex == &pattern.regex());
    }
    CHECK(boost::regex_search(std::string("Simak juga video berikut"), pattern.regex()));
}
