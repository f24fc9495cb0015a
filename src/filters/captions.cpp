// A detik-style photo block is two lines: a short image title, then the caption with its credit.
// The caption line is taken by an extract rule; this stage takes the image title above it.
#include "filters/context.hpp"

namespace bersih::filters {
namespace {

constexpr std::size_t kMaxImageTitleWords = 10;

bool ends_with_terminal(const std::string& text) {
    if (text.empty()) {
        return false;
    }
    const char last = text.back();
    return last == '.' || last == '!' || last == '?' || last == ':' || last == '"';
}

} // namespace

void mark_image_titles(Document& doc, const Context& /*ctx*/) {
    const Zones zones = find_zones(doc);
    for (std::size_t i = 1; i < doc.lines.size(); ++i) {
        const Line& caption = doc.lines[i];
        if (caption.kept() || caption.category != Category::caption) {
            continue;
        }
        if (zones.first_prose != Zones::none && i > zones.first_prose) {
            continue; // only the lead photo has an image title line
        }
        const std::size_t above = i - 1;
        Line& candidate = doc.lines[above];
        if (candidate.kept_text() && word_count(candidate.text) <= kMaxImageTitleWords &&
            !ends_with_terminal(candidate.text) && candidate.cuts.empty()) {
            doc.remove(above, "core.image-title", Category::caption);
        }
    }
}

} // namespace bersih::filters
