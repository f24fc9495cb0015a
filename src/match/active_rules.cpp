#include "match/active_rules.hpp"

#include <algorithm>

namespace bersih::match {

ActiveRules::ActiveRules(const std::vector<Rule>& rules, std::vector<const Rule*> active)
    : list(std::move(active)) {
    bits.assign((rules.size() + 63) / 64, 0);
    position.assign(rules.size(), 0);
    for (std::size_t p = 0; p < list.size(); ++p) {
        const auto r = static_cast<std::size_t>(list[p] - rules.data());
        bits[r / 64] |= std::uint64_t{1} << (r % 64);
        position[r] = static_cast<std::uint32_t>(p);
        if (list[p]->kind == RuleKind::extract) {
            extract.push_back(list[p]);
        }
        if (list[p]->heads_list != WidgetList::none) {
            list_heads.push_back(list[p]);
        }
    }
}

const ActiveRules& ActiveRuleCache::for_outlet(const std::vector<Rule>& rules,
                                               const std::optional<std::string>& outlet) const {
    const std::lock_guard<std::mutex> lock(state_->mutex);
    auto& slot = state_->by_outlet[outlet];
    if (slot) {
        return *slot;
    }
    std::vector<const Rule*> active;
    for (const auto& rule : rules) {
        if (rule.applies_to(outlet)) {
            active.push_back(&rule);
        }
    }
    // The outlet's own rules first: they know its template ("POSMETRO MEDAN -" is no city) better
    // than the generic ones, and the first extract rule to fill a field wins.
    std::stable_partition(active.begin(), active.end(), [](const Rule* rule) {
        return !rule->outlets.empty() &&
               std::find(rule->outlets.begin(), rule->outlets.end(), "*") == rule->outlets.end();
    });
    slot = std::make_unique<const ActiveRules>(rules, std::move(active));
    return *slot;
}

} // namespace bersih::match
