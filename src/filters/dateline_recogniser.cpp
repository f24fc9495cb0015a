// Datelines of any outlet, in the forms Indonesian news pages print them, when no rule of a pack
// took one: the city and the outlet in either order, the outlet in brackets, the outlet alone,
// doubled or misspelt, any dash or none, alone on a line or glued to the first paragraph:
//     "JAKARTA, KOMPAS.com - ..."       "Tribunnews.com, Jakarta - ..."   "BANDUNG (ANTARA) - ..."
//     "KOMPAS.com – ..."                "REPUBLIKA.CO.ID, REPUBLIKA.CO.ID -- ..."
//     "JAKARTA, KOMPAS.com Presiden"    "Liputan6.com, JakartaKita semua ..."
//     "KONTAN.CO.ID - JAKARTA. ..."     "TRIBUNNEWS, JAKARTA - ..."       "(ANTARA) - ..."
// An outlet is a domain-shaped word ("Binsis.com" too) or a name, alias or domain of an [outlet]
// table of the packs; without one, "City -" is left to the generic rules, which need the dash.
// The dateline is cut from its line and the city goes to `dateline`. A Tribun reporter line glued
// in front ("Laporan Wartawan Site.com, Name CITY, SITE.COM - ...") is cut too, its names go to
// `authors`.
#include "bersih/dates.hpp"
#include "bersih/lexicon.hpp"
#include "bersih/normalize.hpp"
#include "filters/context.hpp"
#include "filters/credit_labels.hpp"
#include "filters/line_scan.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace bersih::filters {
namespace {

constexpr std::size_t kHeaderTextLines = 10; // the dateline sits within the first text lines
constexpr std::size_t kMaxCityWords = 4;     // "KABUPATEN BANDUNG BARAT"
constexpr std::size_t kMaxOutletWords = 3;   // "Pikiran Rakyat", "IDN Times"
constexpr std::size_t kMinGluedCity = 3;     // "JakartaKita": the city before the join
constexpr std::size_t kMaxReporterWords = 6; // "Budi Santoso dan Rina Wati"
constexpr std::size_t kMaxReporterLineWords = 12;
constexpr std::size_t kMinFlattenedBytes = 300; // a whole page on one line
constexpr std::size_t kMaxHeaderBytes = 400;    // title, byline and date before the dateline
constexpr std::size_t kMinTitleWords = 3;
constexpr std::size_t kMinRepeatBytes = 40; // a pull quote found again in the body

// "-", "--", "–" or "—" at p: its length, 0 when there is none.
std::size_t dash_at(std::string_view s, std::size_t p) {
    const std::string_view rest = s.substr(std::min(p, s.size()));
    if (rest.starts_with("--")) {
        return 2;
    }
    if (rest.starts_with("-")) {
        return 1;
    }
    return rest.starts_with(kEnDash) || rest.starts_with(kEmDash) ? 3 : 0;
}

// The end of the word at p: a space, ',', '(' or ')', a colon before a space ("Jakarta: Body"),
// or a dash that ends it ("KOMPAS.com-").
std::size_t word_end(std::string_view s, std::size_t p) {
    std::size_t q = p;
    while (q < s.size() && s[q] != ' ' && s[q] != ',' && s[q] != '(' && s[q] != ')' &&
           !(s[q] == ':' && (q + 1 == s.size() || s[q + 1] == ' '))) {
        // A dash ends the word when a space or the line's end follows it ("KOMPAS.com- Body"); an
        // en or em dash or "--" always does ("KOMPAS.com—Body"): words do not hold them.
        const std::size_t dash = dash_at(s, q);
        if (dash > 0 && q > p && (q + dash == s.size() || s[q + dash] == ' ' || dash > 1)) {
            break;
        }
        ++q;
    }
    return q;
}

// "Kompas.com", "REPUBLIKA.CO.ID", "Binsis.com": a word shaped like a news site's domain.
bool domain_like(std::string_view word) {
    const std::string lower = ascii_lower(word);
    for (const std::string_view tld : {".com", ".co.id", ".id", ".co", ".net", ".tv", ".news"}) {
        if (lower.size() > tld.size() && lower.ends_with(tld)) {
            return lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789.-") ==
                   std::string::npos;
        }
    }
    return false;
}

// "COM.", "CO.ID": the end of a domain a scraper split from its name.
bool tld_fragment(std::string_view word) {
    const std::string lower = ascii_lower(word);
    return lower == "com." || lower == "co.id." || lower == "com" || lower == "co.id";
}

// What tells an outlet from a city: the packs' [outlet] tables, and the words outlets build
// their names from ("TIMESINDONESIA", "Kabarjatim"), for outlets that have no table.
struct Known {
    const OutletIndex& outlets;
    const WordClass& name_parts;
};

// One capitalised word that holds an outlet-name word of the lexicon: "TIMESINDONESIA, MALANG -".
bool outlet_named(std::string_view word, const Known& known) {
    if (word.size() < 5 || !upper_at(word, 0)) {
        return false;
    }
    const std::string lower = ascii_lower(word);
    if (lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) {
        return false;
    }
    for (const auto& part : known.name_parts.words()) {
        if (lower.find(part) != std::string::npos) {
            return true;
        }
    }
    return false;
}

// An outlet at p: one domain-shaped word, one word built from outlet-name words, or up to three
// capitalised words that name an outlet of the packs.
std::optional<std::size_t> outlet_at(std::string_view s, std::size_t p, const Known& known) {
    std::size_t end = word_end(s, p);
    if (end == p) {
        return std::nullopt;
    }
    if (domain_like(s.substr(p, end - p))) {
        return end;
    }
    // A name word alone, not the first of several ("Kabar Priangan" is read whole below).
    if (outlet_named(s.substr(p, end - p), known) && !upper_at(s, skip_spaces(s, end))) {
        return end;
    }
    // A bare name opens with a capital ("TRIBUNNEWS, JAKARTA -", "Bisniscom, JAKARTA -"): checking
    // that first keeps the outlet look-ups off lowercase words.
    if (!upper_at(s, p)) {
        return std::nullopt;
    }
    std::optional<std::size_t> best;
    for (std::size_t k = 0; k < kMaxOutletWords && end > p; ++k) {
        // Names only: find_outlet would read a dotted text as a URL ("X.com&nbsp; Body").
        const std::string_view name = s.substr(p, end - p);
        if (name.find('.') != std::string_view::npos) {
            break;
        }
        if (known.outlets.find(name) != nullptr) {
            best = end;
        }
        if (end >= s.size() || s[end] != ' ') {
            break;
        }
        end = word_end(s, end + 1);
    }
    return best;
}

bool city_word(std::string_view w, bool any_case) {
    if (w.empty() || !(upper_at(w, 0) || (any_case && lower_at(w, 0))) || domain_like(w)) {
        return false;
    }
    for (const char c : w) {
        const auto u = static_cast<unsigned char>(c);
        const bool letter = upper(c) || lower(c) || u >= 0x80;
        if (!letter && c != '.' && c != '\'' && c != '-') {
            return false;
        }
    }
    return true;
}

// A city at p: one to four capitalised words ("Jakarta", "NEW DELHI") that name no outlet.
std::optional<std::size_t> city_at(std::string_view s, std::size_t p, const Known& known,
                                   bool any_case) {
    std::optional<std::size_t> end;
    std::size_t q = p;
    for (std::size_t k = 0; k < kMaxCityWords; ++k) {
        const std::size_t e = word_end(s, q);
        if (!city_word(s.substr(q, e - q), any_case)) {
            break;
        }
        end = e;
        if (e >= s.size() || s[e] != ' ') {
            break;
        }
        q = e + 1;
    }
    if (end && outlet_at(s, p, known) == end) {
        return std::nullopt;
    }
    return end;
}

// Where the article starts after a dateline ending at p: after a dash, or, with `no_dash`, at a
// capital or an opening quote after a space, or, with `colon`, after a colon. The end of the line
// counts: a dateline on its own.
std::optional<std::size_t> body_start(std::string_view s, std::size_t p, bool no_dash,
                                      bool colon = false) {
    const std::size_t q = skip_spaces(s, p);
    if (q == s.size()) {
        return q;
    }
    // "Metrotvnews.com, Jakarta: Body", "BATAM, POSMETRO.CO : Body": a colon for the dash, after a
    // known outlet only.
    if (colon && s[q] == ':' && q + 1 < s.size() && s[q + 1] == ' ' &&
        upper_at(s, skip_spaces(s, q + 1))) {
        return skip_spaces(s, q + 1);
    }
    if (const std::size_t dash = dash_at(s, q); dash > 0) {
        const std::size_t body = skip_spaces(s, q + dash);
        // "Kompas.com - 12/03/2025" is a date line, not a dateline.
        const bool opens = body == s.size() || upper_at(s, body) || s[body] == '"' ||
                           s.substr(body).starts_with(kOpeningQuote) || lower_at(s, body);
        return opens ? std::optional<std::size_t>(body) : std::nullopt;
    }
    if (no_dash && q > p &&
        (upper_at(s, q) || s[q] == '"' || s.substr(q).starts_with(kOpeningQuote))) {
        return q;
    }
    return std::nullopt;
}

struct Dateline {
    std::size_t end = 0;             ///< the article starts here
    std::optional<std::string> city; ///< as printed
};

// The label of an author block glued in front ("Penulis JAKARTA, ..."): its length with the space.
std::size_t label_length(std::string_view s, const Lexicon& lexicon) {
    static const WordClass& labels = lexicon.words("dateline-labels");
    for (const auto& label : labels.words()) {
        if (s.starts_with(label) && s.size() > label.size() && s[label.size()] == ' ') {
            return label.size() + 1;
        }
    }
    return 0;
}

bool all_caps(std::string_view s) {
    bool letter = false;
    for (const char c : s) {
        if (lower(c)) {
            return false;
        }
        letter = letter || upper(c);
    }
    return letter;
}

// Up to three capitalised words at p that name no known outlet: "FAJAR", "Kabar Priangan", "HK".
std::optional<std::size_t> unknown_outlet_at(std::string_view s, std::size_t p) {
    std::optional<std::size_t> end;
    std::size_t q = p;
    for (std::size_t k = 0; k < kMaxOutletWords && upper_at(s, q); ++k) {
        std::size_t e = q;
        while (e < s.size() && (upper_at(s, e) || lower_at(s, e) || s[e] == '.')) {
            ++e;
        }
        end = e;
        if (e >= s.size() || s[e] != ' ' || !upper_at(s, e + 1)) {
            break;
        }
        q = e + 1;
    }
    return end;
}

// What closes a bracket opened at `open` ('(' or '['), or 0.
char closing(char open) { return open == '(' ? ')' : open == '[' ? ']' : '\0'; }

// "JOGJA—Harianjogja.com—Body", "KOTA - SITUS.ID | Body": the city, a dash, the site's domain and
// a dash or bar before the article. `q` is where the city ends.
std::optional<Dateline> city_dash_domain(std::string_view s, std::size_t p, std::size_t q) {
    const std::size_t dash = skip_spaces(s, q);
    const std::size_t site = skip_spaces(s, dash + dash_at(s, dash));
    const std::size_t site_end = word_end(s, site);
    if (dash_at(s, dash) == 0 || site_end == site ||
        !domain_like(s.substr(site, site_end - site))) {
        return std::nullopt;
    }
    const std::size_t bar = skip_spaces(s, site_end);
    const auto body = bar < s.size() && s[bar] == '|' ? std::optional(skip_spaces(s, bar + 1))
                                                      : body_start(s, site_end, false);
    if (!body || *body == skip_spaces(s, site_end)) {
        return std::nullopt; // the dash after the site is needed: "KOTA - situs.id memberitakan"
    }
    return Dateline{*body, std::string(s.substr(p, q - p))};
}

// "CITY, OUTLET -", "CITY, OUTLET Body", "CITY (OUTLET) -", "CITY | OUTLET -", "CITY [Outlet] -",
// "CITY (ANTARA Edition) -", "City, outlet.com: Body", "CITY—Outlet.com—Body". An outlet of no
// pack and no domain shape needs a dash, and an uppercase city ("MAKASSAR, FAJAR --",
// "TANJUNGPINANG (HK) -") or a name that opens with an outlet-name word ("Semarang (Radar Kota)
// -", "Sukamaju, Kabar Priangan -").
std::optional<Dateline> city_first(std::string_view s, std::size_t p, const Known& known) {
    const auto city = city_at(s, p, known, true);
    if (!city) {
        return std::nullopt;
    }
    const bool lowercase = lower_at(s, p);
    std::size_t q = *city;
    char close = '\0';
    if (dash_at(s, skip_spaces(s, q)) > 0) {
        return city_dash_domain(s, p, q);
    }
    if (q < s.size() && s[q] == ',') {
        q = skip_spaces(s, q + 1);
    } else if (s.substr(q).starts_with(" (") || s.substr(q).starts_with(" [")) {
        close = closing(s[q + 1]);
        q += 2;
    } else if (s.substr(q).starts_with(" | ")) {
        q = skip_spaces(s, q + 3);
    } else {
        return std::nullopt;
    }
    auto outlet = outlet_at(s, q, known);
    if (outlet && close != '\0' && *outlet < s.size() && s[*outlet] == ' ') {
        // "Denpasar (Antara Bali) -": a known outlet's regional edition.
        if (const auto edition = unknown_outlet_at(s, *outlet + 1);
            edition && *edition < s.size() && s[*edition] == close) {
            outlet = edition;
        }
    }
    bool known_outlet = outlet.has_value();
    if (!outlet && (all_caps(s.substr(p, *city - p)) ||
                    outlet_named(s.substr(q, word_end(s, q) - q), known))) {
        outlet = unknown_outlet_at(s, q);
    }
    if (!outlet || (close != '\0' && (*outlet >= s.size() || s[*outlet] != close))) {
        return std::nullopt;
    }
    const std::size_t after = *outlet + (close != '\0' ? 1 : 0);
    const auto body = body_start(s, after, !lowercase && known_outlet, known_outlet);
    if (!body || (lowercase && *body == skip_spaces(s, *outlet))) {
        return std::nullopt; // a lowercase city only before a dash
    }
    if (!known_outlet && dash_at(s, skip_spaces(s, after)) == 0) {
        return std::nullopt;
    }
    return Dateline{*body, std::string(s.substr(p, *city - p))};
}

// "OUTLET -", "OUTLET, OUTLET --", "OUTLET, CITY -", "OUTLET, CityBody", "OUTLET - CITY. Body".
std::optional<Dateline> outlet_first(std::string_view s, std::size_t p, const Known& known) {
    if (p < s.size() && s[p] == '(') {
        // "(ANTARA) - Body": the outlet in brackets with no city; a dash must follow.
        const auto inner = outlet_at(s, p + 1, known);
        if (!inner || *inner >= s.size() || s[*inner] != ')') {
            return std::nullopt;
        }
        const std::size_t after = skip_spaces(s, *inner + 1);
        const auto body = body_start(s, after, false);
        return body && dash_at(s, after) > 0
                   ? std::optional<Dateline>(Dateline{*body, std::nullopt})
                   : std::nullopt;
    }
    auto outlet = outlet_at(s, p, known);
    if (!outlet) {
        return std::nullopt;
    }
    std::size_t q = *outlet;
    if (q < s.size() && s[q] == ',') {
        std::size_t r = skip_spaces(s, q + 1);
        if (const std::size_t e = word_end(s, r); tld_fragment(s.substr(r, e - r))) {
            r = skip_spaces(s, e); // "TRIBUNNEWS, COM. JAKARTA -": a domain split at its dot
        }
        if (const auto again = outlet_at(s, r, known)) {
            q = *again; // "REPUBLIKA.CO.ID, REPUBLIKA.CO.ID --"
        } else if (const auto city = city_at(s, r, known, false)) {
            if (const auto body = body_start(s, *city, false, true)) {
                return Dateline{*body, std::string(s.substr(r, *city - r))};
            }
            // "Liputan6.com, JakartaKita semua ...": the city glued to the first word.
            const std::string_view word = s.substr(r, word_end(s, r) - r);
            for (std::size_t i = kMinGluedCity; i + 1 < word.size(); ++i) {
                if (lower_at(word, i - 1) && upper_at(word, i) && lower_at(word, i + 1)) {
                    return Dateline{r + i, std::string(word.substr(0, i))};
                }
            }
            return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    const auto body = body_start(s, q, false);
    if (!body || *body == s.size() || *body == skip_spaces(s, q)) {
        // A lone outlet name with no dash is a credit or a site name, not a dateline.
        return body && *body == s.size() && dash_at(s, skip_spaces(s, q)) > 0
                   ? std::optional<Dateline>(Dateline{*body, std::nullopt})
                   : std::nullopt;
    }
    // "KONTAN.CO.ID - JAKARTA. Body": an uppercase city closed by a full stop.
    std::size_t e = *body;
    std::size_t words = 0;
    while (words < kMaxCityWords && upper_at(s, e)) {
        std::size_t w = e;
        while (w < s.size() && (upper_at(s, w) || s[w] == '-')) {
            ++w;
        }
        ++words;
        if (s.substr(w).starts_with(". ") && upper_at(s, w + 2) && w - e >= 3) {
            return Dateline{w + 2, std::string(s.substr(*body, w - *body))};
        }
        if (w >= s.size() || s[w] != ' ' || w == e) {
            break;
        }
        e = w + 1;
    }
    return Dateline{*body, std::nullopt};
}

std::optional<Dateline> parse_at(std::string_view s, std::size_t p, const Known& known) {
    if (auto found = city_first(s, p, known)) {
        return found;
    }
    return outlet_first(s, p, known);
}

Known known_outlets(const Context& ctx) {
    return Known{ctx.outlet_names, ctx.lexicon.words("outlet-name-parts")};
}

std::optional<Dateline> parse(std::string_view s, const Context& ctx) {
    return parse_at(s, label_length(s, ctx.lexicon), known_outlets(ctx));
}

// The reporter's names in what stands between "Laporan Wartawan" and the dateline: after the
// site and its ',' or ':' ("Tribunnews.com, Budi Santoso", "Tribun Contoh, Budi Santoso",
// "situs.com : Budi Santoso") or after a site with no mark ("Tribunnews.com Budi Santoso").
std::string reporter_names(std::string_view middle, const Context& ctx) {
    while (!middle.empty() &&
           (middle.back() == ' ' || middle.back() == '.' || middle.back() == ',')) {
        middle.remove_suffix(1);
    }
    if (const std::size_t mark = middle.find_first_of(",:"); mark != std::string_view::npos) {
        middle.remove_prefix(mark + 1);
    } else if (const std::size_t e = word_end(middle, 0);
               domain_like(middle.substr(0, e)) ||
               ctx.outlet_names.find(middle.substr(0, e)) != nullptr) {
        middle.remove_prefix(e);
    }
    const WordClass& joiners = ctx.lexicon.words("name-joiners");
    std::string names = collapse_spaces(middle);
    std::size_t words = 0;
    for (std::size_t p = 0; p < names.size(); p = word_end(names, p) + 1) {
        const std::string_view w = std::string_view(names).substr(p, word_end(names, p) - p);
        if (w.empty() || (!upper_at(w, 0) && !joiners.contains(w)) || ++words > kMaxReporterWords) {
            return {};
        }
    }
    return names;
}

struct Reporter {
    std::size_t end = 0; ///< the dateline starts here
    std::string names;
};

// "Laporan Wartawan Tribunnews.com, Name SITE.COM, CITY - ...": Tribun network's reporter line,
// glued in front of the dateline by a flattened scrape.
std::optional<Reporter> reporter_before_dateline(std::string_view s, const Context& ctx) {
    static const WordClass& openers = ctx.lexicon.words("reporter-line-openers");
    std::size_t p = 0;
    for (const auto& opener : openers.words()) {
        if (s.starts_with(opener) && s.size() > opener.size() && s[opener.size()] == ' ') {
            p = opener.size() + 1;
        }
    }
    if (p == 0) {
        return std::nullopt;
    }
    std::size_t q = p;
    for (std::size_t k = 0; k < kMaxReporterLineWords && q < s.size(); ++k) {
        q = s.find(' ', q);
        if (q == std::string_view::npos) {
            break;
        }
        q = skip_spaces(s, q);
        if (parse_at(s, q, known_outlets(ctx))) {
            std::string names = reporter_names(s.substr(p, q - p), ctx);
            if (!names.empty()) {
                return Reporter{q, std::move(names)};
            }
        }
    }
    return std::nullopt;
}

bool dateline_taken(const Document& doc) {
    if (doc.meta.dateline) {
        return true;
    }
    for (const Line& line : doc.lines) {
        if (!line.kept() && line.category == Category::dateline) {
            return true;
        }
        for (const Cut& cut : line.cuts) {
            if (cut.category == Category::dateline) {
                return true;
            }
        }
    }
    return false;
}

// "jakarta" -> "Jakarta"; "JAKARTA" -> "Jakarta"; "Tangerang Selatan" as it is.
std::string city_name(const std::string& city) {
    std::string out = title_case_city(city);
    bool word_start = true;
    for (char& c : out) {
        if (word_start && lower(c)) {
            c = static_cast<char>(c - 'a' + 'A');
        }
        word_start = c == ' ';
    }
    return out;
}

} // namespace

// A page flattened to one line puts its header in front of the dateline: "Judul Berita Penulis: A
// | Editor: B Senin, 3 November 2025 | 14:20 WIB SITE.ID, CITY - Body ...". Searched only in a
// long first line, and only for a dateline with a dash and an outlet shaped as a domain or in
// brackets, so a capitalised phrase inside a lead sentence is not taken for one.
struct HeaderDateline {
    std::size_t start = 0;
    Dateline dateline;
};

std::optional<HeaderDateline> dateline_after_header(std::string_view s, const Context& ctx) {
    if (s.size() < kMinFlattenedBytes) {
        return std::nullopt;
    }
    const Known known = known_outlets(ctx);
    const std::size_t limit = std::min(s.size(), kMaxHeaderBytes);
    for (std::size_t p = 1; p < limit; ++p) {
        if (s[p - 1] != ' ' || !upper_at(s, p)) {
            continue;
        }
        const auto found = parse_at(s, p, known);
        if (!found || !found->city || found->end >= s.size()) {
            continue;
        }
        const std::string_view piece = s.substr(p, found->end - p);
        const bool outlet_shape =
            piece.find('.') != std::string_view::npos || piece.find('(') != std::string_view::npos;
        bool dash = false;
        for (std::size_t i = 0; i < piece.size() && !dash; ++i) {
            dash = dash_at(piece, i) > 0;
        }
        if (outlet_shape && dash) {
            return HeaderDateline{p, *found};
        }
    }
    return std::nullopt;
}

// The title at the front of a flattened header: the words before the first credit label or day
// name ("Judul Berita Penulis: A ..." -> "Judul Berita"); nothing when fewer than three words.
std::optional<std::string> header_title(std::string_view header, const Context& ctx) {
    const CreditLabels labels(ctx.lexicon);
    const WordClass& days = ctx.lexicon.words("day-names");
    std::size_t words = 0;
    std::size_t end = 0;
    for (std::size_t p = 0; p < header.size();) {
        const std::size_t e = std::min(header.find(' ', p), header.size());
        std::string_view w = header.substr(p, e - p);
        while (!w.empty() && (w.back() == ':' || w.back() == ',')) {
            w.remove_suffix(1);
        }
        if (labels.names_people(w) || days.contains(w)) {
            break;
        }
        ++words;
        end = e;
        p = e + 1;
    }
    return words >= kMinTitleWords
               ? std::optional<std::string>(collapse_spaces(header.substr(0, end)))
               : std::nullopt;
}

// "SUKAMAJU - Body": an uppercase city and a dash, no outlet; where the body starts, or nothing.
std::optional<Dateline> uppercase_city_dash(std::string_view s, const Known& known) {
    const auto city = city_at(s, 0, known, false);
    if (!city || !all_caps(s.substr(0, *city)) || *city < 3) {
        return std::nullopt;
    }
    const std::size_t dash = skip_spaces(s, *city);
    const std::size_t body = skip_spaces(s, dash + dash_at(s, dash));
    if (dash_at(s, dash) == 0 || body == dash + dash_at(s, dash) || !upper_at(s, body)) {
        return std::nullopt;
    }
    return Dateline{body, std::string(s.substr(0, *city))};
}

// A deck above the dateline paragraph: the lead's first prose lines are a summary the page
// prints over the article ("Pemkab menyiapkan Rp5 miliar ..." / "SUKAMAJU - Pemerintah ..."),
// so the lead zone ended before the dateline. True when the lines from the lead's first prose
// line to `dateline_line` are few and short enough to be one.
bool deck_above(const Document& doc, std::size_t first_prose, std::size_t dateline_line) {
    constexpr std::size_t kMaxDeckLines = 2;
    constexpr std::size_t kMaxDeckWords = 45; // a sentence or two; a lead paragraph is longer
    std::size_t lines = 0;
    std::size_t words = 0;
    for (std::size_t i = first_prose; i < dateline_line; ++i) {
        if (doc.lines[i].kept_text()) {
            ++lines;
            words += word_count_up_to(doc.lines[i].text, kMaxDeckWords + 1);
        }
    }
    return lines > 0 && lines <= kMaxDeckLines && words <= kMaxDeckWords;
}

// Cuts the dateline from line i (removes the line when it is all dateline) and keeps its city.
void take_dateline(Document& doc, std::size_t i, const Dateline& found) {
    Line& line = doc.lines[i];
    if (found.city) {
        doc.meta.dateline = city_name(*found.city);
    }
    const std::string piece = collapse_spaces(line.text.substr(0, found.end));
    std::string rest = collapse_spaces(line.text.substr(found.end));
    if (rest.empty()) {
        doc.remove(i, "core.dateline", Category::dateline);
    } else {
        line.cuts.push_back(Cut{"core.dateline", Category::dateline, piece});
        line.text = std::move(rest);
    }
}

void recognise_datelines(Document& doc, const Context& ctx) {
    if (dateline_taken(doc)) {
        return;
    }
    const Zones zones = find_zones(doc);
    std::size_t seen = 0;
    for (std::size_t i = 0; i < doc.lines.size() && seen < kHeaderTextLines; ++i) {
        Line& line = doc.lines[i];
        if (!line.kept_text()) {
            continue;
        }
        ++seen;
        if (zones.first_prose != Zones::kNone && i > zones.first_prose) {
            // Past the lead: only a dateline under a deck, which may be two lines.
            auto found = parse(line.text, ctx);
            if (!found) {
                found = uppercase_city_dash(line.text, known_outlets(ctx));
            }
            if (!found) {
                if (!deck_above(doc, zones.first_prose, i + 1)) {
                    return;
                }
                continue;
            }
            if (!deck_above(doc, zones.first_prose, i)) {
                return;
            }
            for (std::size_t k = zones.first_prose; k < i; ++k) {
                if (doc.lines[k].kept_text()) {
                    doc.remove(k, "core.deck-above-dateline", Category::other);
                }
            }
            take_dateline(doc, i, *found);
            return;
        }
        if (const auto reporter = reporter_before_dateline(line.text, ctx)) {
            add_unique(doc.meta.authors, split_names(reporter->names));
            line.cuts.push_back(Cut{"core.reporter-line", Category::credit,
                                    collapse_spaces(line.text.substr(0, reporter->end))});
            line.text = line.text.substr(reporter->end);
        }
        if (const auto found = parse(line.text, ctx)) {
            take_dateline(doc, i, *found);
            return;
        }
        if (seen == 1) {
            if (const auto found = dateline_after_header(line.text, ctx)) {
                const std::string header = collapse_spaces(line.text.substr(0, found->start));
                if (!doc.meta.title) {
                    doc.meta.title = header_title(header, ctx);
                }
                if (!doc.meta.published) {
                    doc.meta.published = parse_date(header);
                }
                doc.meta.dateline = city_name(*found->dateline.city);
                // A pull quote that the page shows above the article and again inside it.
                const std::string rest = line.text.substr(found->dateline.end);
                const bool repeated =
                    header.size() >= kMinRepeatBytes &&
                    rest.find(header.substr(0, kMinRepeatBytes)) != std::string::npos;
                line.cuts.push_back(Cut{"core.flattened-header",
                                        repeated ? Category::duplicate : Category::title, header});
                line.cuts.push_back(Cut{"core.dateline", Category::dateline,
                                        collapse_spaces(line.text.substr(
                                            found->start, found->dateline.end - found->start))});
                line.text = collapse_spaces(line.text.substr(found->dateline.end));
                return;
            }
        }
    }
}

} // namespace bersih::filters
