// match::literal_start (where a rule's Hyperscan form starts scanning), the rule groups (each
// stage scans for its own rules) and match::LiteralGate (the literals a fixed search opens with).
#include "bersih/document.hpp"
#include "bersih/rules.hpp"
#include "match/active_rules.hpp"
#include "match/hyperscan_form.hpp"
#include "match/literal_gate.hpp"
#include "match/literal_start.hpp"
#include "match/matcher.hpp"
#include "match/patterns.hpp"

#include <catch2/catch.hpp>

#include <boost/regex.hpp>

#include <optional>
#include <string>
#include <vector>

using bersih::match::literal_start;

TEST_CASE("literal_start: classes, repeats and assertions before the first literal go", "[match]") {
    // A selector of classes and repeats before the brace that a style sheet always has.
    CHECK(literal_start(R"([^\S\n]*(?:[.#]?[A-Za-z][\w-]*[^\S\n]*\{color:[^;]+;\})+)") ==
          R"(\{color:[^;]+;\})");
    // A sentence end, a run of spaces and a lookahead before the words.
    CHECK(literal_start(R"((?:[.!?])[^\S\n]+(?=[A-Z])Dapatkan update(?: berita)?)") ==
          "Dapatkan update(?: berita)?");
    // A group of literal branches of five bytes or more is a start; a scoped flag stays with it.
    CHECK(literal_start(R"([^\S\n]*(?i:Google News|WhatsApp Channel)\b.*$)") ==
          R"((?i:Google News|WhatsApp Channel)\b.*$)");
    CHECK(literal_start(R"(\d+ (?:Foto|FOTO)[^\S\n]*: Antara)") == ": Antara");
    // An escaped opening parenthesis or brace is a start of its own.
    CHECK(literal_start(R"([a-z]+ \((?:Foto|Ilustrasi)\))") == R"(\((?:Foto|Ilustrasi)\))");
    // A repeated literal is no start ("-{3}"), and three bytes are too few.
    CHECK(literal_start(R"(\s-{3,}\s*Artikel)") == "Artikel");
    CHECK(literal_start(R"([A-Z][a-z]+ x [A-Z])") == std::nullopt);
    CHECK(literal_start(R"([A-Z][a-z]+ dan [A-Z])") == " dan [A-Z]");
}

TEST_CASE("literal_start: no start, or nothing to drop", "[match]") {
    // Already at a literal, anchored at the line start (Hyperscan tries it there only), or
    // alternatives at the top level.
    CHECK(literal_start("Baca juga: .*") == std::nullopt);
    CHECK(literal_start(R"(^[A-Z][a-z]+ - Berita)") == std::nullopt);
    CHECK(literal_start(R"([.!?] Simak|[.!?] Tonton)") == std::nullopt);
    // Inline flags and back-references are not stepped over.
    CHECK(literal_start(R"([a-z]+(?i)berita)") == std::nullopt);
    CHECK(literal_start(R"(([a-z]+) \1 berita)") == std::nullopt);
}

TEST_CASE("literal_start: a leading group with the start in it is read alone", "[match]") {
    // The first iteration of (?:...)+ holds the literal; what follows the group is dropped.
    CHECK(literal_start(R"([^\S\n]*(?:[a-z]+ \{x:y;\})+[^\S\n]*$)") == R"( \{x:y;\})");
    // A group that is only classes is stepped over whole.
    CHECK(literal_start(R"((?:[.!?])[^\S\n]*Halaman selanjutnya)") == "Halaman selanjutnya");
}

TEST_CASE("literal_start: every Boost match of a built-in rule holds a match of its start",
          "[match][property]") {
    // The widening literal_start promises, on the rules' own examples: where the rule's pattern
    // matches, the start (read by Boost as a pattern of its own) matches too.
    const bersih::RuleSet rules = bersih::RuleSet::builtin();
    std::size_t started = 0;
    for (const auto& rule : rules.rules) {
        const auto form = bersih::match::hyperscan_form(rule.pattern_text, false, true);
        if (!form) {
            continue;
        }
        const auto start = literal_start(*form);
        if (!start) {
            continue;
        }
        ++started;
        boost::regex start_pattern;
        try {
            start_pattern = boost::regex(*start, rule.pattern.flags());
        } catch (const boost::regex_error&) {
            continue; // a form in Hyperscan's syntax only; the matcher property test covers it
        }
        for (const auto& example : rule.must_match) {
            INFO("rule " << rule.id << " start " << *start << " example " << example);
            CHECK(boost::regex_search(example, start_pattern));
        }
    }
    CHECK(started > 20);
}

