// The rule snapshot: the built-in packs travel from the build to start-up as bytes instead of
// TOML. Every field of every rule and outlet must come back as the loader read it.
#include "bersih/rules.hpp"
#include "core/rule_snapshot.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using bersih::RuleSet;
using bersih::RuleSource;

namespace {

// An invented pack that sets every key a rule or an outlet has.
const char* const kEveryKeyPack = R"(
[outlet]
id = "warta"
name = "Warta Contoh"
signatures = ['WartaContoh\.id', '^WARTA\s+-']
time_zone = "WITA"
aliases = ["warta contoh", "WC"]
domains = ["wartacontoh.id", "warta*.com"]

[[rule]]
id = "warta.promo"
category = "promo"
scope = "footer"
kind = "drop-line"
pattern = '^Ikuti kami di'
icase = true
prev_line = '^\s*$'
next_line = '^(?:Instagram|Twitter)'
then_drop = 2
off_topic = true
heads_list = "share"
outlets = ["*"]
must_match = ["Ikuti kami di media sosial"]
must_not_match = ["Kami ikuti perkembangannya"]
description = "social call to action"

[[rule]]
id = "warta.box"
category = "related"
scope = "body"
kind = "drop-block"
pattern = '^\[Kotak\]'
end = '^\[/Kotak\]'
max_lines = 5

[[rule]]
id = "warta.reporter"
category = "byline"
scope = "header"
kind = "extract"
pattern = '^Reporter:\s*(?<author>.+)$'
field = "author"

[[rule]]
id = "warta.tail"
category = "promo"
kind = "truncate-after"
pattern = '^Baca berita lainnya'
rest_category = "related"
)";

void check_same_pattern(const std::optional<bersih::Pattern>& a,
                        const std::optional<bersih::Pattern>& b) {
    REQUIRE(a.has_value() == b.has_value());
    if (a) {
        CHECK(a->str() == b->str());
        CHECK(a->flags() == b->flags());
    }
}

void check_same(const RuleSet& expected, const RuleSet& actual) {
    REQUIRE(actual.rules.size() == expected.rules.size());
    for (std::size_t i = 0; i < expected.rules.size(); ++i) {
        const auto& e = expected.rules[i];
        const auto& a = actual.rules[i];
        INFO("rule " << i << " " << e.id);
        CHECK(a.id == e.id);
        CHECK(a.category == e.category);
        CHECK(a.scope == e.scope);
        CHECK(a.kind == e.kind);
        CHECK(a.pattern_text == e.pattern_text);
        CHECK(a.pattern.str() == e.pattern.str());
        CHECK(a.pattern.flags() == e.pattern.flags());
        check_same_pattern(a.end, e.end);
        check_same_pattern(a.prev_line, e.prev_line);
        check_same_pattern(a.next_line, e.next_line);
        CHECK(a.max_lines == e.max_lines);
        CHECK(a.then_drop == e.then_drop);
        CHECK(a.off_topic == e.off_topic);
        CHECK(a.heads_list == e.heads_list);
        CHECK(a.field == e.field);
        CHECK(a.rest_category == e.rest_category);
        CHECK(a.outlets == e.outlets);
        CHECK(a.must_match == e.must_match);
        CHECK(a.must_not_match == e.must_not_match);
        CHECK(a.description == e.description);
        CHECK(a.file == e.file);
        CHECK(a.line == e.line);
    }
    REQUIRE(actual.outlets.size() == expected.outlets.size());
    for (std::size_t i = 0; i < expected.outlets.size(); ++i) {
        const auto& e = expected.outlets[i];
        const auto& a = actual.outlets[i];
        INFO("outlet " << e.id);
        CHECK(a.id == e.id);
        CHECK(a.name == e.name);
        CHECK(a.signature_texts == e.signature_texts);
        REQUIRE(a.signatures.size() == e.signatures.size());
        for (std::size_t s = 0; s < e.signatures.size(); ++s) {
            CHECK(a.signatures[s].str() == e.signatures[s].str());
            CHECK(a.signatures[s].flags() == e.signatures[s].flags());
        }
        CHECK(a.time_zone == e.time_zone);
        CHECK(a.aliases == e.aliases);
        CHECK(a.domains == e.domains);
        CHECK(a.file == e.file);
    }
}

} // namespace

TEST_CASE("rule snapshot: every key of a pack comes back", "[rule_snapshot]") {
    RuleSet read;
    read.add(RuleSource{"warta.toml", kEveryKeyPack});
    REQUIRE(read.rules.size() == 4);
    REQUIRE(read.rules[0].prev_line.has_value());
    REQUIRE(read.rules[1].end.has_value());
    const std::string bytes = bersih::write_rule_snapshot(read);
    const RuleSet back = bersih::read_rule_snapshot(bytes);
    check_same(read, back);
    // The patterns work, not only their text: icase came back with the rule.
    CHECK(boost::regex_search("IKUTI KAMI DI Instagram", back.rules[0].pattern.regex()));
    CHECK(boost::regex_search("[/Kotak]", back.rules[1].end->regex()));
    CHECK_FALSE(boost::regex_search("wartacontoh.id", back.outlets[0].signatures[0].regex()));
}

TEST_CASE("rule snapshot: the built-in set is the packs as the loader reads them",
          "[rule_snapshot]") {
    const RuleSet parsed = RuleSet::from_sources(bersih::embedded_rule_sources());
    REQUIRE(parsed.rules.size() > 300);
    check_same(parsed, RuleSet::builtin());
}

TEST_CASE("rule snapshot: bytes it did not write are refused", "[rule_snapshot]") {
    RuleSet read;
    read.add(RuleSource{"warta.toml", kEveryKeyPack});
    const std::string bytes = bersih::write_rule_snapshot(read);
    CHECK_THROWS_AS(bersih::read_rule_snapshot(bytes.substr(0, bytes.size() - 3)),
                    std::runtime_error);
    CHECK_THROWS_AS(bersih::read_rule_snapshot(bytes + "x"), std::runtime_error);
    CHECK_THROWS_AS(bersih::read_rule_snapshot("x" + bytes), std::runtime_error);
    CHECK_THROWS_AS(bersih::read_rule_snapshot(""), std::runtime_error);
}
