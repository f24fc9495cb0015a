#pragma once
// The patterns a rule set gives the matcher: each rule's main pattern, and each outlet
// signature, in the order the rule set holds them (from `first` on).
#include "bersih/rules.hpp"
#include "match/database.hpp"

#include <cstddef>
#include <vector>

namespace bersih::match {

std::vector<PatternSpec> rule_patterns(const std::vector<Rule>& rules, std::size_t first = 0);
std::vector<PatternSpec> signature_patterns(const std::vector<OutletProfile>& outlets,
                                            std::size_t first = 0);

} // namespace bersih::match
