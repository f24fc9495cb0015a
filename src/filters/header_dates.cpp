// The publication date from header lines other stages removed for another reason: a byline that
// carries the date ("Oleh: Nama - Selasa, 16 September 2025 - 09:45 WIB", "Penulis Nama | 3 Mei
// 2025"), an author block, a flattened header. The date rules read a line that is a date; here
// the date is a part of the line, after a separator.
#include "bersih/dates.hpp"
#include "filters/context.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace bersih::filters {
namespace {

// What separates a name from a date in a header line.
constexpr std::array<std::string_view, 5> kSeparators{" - ", " | ", " \xE2\x80\x93 ",
                                                      " \xE2\x80\x94 ", " / "};

// Categories of the lines that may carry the date beside other header furniture. Related links,
// captions and videos carry dates of other articles.
bool header_furniture(Category category) {
    switch (category) {
    case Category::credit:
    case Category::byline:
    case Category::date:
    case Category::dateline:
    case Category::other:
        return true;
    default:
        return false;
    }
}

// The first date that a part of `text` after a separator is, read to the line's end.
std::optional<std::string> date_after_separator(std::string_view text) {
    for (const std::string_view separator : kSeparators) {
        for (auto at = text.find(separator); at != std::string_view::npos;
             at = text.find(separator, at + 1)) {
            if (auto date = parse_date(text.substr(at + separator.size()))) {
                return date;
            }
        }
    }
    return std::nullopt;
}

} // namespace

void dates_from_header(Document& doc, const Context& /*ctx*/) {
    if (doc.meta.published) {
        return;
    }
    for (const Line& line : doc.lines) {
        if (line.kept_text() && is_prose(line.text)) {
            return; // the header ends where the prose starts
        }
        if (line.kept() || !header_furniture(line.category)) {
            continue;
        }
        if (auto date = date_after_separator(line.text)) {
            doc.meta.published = std::move(date);
            return;
        }
    }
}

} // namespace bersih::filters
