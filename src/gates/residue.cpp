#include "gates/residue.hpp"

#include "filters/line_features.hpp"
#include "filters/scorer_lexicon.hpp"

#include <algorithm>
#include <unordered_set>

namespace bersih::gates {
namespace {

using namespace filters::scoring; // NOLINT(google-build-using-namespace): the scorer's vocabulary

// Longer lines are prose or content lists, never furniture by words alone (the scorer's limit).
constexpr std::size_t kMaxFurnitureWords = 12;

/// Every word of an anchor phrase of the cue groups (the lexicon is parsed once, so is this).
const std::unordered_set<std::string>& anchor_words(const filters::ScorerLexicon& lexicon) {
    static const std::unordered_set<std::string> words = [&] {
        std::unordered_set<std::string> out;
        for (const auto& group : lexicon.cues) {
            for (const auto& [phrase, anchor] : group.phrases) {
                if (!anchor) {
                    continue;
                }
                std::size_t start = 0;
                while (start <= phrase.size()) {
                    const auto space = phrase.find(' ', start);
                    out.insert(
                        phrase.substr(start, space == std::string::npos ? space : space - start));
                    if (space == std::string::npos) {
                        break;
                    }
                    start = space + 1;
                }
            }
        }
        return out;
    }();
    return words;
}

/// More than `limit` space-separated tokens: a cheap look before the scorer's tokens are built.
bool longer_than(std::string_view text, std::size_t limit) {
    std::size_t tokens = 0;
    bool in_token = false;
    for (const char c : text) {
        if (c == ' ') {
            in_token = false;
        } else if (!in_token) {
            in_token = true;
            if (++tokens > limit) {
                return true;
            }
        }
    }
    return false;
}

bool is_furniture(std::string_view text, const filters::ScorerLexicon& lexicon,
                  const SiteNames& sites) {
    if (longer_than(text, kMaxFurnitureWords)) {
        return false; // prose: most kept lines stop here
    }
    if (longer_than(text, 3) && sentence_end(text)) {
        return false; // a sentence of four words or more (reads_as_sentence), told without tokens
    }
    const auto tokens = tokens_of(text);
    const auto words = words_of(tokens);
    if (words.empty() || words.size() > kMaxFurnitureWords) {
        return false;
    }
    // What reads as a sentence the scorer never judges; neither does the residue.
    const std::string line(text);
    if (reads_as_sentence(line, words.size(), stop_words_in(words, lexicon))) {
        return false;
    }
    if (hashtags(tokens) || breadcrumb(tokens, lexicon, sites)) {
        return true;
    }
    for (const auto& group : lexicon.labels) {
        if (label_line(tokens, group, lexicon, sites)) {
            return true;
        }
    }
    // A line of one cue group's words, or a short line that is mostly a cue phrase: both need an
    // anchor phrase, so a line without any word of one is passed over before the phrase lookups.
    const auto& anchors = anchor_words(lexicon);
    if (std::none_of(words.begin(), words.end(),
                     [&](const std::string& word) { return anchors.contains(word); })) {
        return false;
    }
    const std::vector<bool> site_words = sites.of_words(words);
    for (const auto& group : lexicon.cues) {
        const Cover c = cover(words, group, site_words);
        if (c.full || (c.anchor && 2 * c.covered >= words.size())) {
            return true;
        }
    }
    return false;
}

} // namespace

ResidueScorer::ResidueScorer(const RuleSet& rules) : sites_(rules) {
    // SiteNames gathers the names on its first question; ask it now, while one thread owns it,
    // so that share() only ever reads.
    static_cast<void>(sites_.contains("bersih"));
}

bool ResidueScorer::furniture(std::string_view line) const {
    return is_furniture(line, filters::scorer_lexicon(), sites_);
}

double ResidueScorer::share(const Document& doc) const {
    const auto& lexicon = filters::scorer_lexicon();
    std::size_t kept = 0;
    std::size_t debris = 0;
    for (const auto& line : doc.lines) {
        if (!line.kept_text()) {
            continue;
        }
        kept += line.text.size();
        if (is_furniture(line.text, lexicon, sites_)) {
            debris += line.text.size();
        }
    }
    return kept == 0 ? 0.0 : static_cast<double>(debris) / static_cast<double>(kept);
}

} // namespace bersih::gates
