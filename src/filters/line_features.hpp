#pragma once
// What the line scorer (heuristic.cpp) reads of one line: tokens, cue cover, furniture shapes.
#include "bersih/rules.hpp"
#include "filters/scorer_lexicon.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace bersih::filters::scoring {

// What the scorer reads of one line.
struct Token {
    std::string_view raw; ///< as written
    std::string word;     ///< lowercased, punctuation around it taken off; empty for "|", ">"
    bool number = false;  ///< digits and punctuation only: neutral
};

/// Split on spaces; each token lowercased, with the punctuation around it taken off.
std::vector<Token> tokens_of(std::string_view text);
/// The words of a line, without the neutral tokens (numbers, separators).
std::vector<std::string> words_of(const std::vector<Token>& tokens);

// A site's name: a web domain ("kompas.com", "Republika.co.id") or an outlet the packs know by
// its id, name or alias ("Okezone", "ANTARA"). The outlets' names are gathered on the first
// question, for the records that have a line to score at all.
class SiteNames {
public:
    explicit SiteNames(const RuleSet& rules) : rules_(rules) {}

    /// A web domain, or an outlet's id, name or alias in any case and spacing.
    bool contains(const std::string& word) const;
    /// contains() of each word: what cover() reads, asked once per line for all cue groups.
    [[nodiscard]] std::vector<bool> of_words(const std::vector<std::string>& words) const;

private:
    const RuleSet& rules_;
    mutable std::optional<std::unordered_set<std::string>> names_;
};

// How much of the line one cue group's phrases cover, longest phrase first.
struct Cover {
    std::size_t covered = 0; ///< words in a phrase of the group or a site name
    bool anchor = false;
    bool full = false;
};

Cover cover(const std::vector<std::string>& words, const CueGroup& group, const SiteNames& sites);
/// The same, with `site_words` = sites.of_words(words): a line is read against every cue group.
Cover cover(const std::vector<std::string>& words, const CueGroup& group,
            const std::vector<bool>& site_words);

std::size_t stop_words_in(const std::vector<std::string>& words, const ScorerLexicon& lexicon);
/// The token starts with a capital or a digit, after any opening punctuation.
bool starts_upper(std::string_view raw);
/// "#pemilu #dpr": two or more hashtags and nothing else.
bool hashtags(const std::vector<Token>& tokens);
/// A label of `group` with a colon, then names (author block) or short items (tag list).
bool label_line(const std::vector<Token>& tokens, const LabelGroup& group,
                const ScorerLexicon& lexicon, const SiteNames& sites);
/// "Home > News > Nasional": short items between separators, one a section or site name.
bool breadcrumb(const std::vector<Token>& tokens, const ScorerLexicon& lexicon,
                const SiteNames& sites);
/// Letters and digits of the text without a site suffix: "Judul - Kompas.com" -> "judul".
std::string comparable_title(std::string_view text);
/// Ends with '.', '!', '?' or an ellipsis, maybe inside quotes or brackets.
bool sentence_end(std::string_view text);
/// A sentence (ends like one, four words or a stop word) or a quote.
bool reads_as_sentence(const std::string& text, std::size_t words, std::size_t stops);
/// "1. ...", "- ...", "• ...".
bool list_item(std::string_view text);

} // namespace bersih::filters::scoring
