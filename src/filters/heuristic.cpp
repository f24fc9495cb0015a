// The line scorer: page furniture that no rule names, in the header (above the first prose
// paragraph) and the footer (below the last one). In the spirit of jusText, each short line there
// gets a score from what it is made of and where it stands:
//   - its words (read by line_features.cpp): a line made only of the words of one kind of
//     furniture (rules/scorer.toml: share bars, related and summary-box headings, reading time,
//     section names, ...), an author block ("Penulis: Nama"), a tag list, a breadcrumb trail, a
//     one-word label ending in ':' that introduces nothing, or (in the header) the title again
//     with the site's name after it;
//   - how it reads: Indonesian stop words and a sentence's length speak for prose, a Title Case
//     line without them for a label; a list item or a line ending in ',' for content;
//   - its neighbours: a line next to a removed line or to furniture (by its words alone), or the
//     first or last text of the record, is more likely furniture; a line next to prose less likely.
// A line whose score falls below kRemoveBelow is removed as heuristic.<reason>(score). Runs until
// nothing changes (a few passes), so a menu is taken item by item as its neighbours go.
//
// Never removed: a line that reads as a sentence, a line that opens with a quotation mark, a line
// longer than kMaxWords (except the repeated title), a line between two prose paragraphs or
// between a long line and the body (in neither zone), and anything when the record has no prose.
#include "bersih/normalize.hpp"
#include "filters/ascii.hpp"
#include "filters/context.hpp"
#include "filters/line_features.hpp"
#include "filters/scorer_lexicon.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

namespace bersih::filters {
namespace {

using namespace scoring; // NOLINT(google-build-using-namespace): the scorer's own vocabulary

constexpr std::size_t kMaxWords = 12;     // longer lines are content or a rule's business
constexpr std::size_t kMaxLabelWords = 1; // "Prediksi:"; "Informasi tambahan:" may be the article's
constexpr std::size_t kMinTitleWords = 3; // shorter repeats of the title are labels
constexpr std::size_t kMaxTitleWords = 30; // a headline, not a paragraph
constexpr std::size_t kTitleReach = 8;     // lines above a repeat where its first copy may stand
constexpr double kRemoveBelow = -3.0;      // strictly below: one cue alone is not enough
constexpr int kMaxPasses = 4;

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
        // No cue at all: only its shape and neighbours speak against the line. A lone word
        // ("News", "Prediksi:") may go on that, and so may a line inside a menu (a kept neighbour
        // that is furniture by its own words); any other line of two words or more may be the
        // article's own subheading ("Langkah Selanjutnya" above the credits) and stays.
        if (v.reason == "short" && v.score == 0.0 && words.size() >= 2 && !in_menu(index)) {
            return std::nullopt;
        }
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
        const std::vector<bool> site_words = sites_.of_words(words);
        for (const auto& group : lexicon_.cues) {
            if (cover(words, group, site_words).full) {
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
            const Cover c = cover(words, group, site_words);
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

    bool in_menu(std::size_t index) const {
        for (const bool before : {true, false}) {
            const Line* n = neighbour(index, before);
            if (n != nullptr && n->kept() && furniture(*n)) {
                return true;
            }
        }
        return false;
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
