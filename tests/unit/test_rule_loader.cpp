// The rule-pack loader: a good pack loads with every key honoured; a bad one is rejected with
// "file:line:column: message" so the user can go straight to the mistake.
#include "bersih/rules.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using bersih::RuleError;
using bersih::RuleSet;
using bersih::RuleSource;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

// The message of the RuleError that loading `text` as "user.toml" throws, or "" when it loads.
std::string error_of(const std::string& text) {
    RuleSet set;
    try {
        set.add(RuleSource{"user.toml", text});
    } catch (const RuleError& e) {
        return e.what();
    }
    return {};
}

const char* const kGoodPack = R"(# a pack for an invented outlet
[outlet]
id = "warta"
name = "Warta Contoh"
time_zone = "WITA"
aliases = ["Warta"]
domains = ["warta*.id"]
signatures = ['^WARTA\.ID, [A-Z]+ -']

[[rule]]
id = "warta.promo"
category = "promo"
scope = "footer"
kind = "drop-line"
pattern = '^Ikuti kanal Warta'
icase = true
then_drop = 2
description = "The channel invitation under every article."
must_match = ["Ikuti kanal Warta di aplikasi pesan"]
must_not_match = ["Warga mengikuti kanal berita"]

[[rule]]
id = "warta.box"
category = "related"
kind = "drop-block"
pattern = '^BERITA TERKAIT$'
end = '^AKHIR BERITA TERKAIT$'
max_lines = 5

[[rule]]
id = "warta.credit"
category = "credit"
rest_category = "promo"
kind = "truncate-after"
field = "editor_code"
pattern = '^\[(?<code>[a-z]{2,4})\]$'
outlets = ["*"]

[[rule]]
id = "warta.reporter"
category = "byline"
scope = "header"
kind = "extract"
field = "author"
pattern = '^Pewarta: (?<author>.+)$'
outlets = ["warta", "lain"]

[[rule]]
id = "warta.link"
category = "related"
scope = "anywhere"
kind = "cut-span"
pattern = '\(Simak: [^)]*\)'
)";

} // namespace

TEST_CASE("rule loader: a good pack loads every key", "[rule_loader]") {
    RuleSet set;
    REQUIRE_NOTHROW(set.add(RuleSource{"warta.toml", kGoodPack}));
    REQUIRE(set.outlets.size() == 1);
    CHECK(set.outlets[0].id == "warta");
    CHECK(set.outlets[0].name == "Warta Contoh");
    CHECK(set.outlets[0].signatures.size() == 1);
    CHECK(set.outlets[0].time_zone == "WITA");
    CHECK(set.outlets[0].aliases == std::vector<std::string>{"Warta"});
    CHECK(set.outlets[0].domains == std::vector<std::string>{"warta*.id"});
    REQUIRE(set.rules.size() == 5);

    const auto* promo = set.find("warta.promo");
    REQUIRE(promo != nullptr);
    CHECK(promo->category == bersih::Category::promo);
    CHECK(promo->scope == bersih::Scope::footer);
    CHECK(promo->kind == bersih::RuleKind::drop_line);
    CHECK(promo->then_drop == 2);
    CHECK(promo->must_match.size() == 1);
    CHECK(promo->must_not_match.size() == 1);
    CHECK(promo->description == "The channel invitation under every article.");
    CHECK(promo->file == "warta.toml");
    CHECK(promo->line == 10);
    CHECK(boost::regex_search(std::string("IKUTI KANAL WARTA sekarang"),
                              promo->pattern.regex())); // icase

    const auto* box = set.find("warta.box");
    REQUIRE(box != nullptr);
    CHECK(box->kind == bersih::RuleKind::drop_block);
    CHECK(box->end.has_value());
    CHECK(box->max_lines == 5);
    CHECK(box->scope == bersih::Scope::anywhere); // the default
    CHECK(box->then_drop == 0);

    const auto* credit = set.find("warta.credit");
    REQUIRE(credit != nullptr);
    CHECK(credit->rest_category == bersih::Category::promo);
    CHECK(credit->field == "editor_code");

    const auto* link = set.find("warta.link");
    REQUIRE(link != nullptr);
    CHECK(link->kind == bersih::RuleKind::cut_span);
    // Without rest_category, a rule's rest is its own category.
    CHECK(link->rest_category == bersih::Category::related);
    CHECK(set.find("warta.nothing") == nullptr);
}

