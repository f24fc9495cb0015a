#pragma once
// The rules that apply to each outlet, chosen once per outlet and kept for the pipeline's life:
// choosing them (an outlet list per rule) and turning them into bits took longer per document
// than the rest of the rule engine's set-up once thousands of user rules are loaded.
#include "bersih/rules.hpp"
#include "match/matcher.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace bersih::match {

/// The rules that apply to one outlet, in the order they are tried, and the same as bits.
class ActiveRules {
public:
    ActiveRules(const std::vector<Rule>& rules, std::vector<const Rule*> active);

    std::vector<const Rule*> list;
    /// The extract rules of `list`, and the rules that head a widget list, in `list`'s order:
    /// the stages that run only these went through the whole list for each record, which with
    /// thousands of user rules cost more than their own work.
    std::vector<const Rule*> extract;
    std::vector<const Rule*> list_heads;
    Bits bits;                           ///< rule index -> active
    std::vector<std::uint32_t> position; ///< rule index -> position in `list`
};

class ActiveRuleCache {
public:
    ActiveRuleCache() : state_(std::make_unique<State>()) {}

    /// The rules of `rules` that apply to `outlet`, the outlet's own rules first. Safe to call
    /// from several threads; the reference stays valid as long as the cache and `rules` do.
    const ActiveRules& for_outlet(const std::vector<Rule>& rules,
                                  const std::optional<std::string>& outlet) const;

private:
    struct State {
        std::mutex mutex;
        std::map<std::optional<std::string>, std::unique_ptr<const ActiveRules>> by_outlet;
    };
    std::unique_ptr<State> state_; // behind a pointer so that the cache can move
};

} // namespace bersih::match
