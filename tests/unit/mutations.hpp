#pragma once
// Deterministic text mutations for the property tests of pattern analyses (line guards, search
// forms): a fact proven of a pattern must hold on texts near its examples, not only on them.
#include "bersih/rules.hpp"

#include <random>
#include <string>
#include <vector>

namespace bersih::test {

// Deterministic variations of a text: cut, doubled, glued to another, a byte changed or added.
inline std::vector<std::string>
mutations(const std::string& text, const std::vector<std::string>& others, std::mt19937& rng) {
    static const std::string pool = "aZ09 ().,:-/[]\r\n\f\xE2\x80\x93\xC2\xA9*\"'|>";
    std::vector<std::string> out = {text, text + text, " " + text, text + " "};
    for (int n = 0; n < 12; ++n) {
        std::string t = text;
        const auto pick = [&](std::size_t size) {
            return size == 0 ? std::size_t{0}
                             : std::uniform_int_distribution<std::size_t>(0, size - 1)(rng);
        };
        switch (n % 4) {
        case 0:
            if (!t.empty()) {
                t.erase(pick(t.size()), 1);
            }
            break;
        case 1:
            t.insert(pick(t.size() + 1), 1, pool[pick(pool.size())]);
            break;
        case 2:
            if (!t.empty()) {
                t[pick(t.size())] = pool[pick(pool.size())];
            }
            break;
        default:
            t += others.empty() ? text : others[pick(others.size())];
            break;
        }
        out.push_back(t);
    }
    return out;
}

// Every must-match and must-not-match example of a rule set, the pool mutations glue from.
inline std::vector<std::string> all_examples(const RuleSet& rules) {
    std::vector<std::string> all;
    for (const auto& rule : rules.rules) {
        all.insert(all.end(), rule.must_match.begin(), rule.must_match.end());
        all.insert(all.end(), rule.must_not_match.begin(), rule.must_not_match.end());
    }
    return all;
}

} // namespace bersih::test
