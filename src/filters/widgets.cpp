// Page widgets that are lists: a box heading that a rule removed ("Baca berikutnya", "Berita
// Terkait", "Baca Juga", "Tag", "TOPIK TERKAIT", "Bagikan:": the lexicon's widget-*-headings
// patterns, or any line of a rule whose data says it heads_list) followed by its items, one per
// line: headlines of other articles, single tag words, share-button labels. A regex sees one line,
// so it can drop the heading but cannot tell a bare headline or a tag word from article text; here
// the items are recognised by their shape *and* by standing right under such a heading:
//   - headlines: 2-24 words, no full stop, colon or comma at the end, no second sentence, no
//     reporting verb, mostly capitalised words (Title Case); the list stops at the first line
//     that is not one, at a blank line, or at a line already removed;
//   - tags: at most four words and 40 bytes, no punctuation at the end;
//   - share labels: the name of a network or a share action ("Facebook", "X", "Salin Link"; the
//     lexicon's share-labels).
// Two more widgets need no heading:
//   - a cluster of two or more share labels in a row (a share bar whose heading was not scraped);
//     a single "X" or "Facebook" line is left alone, since inline-link fragments of split text
//     (Kompas) are single words too;
//   - channel navigation at the very top of the record, before any other text: "Nasional",
//     "Ekonomi", "Berita" (the channel menu of the page), one per line.
#include "bersih/lexicon.hpp"
#include "filters/ascii.hpp"
#include "filters/context.hpp"

#include <boost/regex.hpp>

#include <algorithm>
#include <array>
#include <string_view>

namespace bersih::filters {
namespace {

constexpr std::size_t kMaxHeadlineWords = 24;
constexpr std::size_t kMaxHeadlineBytes = 220;
constexpr std::size_t kMaxTagWords = 4;
constexpr std::size_t kMaxTagBytes = 40;
constexpr std::size_t kMaxItems = 12;

enum class ListKind { none, headlines, tags, share, pages };

// The heading patterns and word lists of the lexicon, looked up once per process.
const LexiconPattern& heading_pattern(std::string_view id) {
    return Lexicon::builtin().pattern(id);
}

// The list a rule's data says the line it removed heads; ListKind::none for lines no rule of
// `heads` removed (the few active rules with a heads_list, found once per record).
ListKind list_of_rule(const Line& line, const std::vector<const Rule*>& heads) {
    for (const Rule* rule : heads) {
        if (rule->id == line.rule) {
            switch (rule->heads_list) {
            case WidgetList::headlines:
                return ListKind::headlines;
            case WidgetList::tags:
                return ListKind::tags;
            case WidgetList::share:
                return ListKind::share;
            case WidgetList::none:
                break;
            }
        }
    }
    return ListKind::none;
}

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t p = 0;
    while (p < text.size()) {
        while (p < text.size() && text[p] == ' ') {
            ++p;
        }
        const std::size_t begin = p;
        while (p < text.size() && text[p] != ' ') {
            ++p;
        }
        if (p > begin) {
            words.push_back(text.substr(begin, p - begin));
        }
    }
    return words;
}

// What kind of list a removed heading opens, from its words (the rule that removed it decided it
// is a heading; this only says what its items look like). "Baca juga:" with a colon introduces one
// link (the line rule takes its headline), the bare "Baca Juga" a box of several.
ListKind list_heading(const Line& line, const std::vector<const Rule*>& heads) {
    if (line.kept() || line.blank()) {
        return ListKind::none;
    }
    static const boost::regex& headlines = heading_pattern("widget-headline-headings").regex;
    static const boost::regex& tags = heading_pattern("widget-tag-headings").regex;
    static const boost::regex& share = heading_pattern("widget-share-headings").regex;
    // A heading in a wording only the rule that removed it knows ("Lihat Berita Lainnya").
    const ListKind by_rule = list_of_rule(line, heads);
    if (by_rule == ListKind::headlines || match::confirm_whole(headlines, line.text)) {
        return ListKind::headlines;
    }
    // "Halaman Selanjutnya" above the pager's page numbers, one per line.
    if (line.category == Category::pagination && word_count_up_to(line.text, 4) <= 3) {
        return ListKind::pages;
    }
    if (by_rule == ListKind::tags || match::confirm_whole(tags, line.text)) {
        return ListKind::tags;
    }
    if (by_rule == ListKind::share || match::confirm_whole(share, line.text)) {
        return ListKind::share;
    }
    return ListKind::none;
}

// Words that Indonesian Title Case keeps in lowercase.
bool function_word(std::string_view w) {
    static const WordClass& words = Lexicon::builtin().words("list-function-words");
    return words.contains(w);
}

// ", kata dia", ", ujar X": the cue verb of a reporting clause.
bool reporting_verb(std::string_view w) {
    static const WordClass& words = Lexicon::builtin().words("reporting-verbs");
    return words.contains(w);
}

bool headline_item(const std::string& text) {
    if (text.size() > kMaxHeadlineBytes) {
        return false;
    }
    const char last = text.back();
    if (last == '.' || last == ':' || last == ',' || last == ';') {
        return false;
    }
    const auto words = split_words(text);
    if (words.size() < 2 || words.size() > kMaxHeadlineWords) {
        return false;
    }
    std::size_t long_words = 0;
    std::size_t capitalised = 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const auto w = words[k];
        // A second sentence ("... naik. Harga ...") or a reporting clause (", kata dia") makes it
        // prose.
        if (k + 1 < words.size() && w.size() > 2 && w.back() == '.' &&
            upper(words[k + 1].front())) {
            return false;
        }
        if (k > 0 && words[k - 1].back() == ',' && reporting_verb(w)) {
            return false;
        }
        std::string_view bare = w;
        while (!bare.empty() &&
               std::string_view("\"'(").find(bare.front()) != std::string_view::npos) {
            bare.remove_prefix(1);
        }
        if (bare.size() < 4 || function_word(bare)) {
            continue;
        }
        ++long_words;
        capitalised += upper(bare.front()) || digit(bare.front()) ? 1U : 0U;
    }
    // The first word is capitalised; Title Case keeps many of the others so (a tail such as
    // "... 10 persen dibandingkan bulan sebelumnya" may stay lowercase).
    return lower(text.front()) ? false : capitalised * 5 >= long_words * 2;
}

