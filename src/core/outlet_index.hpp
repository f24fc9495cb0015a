#pragma once
// The outlets of a rule set by name, for the stages that ask about many words of each record
// (the dateline recogniser tries every capitalised run of words at a line's start): a hash
// look-up instead of RuleSet::find_outlet's comparison with every profile's id, name and aliases.
#include "bersih/rules.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace bersih {

class OutletIndex {
public:
    /// `rules` must outlive the index and keep its outlets as they are.
    explicit OutletIndex(const RuleSet& rules);

    /// What `rules.find_outlet(name)` gives.
    [[nodiscard]] const OutletProfile* find(std::string_view name) const;

private:
    const RuleSet& rules_;
    std::unordered_map<std::string, const OutletProfile*> by_key_; ///< folded name -> profile
};

} // namespace bersih
