// The line scorer: page furniture that no rule names, in the header (above the first prose
// paragraph) and the footer (below the last one). In the spirit of jusText, each short line there
// gets a score from what it is made of and where it stands:
//   - its words: a line made only of the words of one kind of furniture (rules/scorer.toml: share
//     bars, related-article headings, reading time, section names, ...), an author block
//     ("Penulis: Nama"), a breadcrumb trail, a label ending in ':' that introduces nothing, or
//     (in the header) the title again with the site's name after it;
//   - how it reads: Indonesian stop words and a sentence's length speak for prose, a Title Case
//     line without them for a label; a list item or a line ending in ',' for content;
//   - its neighbours: a line next to a removed line or to furniture (by its words alone), or the
//     first or last text of the record, is more likely furniture; a line next to prose less likely.
// A line whose score falls below kRemoveBelow is removed as heuristic.<reason>(score). Runs until
// nothing changes (a few passes), so a menu is taken item by item as its neighbours go.
//
// Never removed: a line that reads as a sentence, a line that opens with a quotation mark, a line
// longer than kMaxWords (except the repeated title), a line between two prose paragraphs (it is
// in neither zone), and anything when the record has no prose at all.
#include "bersih/normalize.hpp"
#include "filters/ascii.hpp"
#include "filters/context.hpp"
#include "filters/scorer_lexicon.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace bersih::filters {
namespace {

constexpr std::size_t kMaxWords = 12;     // longer lines are content or a rule's business
constexpr std::size_t kMaxLabelWords = 1; // "Prediksi:"; "Informasi tambahan:" may be the article's
constexpr std::size_t kMaxSegmentWords = 4; // a breadcrumb item
constexpr std::size_t kMinTitleWords = 3;   // shorter repeats of the title are labels
constexpr std::size_t kMaxTitleWords = 30;  // a headline, not a paragraph
constexpr std::size_t kTitleReach = 8;      // lines above a repeat where its first copy may stand
constexpr std::size_t kMaxSuffixWords = 4;  // " - Kompas.com", " | Republika Online"
constexpr std::size_t kMaxAuthorWords = 10; // the names after an author label
constexpr std::size_t kMaxTagWords = 4;     // one item of a tag list
constexpr double kRemoveBelow = -3.0;       // strictly below: one cue alone is not enough
constexpr int kMaxPasses = 4;

// What the scorer reads of one line.
struct Token {
    std::string_view raw; ///< as written
    std::string word;     ///< lowercased, punctuation around it taken off; empty for "|", ">"
    bool number = false;  ///< digits and punctuation only: neutral
};

constexpr std::string_view kTrim = ".,:;!?\"'()[]{}<>|/\\*";

std::string strip_token(std::string_view raw) {
    // Multi-byte quotes and guillemets around a word: “ ” ‘ ’ « » ›.
    static constexpr std::array<std::string_view, 7> kWide = {
        "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",
        "\xC2\xAB",     "\xC2\xBB",     "\xE2\x80\xBA"};
    bool changed = true;
    while (changed && !raw.empty()) {
        changed = false;
        if (kTrim.find(raw.front()) != std::string_view::npos) {
            raw.remove_prefix(1);
            changed = true;
        } else if (kTrim.find(raw.back()) != std::string_view::npos) {
            raw.remove_suffix(1);
            changed = true;
        }
        for (const std::string_view wide : kWide) {
            if (raw.starts_with(wide)) {
                raw.remove_prefix(wide.size());
                changed = true;
            }
            if (raw.ends_with(wide)) {
                raw.remove_suffix(wide.size());
                changed = true;
            }
        }
    }
    // A dash alone is a separator; a dash at either end of a word ("A-") is not part of it.
    while (!raw.empty() && raw.back() == '-') {
        raw.remove_suffix(1);
    }
    while (!raw.empty() && raw.front() == '-') {
        raw.remove_prefix(1);
    }
    return ascii_lower(raw);
}

std::vector<Token> tokens_of(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t p = 0;
    while (p < text.size()) {
        while (p < text.size() && text[p] == ' ') {
            ++p;
        }
        const std::size_t begin = p;
        while (p < text.size() && text[p] != ' ') {
            ++p;
        }
        if (p == begin) {
            break;
        }
        Token token{text.substr(begin, p - begin), strip_token(text.substr(begin, p - begin))};
        token.number =
            !token.word.empty() && std::none_of(token.word.begin(), token.word.end(), [](char c) {
                return lower(c) || static_cast<unsigned char>(c) >= 0x80;
            });
        tokens.push_back(std::move(token));
    }
    return tokens;
}

// Letters and digits only: "Kompas.com" and "kompas com" compare equal.
std::string alnum(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (lower(c) || digit(c)) {
            out += c;
        } else if (upper(c)) {
            out += static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

// A site's name: a web domain ("kompas.com", "Republika.co.id") or an outlet the packs know by
// its id, name or alias ("Okezone", "ANTARA"). The outlets' names are gathered on the first
// question, for the records that have a line to score at all.
class SiteNames {
public:
    explicit SiteNames(const RuleSet& rules) : rules_(rules) {}

    bool contains(const std::string& word) const {
        for (const std::string_view tld : {".com", ".co.id", ".co", ".id", ".net", ".tv", ".org"}) {
            if (word.size() > tld.size() + 1 && std::string_view(word).ends_with(tld)) {
                return true;
            }
        }
        if (!names_) {
            names_.emplace();
            for (const OutletProfile& o : rules_.outlets) {
                names_->insert(alnum(o.id));
                names_->insert(alnum(o.name));
                for (const std::string& alias : o.aliases) {
                    names_->insert(alnum(alias));
                }
            }
        }
        const std::string flat = alnum(word);
        return flat.size() >= 3 && names_->contains(flat);
    }

private:
    const RuleSet& rules_;
    mutable std::optional<std::unordered_set<std::string>> names_;
};

// The words of a line, without the neutral tokens (numbers, separators).
std::vector<std::string> words_of(const std::vector<Token>& tokens) {
    std::vector<std::string> words;
    for (const auto& t : tokens) {
        if (!t.word.empty() && !t.number) {
            words.push_back(t.word);
        }
    }
    return words;
}

// How much of the line one cue group's phrases cover, longest phrase first.
struct Cover {
    std::size_t covered = 0; ///< words in a phrase of the group or a site name
    bool anchor = false;
    bool full = false;
};

Cover cover(const std::vector<std::string>& words, const CueGroup& group, const SiteNames& sites) {
    Cover c;
    bool gap = false;
    std::size_t i = 0;
    while (i < words.size()) {
        std::size_t matched = 0;
        for (std::size_t len = std::min(group.longest, words.size() - i); len > 0; --len) {
            std::string phrase = words[i];
            for (std::size_t k = 1; k < len; ++k) {
                phrase += ' ';
                phrase += words[i + k];
            }
            const auto it = group.phrases.find(phrase);
            if (it != group.phrases.end()) {
                matched = len;
                c.anchor = c.anchor || it->second;
                break;
            }
        }
        if (matched == 0 && sites.contains(words[i])) {
            matched = 1;
        }
        if (matched == 0) {
            gap = true;
            ++i;
            continue;
        }
        c.covered += matched;
        i += matched;
    }
    c.full = !gap && c.anchor && !words.empty();
    return c;
}

std::size_t stop_words_in(const std::vector<std::string>& words, const ScorerLexicon& lexicon) {
    return static_cast<std::size_t>(std::count_if(
        words.begin(), words.end(), [&](const auto& w) { return lexicon.stop_words.contains(w); }));
}

bool starts_upper(std::string_view raw) {
    while (!raw.empty() && kTrim.find(raw.front()) != std::string_view::npos) {
        raw.remove_prefix(1);
    }
    return !raw.empty() && (upper(raw.front()) || digit(raw.front()));
}

// "Tag: pemilu, dpr, anggaran" / "Topik: A | B": short items without a stop word.
bool short_items(const std::vector<Token>& tokens, std::size_t from, const ScorerLexicon& lexicon) {
    std::size_t items = 0;
    std::size_t words = 0;
    for (std::size_t k = from; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (!t.word.empty() && !t.number) {
            if (lexicon.stop_words.contains(t.word) || ++words > kMaxTagWords) {
                return false;
            }
        }
        const bool ends_item = t.raw.ends_with(",") || t.raw.ends_with(";") || t.raw == "|" ||
                               k + 1 == tokens.size() || tokens[k + 1].raw.starts_with("#");
        if (ends_item && words > 0) {
            ++items;
            words = 0;
        }
    }
    return items > 0;
}

// "#pemilu #dpr #anggaran": a line of hashtags.
bool hashtags(const std::vector<Token>& tokens) {
    return tokens.size() >= 2 && std::all_of(tokens.begin(), tokens.end(), [](const Token& t) {
               return t.raw.size() > 1 && t.raw.front() == '#';
           });
}

// "Penulis: Nama Orang", "(Editor: Nama/Outlet.com)", "Penulis:": an author label and names;
// "Tag: pemilu, dpr": a tag label and items.
bool label_line(const std::vector<Token>& tokens, const LabelGroup& group,
                const ScorerLexicon& lexicon, const SiteNames& sites) {
    std::size_t i = 0;
    while (i < tokens.size() && tokens[i].word.empty()) {
        ++i;
    }
    std::size_t label_end = 0;
    for (std::size_t len = std::min(group.longest, tokens.size() - i); len > 0; --len) {
        std::string label = tokens[i].word;
        for (std::size_t k = 1; k < len; ++k) {
            label += ' ';
            label += tokens[i + k].word;
        }
        if (group.labels.contains(label)) {
            label_end = i + len;
            break;
        }
    }
    if (label_end == 0) {
        return false;
    }
    // The label is followed by a colon ("Penulis:" or "Penulis :").
    const bool colon = tokens[label_end - 1].raw.ends_with(":") ||
                       (label_end < tokens.size() && tokens[label_end].raw == ":");
    if (!colon) {
        return false;
    }
    if (group.shape == LabelGroup::Shape::items) {
        return short_items(tokens, label_end, lexicon);
    }
    std::size_t names = 0;
    for (std::size_t k = label_end; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (t.word.empty() || t.number) {
            continue;
        }
        if (lexicon.stop_words.contains(t.word) && !group.labels.contains(t.word)) {
            return false;
        }
        // Names and outlets are capitalised; "Nama/Outlet.com" is one token.
        if (!starts_upper(t.raw) && !sites.contains(t.word) && !group.labels.contains(t.word)) {
            return false;
        }
        ++names;
    }
    return names <= kMaxAuthorWords;
}

bool separator(std::string_view raw) {
    return raw == ">" || raw == "\xC2\xBB" || raw == "\xE2\x80\xBA" || raw == "/" || raw == "|";
}

// "Home > News > Nasional", "Beranda » Ekonomi": short items between separators, at least one of
// them a section or site name, none holding a stop word.
bool breadcrumb(const std::vector<Token>& tokens, const ScorerLexicon& lexicon,
                const SiteNames& sites) {
    std::vector<std::vector<std::string>> segments(1);
    std::size_t separators = 0;
    for (const auto& t : tokens) {
        if (separator(t.raw)) {
            ++separators;
            segments.emplace_back();
        } else if (!t.word.empty() && !t.number) {
            segments.back().push_back(t.word);
        }
    }
    if (separators < 2) {
        return false;
    }
    bool named = false;
    for (const auto& segment : segments) {
        if (segment.empty() || segment.size() > kMaxSegmentWords ||
            stop_words_in(segment, lexicon) > 0) {
            return false;
        }
        for (const auto& group : lexicon.cues) {
            named = named || (group.reason == "section" && cover(segment, group, sites).full);
        }
        named = named || (segment.size() == 1 && sites.contains(segment.front()));
    }
    return named;
}

// The text before a site suffix: "Judul Berita - Kompas.com" -> "Judul Berita".
std::string_view without_site_suffix(std::string_view text) {
    for (const std::string_view sep :
         {" - ", " | ", " : ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " -- "}) {
        const std::size_t at = text.rfind(sep);
        if (at != std::string_view::npos && at > 0) {
            const std::string suffix(text.substr(at + sep.size()));
            if (!suffix.empty() && word_count(suffix) <= kMaxSuffixWords) {
                return text.substr(0, at);
            }
        }
    }
    return text;
}

std::string comparable_title(std::string_view text) {
    return alnum(without_site_suffix(collapse_spaces(text)));
}

// The line ends like a sentence: '.', '!', '?' or an ellipsis, maybe inside quotes or brackets.
bool sentence_end(std::string_view t) {
    while (!t.empty() &&
           (t.back() == ')' || t.back() == '"' || t.back() == '\'' || t.back() == ' ')) {
        t.remove_suffix(1);
    }
    for (const std::string_view close : {"\xE2\x80\x9D", "\xE2\x80\x99"}) {
        if (t.ends_with(close)) {
            t.remove_suffix(close.size());
        }
    }
    return !t.empty() &&
           (t.back() == '.' || t.back() == '!' || t.back() == '?' || t.ends_with("\xE2\x80\xA6"));
}

bool reads_as_sentence(const std::string& text, std::size_t words, std::size_t stops) {
    // An opening quotation mark: a quote, however short.
    for (const std::string_view open : {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98"}) {
        if (std::string_view(text).starts_with(open)) {
            return true;
        }
    }
    return sentence_end(text) && (words >= 4 || stops >= 1);
}

bool list_item(std::string_view text) {
    if (text.starts_with("- ") || text.starts_with("* ") || text.starts_with("\xE2\x80\xA2") ||
        text.starts_with("\xE2\x80\x93 ")) {
        return true;
    }
    std::size_t i = 0;
    while (i < text.size() && digit(text[i])) {
        ++i;
    }
    return i > 0 && i < text.size() && (text[i] == '.' || text[i] == ')');
}

enum class Zone { header, footer };

struct Verdict {
    std::string reason;
    Category category = Category::other;
    double score = 0;
    /// For a title repeated in the header with no title known: the line of its first copy.
    std::optional<std::size_t> title_line{};
};

class Scorer {
public:
    Scorer(const Document& doc, const Context& ctx, const Zones& zones)
        : doc_(doc), zones_(zones), lexicon_(scorer_lexicon()), sites_(ctx.rules) {
        const auto& title = doc.meta.title ? doc.meta.title : ctx.options.title;
        if (title && word_count(*title) >= kMinTitleWords) {
            title_ = comparable_title(*title);
        }
        for (std::size_t i = 0; i < doc.lines.size(); ++i) {
            if (doc.lines[i].kept_text()) {
                first_text_ = std::min(first_text_, i);
                last_text_ = i;
            }
        }
    }

    std::optional<Verdict> judge(std::size_t index) const {
        const Line& line = doc_.lines[index];
        const Zone zone = index < zones_.first_prose ? Zone::header : Zone::footer;
        if (zone == Zone::header) {
            if (const auto original = repeats_title(index)) {
                return Verdict{"title-repeat", Category::title_dup, -4.0,
                               *original == index ? std::nullopt : original};
            }
        }
        if (word_count_up_to(line.text, kMaxWords + 1) > kMaxWords) {
            return std::nullopt;
        }
        const auto tokens = tokens_of(line.text);
        const auto words = words_of(tokens);
        const std::size_t stops = stop_words_in(words, lexicon_);
        if (reads_as_sentence(line.text, words.size(), stops)) {
            return std::nullopt;
        }
        Verdict v = evidence(index, tokens, words);
        // Stop words speak for prose, unless they are part of the cue ("Cek di sini").
        const std::size_t loose_stops = v.reason == "short" ? stops : 0;
        v.score += static_cast<double>(std::min<std::size_t>(loose_stops, 3));
        if (loose_stops == 0) {
            v.score -= 0.5;
            if (words.size() >= 2 && std::all_of(tokens.begin(), tokens.end(), [](const Token& t) {
                    return t.word.empty() || t.number || starts_upper(t.raw);
                })) {
                v.score -= 0.5; // Title Case or capitals: a label or a menu item
            }
        }
        if (words.size() <= 3) {
            v.score -= 0.5;
        } else if (words.size() >= 6) {
            v.score += 1.0;
        }
        if (list_item(line.text)) {
            v.score += 2.0;
        }
        if (line.text.back() == ',' || line.text.back() == ';') {
            v.score += 1.0; // the sentence goes on
        }
        v.score += neighbours(index, zone);
        return v;
    }

private:
    // The title again, in any case, with or without the site's name after it: the record's title
    // (returns `index`), or a header line above in the same words when no stage took the title
    // (returns that line).
    std::optional<std::size_t> repeats_title(std::size_t index) const {
        const std::string& text = doc_.lines[index].text;
        const std::size_t words = word_count_up_to(text, kMaxTitleWords + 1);
        if (words < kMinTitleWords || words > kMaxTitleWords) {
            return std::nullopt;
        }
        const std::string mine = comparable_title(text);
        if (!title_.empty()) {
            return mine == title_ ? std::optional<std::size_t>(index) : std::nullopt;
        }
        for (std::size_t i = index > kTitleReach ? index - kTitleReach : 0; i < index; ++i) {
            const Line& above = doc_.lines[i];
            if (above.kept_text() &&
                word_count_up_to(above.text, kMaxTitleWords + 1) <= kMaxTitleWords &&
                comparable_title(above.text) == mine) {
                return i;
            }
        }
        return std::nullopt;
    }

    Verdict evidence(std::size_t index, const std::vector<Token>& tokens,
                     const std::vector<std::string>& words) const {
        for (const auto& group : lexicon_.cues) {
            if (cover(words, group, sites_).full) {
                return Verdict{group.reason, group.category, group.weight};
            }
        }
        for (const auto& group : lexicon_.labels) {
            if (label_line(tokens, group, lexicon_, sites_)) {
                return Verdict{group.reason, group.category, group.weight};
            }
        }
        if (hashtags(tokens)) {
            return Verdict{"tag-list", Category::tags, -3.0};
        }
        if (breadcrumb(tokens, lexicon_, sites_)) {
            return Verdict{"breadcrumb", Category::other, -3.5};
        }
        // A label that introduces nothing: "Prediksi:" with no text after it in the record.
        if (doc_.lines[index].text.back() == ':' && words.size() <= kMaxLabelWords &&
            index == last_text_) {
            return Verdict{"stray-label", Category::other, -2.5};
        }
        // A line that names a cue among other words: weaker.
        for (const auto& group : lexicon_.cues) {
            const Cover c = cover(words, group, sites_);
            if (c.anchor && 2 * c.covered >= words.size()) {
                return Verdict{"short", group.category, -1.0};
            }
        }
        return Verdict{"short", Category::other, 0.0};
    }

    // A kept line that is furniture by its words alone, whatever stands around it.
    bool furniture(const Line& line) const {
        if (line.blank() || word_count_up_to(line.text, kMaxWords + 1) > kMaxWords) {
            return false;
        }
        const auto tokens = tokens_of(line.text);
        const auto words = words_of(tokens);
        if (reads_as_sentence(line.text, words.size(), stop_words_in(words, lexicon_))) {
            return false;
        }
        const auto index = static_cast<std::size_t>(&line - doc_.lines.data());
        return evidence(index, tokens, words).reason != "short";
    }

    // The nearest non-blank line on one side, or nullptr at the record's edge.
    const Line* neighbour(std::size_t index, bool before) const {
        std::size_t i = index;
        while (before ? i-- > 0 : ++i < doc_.lines.size()) {
            if (!doc_.lines[i].blank()) {
                return &doc_.lines[i];
            }
        }
        return nullptr;
    }

    double neighbours(std::size_t index, Zone zone) const {
        double score = 0;
        for (const bool before : {true, false}) {
            const Line* n = neighbour(index, before);
            if (n == nullptr) {
                continue;
            }
            if (!n->kept() || furniture(*n)) {
                score -= 1.0; // removed, or furniture by its own words: a menu, a share bar
            } else if (is_prose(n->text) && sentence_end(n->text)) {
                score += 1.0; // a sentence of the article
            }
        }
        if (index == (zone == Zone::header ? first_text_ : last_text_)) {
            score -= 0.5; // the first or the last text of the record
        }
        return score;
    }

    const Document& doc_;
    const Zones& zones_;
    const ScorerLexicon& lexicon_;
    SiteNames sites_;
    std::string title_;
    std::size_t first_text_ = Zones::kNone; ///< the first kept line with text
    std::size_t last_text_ = Zones::kNone;  ///< the last one
};

} // namespace

void mark_heuristic_boilerplate(Document& doc, const Context& ctx) {
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        const Zones zones = find_zones(doc);
        if (zones.first_prose == Zones::kNone) {
            return; // no prose: nothing to measure the lines against
        }
        // The header ends at the first long line, even one that does not end like a sentence (a
        // lead the scraper cut short): a line below it may stand between two paragraphs. Only
        // the title's repeat is looked for down to the line that opens the body.
        std::size_t first_long = zones.first_prose;
        for (std::size_t i = 0; i < zones.first_prose; ++i) {
            if (doc.lines[i].kept_text() && is_prose(doc.lines[i].text)) {
                first_long = i;
                break;
            }
        }
        const Scorer scorer(doc, ctx, zones);
        std::vector<std::pair<std::size_t, Verdict>> removals;
        for (std::size_t i = 0; i < doc.lines.size(); ++i) {
            if ((i >= zones.first_prose && i <= zones.last_prose) || !doc.lines[i].kept_text()) {
                continue;
            }
            auto verdict = scorer.judge(i);
            if (verdict && i > first_long && i < zones.first_prose &&
                verdict->reason != "title-repeat") {
                continue; // between a long line and the body: maybe between two paragraphs
            }
            if (verdict && verdict->score < kRemoveBelow) {
                removals.emplace_back(i, std::move(*verdict));
            }
        }
        if (removals.empty()) {
            return;
        }
        // All verdicts of a pass are taken on the same state, so the order of lines is no matter.
        for (const auto& [i, v] : removals) {
            doc.remove(i, fmt::format("heuristic.{}({:.1f})", v.reason, v.score), v.category);
            // The first copy of a repeated headline is the title.
            if (v.title_line && !doc.meta.title && doc.lines[*v.title_line].kept()) {
                doc.meta.title = doc.lines[*v.title_line].text;
                doc.remove(*v.title_line, "heuristic.title", Category::title);
            }
        }
    }
}

} // namespace bersih::filters
