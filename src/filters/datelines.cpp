// Header repair before the rules run. Rules match one line at a time, but older paragraph-per-line
// scrapes split the dateline over several lines at its link or its dash:
//     "Jakarta" / "-" / "Pemerintah ..."            (detik)
//     "Jakarta" / "- Pemerintah ..."                (detik)
//     "KOMPAS.com" / "- Pelatih ..."                (kompas, no city)
//     "TANGERANG SELATAN" / ", KOMPAS.com -" / ...  (kompas)
// This stage puts the pieces of such a dateline back on one line ("Jakarta -"), so the dateline
// rules see the shape they describe; a piece emptied by the move is marked removed as a dateline.
// It also removes a detik "Daftar Isi" table of contents: the heading and its entries, up to the
// dateline. The entries repeat the article's subheadings, so only their position tells them apart.
#include "bersih/normalize.hpp"
#include "filters/context.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bersih::filters {
namespace {

constexpr std::size_t kHeaderTextLines = 10; // the dateline sits within the first text lines
constexpr std::size_t kMaxDatelineWords = 5; // "KABUPATEN BOGOR, KOMPAS.com"
constexpr std::size_t kMaxTocEntries = 6;
constexpr std::size_t kMaxTocEntryWords = 25;

bool is_dash(std::string_view text) {
    return text == "-" || text == "--" || text == "\xE2\x80\x93" || text == "\xE2\x80\x94";
}

// "- rest" / "– rest": the dash and the rest, or empty when the line does not start so.
std::size_t dash_prefix(std::string_view text) {
    for (const std::string_view dash : {"--", "-", "\xE2\x80\x93", "\xE2\x80\x94"}) {
        if (text.starts_with(dash) && text.size() > dash.size() && text[dash.size()] == ' ') {
            return dash.size() + 1;
        }
    }
    return 0;
}

// A short capitalised line with no sentence punctuation: "Jakarta", "JAKARTA, KOMPAS.com".
bool dateline_piece(const std::string& text) {
    if (text.empty() || word_count_up_to(text, kMaxDatelineWords + 1) > kMaxDatelineWords) {
        return false;
    }
    if (!(text.front() >= 'A' && text.front() <= 'Z')) {
        return false;
    }
    for (const char c : text) {
        if (c == '!' || c == '?' || c == ':' || c == '"' || c == '(' || c == ')') {
            return false;
        }
    }
    return text.back() != '.' && text.back() != ',';
}

std::vector<std::size_t> header_lines(const Document& doc) {
    std::vector<std::size_t> out;
    out.reserve(kHeaderTextLines);
    for (std::size_t i = 0; i < doc.lines.size() && out.size() < kHeaderTextLines; ++i) {
        if (doc.lines[i].kept_text()) {
            out.push_back(i);
        }
    }
    return out;
}

void move_piece(Document& doc, std::size_t from, std::size_t length) {
    Line& line = doc.lines[from];
    const std::string piece = line.text.substr(0, length);
    line.text = collapse_spaces(line.text.substr(length));
    line.cuts.push_back(Cut{"core.split-dateline", Category::dateline, collapse_spaces(piece)});
}

bool ends_with_dash(const std::string& text) {
    return text.ends_with(" -") || text.ends_with("-") || text.ends_with("\xE2\x80\x93") ||
           text.ends_with("\xE2\x80\x94");
}

// "JAKARTA, KOMPAS.com -": a word of the line names an outlet of the packs' [outlet] tables (its
// name, an alias or a domain of it).
bool names_outlet(const std::string& text, const OutletIndex& outlets) {
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t end = text.find_first_of(" ,", begin);
        if (end == std::string::npos) {
            end = text.size();
        }
        if (end > begin && outlets.find(std::string_view(text).substr(begin, end - begin))) {
            return true;
        }
        begin = end + 1;
    }
    return false;
}

bool is_toc_heading(const std::string& text) {
    // Length first: this is asked of every header line, most of them long.
    constexpr std::string_view kHeading = "daftar isi";
    return text.size() == kHeading.size() && ascii_lower(text) == kHeading;
}

} // namespace

void repair_split_datelines(Document& doc, const Context& ctx) {
    const auto lines = header_lines(doc);
    for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
        Line& head = doc.lines[lines[k]];
        Line& next = doc.lines[lines[k + 1]];
        if (!head.kept_text() || !next.kept_text() || !dateline_piece(head.text) ||
            ends_with_dash(head.text)) {
            continue;
        }
        if (is_dash(next.text)) {
            // "Jakarta" / "-"
            head.text = collapse_spaces(head.text + std::string(" ") + next.text);
            doc.remove(lines[k + 1], "core.split-dateline", Category::dateline);
            return;
        }
        if (next.text.starts_with(",") && word_count(next.text) <= 3 && ends_with_dash(next.text)) {
            // "TANGERANG SELATAN" / ", KOMPAS.com -"
            head.text = collapse_spaces(head.text + next.text);
            doc.remove(lines[k + 1], "core.split-dateline", Category::dateline);
            return;
        }
        if (const std::size_t n = dash_prefix(next.text); n > 0) {
            // "Jakarta" / "- Pemerintah ..."
            head.text = collapse_spaces(head.text + std::string(" ") + next.text.substr(0, n));
            move_piece(doc, lines[k + 1], n);
            return;
        }
    }
    // "JAKARTA, KOMPAS.com -" / "- Pemerintah": a dash left at the start of the line after a
    // dateline that already ends with one and names its outlet.
    for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
        const Line& head = doc.lines[lines[k]];
        const Line& next = doc.lines[lines[k + 1]];
        if (head.kept_text() && next.kept_text() &&
            word_count(head.text) <= kMaxDatelineWords + 1 && ends_with_dash(head.text) &&
            names_outlet(head.text, ctx.outlet_names)) {
            if (const std::size_t n = dash_prefix(next.text); n > 0) {
                move_piece(doc, lines[k + 1], n);
            }
            return;
        }
    }
}

void drop_table_of_contents(Document& doc, const Context& /*ctx*/) {
    const auto lines = header_lines(doc);
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (!is_toc_heading(doc.lines[lines[k]].text)) {
            continue;
        }
        // The entries run to the dateline; without one in reach, only the heading is sure.
        std::size_t end = k + 1;
        while (end < lines.size() && end <= k + kMaxTocEntries &&
               !ends_with_dash(doc.lines[lines[end]].text) &&
               word_count(doc.lines[lines[end]].text) <= kMaxTocEntryWords) {
            ++end;
        }
        const bool dateline_found =
            end < lines.size() && ends_with_dash(doc.lines[lines[end]].text);
        const std::size_t last = dateline_found ? end : k + 1;
        for (std::size_t j = k; j < last; ++j) {
            doc.remove(lines[j], "core.toc", Category::toc);
        }
        return;
    }
}

} // namespace bersih::filters
