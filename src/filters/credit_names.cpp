// Authors and editors from credit items that a rule or stage removed without reading them: the
// credit block glued after the last sentence ("... kata dia. Pewarta: A Editor: B Copyright ©
// ..."), a credit line behind a related-link stub ("Baca juga: Pewarta: A"). Each item is a
// label of the lexicon's author-labels or editor-labels, a colon, and capitalised names up to the
// next label, a credit-stop-word or a day name (the date after it). Only fills what the rules left
// empty.
#include "filters/context.hpp"
#include "filters/credit_labels.hpp"
#include "filters/line_scan.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace bersih::filters {
namespace {

struct Credits {
    std::vector<std::string> authors;
    std::vector<std::string> editors;
};

// The lexicon's labels, and the words that end names or make a label something else.
struct Classes {
    CreditLabels labels;
    const WordClass& stops;
    const WordClass& qualifiers;
};

std::size_t word_end(std::string_view s, std::size_t p) {
    while (p < s.size() && s[p] != ' ' && s[p] != ':') {
        ++p;
    }
    return p;
}

// The names after "Label:" at p, as one string ("A B, C dan D"); empty when none.
std::string names_at(std::string_view s, std::size_t p, const Classes& c) {
    std::string names;
    std::size_t words = 0;
    while (words < kMaxCreditWords) {
        p = skip_spaces(s, p);
        const std::size_t e = word_end(s, p);
        if (e == p) {
            break;
        }
        std::string_view w = s.substr(p, e - p);
        // "Wila Wildayanti/BolaSport.com)": the name ends at the slash.
        const std::size_t slash = w.find('/');
        const bool cut_short = slash != std::string_view::npos;
        w = w.substr(0, slash);
        std::string_view bare = w;
        while (!bare.empty() && (bare.back() == ',' || bare.back() == '.' || bare.back() == ')')) {
            bare.remove_suffix(1);
        }
        const bool next_label = e < s.size() && s[e] == ':';
        if (bare.empty() || next_label || c.labels.names_people(bare) || c.stops.contains(bare) ||
            c.labels.days.contains(bare)) {
            break;
        }
        if (!c.labels.joins_names(bare) && !upper(bare.front())) {
            break;
        }
        names += (names.empty() ? "" : " ");
        names += w;
        ++words;
        // "Budi Santoso. Harga ...": a full stop after a word longer than an initial ends it.
        if (cut_short || (w.back() == '.' && bare.size() > 2)) {
            break;
        }
        p = e;
    }
    return names;
}

void read_credits(std::string_view s, const Classes& c, Credits& out) {
    std::size_t p = 0;
    std::string_view previous;
    while (p < s.size()) {
        p = skip_spaces(s, p);
        const std::size_t e = word_end(s, p);
        const std::string_view w = s.substr(p, e - p);
        const std::size_t colon = skip_spaces(s, e);
        const bool word_start = p == 0 || s[p - 1] == ' ' || s[p - 1] == '(';
        if (word_start && colon < s.size() && s[colon] == ':' && c.labels.names_people(w) &&
            !c.qualifiers.contains(previous)) {
            const auto names = split_names(names_at(s, colon + 1, c));
            const bool person_names = std::all_of(names.begin(), names.end(), [](const auto& n) {
                return word_count_up_to(n, kMaxWordsPerName + 1) <= kMaxWordsPerName;
            });
            if (person_names) {
                add_unique(c.labels.role_of(w) == CreditRole::author ? out.authors : out.editors,
                           names);
            }
        }
        if (e > p) {
            previous = w;
        }
        p = e == p ? p + 1 : e;
    }
}

} // namespace

void names_from_credits(Document& doc, const Context& ctx) {
    if (!doc.meta.authors.empty() && !doc.meta.editors.empty()) {
        return;
    }
    const Classes classes{CreditLabels(ctx.lexicon), ctx.lexicon.words("credit-stop-words"),
                          ctx.lexicon.words("credit-label-qualifiers")};
    Credits credits;
    for (const Line& line : doc.lines) {
        if (!line.kept() && line.category != Category::caption) {
            read_credits(line.text, classes, credits);
        }
        for (const Cut& cut : line.cuts) {
            if (cut.category != Category::caption) {
                read_credits(cut.text, classes, credits);
            }
        }
    }
    if (doc.meta.authors.empty()) {
        doc.meta.authors = std::move(credits.authors);
    }
    if (doc.meta.editors.empty()) {
        doc.meta.editors = std::move(credits.editors);
    }
}

} // namespace bersih::filters