TEST_CASE("rule loader: outlets default to the pack's outlet; \"*\" means every outlet",
          "[rule_loader]") {
    RuleSet set;
    set.add(RuleSource{"warta.toml", kGoodPack});
    const std::optional<std::string> warta = "warta";
    const std::optional<std::string> other = "detik";
    const std::optional<std::string> none;

    const auto* promo = set.find("warta.promo");
    CHECK(promo->outlets == std::vector<std::string>{"warta"});
    CHECK(promo->applies_to(warta));
    CHECK_FALSE(promo->applies_to(other));
    CHECK_FALSE(promo->applies_to(none));

    const auto* credit = set.find("warta.credit");
    CHECK(credit->outlets.empty());
    CHECK(credit->applies_to(other));
    CHECK(credit->applies_to(none));

    const auto* reporter = set.find("warta.reporter");
    CHECK(reporter->outlets == std::vector<std::string>{"warta", "lain"});
    CHECK(reporter->applies_to(std::optional<std::string>("lain")));

    // A pack without [outlet] makes generic rules.
    RuleSet generic;
    generic.add(RuleSource{"g.toml", "[[rule]]\nid = \"g.x\"\ncategory = \"ad\"\nkind = "
                                     "\"drop-line\"\npattern = '^IKLAN$'\n"});
    CHECK(generic.rules.at(0).applies_to(none));
    CHECK(generic.rules.at(0).applies_to(other));
}

TEST_CASE("rule loader: bad TOML", "[rule_loader]") {
    const auto message = error_of("[[rule]\nid = \"x\"\n");
    CHECK_THAT(message, StartsWith("user.toml:1:"));
    const auto unterminated = error_of("[[rule]]\nid = \"x\ncategory = \"ad\"\n");
    CHECK_THAT(unterminated, StartsWith("user.toml:2:"));
}

TEST_CASE("rule loader: unknown keys", "[rule_loader]") {
    CHECK_THAT(error_of("[[rule]]\nid = \"a.b\"\ncategory = \"ad\"\nkind = \"drop-line\"\n"
                        "pattern = 'x'\npatern = 'y'\n"),
               StartsWith("user.toml:6:1: ") && Contains("unknown key 'patern'"));
    CHECK_THAT(error_of("[outlet]\nid = \"warta\"\nzona = \"WIB\"\n"),
               StartsWith("user.toml:3:8: ") && Contains("unknown key 'zona' in [outlet]"));
    CHECK_THAT(error_of("[outlet]\nid = \"warta\"\ntime_zone = \"CET\"\n"),
               StartsWith("user.toml:3:13: ") && Contains("unknown time_zone 'CET'"));
    CHECK_THAT(error_of("[rules]\nid = 1\n"),
               StartsWith("user.toml:1:1: ") && Contains("unknown top-level key 'rules'"));
}

TEST_CASE("rule loader: unknown category, kind, scope, field", "[rule_loader]") {
    const std::string head = "[[rule]]\nid = \"a.b\"\n";
    CHECK_THAT(error_of(head + "category = \"iklan\"\nkind = \"drop-line\"\npattern = 'x'\n"),
               StartsWith("user.toml:3:12: ") && Contains("unknown category 'iklan'"));
    CHECK_THAT(error_of(head + "category = \"ad\"\nkind = \"drop\"\npattern = 'x'\n"),
               StartsWith("user.toml:4:8: ") && Contains("unknown kind 'drop'"));
    CHECK_THAT(error_of(head + "category = \"ad\"\nkind = \"drop-line\"\nscope = \"top\"\n"
                               "pattern = 'x'\n"),
               StartsWith("user.toml:5:9: ") && Contains("unknown scope 'top'"));
    CHECK_THAT(error_of(head + "category = \"ad\"\nkind = \"extract\"\nfield = \"kota\"\n"
                               "pattern = 'x'\n"),
               StartsWith("user.toml:5:9: ") && Contains("unknown field 'kota'"));
    CHECK_THAT(error_of(head + "category = \"ad\"\nkind = \"drop-line\"\npattern = 'x'\n"
                               "rest_category = \"sisa\"\n"),
               StartsWith("user.toml:6:17: ") && Contains("unknown category 'sisa'"));
}

