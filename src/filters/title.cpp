// The title: the first line when the scraper repeated it, when the record names it, or when a
// byline or date line follows it.
//
// A record's title field usually holds the page's HTML <title>, which carries the site's name:
// "Judul - detikNews", "Judul Halaman all - Kompas.com", "Judul | tempo.co", "Judul : Okezone
// Nasional". The text's own title line has no such suffix, so the record title matches it once
// the suffix is gone, and the clean title is what the metadata gets.
#include "bersih/normalize.hpp"
#include "filters/context.hpp"
#include "match/regex.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string_view>
#include <vector>

namespace bersih::filters {
namespace {

constexpr std::size_t kMaxTitleWords = 30;
constexpr std::size_t kMinTitleWords = 3;    // a menu's label above a date is no headline
constexpr std::size_t kHeaderReach = 6;      // lines the title may stand above the byline or date
constexpr int kRecordTitleReach = 8;         // text lines searched for the record title's repeat
constexpr std::size_t kMaxSuffixWords = 4;   // "News Liputan6.com", "Okezone Nasional"
constexpr std::size_t kMaxNamesWords = 12;   // a bare byline of up to three or four names
constexpr std::size_t kRepeatScan = 4;       // first text lines that may hold a repeated headline
constexpr std::size_t kRepeatGap = 3;        // text lines its repeat may stand below it
constexpr std::size_t kMinRepeatWords = 3;   // shorter repeats are labels, not headlines
constexpr std::size_t kTitleCandidates = 10; // the headline under a menu of section labels
constexpr std::size_t kMaxNavWords = 2;      // "Nasional", "Sepak Bola"

std::string comparable(const std::string& text) { return ascii_lower(collapse_spaces(text)); }

// comparable(text) == wanted, without building comparable(text): the lines compared with a title
// are mostly long paragraphs that differ from it in their first bytes.
bool comparable_equals(std::string_view text, std::string_view wanted) noexcept {
    std::size_t at = 0;
    bool owed_space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            owed_space = at > 0;
            continue;
        }
        if (owed_space) {
            if (at == wanted.size() || wanted[at] != ' ') {
                return false;
            }
            ++at;
            owed_space = false;
        }
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if (at == wanted.size() || wanted[at] != lower) {
            return false;
        }
        ++at;
    }
    return at == wanted.size();
}

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

// Letters and digits only, lowercased: "Tribun-timur.com" -> "tribuntimurcom".
std::string alnum_lower(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return out;
}

// A page title split at its last site separator: "Judul - detikNews" -> {"Judul", "detikNews"}.
// "Halaman all" / "Halaman 2" before the separator (kompas' paged view) goes with the suffix.
struct SplitTitle {
    std::string head;
    std::string suffix;
};

