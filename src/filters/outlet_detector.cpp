// Finds which outlet's template produced a record from signatures in its text (datelines,
// bylines, footers), so that outlet's rules can apply.
#include "filters/context.hpp"

namespace bersih::filters {
namespace {

// Signatures sit near the top (dateline, byline) or the bottom (credits, footers).
constexpr std::size_t kEdgeLines = 25;
// A flattened article is one huge line; look only at its ends.
constexpr std::size_t kEdgeBytes = 600;

// `first` numbers the profile's first signature in `maybe` (Matcher::signature_candidates).
bool matches_any(const OutletProfile& profile, const std::string& text, const match::Bits& maybe,
                 std::size_t first) {
    boost::smatch m;
    for (std::size_t s = 0; s < profile.signatures.size(); ++s) {
        if (match::has_bit(maybe, first + s) &&
            match::confirm(profile.signatures[s].regex(), text, m)) {
            return true;
        }
    }
    return false;
}

std::string edges(const std::string& text) {
    if (text.size() <= 2 * kEdgeBytes) {
        return text;
    }
    return text.substr(0, kEdgeBytes) + "\n" + text.substr(text.size() - kEdgeBytes);
}

} // namespace

void detect_outlet(Document& doc, const Context& ctx) {
    if (ctx.options.outlet) {
        // "antara" or "CNN Indonesia" name a profile as well as its id does.
        const OutletProfile* profile = ctx.rules.find_outlet(*ctx.options.outlet);
        doc.meta.outlet = profile != nullptr ? profile->id : *ctx.options.outlet;
        return;
    }
    std::vector<std::size_t> candidates;
    std::size_t seen = 0;
    for (std::size_t i = 0; i < doc.lines.size() && seen < kEdgeLines; ++i) {
        if (!doc.lines[i].blank()) {
            candidates.push_back(i);
            ++seen;
        }
    }
    seen = 0;
    for (std::size_t i = doc.lines.size(); i-- > 0 && seen < kEdgeLines;) {
        if (!doc.lines[i].blank()) {
            candidates.push_back(i);
            ++seen;
        }
    }
    // The line nearest the top decides: datelines and bylines are the surest signatures, and a
    // footer may credit another outlet ("Artikel ini sudah tayang di CNN Indonesia").
    match::Bits maybe;
    for (const auto i : candidates) {
        const std::string text = edges(doc.lines[i].text);
        ctx.matcher.signature_candidates(text, maybe);
        std::size_t first = 0;
        for (const auto& profile : ctx.rules.outlets) {
            if (matches_any(profile, text, maybe, first)) {
                doc.meta.outlet = profile.id;
                return;
            }
            first += profile.signatures.size();
        }
    }
}

} // namespace bersih::filters