TEST_CASE("rule loader: missing or empty required keys", "[rule_loader]") {
    CHECK_THAT(error_of("[[rule]]\nid = \"a.b\"\ncategory = \"ad\"\nkind = \"drop-line\"\n"),
               StartsWith("user.toml:1:1: ") && Contains("missing required key 'pattern'"));
    CHECK_THAT(error_of("[[rule]]\ncategory = \"ad\"\nkind = \"drop-line\"\npattern = 'x'\n"),
               StartsWith("user.toml:1:1: ") && Contains("missing required key 'id'"));
    CHECK_THAT(error_of("[[rule]]\nid = \"a.b\"\nkind = \"drop-line\"\npattern = 'x'\n"),
               StartsWith("user.toml:1:1: ") && Contains("missing required key 'category'"));
    CHECK_THAT(error_of("[[rule]]\nid = \"a.b\"\ncategory = \"ad\"\npattern = 'x'\n"),
               StartsWith("user.toml:1:1: ") && Contains("missing required key 'kind'"));
    CHECK_THAT(error_of("[[rule]]\nid = \"a.b\"\ncategory = \"ad\"\nkind = \"drop-line\"\n"
                        "pattern = ''\n"),
               StartsWith("user.toml:5:11: ") && Contains("pattern must not be empty"));
    CHECK_THAT(error_of("[[rule]]\nid = \"\"\ncategory = \"ad\"\nkind = \"drop-line\"\n"
                        "pattern = 'x'\n"),
               StartsWith("user.toml:1:1: ") && Contains("id must not be empty"));
}

TEST_CASE("rule loader: wrong value types", "[rule_loader]") {
    const std::string head = "[[rule]]\nid = \"a.b\"\ncategory = \"ad\"\nkind = \"drop-line\"\n"
                             "pattern = 'x'\n";
    CHECK_THAT(error_of(head + "icase = \"ya\"\n"),
               StartsWith("user.toml:6:9: ") && Contains("'icase' must be true or false"));
    CHECK_THAT(error_of(head + "then_drop = -1\n"),
               StartsWith("user.toml:6:13: ") && Contains("'then_drop' must be a whole number"));
    CHECK_THAT(error_of(head + "must_match = \"x\"\n"),
               StartsWith("user.toml:6:14: ") && Contains("'must_match' must be an array"));
    CHECK_THAT(error_of(head + "outlets = [\"a\", 2]\n"),
               StartsWith("user.toml:6:17: ") && Contains("'outlets' must hold only strings"));
    CHECK_THAT(error_of("rule = 3\n"), StartsWith("user.toml:1:") && Contains("[[rule]]"));
}

TEST_CASE("rule loader: invalid regular expressions point into the pattern", "[rule_loader]") {
    const std::string head = "[[rule]]\nid = \"a.b\"\ncategory = \"ad\"\nkind = \"drop-line\"\n";
    const auto message = error_of(head + "pattern = '^(Baca juga'\n");
    CHECK_THAT(message, StartsWith("user.toml:5:") && Contains("invalid regular expression"));
    CHECK_THAT(error_of(head + "pattern = 'x'\nend = '[abc'\n"),
               StartsWith("user.toml:6:") && Contains("invalid regular expression"));
}