std::optional<SplitTitle> split_site_suffix(const std::string& title) {
    static constexpr std::array<std::string_view, 5> kSeparators = {
        " - ", " | ", " : ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};
    std::size_t best = std::string::npos;
    std::size_t best_len = 0;
    for (const std::string_view sep : kSeparators) {
        const std::size_t at = title.rfind(sep);
        if (at != std::string::npos && (best == std::string::npos || at > best)) {
            best = at;
            best_len = sep.size();
        }
    }
    if (best == std::string::npos || best == 0) {
        return std::nullopt;
    }
    SplitTitle split{title.substr(0, best), collapse_spaces(title.substr(best + best_len))};
    if (split.suffix.empty() || word_count(split.suffix) > kMaxSuffixWords ||
        ends_sentence(split.suffix) || split.suffix.back() == '?' || split.suffix.back() == '!') {
        return std::nullopt;
    }
    // "Judul Halaman all" / "Judul Halaman 2": the paged view's label is no part of the title.
    constexpr std::string_view kPage = " Halaman ";
    const std::size_t page = split.head.rfind(kPage);
    if (page != std::string::npos) {
        const std::string label = split.head.substr(page + kPage.size());
        if (label == "all" ||
            (!label.empty() && label.find_first_not_of("0123456789") == std::string::npos)) {
            split.head.erase(page);
        }
    }
    split.head = collapse_spaces(split.head);
    if (split.head.empty()) {
        return std::nullopt;
    }
    return split;
}

// The suffix names the site: a domain ("Kompas.com", "tempo.co") or the detected outlet's name
// ("detikNews", "ANTARA News", "SINDOnews", "Jubi Papua").
bool names_site(const std::string& suffix, const std::optional<std::string>& outlet) {
    const std::string lower = ascii_lower(suffix);
    for (const std::string_view tld : {".com", ".co.id", ".co", ".id", ".net", ".tv"}) {
        const std::size_t at = lower.find(tld);
        if (at != std::string::npos && at > 0 &&
            (at + tld.size() == lower.size() || lower[at + tld.size()] == ' ')) {
            return true;
        }
    }
    if (!outlet || outlet->empty()) {
        return false;
    }
    // "antaranews" in "ANTARA News", "detik" in "detikNews", "sindonews" in "SINDOnews".
    const std::string name = alnum_lower(*outlet);
    const std::string flat = alnum_lower(suffix);
    return !name.empty() && (flat.find(name) != std::string::npos ||
                             (flat.size() >= 4 && name.find(flat) != std::string::npos));
}

// "Rina Wati", "Andi Saputra, Budi Santoso": a line of person names and nothing else.
bool bare_names(const std::string& text, boost::smatch& m) {
    static const boost::regex names(
        R"(^(?<author>[A-Z][a-z'.-]+(?: [A-Z][A-Za-z'.-]*){0,3}(?:\s*(?:,|&| dan )\s*[A-Z][a-z'.-]+(?: [A-Z][A-Za-z'.-]*){0,3}){0,4})$)");
    const std::size_t words = word_count(text);
    return words >= 2 && words <= kMaxNamesWords && match::confirm_whole(names, text, m);
}

bool is_header_mark(const Line& line) {
    return !line.kept() && (line.category == Category::byline || line.category == Category::date);
}

bool is_title_mark(const Line& line) {
    return !line.kept() &&
           (line.category == Category::title || line.category == Category::title_dup);
}

std::size_t next_nonblank(const Document& doc, std::size_t from) {
    for (std::size_t i = from; i < doc.lines.size(); ++i) {
        if (!doc.lines[i].blank()) {
            return i;
        }
    }
    return doc.lines.size();
}

// Tempo, Liputan6, Sindonews and many regional sites print the author's name alone under the
// title, above the date: a bare name line between the title and a byline or date line is the
// byline.
void take_bare_byline(Document& doc, std::size_t title) {
    const std::size_t j = next_nonblank(doc, title + 1);
    boost::smatch m;
    if (j >= doc.lines.size() || !doc.lines[j].kept_text() || !bare_names(doc.lines[j].text, m)) {
        return;
    }
    const std::size_t below = next_nonblank(doc, j + 1);
    if (below >= doc.lines.size() || !is_header_mark(doc.lines[below])) {
        return;
    }
    store_byline(doc.meta, m);
    doc.remove(j, "core.bare-byline", Category::byline);
}

// A section label or breadcrumb above the headline: "Nasional", "Home » Tekno » Berita".
bool nav_label(const std::string& text) {
    return word_count(text) <= kMaxNavWords || text.find("\xC2\xBB") != std::string::npos ||
           text.find("\xE2\x80\xBA") != std::string::npos;
}

// A kept line whose dateline prefix was cut by an extract rule.
bool opens_with_dateline(const Line& line) {
    return std::any_of(line.cuts.begin(), line.cuts.end(),
                       [](const Cut& cut) { return cut.category == Category::dateline; });
}

// The headline at `first`: a byline or date line right below it makes it the title; a bare name
// line may stand between them.
bool headline_above_byline(Document& doc, std::size_t first) {
    const Line& candidate = doc.lines[first];
    const std::size_t words = word_count(candidate.text);
    if (words > kMaxTitleWords || words < kMinTitleWords || ends_sentence(candidate.text) ||
        !candidate.cuts.empty()) {
        return false;
    }
    bool names_seen = false;
    for (std::size_t i = first + 1; i < doc.lines.size() && i <= first + kHeaderReach; ++i) {
        const Line& line = doc.lines[i];
        if (line.kept_text() && opens_with_dateline(line)) {
            // No byline or date under it, but the first paragraph starts right below with its
            // dateline ("JAKARTA, KOMPAS.com - ..."): the line above is the headline.
            doc.meta.title = candidate.text;
            doc.remove(first, "core.title-above-dateline", Category::title);
            return true;
        }
        if (line.kept_text()) {
            boost::smatch m;
            if (!names_seen && bare_names(line.text, m)) {
                names_seen = true;
                continue;
            }
            return false;
        }
        if (is_header_mark(line)) {
            doc.meta.title = candidate.text;
            doc.remove(first, "core.title", Category::title);
            take_bare_byline(doc, first);
            return true;
        }
    }
    return false;
}

} // namespace

