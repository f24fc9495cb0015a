// A detik-style photo block is two lines: a short image title, then the caption with its credit.
// The caption line is taken by an extract rule; this stage takes the image title above it.
// It also takes a lead photo's alt text left alone in the header: a short line between two header
// lines already taken (title, byline, date or caption above; caption or dateline below).
#include "filters/context.hpp"

#include <optional>
#include <string_view>

namespace bersih::filters {
namespace {

constexpr std::size_t kMaxImageTitleWords = 10;
constexpr std::size_t kMaxAltWords = 12;

bool ends_with_terminal(const std::string& text) {
    if (text.empty()) {
        return false;
    }
    const char last = text.back();
    return last == '.' || last == '!' || last == '?' || last == ':' || last == '"';
}

std::size_t nonblank_before(const Document& doc, std::size_t index) {
    for (std::size_t i = index; i-- > 0;) {
        if (!doc.lines[i].blank()) {
            return i;
        }
    }
    return doc.lines.size();
}

std::size_t nonblank_after(const Document& doc, std::size_t index) {
    for (std::size_t i = index + 1; i < doc.lines.size(); ++i) {
        if (!doc.lines[i].blank()) {
            return i;
        }
    }
    return doc.lines.size();
}

bool taken_as(const Line& line, std::initializer_list<Category> categories) {
    if (line.kept()) {
        return false;
    }
    for (const Category c : categories) {
        if (line.category == c) {
            return true;
        }
    }
    return false;
}

// "Ilustrasi pasar." above "Ilustrasi pasar. (Foto: AFP)": the image title repeats the caption.
bool opens_caption(const std::string& candidate, const std::string& caption) {
    std::string_view text = candidate;
    while (!text.empty() && (text.back() == '.' || text.back() == ' ')) {
        text.remove_suffix(1);
    }
    return text.size() >= 3 && std::string_view(caption).starts_with(text);
}

// The alt text of the lead photo: a short line with header lines taken on both sides.
bool between_header_lines(const Document& doc, std::size_t index) {
    const std::size_t above = nonblank_before(doc, index);
    std::size_t below = nonblank_after(doc, index);
    while (below < doc.lines.size() && taken_as(doc.lines[below], {Category::ad})) {
        below = nonblank_after(doc, below); // "Advertisement" under the photo
    }
    if (above >= doc.lines.size() || below >= doc.lines.size()) {
        return false;
    }
    if (!taken_as(doc.lines[above], {Category::title, Category::title_dup, Category::byline,
                                     Category::date, Category::caption})) {
        return false;
    }
    const Line& next = doc.lines[below];
    // Below: a caption or a dateline, on its own line or cut from the front of the lead.
    return taken_as(next, {Category::caption, Category::dateline}) ||
           (next.kept_text() && !next.cuts.empty() &&
            next.cuts.front().category == Category::dateline);
}

} // namespace

void mark_image_titles(Document& doc, const Context& /*ctx*/) {
    // Found at the first removed caption (many records have none), before this loop edits
    // anything: the zones of the record as the stage found it.
    std::optional<Zones> zones;
    for (std::size_t i = 1; i < doc.lines.size(); ++i) {
        const Line& caption = doc.lines[i];
        if (caption.kept() || caption.category != Category::caption) {
            continue;
        }
        if (!zones) {
            zones = find_zones(doc);
        }
        if (zones->first_prose != Zones::kNone && i > zones->first_prose) {
            continue; // only the lead photo has an image title line
        }
        const std::size_t above = i - 1;
        Line& candidate = doc.lines[above];
        if (candidate.kept_text() && word_count(candidate.text) <= kMaxImageTitleWords &&
            candidate.cuts.empty() &&
            (!ends_with_terminal(candidate.text) || opens_caption(candidate.text, caption.text))) {
            doc.remove(above, "core.image-title", Category::caption);
        }
    }
    const Zones after = find_zones(doc);
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        if (after.first_prose != Zones::kNone && i >= after.first_prose) {
            break;
        }
        const Line& line = doc.lines[i];
        if (line.kept_text() && line.cuts.empty() && word_count(line.text) <= kMaxAltWords &&
            between_header_lines(doc, i)) {
            doc.remove(i, "core.image-alt", Category::caption);
        }
    }
}

} // namespace bersih::filters
