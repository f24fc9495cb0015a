#pragma once
// Which outlet signatures may match a line, before Boost.Regex is asked: the signatures' literal
// needles found in one Aho-Corasick pass (prefilter.hpp) and their line guards (guard.cpp), the
// same tests the rule engine uses. Outlet detection tries every signature of every outlet on up
// to fifty lines of each record; most of those searches cannot succeed.
#include "core/prefilter.hpp"

#include <string_view>
#include <vector>

namespace bersih {

class SignatureFilter {
public:
    SignatureFilter() = default;
    explicit SignatureFilter(const std::vector<OutletProfile>& outlets);

    /// One bit per signature, numbered outlet by outlet in the order of `outlets`: clear only
    /// when that signature cannot match `text`.
    void scan(std::string_view text, RuleBits& maybe) const;

private:
    Prefilter prefilter_;
    std::vector<LineGuard> guards_;
};

/// Whether bit `index` of `bits` is set.
inline bool has_bit(const RuleBits& bits, std::size_t index) {
    return ((bits[index / 64] >> (index % 64)) & 1U) != 0;
}

} // namespace bersih
