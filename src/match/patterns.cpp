#include "match/patterns.hpp"

namespace bersih::match {
namespace {

bool icase(const boost::regex& pattern) { return (pattern.flags() & boost::regex::icase) != 0; }

} // namespace

RuleGroup group_of(const Rule& rule) noexcept {
    switch (rule.kind) {
    case RuleKind::extract:
        return RuleGroup::extract;
    case RuleKind::truncate_after:
        return RuleGroup::truncate;
    default:
        return RuleGroup::lines;
    }
}

std::vector<PatternSpec> rule_patterns(const std::vector<Rule>& rules, std::size_t first) {
    std::vector<PatternSpec> out;
    for (std::size_t r = first; r < rules.size(); ++r) {
        out.push_back(PatternSpec{rules[r].pattern_text, icase(rules[r].pattern),
                                  static_cast<std::uint8_t>(group_of(rules[r]))});
    }
    return out;
}

std::vector<PatternSpec> signature_patterns(const std::vector<OutletProfile>& outlets,
                                            std::size_t first) {
    std::vector<PatternSpec> out;
    std::size_t n = 0;
    for (const auto& profile : outlets) {
        for (std::size_t s = 0; s < profile.signatures.size(); ++s, ++n) {
            if (n >= first) {
                out.push_back(
                    PatternSpec{profile.signature_texts[s], icase(profile.signatures[s])});
            }
        }
    }
    return out;
}

} // namespace bersih::match
