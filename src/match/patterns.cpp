#include "match/patterns.hpp"

namespace bersih::match {
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
        out.push_back(PatternSpec{rules[r].pattern_text, rules[r].pattern.icase(),
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
                    PatternSpec{profile.signature_texts[s], profile.signatures[s].icase()});
            }
        }
    }
    return out;
}

} // namespace bersih::match
