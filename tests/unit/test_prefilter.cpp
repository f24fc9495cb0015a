#include "core/prefilter.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace bersih;

namespace {
std::vector<Rule> rules_with(const std::vector<std::vector<std::string>>& needles) {
    std::vector<Rule> rules(needles.size());
    for (std::size_t i = 0; i < needles.size(); ++i) {
        rules[i].id = std::to_string(i);
        rules[i].needles = needles[i];
    }
    return rules;
}
bool bit(const RuleBits& bits, std::size_t i) { return ((bits[i / 64] >> (i % 64)) & 1U) != 0; }
} // namespace

TEST_CASE("prefilter: finds every rule with a needle in the text, case-insensitively",
          "[prefilter]") {
    const auto rules =
        rules_with({{"baca juga"}, {"foto:", "sumber"}, {}, {"he"}, {"she"}, {"hers"}});
    const Prefilter pf(rules);
    RuleBits hits;
    pf.scan("USHERS. BACA JUGA: x", hits);
    CHECK(bit(hits, 0));
    CHECK_FALSE(bit(hits, 1));
    CHECK(bit(hits, 2)); // no needle: always a candidate
    CHECK(bit(hits, 3)); // "he" inside "ushers" (found through a failure link)
    CHECK(bit(hits, 4));
    CHECK(bit(hits, 5));
    pf.scan("", hits);
    CHECK(bit(hits, 2));
    CHECK_FALSE(bit(hits, 0));
}

TEST_CASE("prefilter: agrees with a substring test on random needles and texts", "[prefilter]") {
    std::mt19937 rng(42);
    const std::string alphabet = "abAB c.";
    auto random_text = [&](std::size_t n) {
        std::string s;
        for (std::size_t i = 0; i < n; ++i) {
            s.push_back(alphabet[rng() % alphabet.size()]);
        }
        return s;
    };
    std::vector<std::vector<std::string>> needles;
    for (int r = 0; r < 150; ++r) {
        std::vector<std::string> set;
        for (unsigned k = 0; k < 1 + rng() % 3; ++k) {
            std::string n = random_text(1 + rng() % 5);
            for (char& c : n) {
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            }
            set.push_back(n);
        }
        needles.push_back(set);
    }
    const auto rules = rules_with(needles);
    const Prefilter pf(rules);
    RuleBits hits;
    for (int t = 0; t < 300; ++t) {
        const std::string text = random_text(rng() % 40);
        std::string lower = text;
        for (char& c : lower) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        pf.scan(text, hits);
        for (std::size_t r = 0; r < rules.size(); ++r) {
            bool expected = false;
            for (const auto& n : rules[r].needles) {
                expected = expected || lower.find(n) != std::string::npos;
            }
            REQUIRE(bit(hits, r) == expected);
        }
    }
}

TEST_CASE("prefilter: line candidates keep rule order and only active rules", "[prefilter]") {
    const auto rules = rules_with({{"iklan"}, {}, {"baca"}, {"iklan"}});
    const Prefilter pf(rules);
    Document doc = Document::from_text("Baca juga iklan\n\nteks biasa\n");
    const std::vector<const Rule*> active{&rules[0], &rules[1], &rules[2]};
    LineCandidates lines(pf, rules, active, doc);
    const auto first = lines.candidates(0);
    REQUIRE(first.size() == 3);
    CHECK(first[0] == &rules[0]);
    CHECK(first[2] == &rules[2]);
    CHECK(lines.candidates(1).empty()); // blank line
    const auto third = lines.candidates(2);
    REQUIRE(third.size() == 1);
    CHECK(third[0] == &rules[1]);
    CHECK(lines.may_match(0, rules[2]));
    CHECK_FALSE(lines.may_match(2, rules[2]));
    doc.lines[2].text = "ada iklan";
    lines.rescan(2);
    CHECK(lines.may_match(2, rules[0]));
    CHECK_FALSE(lines.may_match(2, rules[3])); // not active
}

TEST_CASE("prefilter: candidates follow the order of the active list", "[prefilter]") {
    const auto rules = rules_with({{"iklan"}, {"iklan"}, {"iklan"}});
    const Prefilter pf(rules);
    const Document doc = Document::from_text("iklan\n");
    const std::vector<const Rule*> active{&rules[2], &rules[0]};
    LineCandidates lines(pf, rules, active, doc);
    const auto found = lines.candidates(0);
    REQUIRE(found.size() == 2);
    CHECK(found[0] == &rules[2]);
    CHECK(found[1] == &rules[0]);
}

TEST_CASE("prefilter: the scan's byte set is bytes_present's", "[prefilter]") {
    std::mt19937 rng(9);
    for (const auto& rules : {rules_with({{"baca"}, {}}), rules_with({{}})}) {
        const Prefilter pf(rules);
        for (int t = 0; t < 200; ++t) {
            std::string text(rng() % 300, ' ');
            for (char& c : text) {
                c = static_cast<char>(rng() % 256); // every byte value, UTF-8 lead bytes too
            }
            RuleBits hits;
            RuleBits plain;
            ByteSet present{};
            pf.scan(text, hits, present);
            pf.scan(text, plain);
            CHECK(present == bytes_present(text));
            CHECK(hits == plain);
        }
    }
}

TEST_CASE("prefilter: a needle is found wherever it sits in a long line", "[prefilter]") {
    // Long lines are walked in two halves side by side: a needle across the middle, or at
    // either end, must still be seen.
    const auto rules = rules_with({{"baca juga"}, {"x"}});
    const Prefilter pf(rules);
    for (const std::size_t size : {9U, 36U, 37U, 80U, 81U, 200U}) {
        for (std::size_t at = 0; at + 9 <= size; ++at) {
            std::string text(size, '.');
            text.replace(at, 9, "Baca Juga");
            RuleBits hits;
            ByteSet present{};
            pf.scan(text, hits, present);
            CHECK(bit(hits, 0));
            CHECK_FALSE(bit(hits, 1));
            CHECK(present == bytes_present(text));
        }
    }
}