void mark_title(Document& doc, const Context& ctx) {
    if (ctx.options.title && !ctx.options.title->empty()) {
        const std::string full = collapse_spaces(*ctx.options.title);
        const auto split = split_site_suffix(full);
        const std::string wanted = comparable(full);
        const std::string bare = split ? comparable(split->head) : std::string();
        doc.meta.title = full;
        bool matched_bare = false;
        // The record's own title repeated at the top of its text, with or without the suffix
        // (section labels or a breadcrumb may stand above it).
        std::size_t i = next_text_line(doc, 0);
        for (int checked = 0; checked < kRecordTitleReach && i < doc.lines.size(); ++checked) {
            const bool whole = comparable_equals(doc.lines[i].text, wanted);
            if (whole || (!bare.empty() && comparable_equals(doc.lines[i].text, bare))) {
                matched_bare = matched_bare || !whole;
                doc.remove(i, "core.title-dup", Category::title_dup);
            }
            i = next_text_line(doc, i + 1);
        }
        if (split && (matched_bare || names_site(split->suffix, doc.meta.outlet))) {
            doc.meta.title = split->head;
        }
        return;
    }
    // A headline repeated within the first lines: the page title, then its copy in the article
    // (tribun prints the date between them, kompas section labels may stand above).
    std::vector<std::size_t> top;
    for (std::size_t i = next_text_line(doc, 0);
         i < doc.lines.size() && top.size() < static_cast<std::size_t>(kRecordTitleReach);
         i = next_text_line(doc, i + 1)) {
        top.push_back(i);
    }
    for (std::size_t a = 0; a < top.size() && a < kRepeatScan; ++a) {
        const std::string& text = doc.lines[top[a]].text;
        // Short repeated labels ("Advertisement", "Baca Juga") are no headline; the first two
        // lines repeated one after the other still are, however short.
        const std::string wanted = comparable(text);
        const bool adjacent_pair =
            a == 0 && top.size() > 1 && comparable_equals(doc.lines[top[1]].text, wanted);
        if (word_count(text) > kMaxTitleWords || ends_sentence(text) ||
            (!adjacent_pair && word_count(text) < kMinRepeatWords)) {
            continue;
        }
        const std::size_t reach = std::min(top.size(), a + 1 + kRepeatGap);
        const bool repeated =
            std::any_of(top.begin() + static_cast<std::ptrdiff_t>(a + 1),
                        top.begin() + static_cast<std::ptrdiff_t>(reach), [&](std::size_t i) {
                            return comparable_equals(doc.lines[i].text, wanted);
                        });
        if (!repeated) {
            continue;
        }
        doc.meta.title = text;
        doc.remove(top[a], "core.title", Category::title);
        for (std::size_t b = a + 1; b < top.size(); ++b) {
            if (comparable_equals(doc.lines[top[b]].text, wanted)) {
                doc.remove(top[b], "core.title-dup", Category::title_dup);
            }
        }
        return;
    }
}

void infer_title(Document& doc, const Context& /*ctx*/) {
    if (doc.meta.title) {
        // The title line found by mark_title (the record's title or a repeated first line).
        std::size_t last_title = doc.lines.size();
        std::size_t i = next_nonblank(doc, 0);
        for (int checked = 0; checked < kRecordTitleReach && i < doc.lines.size(); ++checked) {
            if (is_title_mark(doc.lines[i])) {
                last_title = i;
            }
            i = next_nonblank(doc, i + 1);
        }
        if (last_title < doc.lines.size()) {
            take_bare_byline(doc, last_title);
        }
        return;
    }
    // Section labels or a breadcrumb ("Nasional", "Home » Tekno » Berita") may stand above it.
    std::size_t first = next_text_line(doc, 0);
    for (std::size_t tried = 0; first < doc.lines.size() && tried < kTitleCandidates; ++tried) {
        if (headline_above_byline(doc, first)) {
            return;
        }
        if (!nav_label(doc.lines[first].text)) {
            return;
        }
        first = next_text_line(doc, first + 1);
    }
}

} // namespace bersih::filters
