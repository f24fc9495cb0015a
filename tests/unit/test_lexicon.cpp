// The lexicon (rules/lexicon.toml): its loader and the classes the stages ask for.
#include "bersih/lexicon.hpp"
#include "bersih/rules.hpp"

#include <catch2/catch.hpp>

#include <string>

using bersih::Lexicon;
using bersih::RuleError;
using bersih::RuleSource;

namespace {

Lexicon parse(const std::string& text) {
    Lexicon lexicon;
    lexicon.add(RuleSource{"test.toml", text});
    return lexicon;
}

} // namespace

TEST_CASE("lexicon: every class a stage asks for is in the built-in lexicon", "[lexicon]") {
    const Lexicon& lexicon = Lexicon::builtin();
    for (const char* id :
         {"headline-function-words", "list-function-words", "heading-function-words",
          "place-prepositions",      "sentence-openers",    "headline-tails",
          "office-governors",        "headline-predicates", "reporting-verbs",
          "abbreviations",           "camel-case-brands",   "office-titles",
          "place-class-nouns",       "currency-names",      "currency-markers",
          "channel-names",           "day-names",           "dateline-labels",
          "author-labels",           "editor-labels",       "credit-stop-words",
          "credit-label-qualifiers", "name-joiners",        "name-particles",
          "reporter-line-openers"}) {
        INFO(id);
        CHECK_FALSE(lexicon.words(id).words().empty());
        CHECK_FALSE(lexicon.words(id).description().empty());
    }
    // Every class marks its edge with near misses, which it does not hold.
    for (const auto& word_class : lexicon.classes()) {
        INFO(word_class.id());
        CHECK_FALSE(word_class.must_not_include().empty());
        for (const auto& word : word_class.must_not_include()) {
            CHECK_FALSE(word_class.contains(word));
        }
    }
    CHECK_THROWS_AS(lexicon.words("no-such-class"), std::out_of_range);
}

TEST_CASE("lexicon: classes compare words exactly", "[lexicon]") {
    const Lexicon& lexicon = Lexicon::builtin();
    CHECK(lexicon.words("office-titles").contains("Menteri"));
    CHECK_FALSE(lexicon.words("office-titles").contains("menteri"));
    CHECK_FALSE(lexicon.words("office-titles").contains("Menter"));
    CHECK(lexicon.words("headline-function-words").contains("karena"));
    // The three function-word classes answer different questions and differ on purpose.
    CHECK_FALSE(lexicon.words("heading-function-words").contains("karena"));
    CHECK(lexicon.words("list-function-words").contains("jelang"));
    CHECK_FALSE(lexicon.words("heading-function-words").contains("jelang"));
}

TEST_CASE("lexicon: months by their first three letters, Indonesian and English", "[lexicon]") {
    const Lexicon& lexicon = Lexicon::builtin();
    CHECK(lexicon.month("Agustus") == 8);
    CHECK(lexicon.month("aug") == 8);
    CHECK(lexicon.month("Agt") == 8);
    CHECK(lexicon.month("MEI") == 5);
    CHECK(lexicon.month("May") == 5);
    CHECK(lexicon.month("Pebruari") == 2);
    CHECK(lexicon.month("Desember") == 12);
    CHECK(lexicon.month("Okt") == 10);
    CHECK_FALSE(lexicon.month("Ju"));
    CHECK_FALSE(lexicon.month("Senin"));
    CHECK(lexicon.months().size() == 12);
}

TEST_CASE("lexicon: a user file adds classes and months", "[lexicon]") {
    const auto lexicon = parse(R"(
[[class]]
id = "demo"
description = "words for the test"
words = ["Satu", "dua"]

[months]
1 = ["Januari"]
)");
    CHECK(lexicon.words("demo").contains("Satu"));
    CHECK(lexicon.words("demo").contains("dua"));
    CHECK_FALSE(lexicon.words("demo").contains("tiga"));
    CHECK(lexicon.month("jan") == 1);
    CHECK_FALSE(lexicon.month("feb"));
}

