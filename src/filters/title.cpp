// The title: the first line when the scraper repeated it, when the record names it, or when a
// byline or date line follows it.
#include "bersih/normalize.hpp"
#include "filters/context.hpp"

namespace bersih::filters {
namespace {

constexpr std::size_t kMaxTitleWords = 30;
constexpr std::size_t kHeaderReach = 6; // lines the title may stand above the byline or date

std::string comparable(const std::string& text) { return ascii_lower(collapse_spaces(text)); }

std::size_t next_text_line(const Document& doc, std::size_t from) {
    for (std::size_t i = from; i < doc.lines.size(); ++i) {
        if (doc.lines[i].kept_text()) {
            return i;
        }
    }
    return doc.lines.size();
}

bool ends_sentence(const std::string& text) {
    return !text.empty() && (text.back() == '.' || text.back() == ',');
}

} // namespace

void mark_title(Document& doc, const Context& ctx) {
    if (ctx.options.title && !ctx.options.title->empty()) {
        doc.meta.title = collapse_spaces(*ctx.options.title);
        const std::string wanted = comparable(*doc.meta.title);
        // The record's own title repeated at the top of its text.
        std::size_t i = next_text_line(doc, 0);
        for (int checked = 0; checked < 3 && i < doc.lines.size(); ++checked) {
            if (comparable(doc.lines[i].text) == wanted) {
                doc.remove(i, "core.title-dup", Category::title_dup);
            }
            i = next_text_line(doc, i + 1);
        }
        return;
    }
    const std::size_t first = next_text_line(doc, 0);
    if (first >= doc.lines.size()) {
        return;
    }
    const std::size_t second = next_text_line(doc, first + 1);
    if (second >= doc.lines.size() || word_count(doc.lines[first].text) > kMaxTitleWords) {
        return;
    }
    if (comparable(doc.lines[first].text) == comparable(doc.lines[second].text)) {
        doc.meta.title = doc.lines[first].text;
        doc.remove(first, "core.title", Category::title);
        doc.remove(second, "core.title-dup", Category::title_dup);
    }
}

void infer_title(Document& doc, const Context& /*ctx*/) {
    if (doc.meta.title) {
        return;
    }
    const std::size_t first = next_text_line(doc, 0);
    if (first >= doc.lines.size()) {
        return;
    }
    const Line& candidate = doc.lines[first];
    if (word_count(candidate.text) > kMaxTitleWords || ends_sentence(candidate.text) ||
        !candidate.cuts.empty()) {
        return;
    }
    // A byline or date line right below it makes it the title.
    for (std::size_t i = first + 1; i < doc.lines.size() && i <= first + kHeaderReach; ++i) {
        const Line& line = doc.lines[i];
        if (line.kept_text()) {
            return;
        }
        if (!line.kept() && (line.category == Category::byline || line.category == Category::date)) {
            doc.meta.title = candidate.text;
            doc.remove(first, "core.title", Category::title);
            return;
        }
    }
}

} // namespace bersih::filters
