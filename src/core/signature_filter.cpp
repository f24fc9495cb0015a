#include "core/signature_filter.hpp"

namespace bersih {
namespace {

// The Prefilter reads only the needles of its rules.
std::vector<Rule> needle_holders(const std::vector<OutletProfile>& outlets) {
    std::vector<Rule> holders;
    for (const auto& profile : outlets) {
        for (const auto& text : profile.signature_texts) {
            Rule holder;
            holder.needles = required_literals(text, false);
            holders.push_back(std::move(holder));
        }
    }
    return holders;
}

} // namespace

SignatureFilter::SignatureFilter(const std::vector<OutletProfile>& outlets)
    : prefilter_(needle_holders(outlets)) {
    for (const auto& profile : outlets) {
        for (const auto& text : profile.signature_texts) {
            guards_.push_back(line_guard(text, false));
        }
    }
}

void SignatureFilter::scan(std::string_view text, RuleBits& maybe) const {
    ByteSet present{};
    prefilter_.scan(text, maybe, present);
    for (std::size_t s = 0; s < guards_.size(); ++s) {
        if (has_bit(maybe, s) && !guards_[s].may_match(text, present)) {
            maybe[s / 64] &= ~(std::uint64_t{1} << (s % 64));
        }
    }
}

} // namespace bersih