TEST_CASE("lexicon: doubtful files are rejected with file and line", "[lexicon]") {
    CHECK_THROWS_WITH(parse("[other]\nx = 1\n"),
                      Catch::Contains("test.toml:1:") && Catch::Contains("unknown top-level key"));
    CHECK_THROWS_WITH(parse("[[class]]\nid = \"a\"\nwords = []\n"),
                      Catch::Contains("non-empty array"));
    CHECK_THROWS_WITH(parse("[[class]]\nwords = [\"x\"]\n"), Catch::Contains("needs an 'id'"));
    CHECK_THROWS_WITH(parse("[[class]]\nid = \"a\"\nwords = [\"x\"]\nwhy = 1\n"),
                      Catch::Contains("unknown key 'why'"));
    CHECK_THROWS_WITH(
        parse("[[class]]\nid = \"a\"\nwords = [\"x\"]\n[[class]]\nid = \"a\"\nwords = [\"y\"]\n"),
        Catch::Contains("duplicate class id 'a'"));
    CHECK_THROWS_WITH(
        parse("[[class]]\nid = \"a\"\nwords = [\"x\", \"y\"]\nmust_not_include = [\"y\"]\n"),
        Catch::Contains("holds 'y', which its must_not_include keeps out"));
    CHECK_THROWS_WITH(parse("[months]\n13 = [\"Undecimber\"]\n"), Catch::Contains("from 1 to 12"));
    CHECK_THROWS_WITH(parse("[months]\n1 = [\"Januari\"]\n2 = [\"Janus\"]\n"),
                      Catch::Contains("starts like a name of month 1"));
    CHECK_THROWS_WITH(parse("[months]\n5 = [\"Me\"]\n"), Catch::Contains("shorter than three"));
    CHECK_THROWS_AS(parse("[[class]\n"), RuleError);
}

TEST_CASE("lexicon: patterns match whole lines and are checked against their examples",
          "[lexicon]") {
    const Lexicon& builtin = Lexicon::builtin();
    for (const char* id :
         {"widget-headline-headings", "widget-tag-headings", "widget-share-headings"}) {
        INFO(id);
        const auto& pattern = builtin.pattern(id);
        CHECK_FALSE(pattern.description.empty());
        CHECK_FALSE(pattern.must_match.empty());
        CHECK_FALSE(pattern.must_not_match.empty());
    }
    CHECK(boost::regex_match(std::string("Berita Terkait:"),
                             builtin.pattern("widget-headline-headings").regex));
    CHECK_THROWS_AS(builtin.pattern("no-such-pattern"), std::out_of_range);

    const std::string good = "[[pattern]]\nid = \"p\"\npattern = '^Ya+$'\n"
                             "must_match = [\"Yaa\"]\nmust_not_match = [\"Yaa!\"]\n";
    CHECK(parse(good).pattern("p").text == "^Ya+$");
    CHECK_THROWS_WITH(parse("[[pattern]]\nid = \"p\"\npattern = '^Ya+$'\n"
                            "must_match = [\"Tidak\"]\nmust_not_match = [\"Yaa!\"]\n"),
                      Catch::Contains("does not match its example 'Tidak'"));
    CHECK_THROWS_WITH(parse("[[pattern]]\nid = \"p\"\npattern = 'Ya+'\n"
                            "must_match = [\"Yaa\"]\nmust_not_match = [\"Yaa\"]\n"),
                      Catch::Contains("matches its counter-example 'Yaa'"));
    CHECK_THROWS_WITH(parse("[[pattern]]\nid = \"p\"\npattern = '^Ya+$'\n"
                            "must_match = [\"Yaa\"]\n"),
                      Catch::Contains("'must_not_match'"));
    CHECK_THROWS_WITH(parse("[[pattern]]\nid = \"p\"\npattern = '(Ya'\n"
                            "must_match = [\"Ya\"]\nmust_not_match = [\"x\"]\n"),
                      Catch::Contains("does not compile"));
    CHECK_THROWS_WITH(parse(good + "why = 1\n"), Catch::Contains("unknown key 'why'"));
    CHECK_THROWS_WITH(parse(good + good), Catch::Contains("duplicate pattern id 'p'"));
}

TEST_CASE("lexicon: regex_escape makes a word match only itself", "[lexicon]") {
    CHECK(bersih::regex_escape("US$") == "US\\$");
    CHECK(bersih::regex_escape("Jum'at") == "Jum'at");
    CHECK(bersih::regex_escape("a.b(c)") == "a\\.b\\(c\\)");
}
