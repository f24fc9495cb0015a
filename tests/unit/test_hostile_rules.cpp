// User rules that would backtrack for ever: Boost.Regex gives up at its complexity limit, the
// rule is skipped on that line (and, after a few such lines, for the rest of the record), one
// warning is given per rule, and the skips are counted. No timing here: a hang would show as
// the test never ending.
#include "bersih/pipeline.hpp"
#include "bersih/rules.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

bersih::RuleSet rules_with(const std::string& toml) {
    bersih::RuleSet rules = bersih::RuleSet::builtin();
    rules.add(bersih::RuleSource{"hostile.toml", toml});
    return rules;
}

struct Collected {
    std::vector<bersih::Diagnostic> diagnostics;
    [[nodiscard]] std::size_t mentioning(const std::string& text) const {
        std::size_t n = 0;
        for (const auto& d : diagnostics) {
            n += d.message.find(text) != std::string::npos ? 1U : 0U;
        }
        return n;
    }
};

const std::string kNested = R"(
[[rule]]
id = "user.nested"
category = "other"
kind = "drop-line"
pattern = '(a+)+(?<=c)\w*$'
)";
// (The lookbehind, which no line can satisfy after a run of 'a', is dropped from the form the
// matcher scans for (an assertion only removes matches): its scan names "aaa...ab" a candidate,
// so Boost.Regex really runs and backtracks. Plain (a+)+$ is spared by the scan, see the last
// test.)

const std::string kDotStar = R"(
[[rule]]
id = "user.dotstar"
category = "ad"
kind = "cut-span"
pattern = '(.*a){20}'
)";

const std::string kProse =
    "Pemerintah kota mengumumkan rencana baru untuk memperbaiki jalan raya tahun ini.\n";
const std::string kMoreProse =
    "Warga menyambut baik rencana tersebut dan berharap pekerjaan selesai tepat waktu.\n";

} // namespace

TEST_CASE("hostile rules: (a+)+$ on a 100 KB line is skipped, not run for ever", "[hostile]") {
    Collected got;
    const bersih::Pipeline pipeline(
        rules_with(kNested), [&](const bersih::Diagnostic& d) { got.diagnostics.push_back(d); });
    const std::string line = std::string(100 * 1024, 'a') + "b";
    const auto doc = pipeline.clean(kProse + line + "\n" + kMoreProse, "long.txt");
    // The rule could not decide, so the line stays.
    REQUIRE(doc.lines.size() == 3);
    CHECK(doc.lines[1].kept());
    CHECK(std::any_of(doc.paragraphs.begin(), doc.paragraphs.end(),
                      [&](const std::string& p) { return p.find(line) != std::string::npos; }));
    CHECK(doc.regex_limit_skips == 1);
    REQUIRE(got.mentioning("user.nested") == 1);
    const auto it = std::find_if(got.diagnostics.begin(), got.diagnostics.end(), [](const auto& d) {
        return d.message.find("user.nested") != std::string::npos;
    });
    CHECK(it->source == "long.txt");
    CHECK(it->line == 2);
    CHECK(it->message.find("complexity limit") != std::string::npos);
}

TEST_CASE("hostile rules: one warning per rule and record, given up after three lines",
          "[hostile]") {
    Collected got;
    const bersih::Pipeline pipeline(
        rules_with(kNested), [&](const bersih::Diagnostic& d) { got.diagnostics.push_back(d); });
    std::string text = kProse;
    for (int i = 0; i < 10; ++i) {
        text += std::string(3000, 'a') + "b\n\n";
    }
    const auto doc = pipeline.clean(text, "many.txt");
    CHECK(got.mentioning("user.nested") == 1);
    CHECK(doc.regex_limit_skips == 10); // every line: 3 where it hit the limit, 7 given up
    CHECK(doc.paragraphs.size() == 11);

    // The next record tries the rule again, and warns again (the CLI shows each message once).
    const auto again = pipeline.clean(text, "many.txt");
    CHECK(again.regex_limit_skips == 10);
    CHECK(got.mentioning("user.nested") == 2);
}

TEST_CASE("hostile rules: (.*a){20} as a cut-span rule", "[hostile]") {
    Collected got;
    const bersih::Pipeline pipeline(
        rules_with(kDotStar), [&](const bersih::Diagnostic& d) { got.diagnostics.push_back(d); });
    // Nineteen a's far apart: no match, but an explosion of ways to fail.
    std::string line;
    for (int i = 0; i < 19; ++i) {
        line += std::string(200, 'x') + "a";
    }
    line += std::string(200, 'x');
    const auto doc = pipeline.clean(kProse + line + "\n", "dotstar.txt");
    CHECK(doc.regex_limit_skips >= 1);
    CHECK(got.mentioning("user.dotstar") == 1);
    REQUIRE(doc.paragraphs.size() == 2);
    CHECK(doc.paragraphs[1] == line);
}

TEST_CASE("hostile rules: a benign rule on the same long line still works", "[hostile]") {
    const bersih::Pipeline pipeline(rules_with(kNested + R"(
[[rule]]
id = "user.iklan"
category = "ad"
kind = "drop-line"
pattern = '^Iklan:'
)"));
    const std::string text = kProse + "Iklan: " + std::string(5000, 'a') + "b\n";
    const auto doc = pipeline.clean(text, "mixed.txt");
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.lines[1].rule == "user.iklan");
}

TEST_CASE("hostile rules: patterns Boost cannot compile are rejected at load", "[hostile]") {
    bersih::RuleSet rules;
    const std::string deep = std::string(5000, '(') + "a" + std::string(5000, ')');
    const std::string toml = "[[rule]]\nid = \"x\"\ncategory = \"ad\"\nkind = \"drop-line\"\n"
                             "pattern = '" +
                             deep + "'\n";
    try {
        rules.add(bersih::RuleSource{"deep.toml", toml});
        FAIL("a 5000-deep pattern was accepted");
    } catch (const bersih::RuleError& e) {
        CHECK(std::string(e.what()).rfind("deep.toml:5:", 0) == 0);
    }
}

TEST_CASE("hostile rules: the matcher's scan spares (a+)+$ a line it cannot match",
          "[hostile][match]") {
    Collected got;
    const bersih::Pipeline pipeline(
        rules_with(R"(
[[rule]]
id = "user.nested-plain"
category = "other"
kind = "drop-line"
pattern = '(a+)+$'
)"),
        [&](const bersih::Diagnostic& d) { got.diagnostics.push_back(d); });
    const std::string line = std::string(100 * 1024, 'a') + "b";
    const auto doc = pipeline.clean(kProse + line + "\n" + kMoreProse, "long.txt");
    REQUIRE(doc.lines.size() == 3);
    CHECK(doc.lines[1].kept());
    CHECK(doc.regex_limit_skips == 0);
    CHECK(got.mentioning("user.nested-plain") == 0);
}
