// A pattern that opens with a one-character lookbehind is searched only from the positions after
// a byte the lookbehind accepts (match/lookbehind.hpp). That search must find what Boost.Regex's
// search of the whole text finds: the same first match, at the same place, with the same
// captures, or none. A position skipped wrongly shows as a missed or later match here.
#include "bersih/rules.hpp"
#include "match/lookbehind.hpp"
#include "match/matcher.hpp"
#include "mutations.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <random>
#include <string>
#include <vector>

namespace {

using bersih::match::LeadingLookbehind;

// Whether both searches agree on `text`: found or not, and where every group matched.
void check_same(const boost::regex& pattern, const LeadingLookbehind& lookbehind,
                const std::string& text) {
    boost::smatch whole;
    boost::smatch started;
    bool whole_found = false;
    try {
        whole_found = boost::regex_search(text, whole, pattern);
    } catch (const std::runtime_error&) {
        CHECK_THROWS_AS(lookbehind.search(pattern, text, started), std::runtime_error);
        return;
    }
    const bool started_found = lookbehind.search(pattern, text, started);
    INFO("pattern " << pattern.str() << " text \"" << text << "\"");
    REQUIRE(started_found == whole_found);
    if (!whole_found) {
        return;
    }
    REQUIRE(started.size() == whole.size());
    for (int g = 0; g < static_cast<int>(whole.size()); ++g) {
        INFO("group " << g);
        CHECK(started[g].matched == whole[g].matched);
        if (whole[g].matched) {
            const auto group = static_cast<std::size_t>(g);
            CHECK(started.position(group) == whole.position(group));
            CHECK(started.length(g) == whole.length(g));
        }
    }
}

std::unique_ptr<const LeadingLookbehind> of(const std::string& text,
                                            boost::regex::flag_type flags = boost::regex::perl) {
    return LeadingLookbehind::of(text, flags);
}

// Each text, searched through the pattern's lookbehind and by Boost.Regex alone, gives the same
// match.
void check_texts(const std::string& pattern_text, std::initializer_list<std::string> texts) {
    const boost::regex pattern(pattern_text);
    const auto lookbehind = LeadingLookbehind::of(pattern.str(), pattern.flags());
    REQUIRE(lookbehind != nullptr);
    for (const auto& text : texts) {
        check_same(pattern, *lookbehind, text);
    }
}

} // namespace

TEST_CASE("lookbehind: which patterns open with a lookbehind every match passes", "[match]") {
    CHECK(of(R"((?<=[.!?])\s*\(promo\))") != nullptr);
    CHECK(of(R"((?<=\S)\s*\[x\]$)") != nullptr);
    CHECK(of(R"((?<=\x27)abc)") != nullptr);
    CHECK(of(R"((?<=a)bc)") != nullptr);
    CHECK(of(R"((?<=\.)bc(?:d|e))") != nullptr); // an alternative inside a group is no bypass
    // Not: no lookbehind first, a negative one, wider than one character, quantified, bypassed
    // by an alternative, or the search's start named (\G) or a verb that ends the whole search.
    CHECK(of(R"(a(?<=a)b)") == nullptr);
    CHECK(of(R"((?<![.!?])x)") == nullptr);
    CHECK(of(R"((?<=ab)c)") == nullptr);
    CHECK(of(R"((?<=\. )c)") == nullptr);
    CHECK(of(R"((?<=[.!?])?x)") == nullptr);
    CHECK(of(R"((?<=[.!?])x|^y)") == nullptr);
    CHECK(of(R"((?<=\.)\Gx)") == nullptr);
    CHECK(of(R"((?<=\.)x(*COMMIT)y)") == nullptr);
    CHECK(of(R"((?<=\<)x)") == nullptr); // \< is a word start, not '<'
}

TEST_CASE("lookbehind: the bytes it accepts are the ones Boost.Regex's class holds", "[match]") {
    // A class of a narrow regex holds a multi-byte character as its bytes.
    const auto closing = of("(?<=[.\xE2\x80\x9D])x");
    REQUIRE(closing != nullptr);
    CHECK(closing->accepts('.'));
    CHECK(closing->accepts(0xE2));
    CHECK(closing->accepts(0x9D));
    CHECK_FALSE(closing->accepts('!'));
    const auto letter = of("(?<=a)x", boost::regex::perl | boost::regex::icase);
    REQUIRE(letter != nullptr);
    CHECK(letter->accepts('a'));
    CHECK(letter->accepts('A'));
    CHECK_FALSE(letter->accepts('b'));
    const auto space = of(R"((?<=\s)x)");
    REQUIRE(space != nullptr);
    CHECK(space->accepts(' '));
    CHECK_FALSE(space->accepts('s'));
}

TEST_CASE("lookbehind: the search finds the whole search's first match", "[match]") {
    check_texts(R"((?<=[.!?])\s*(?<what>Simak\s+\w+)?(?:\s*\(x\))?)",
                {"", ".", "a.", ".Simak ini", "Awal. Simak ini. Lagi!", "Tanpa tanda",
                 "Akhir kalimat.", "a. (x) b? Simak juga (x)"});
    // A match that starts right after the first byte, one that starts at the end of the text
    // (after its last byte), and one after the second of two accepted bytes in a row.
    check_texts(R"((?<=[.])$)", {".", "a.", "a.b", "..", ".x."});
    check_texts(R"((?<=[.!])!x)", {".!x", "!!x", "a!x", ".!!x"});
    // \b and ^ in the rest see the byte before the start, as in the whole search.
    check_texts(R"((?<=[.a])\bSimak)", {"aSimak", ".Simak", "a.Simak", "Simak"});
    check_texts(R"((?<=[.\n])^x)", {".x", "a\nx", "x", "\n.x"});
}

TEST_CASE("lookbehind: every built-in rule that opens with one searches as Boost.Regex does",
          "[match][property]") {
    const bersih::RuleSet rules = bersih::RuleSet::builtin();
    const auto pool = bersih::test::all_examples(rules);
    std::vector<std::string> corpus;
    const std::filesystem::path raw = std::filesystem::path(BERSIH_SHARED_DIR) / "corpus" / "raw";
    if (std::filesystem::is_directory(raw)) {
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(raw)) {
            if (entry.is_regular_file()) {
                files.push_back(entry.path());
            }
        }
        std::sort(files.begin(), files.end());
        for (std::size_t f = 0; f < files.size(); f += 6) {
            std::ifstream in(files[f], std::ios::binary);
            std::string line;
            while (std::getline(in, line)) {
                corpus.push_back(line);
            }
        }
    }
    std::mt19937 rng(31);
    std::size_t rules_with = 0;
    std::size_t matches = 0;
    const bersih::match::Matcher matcher(rules);
    for (const auto& rule : rules.rules) {
        const auto lookbehind = LeadingLookbehind::of(rule.pattern_text, rule.pattern.flags());
        if (!lookbehind) {
            continue;
        }
        ++rules_with;
        std::vector<std::string> texts = corpus;
        for (const auto* examples : {&rule.must_match, &rule.must_not_match}) {
            for (const auto& example : *examples) {
                const auto variants = bersih::test::mutations(example, pool, rng);
                texts.insert(texts.end(), variants.begin(), variants.end());
            }
        }
        for (const auto& text : texts) {
            check_same(rule.pattern.regex(), *lookbehind, text);
            boost::smatch m;
            if (matcher.confirm(rule, text, m)) { // the matcher takes this search for the rule
                ++matches;
            }
        }
    }
    CHECK(rules_with >= 20); // the built-in packs have about 30 such rules
    CHECK(matches > rules_with);
}
