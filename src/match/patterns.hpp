#pragma once
// The patterns a rule set gives the matcher: each rule's main pattern, and each outlet
// signature, in the order the rule set holds them (from `first` on).
#include "bersih/rules.hpp"
#include "match/database.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace bersih::match {

/// The stage whose scan looks for a rule: each stage scans a record for its own rules only, so a
/// line cut by one stage is scanned again for that stage's rules, not for every rule.
enum class RuleGroup : std::uint8_t { extract, lines, truncate };
inline constexpr std::size_t kRuleGroups = 3;

/// extract rules, truncate-after rules, and the line rules (drop-line, drop-block, cut-span).
RuleGroup group_of(const Rule& rule) noexcept;

std::vector<PatternSpec> rule_patterns(const std::vector<Rule>& rules, std::size_t first = 0);
std::vector<PatternSpec> signature_patterns(const std::vector<OutletProfile>& outlets,
                                            std::size_t first = 0);

} // namespace bersih::match
