// Every rule carries examples; the built-in packs must pass all of them, and a rule whose
// examples disagree with its pattern must be reported.
#include "bersih/rules.hpp"

#include <catch2/catch.hpp>

#include <string>

using bersih::RuleSet;
using bersih::RuleSource;
using Catch::Matchers::Contains;

TEST_CASE("rule examples: every built-in rule passes its examples", "[rule_examples]") {
    const RuleSet set = RuleSet::builtin();
    const auto failures = set.check_examples();
    for (const auto& failure : failures) {
        UNSCOPED_INFO(failure);
    }
    CHECK(failures.empty());
}

TEST_CASE("rule examples: every built-in rule has at least one must_match example",
          "[rule_examples]") {
    const RuleSet set = RuleSet::builtin();
    for (const auto& rule : set.rules) {
        INFO(rule.file << ":" << rule.line << ": " << rule.id);
        CHECK_FALSE(rule.must_match.empty());
    }
}

TEST_CASE("rule examples: a wrong example is reported with file, line and rule",
          "[rule_examples]") {
    RuleSet set;
    set.add(RuleSource{"salah.toml", R"([[rule]]
id = "salah.iklan"
category = "ad"
kind = "drop-line"
pattern = '^IKLAN$'
must_match = ["IKLAN", "Iklan"]
must_not_match = ["IKLAN BARIS", "IKLAN"]
)"});
    const auto failures = set.check_examples();
    REQUIRE(failures.size() == 2);
    CHECK_THAT(failures[0], Contains("salah.toml:1:") && Contains("salah.iklan") &&
                                Contains("does not match") && Contains("\"Iklan\""));
    CHECK_THAT(failures[1], Contains("salah.toml:1:") && Contains("salah.iklan") &&
                                Contains("counter-example") && Contains("\"IKLAN\""));
}

TEST_CASE("rule examples: icase rules are checked case-insensitively", "[rule_examples]") {
    RuleSet set;
    set.add(RuleSource{"icase.toml", R"([[rule]]
id = "icase.scroll"
category = "ad"
kind = "drop-line"
icase = true
pattern = '^gulir ke bawah$'
must_match = ["GULIR KE BAWAH", "Gulir ke bawah"]
)"});
    CHECK(set.check_examples().empty());
}
