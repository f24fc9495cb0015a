#include "gates/residue.hpp"

#include "filters/line_features.hpp"
#include "filters/scorer_lexicon.hpp"

namespace bersih::gates {
namespace {

using namespace filters::scoring; // NOLINT(google-build-using-namespace): the scorer's vocabulary

// Longer lines are prose or content lists, never furniture by words alone (the scorer's limit).
constexpr std::size_t kMaxFurnitureWords = 12;

bool furniture(std::string_view text, const filters::ScorerLexicon& lexicon,
               const SiteNames& sites) {
    const auto tokens = tokens_of(text);
    const auto words = words_of(tokens);
    if (words.empty() || words.size() > kMaxFurnitureWords) {
        return false;
    }
    for (const auto& group : lexicon.cues) {
        if (cover(words, group, sites).full) {
            return true;
        }
    }
    for (const auto& group : lexicon.labels) {
        if (label_line(tokens, group, lexicon, sites)) {
            return true;
        }
    }
    if (hashtags(tokens) || breadcrumb(tokens, lexicon, sites)) {
        return true;
    }
    const std::string line(text);
    if (reads_as_sentence(line, words.size(), stop_words_in(words, lexicon))) {
        return false;
    }
    for (const auto& group : lexicon.cues) {
        const Cover c = cover(words, group, sites);
        if (c.anchor && 2 * c.covered >= words.size()) {
            return true;
        }
    }
    return false;
}

} // namespace

bool reads_as_furniture(std::string_view line, const RuleSet& rules) {
    const SiteNames sites(rules);
    return furniture(line, filters::scorer_lexicon(), sites);
}

double residue_share(const Document& doc, const RuleSet& rules) {
    const auto& lexicon = filters::scorer_lexicon();
    const SiteNames sites(rules);
    std::size_t kept = 0;
    std::size_t debris = 0;
    for (const auto& line : doc.lines) {
        if (!line.kept_text()) {
            continue;
        }
        kept += line.text.size();
        if (furniture(line.text, lexicon, sites)) {
            debris += line.text.size();
        }
    }
    return kept == 0 ? 0.0 : static_cast<double>(debris) / static_cast<double>(kept);
}

} // namespace bersih::gates
