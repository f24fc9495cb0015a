// A line made only of credit items, in whatever punctuation the page or the scraper left between
// them: "Penulis: A | Editor: B", "(Reporter: A | Editor: B)", "Reporter : A, Editor : B",
// "Penulis: A / Editor: B", "Reporter: AEditor: B", "Laporan: A | Sumber: Kontan", a reporter
// line "Laporan Wartawan Site.com, A" (the site is no author), and, above or
// below the prose only, a byline without a colon: "Oleh A", "Ditulis oleh A", "Penulis A Editor
// B", and below it "Sumber: Antara". A credit item is a label of the lexicon (author-labels,
// editor-labels, credit-other-labels, byline-openers) and names: capitalised words, initials and
// joiners, no function word, so a sentence that starts with a label ("Editor: Budi, yang juga ...")
// is never one. The line goes as `core.credit-line` and its author and editor names fill the
// metadata the rules left empty.
#include "bersih/dates.hpp"
#include "filters/context.hpp"
#include "filters/credit_labels.hpp"
#include "filters/line_scan.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bersih::filters {
namespace {

constexpr std::size_t kMaxLineBytes = 300;

struct Item {
    CreditRole role;
    std::string names;
};

// Between two items: "|", "/", ";", "•", a dash, or a comma before the next label.
bool is_item_separator(char c) { return c == '|' || c == '/' || c == ';'; }

std::size_t skip_separators(std::string_view s, std::size_t p) {
    for (;;) {
        p = skip_spaces(s, p);
        if (p < s.size() && (is_item_separator(s[p]) || s[p] == ',' || s[p] == '-')) {
            ++p;
        } else if (s.substr(p).starts_with(kEnDash) || s.substr(p).starts_with(kBullet)) {
            p += 3; // en dash, bullet
        } else {
            return p;
        }
    }
}

std::size_t letters_end(std::string_view s, std::size_t p) {
    while (upper_at(s, p) || lower_at(s, p)) {
        ++p;
    }
    return p;
}

// The label at p and where it ends: one word, or two ("Ditulis oleh").
// The two words at p joined by one space ("Ditulis oleh", "Laporan Wartawan") and where the
// second ends; nothing when p does not open two words of letters.
std::optional<std::pair<std::string, std::size_t>> two_words_at(std::string_view s, std::size_t p) {
    const std::size_t e1 = letters_end(s, p);
    const std::size_t p2 = skip_spaces(s, e1);
    const std::size_t e2 = letters_end(s, p2);
    if (e1 == p || p2 == e1 || e2 == p2) {
        return std::nullopt;
    }
    return std::pair{std::string(s.substr(p, e1 - p)) + " " + std::string(s.substr(p2, e2 - p2)),
                     e2};
}

std::optional<std::pair<CreditRole, std::size_t>> label_at(std::string_view s, std::size_t p,
                                                           const CreditLabels& l, bool& opener) {
    const std::size_t e1 = letters_end(s, p);
    if (e1 == p) {
        return std::nullopt;
    }
    if (const auto two = two_words_at(s, p); two && l.openers.contains(two->first)) {
        opener = true;
        return std::pair{CreditRole::author, two->second};
    }
    const std::string_view w = s.substr(p, e1 - p);
    opener = l.openers.contains(w);
    if (opener) {
        return std::pair{CreditRole::author, e1};
    }
    if (const auto role = l.role_of(w)) {
        return std::pair{*role, e1};
    }
    return std::nullopt;
}

// A label glued to the end of the word before it, as a scraper that dropped the line break leaves
// it ("MelkyEditor:"): the offset of the label inside [p, e), or npos.
std::size_t glued_label(std::string_view s, std::size_t p, std::size_t e, const CreditLabels& l) {
    const std::size_t colon = skip_spaces(s, e);
    if (colon >= s.size() || s[colon] != ':') {
        return std::string_view::npos;
    }
    for (std::size_t i = p + 1; i < e; ++i) {
        if (upper(s[i]) && lower(s[i - 1])) {
            bool opener = false;
            const auto label = label_at(s, i, l, opener);
            if (label && label->second == e && !opener) {
                return i;
            }
        }
    }
    return std::string_view::npos;
}

// Where an item's separator or the line ends, from p.
std::size_t item_end(std::string_view s, std::size_t p) {
    while (p < s.size() && !is_item_separator(s[p]) && s[p] != ')') {
        ++p;
    }
    return p;
}

// "Kontributor Sukamaju, " after "Penulis": a label word without a colon heading the names is the
// person's post and place, not a name; where the names start after its comma, or p when there is
// none within a few words.
std::size_t after_post(std::string_view s, std::size_t p, const CreditLabels& l) {
    constexpr std::size_t kMaxPostWords = 4;
    bool opener = false;
    const auto label = label_at(s, p, l, opener);
    if (!label || opener || label->first != CreditRole::author) {
        return p;
    }
    const std::size_t comma = s.find(',', label->second);
    const std::size_t colon = s.find(':', label->second);
    if (comma == std::string_view::npos || colon < comma ||
        word_count_up_to(std::string(s.substr(p, comma - p)), kMaxPostWords + 1) > kMaxPostWords) {
        return p;
    }
    return skip_spaces(s, comma + 1);
}

// The names after a label, up to the next separator or label; npos when a word is no name.
std::size_t read_names(std::string_view s, std::size_t p, CreditRole role, const CreditLabels& l,
                       std::string& names) {
    std::size_t words = 0;
    std::size_t name_words = 0;
    p = after_post(s, skip_spaces(s, p), l);
    for (;;) {
        p = skip_spaces(s, p);
        if (p >= s.size() || is_item_separator(s[p]) || s[p] == ')') {
            return words > 0 ? p : std::string_view::npos;
        }
        if (s[p] == ',') {
            // "A, B" is two names; "A, Editor: B" ends the item.
            const std::size_t next = skip_spaces(s, p + 1);
            bool opener = false;
            const auto label = label_at(s, next, l, opener);
            if (label && (opener || (skip_spaces(s, label->second) < s.size() &&
                                     s[skip_spaces(s, label->second)] == ':'))) {
                return words > 0 ? p : std::string_view::npos;
            }
            if (label && words > 0) {
                return item_end(s, next); // "A, Wartawan Warta Kita": the person's post
            }
            names += ',';
            name_words = 0;
            p = next;
            continue;
        }
        if (s.substr(p).starts_with(kEnDash) ||
            (s[p] == '-' && p + 1 < s.size() && s[p + 1] == ' ')) {
            return words > 0 ? p : std::string_view::npos;
        }
        std::size_t e = p;
        while (e < s.size() && s[e] != ' ' && !is_item_separator(s[e]) && s[e] != ',' &&
               s[e] != ')' && s[e] != ':') {
            ++e;
        }
        if (e == p) {
            return std::string_view::npos; // a colon with no label before it
        }
        bool opener = false;
        const auto label = label_at(s, p, l, opener);
        if (label && label->second == e && words > 0) {
            return p; // the next item, without a separator
        }
        if (words > 0 && l.days.contains(s.substr(p, e - p))) {
            return p; // the byline's date, after the names without a separator
        }
        const std::size_t glued = glued_label(s, p, e, l);
        const std::string_view w = s.substr(p, (glued == std::string_view::npos ? e : glued) - p);
        const bool domain = role == CreditRole::other && w.find('.') != std::string_view::npos;
        if (l.joins_names(w) || l.name_particle(w)) {
            name_words = 0;
        } else if ((!upper(w.front()) && !domain) || ++name_words > kMaxWordsPerName) {
            return std::string_view::npos; // no name, or too long for a person's
        }
        if (++words > kMaxCreditWords) {
            return std::string_view::npos;
        }
        names += names.empty() || names.back() == ',' ? "" : " ";
        if (!names.empty() && names.back() == ',') {
            names += ' ';
        }
        names += w;
        if (glued != std::string_view::npos) {
            return glued;
        }
        p = e;
    }
}

// The reporter line of Tribun network pages and others: "Laporan Wartawan Site.com, Nama",
// "Laporan Reporter Warta Kita: Nama". Where its names start, after the site's name (up to four
// capitalised words or a domain, closed by a comma or colon), which is no author; npos when the
// line does not open so.
std::size_t reporter_line_names(std::string_view s, std::size_t p, const CreditLabels& l) {
    constexpr std::size_t kMaxSiteWords = 4;
    const auto opener = two_words_at(s, p);
    if (!opener || !l.reporter_lines.contains(opener->first)) {
        return std::string_view::npos;
    }
    std::size_t q = opener->second;
    for (std::size_t words = 0;; ++words) {
        q = skip_spaces(s, q);
        if (q < s.size() && (s[q] == ',' || s[q] == ':')) {
            return words > 0 ? q + 1 : std::string_view::npos;
        }
        std::size_t e = q;
        while (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != ':') {
            ++e;
        }
        const std::string_view w = s.substr(q, e - q);
        const bool site_word =
            !w.empty() && (upper(w.front()) || w.find('.') != std::string_view::npos);
        if (!site_word || words == kMaxSiteWords) {
            return std::string_view::npos;
        }
        q = e;
    }
}

// Whether the separator before p is a slash: "A/B", "A / B".
bool slash_before(std::string_view s, std::size_t p) {
    while (p > 0 && s[p - 1] == ' ') {
        --p;
    }
    return p > 0 && s[p - 1] == '/';
}

// A second label that shares the first one's names: "Reporter/Editor: A", "Penulis dan Editor: A".
// Its role and where it ends, when one follows at q and a colon after it.
std::optional<std::pair<CreditRole, std::size_t>> shared_label(std::string_view s, std::size_t q,
                                                               const CreditLabels& l) {
    std::size_t next = std::string_view::npos;
    const std::size_t joiner_end = std::min(s.find(' ', q), s.size());
    if (q < s.size() && s[q] == '/') {
        next = skip_spaces(s, q + 1);
    } else if (q < s.size() && l.joins_names(s.substr(q, joiner_end - q))) { // "dan", "&"
        next = skip_spaces(s, joiner_end);
    }
    if (next == std::string_view::npos) {
        return std::nullopt;
    }
    bool opener = false;
    const auto label = label_at(s, next, l, opener);
    if (!label || opener) {
        return std::nullopt;
    }
    const std::size_t colon = skip_spaces(s, label->second);
    if (colon >= s.size() || s[colon] != ':') {
        return std::nullopt;
    }
    return std::pair{label->first, colon};
}

// `date`: the date that may close a byline ("Oleh: A - Selasa, 16 September 2025 - 09:45 WIB").
std::optional<std::vector<Item>> read_credit_line(std::string_view s, const CreditLabels& l,
                                                  bool outside_prose, bool below_prose,
                                                  std::optional<std::string>& date) {
    if (s.size() > kMaxLineBytes) {
        return std::nullopt;
    }
    std::size_t p = skip_spaces(s, 0);
    std::size_t end = s.size();
    while (end > p && s[end - 1] == ' ') {
        --end;
    }
    if (p < end && s[p] == '(' && s[end - 1] == ')') {
        ++p;
        --end;
    }
    s = s.substr(0, end);
    std::vector<Item> items;
    bool named = false; // an author or editor item
    bool colonless_opener = false;
    if (const std::size_t names = reporter_line_names(s, p, l); names != std::string_view::npos) {
        Item item{CreditRole::author, {}};
        p = read_names(s, names, item.role, l, item.names);
        if (p == std::string_view::npos) {
            return std::nullopt;
        }
        items.push_back(std::move(item));
        named = true;
        colonless_opener = true;
    }
    while ((p = skip_separators(s, p)) < s.size()) {
        bool opener = false;
        const auto label = label_at(s, p, l, opener);
        if (!label && !items.empty() && (date = parse_date(s.substr(p)))) {
            break; // the byline's date closes the line
        }
        if (!label && !items.empty() && items.back().role != CreditRole::other &&
            slash_before(s, p)) {
            // "Penulis: A B/C D": a second name of the item; "Penulis: A/Warta.com" or
            // "A/Kompas": its site (one word, or a domain).
            const std::size_t e = item_end(s, p);
            const std::string part(s.substr(p, e - p));
            if (part.find('.') != std::string::npos || word_count_up_to(part, 2) < 2) {
                p = e;
                continue;
            }
            std::string more;
            p = read_names(s, p, items.back().role, l, more);
            if (p == std::string_view::npos) {
                return std::nullopt;
            }
            items.back().names += ", " + more;
            continue;
        }
        if (!label) {
            return std::nullopt;
        }
        std::size_t q = skip_spaces(s, label->second);
        const auto shared = shared_label(s, q, l);
        if (shared) {
            q = shared->second;
        }
        if (q < s.size() && s[q] == ':') {
            ++q;
        } else if (!outside_prose || label->first == CreditRole::other) {
            return std::nullopt;
        } else {
            colonless_opener = colonless_opener || (opener && items.empty());
        }
        Item item{label->first, {}};
        p = read_names(s, q, item.role, l, item.names);
        if (p == std::string_view::npos) {
            return std::nullopt;
        }
        named = named || item.role != CreditRole::other;
        if (shared && shared->first != item.role) {
            items.push_back(Item{shared->first, item.names});
        }
        items.push_back(std::move(item));
    }
    // "Sumber: Antara" alone is a credit below the article, and a data source under a table
    // inside it.
    if (items.empty() || (!named && !below_prose)) {
        return std::nullopt;
    }
    // One item without a colon ("Editor Baru", a subheading) needs an opener to be a byline.
    const bool all_colons = s.find(':') != std::string_view::npos;
    if (!all_colons && items.size() == 1 && !colonless_opener) {
        return std::nullopt;
    }
    return items;
}

// "Penulis:" alone on its line, its names on the next one: the label's role, or nothing.
std::optional<CreditRole> label_alone(std::string_view s, const CreditLabels& l) {
    bool opener = false;
    const std::size_t p = skip_spaces(s, 0);
    const auto label = label_at(s, p, l, opener);
    if (!label || opener || label->first == CreditRole::other) {
        return std::nullopt;
    }
    const std::size_t colon = skip_spaces(s, label->second);
    if (colon >= s.size() || s[colon] != ':' || skip_spaces(s, colon + 1) != s.size()) {
        return std::nullopt;
    }
    return label->first;
}

// The next line with text after i, or the line count.
std::size_t next_text(const Document& doc, std::size_t i) {
    for (++i; i < doc.lines.size(); ++i) {
        if (doc.lines[i].kept_text()) {
            return i;
        }
    }
    return doc.lines.size();
}

} // namespace