bool tag_item(const std::string& text) {
    if (text.size() > kMaxTagBytes || word_count(text) > kMaxTagWords) {
        return false;
    }
    return std::string_view(".,:;!?\"”)").find(text.back()) == std::string_view::npos;
}

bool share_item(const std::string& text) {
    static const WordClass& labels = Lexicon::builtin().words("share-labels");
    return text.size() <= 20 && labels.contains(text);
}

bool page_item(const std::string& text) {
    static const boost::regex page(R"(^(?:\d{1,2}|«|»|‹|›|<<|>>)$)");
    return text.size() <= 3 && match::confirm_whole(page, text);
}

bool item_of(ListKind kind, const std::string& text) {
    switch (kind) {
    case ListKind::pages:
        return page_item(text);
    case ListKind::headlines:
        return headline_item(text);
    case ListKind::tags:
        return tag_item(text);
    case ListKind::share:
        return share_item(text);
    case ListKind::none:
        break;
    }
    return false;
}

const char* rule_of(ListKind kind) {
    switch (kind) {
    case ListKind::headlines:
        return "core.widget-headlines";
    case ListKind::tags:
        return "core.widget-tags";
    case ListKind::pages:
        return "core.widget-pages";
    default:
        return "core.widget-share";
    }
}

Category category_of(ListKind kind, const Line& heading) {
    switch (kind) {
    case ListKind::tags:
        return Category::tags;
    case ListKind::share:
        return Category::cta;
    case ListKind::pages:
        return Category::pagination;
    default:
        return heading.category == Category::video ? Category::video : Category::related;
    }
}

// The items under the heading at `h`: a blank line ends a headline list (a headline box is one
// block; a heading whose links were not scraped may stand right above a subheading), while tags
// and share labels may each stand in a paragraph of their own.
void drop_items(Document& doc, std::size_t h, ListKind kind) {
    const Category category = category_of(kind, doc.lines[h]);
    std::size_t items = 0;
    bool seen_blank = false;
    for (std::size_t j = h + 1; j < doc.lines.size() && items < kMaxItems; ++j) {
        Line& line = doc.lines[j];
        if (line.blank()) {
            seen_blank = true;
            continue;
        }
        if (!line.kept() && line.category == category) {
            ++items; // an item a rule already took (liputan6.stray-headline)
            continue;
        }
        if (!line.kept() || (kind == ListKind::headlines && seen_blank) ||
            !item_of(kind, line.text)) {
            return;
        }
        doc.remove(j, rule_of(kind), category);
        ++items;
    }
}

// Two or more share labels in a row, blank lines between them allowed.
void drop_share_clusters(Document& doc) {
    std::vector<std::size_t> run;
    auto flush = [&] {
        if (run.size() >= 2) {
            for (const auto i : run) {
                doc.remove(i, "core.widget-share", Category::cta);
            }
        }
        run.clear();
    };
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        const Line& line = doc.lines[i];
        if (line.blank()) {
            continue;
        }
        if (line.kept() && share_item(line.text)) {
            run.push_back(i);
        } else {
            flush();
        }
    }
    flush();
}

bool channel_name(const std::string& text) {
    static const WordClass& channels = Lexicon::builtin().words("channel-names");
    return channels.contains(text);
}

// The page's channel menu at the very top: lines that are only a channel name, before anything
// else. The record must go on with text after them.
void drop_top_navigation(Document& doc) {
    std::vector<std::size_t> nav;
    std::size_t i = 0;
    for (; i < doc.lines.size(); ++i) {
        const Line& line = doc.lines[i];
        if (line.blank()) {
            continue;
        }
        if (!line.kept() || !channel_name(line.text)) {
            break;
        }
        nav.push_back(i);
        if (nav.size() > 4) {
            return; // a column of single words is no menu
        }
    }
    if (i == doc.lines.size()) {
        return; // nothing after it: a one-word record, not a menu
    }
    for (const auto k : nav) {
        doc.remove(k, "core.navigation", Category::other);
    }
}

} // namespace

void drop_widget_lists(Document& doc, const Context& ctx) {
    drop_top_navigation(doc);
    const std::vector<const Rule*>& heads = ctx.active_rules.get().list_heads;
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        const ListKind kind = list_heading(doc.lines[i], heads);
        if (kind != ListKind::none) {
            drop_items(doc, i, kind);
        }
    }
    drop_share_clusters(doc);
}

} // namespace bersih::filters