TEST_CASE("rule loader: kind-specific requirements", "[rule_loader]") {
    CHECK_THAT(error_of("[[rule]]\nid = \"a.b\"\ncategory = \"related\"\nkind = \"drop-block\"\n"
                        "pattern = '^BERITA TERKAIT$'\n"),
               StartsWith("user.toml:1:1: ") && Contains("needs an 'end' pattern"));
    CHECK_THAT(error_of("[[rule]]\nid = \"a.b\"\ncategory = \"byline\"\nkind = \"extract\"\n"
                        "pattern = 'x'\n"),
               StartsWith("user.toml:1:1: ") && Contains("needs 'field'"));
    CHECK_THAT(error_of("[[rule]]\nid = \"a.b\"\ncategory = \"ad\"\nkind = \"cut-span\"\n"
                        "pattern = 'x'\nnext_line = '^y$'\n"),
               StartsWith("user.toml:6:") && Contains("'next_line' is only for drop-line rules"));
}

TEST_CASE("rule loader: heads_list names the widget list under a rule's line", "[rule_loader]") {
    const std::string head = "[[rule]]\nid = \"a.b\"\ncategory = \"related\"\n";
    RuleSet set;
    set.add(RuleSource{"user.toml", head + "kind = \"drop-line\"\npattern = '^Bacaan Lain$'\n"
                                           "heads_list = \"headlines\"\n"});
    REQUIRE(set.rules.size() == 1);
    CHECK(set.rules.front().heads_list == bersih::WidgetList::headlines);
    CHECK(RuleSet::builtin().find("widgets.related-heading")->heads_list ==
          bersih::WidgetList::headlines);
    CHECK_THAT(error_of(head + "kind = \"drop-line\"\npattern = 'x'\nheads_list = \"links\"\n"),
               StartsWith("user.toml:6:") && Contains("'heads_list' must be"));
    CHECK_THAT(error_of(head + "kind = \"cut-span\"\npattern = 'x'\nheads_list = \"tags\"\n"),
               StartsWith("user.toml:6:") && Contains("'heads_list' is only for drop-line rules"));
}

TEST_CASE("rule loader: duplicate ids", "[rule_loader]") {
    const std::string rule = "[[rule]]\nid = \"a.b\"\ncategory = \"ad\"\nkind = \"drop-line\"\n"
                             "pattern = 'x'\n";
    CHECK_THAT(error_of(rule + "\n" + rule),
               StartsWith("user.toml:7:1: ") && Contains("duplicate rule id 'a.b'"));
    // Also across packs: a user rule may not silently shadow a built-in one.
    RuleSet set = RuleSet::builtin();
    const auto* existing = set.rules.front().id.c_str();
    const std::string clash = std::string("[[rule]]\nid = \"") + existing +
                              "\"\ncategory = \"ad\"\nkind = \"drop-line\"\npattern = 'x'\n";
    try {
        set.add(RuleSource{"mine.toml", clash});
        FAIL("a duplicate of a built-in id was accepted");
    } catch (const RuleError& e) {
        CHECK_THAT(std::string(e.what()), StartsWith("mine.toml:1:1: ") && Contains("duplicate"));
    }
}

TEST_CASE("rule loader: every built-in pack loads", "[rule_loader]") {
    const RuleSet set = RuleSet::builtin();
    CHECK_FALSE(set.rules.empty());
    CHECK_FALSE(bersih::embedded_rule_sources().empty());
    for (const auto& rule : set.rules) {
        INFO(rule.id);
        CHECK_FALSE(rule.id.empty());
        CHECK_FALSE(rule.pattern_text.empty());
        CHECK(rule.line > 0);
        CHECK_THAT(rule.file, Catch::Matchers::EndsWith(".toml"));
    }
}

TEST_CASE("rule loader: names of scopes and kinds", "[rule_loader]") {
    CHECK(bersih::to_string(bersih::Scope::footer) == "footer");
    CHECK(bersih::to_string(bersih::RuleKind::truncate_after) == "truncate-after");
    CHECK(bersih::to_string(bersih::Category::title_dup) == "title-dup");
    CHECK(bersih::category_from_string("title-dup") == bersih::Category::title_dup);
    CHECK_FALSE(bersih::category_from_string("iklan").has_value());
}
