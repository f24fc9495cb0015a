#include "learn/category_guess.hpp"

#include "filters/line_features.hpp"
#include "filters/scorer_lexicon.hpp"

#include <string>
#include <vector>

namespace bersih::learn {
namespace {

std::string phrase(const std::vector<std::string>& words, std::size_t from, std::size_t len) {
    std::string out = words[from];
    for (std::size_t k = 1; k < len; ++k) {
        out += ' ';
        out += words[from + k];
    }
    return out;
}

} // namespace

Category guess_category(std::string_view text, const RuleSet& rules) {
    using namespace filters::scoring;
    const auto& lexicon = filters::scorer_lexicon();
    const auto tokens = tokens_of(text);
    const auto words = words_of(tokens);
    if (words.empty()) {
        return Category::other;
    }
    const bool colon = text.find(':') != std::string_view::npos;
    for (const auto& group : colon ? lexicon.labels : std::vector<filters::LabelGroup>{}) {
        for (std::size_t len = std::min(group.longest, words.size()); len > 0; --len) {
            if (group.labels.contains(phrase(words, 0, len))) {
                return group.category;
            }
        }
    }
    const SiteNames sites(rules);
    for (const auto& group : lexicon.cues) {
        if (cover(words, group, sites).anchor) {
            return group.category;
        }
    }
    return Category::other;
}

} // namespace bersih::learn