TEST_CASE("RecordScan: a stage's scan names its own group's rules only", "[match]") {
    bersih::RuleSet rules;
    rules.add(bersih::RuleSource{"two.toml", R"(
[[rule]]
id = "two.drop"
category = "ad"
kind = "drop-line"
pattern = 'Promo hari ini'
[[rule]]
id = "two.caption"
category = "caption"
kind = "extract"
field = "caption"
pattern = '^(?<text>Promo hari ini)$'
)"});
    const bersih::match::Matcher matcher(rules);
    const bersih::match::ActiveRules active(rules.rules, {&rules.rules[0], &rules.rules[1]});
    bersih::Document doc;
    bersih::Line line;
    line.number = 1;
    line.text = "Promo hari ini";
    doc.lines.push_back(line);
    bersih::match::RecordScan lines(matcher, active, doc, bersih::match::RuleGroup::lines);
    bersih::match::RecordScan extract(matcher, active, doc, bersih::match::RuleGroup::extract);
    bersih::match::RecordScan truncate(matcher, active, doc, bersih::match::RuleGroup::truncate);
    REQUIRE(lines.candidates(0).size() == 1);
    CHECK(lines.candidates(0).front()->id == "two.drop");
    REQUIRE(extract.candidates(0).size() == 1);
    CHECK(extract.candidates(0).front()->id == "two.caption");
    CHECK(truncate.candidates(0).empty());
}

TEST_CASE("LiteralGate: the literals every branch of a pattern opens with", "[match]") {
    using bersih::match::LiteralGate;
    const auto gate = LiteralGate::of(
        R"((Pilihan Redaksi)(?=[A-Z])|(?:Baca|Simak) (?:[Jj]uga)\s*:|(?<t>Berita [Tt]erkait)|Artikel (?:[Bb]aru )?[Ll]ain)");
    REQUIRE(gate);
    CHECK(gate->literals() ==
          std::vector<std::string>{"Artikel ", "Baca", "Berita ", "Pilihan Redaksi", "Simak"});
    CHECK(gate->may_match("Harga naik. Baca juga: X", 0));
    CHECK(gate->may_match("Berita terkait", 0));
    CHECK_FALSE(gate->may_match("Harga naik. Baca juga: X", 13)); // the word starts before
    CHECK_FALSE(gate->may_match("harga naik. baca juga: x", 0));
    CHECK_FALSE(gate->may_match("", 0));
}

TEST_CASE("LiteralGate: no gate where a branch may open otherwise", "[match]") {
    using bersih::match::LiteralGate;
    CHECK_FALSE(LiteralGate::of(R"(Baca juga|[A-Z]+ -)")); // a class
    CHECK_FALSE(LiteralGate::of(R"(Baca|Di)"));            // too short to be rare
    CHECK_FALSE(LiteralGate::of(R"((?:Baca )?juga)"));     // the group may be absent
    CHECK_FALSE(LiteralGate::of(R"((?=Baca)\w+)"));        // an assertion
    CHECK_FALSE(LiteralGate::of(R"((?i)baca juga)"));      // flags
    CHECK(LiteralGate::of(R"(Bacaa?)")->literals() == std::vector<std::string>{"Baca"});
    // Repeats as Boost reads them, white space inside the braces: "a{ 0,1}" may be absent, and
    // so may the group before "juga".
    CHECK(LiteralGate::of(R"(Bacaa{ 0,1} juga)")->literals() == std::vector<std::string>{"Baca"});
    CHECK(boost::regex_search(std::string("Baca juga"), boost::regex(R"(Bacaa{ 0,1} juga)")));
    CHECK_FALSE(LiteralGate::of(R"((?:Baca ){ 0,1}juga)"));
}

TEST_CASE("LiteralGate: a search the gate turns away finds nothing", "[match][property]") {
    // The gate's promise, on texts around its literals: where it says no, Boost finds no match
    // from that byte on.
    const std::string pattern =
        R"((?:Baca|BACA|Simak) (?:[Jj]uga|JUGA)(?:\s*:|(?=[A-Z]))|Berita [Tt]erkait\s*:)";
    const auto gate = bersih::match::LiteralGate::of(pattern);
    REQUIRE(gate);
    const boost::regex regex(pattern);
    for (const std::string text :
         {"Baca juga: Harga", "Harga. Simak JugaX", "xBACA JUGA:", "Berita terkait : a",
          "Bac a juga:", "Berita Terkai", "simak juga: x", "Simak", "Baca juga Baca juga:"}) {
        for (std::size_t from = 0; from <= text.size(); ++from) {
            boost::smatch m;
            const bool found = boost::regex_search(text.begin() + static_cast<std::ptrdiff_t>(from),
                                                   text.end(), m, regex);
            INFO(text << " from " << from);
            CHECK((!found || gate->may_match(text, from)));
        }
    }
}
