#pragma once
// The outlets of a rule set by name, for the stages that ask about many words of each record
// (the dateline recogniser tries every capitalised run of words at a line's start): a hash
// look-up instead of RuleSet::find_outlet's comparison with every profile's id, name and aliases.
#include "bersih/rules.hpp"

#include <cstddef>
#include <functional>
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
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view key) const noexcept {
            return std::hash<std::string_view>{}(key);
        }
    };
    const RuleSet& rules_;
    std::unordered_map<std::string, const OutletProfile*, Hash, std::equal_to<>> by_key_;
    std::size_t longest_key_ = 0;
};

} // namespace bersih
