// The matcher on a random pattern and random lines: every line Boost.Regex finds the pattern in
// must be a candidate of the matcher's scan (src/match/), or the output would change.
// Input: one flag byte (bit 0: case-insensitive), the pattern up to the first '\n', then the
// text of one record, normalised as the pipeline does before its lines reach the matcher.
#include "bersih/normalize.hpp"
#include "bersih/rules.hpp"
#include "fuzz_check.hpp"
#include "match/active_rules.hpp"
#include "match/matcher.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) {
        return 0;
    }
    const bool icase = (data[0] & 1U) != 0;
    const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
    const auto newline = input.find('\n');
    const std::string_view pattern = input.substr(0, newline);
    const std::string_view text =
        newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1);
    if (pattern.empty() || pattern.size() > 200 || text.size() > 4096) {
        return 0;
    }
    // What reaches the matcher: a pattern as a rule file can hold it (TOML: no control character
    // but tab), and lines as normalisation leaves them (no NUL, CR or form feed; valid UTF-8).
    if (std::any_of(pattern.begin(), pattern.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t'; })) {
        return 0;
    }
    const std::string normalised = bersih::normalize_text(text);
    bersih::RuleSet rules;
    bersih::Rule rule;
    rule.id = "fuzz.rule";
    rule.pattern_text = std::string(pattern);
    try {
        rule.pattern = bersih::Pattern::compiled(rule.pattern_text,
                                                 icase ? boost::regex::perl | boost::regex::icase
                                                       : boost::regex::perl);
    } catch (const std::exception&) {
        return 0; // the rule loader rejects it
    }
    rules.rules.push_back(std::move(rule));
    const bersih::match::Matcher matcher(rules);
    const bersih::match::ActiveRules active(rules.rules, {&rules.rules[0]});

    bersih::Document doc;
    const std::string_view lines = normalised;
    std::size_t from = 0;
    while (from <= lines.size()) {
        const auto end = std::min(lines.find('\n', from), lines.size());
        bersih::Line line;
        line.number = doc.lines.size() + 1;
        line.text = std::string(lines.substr(from, end - from));
        doc.lines.push_back(std::move(line));
        from = end + 1;
    }
    bersih::match::RecordScan scan(matcher, active, doc, bersih::match::group_of(rules.rules[0]));
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        if (doc.lines[i].blank()) {
            continue;
        }
        bool found = false;
        try {
            found = boost::regex_search(doc.lines[i].text, rules.rules[0].pattern.regex());
        } catch (const std::runtime_error&) {
            continue; // Boost's complexity limit: the rule engine treats it as no match
        }
        if (found && !scan.may_match(i, rules.rules[0])) {
            std::fprintf(stderr, "missed: pattern \"%s\" line \"%s\"\n",
                         rules.rules[0].pattern_text.c_str(), doc.lines[i].text.c_str());
        }
        FUZZ_CHECK(!found || scan.may_match(i, rules.rules[0]));
    }
    return 0;
}