void drop_credit_lines(Document& doc, const Context& ctx) {
    const CreditLabels labels(ctx.lexicon);
    const Zones zones = find_zones(doc);
    std::vector<std::string> authors;
    std::vector<std::string> editors;
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        const Line& line = doc.lines[i];
        if (!line.kept_text()) {
            continue;
        }
        const bool outside_prose =
            zones.first_prose == Zones::kNone || i < zones.first_prose || i > zones.last_prose;
        const bool below_prose = zones.last_prose != Zones::kNone && i > zones.last_prose;
        if (const auto role = label_alone(line.text, labels)) {
            // "Penulis:" / "Karen": the label and the line of names under it, anywhere (a
            // contributor's footer may stand above a call to action that reads as prose).
            const std::size_t j = next_text(doc, i);
            std::string names;
            if (j < doc.lines.size() && read_names(doc.lines[j].text, 0, *role, labels, names) ==
                                            doc.lines[j].text.size()) {
                add_unique(*role == CreditRole::author ? authors : editors, split_names(names));
                doc.remove(i, "core.credit-line", Category::credit);
                doc.remove(j, "core.credit-line", Category::credit);
                i = j;
                continue;
            }
        }
        std::optional<std::string> date;
        const auto items = read_credit_line(line.text, labels, outside_prose, below_prose, date);
        if (!items) {
            continue;
        }
        if (date && !doc.meta.published) {
            doc.meta.published = std::move(date);
        }
        for (const Item& item : *items) {
            if (item.role == CreditRole::author) {
                add_unique(authors, split_names(item.names));
            } else if (item.role == CreditRole::editor) {
                add_unique(editors, split_names(item.names));
            }
        }
        doc.remove(i, "core.credit-line", Category::credit);
    }
    if (doc.meta.authors.empty()) {
        doc.meta.authors = std::move(authors);
    }
    if (doc.meta.editors.empty()) {
        doc.meta.editors = std::move(editors);
    }
}

} // namespace bersih::filters
