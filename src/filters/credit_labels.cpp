#include "filters/credit_labels.hpp"

namespace bersih::filters {

CreditLabels::CreditLabels(const Lexicon& lexicon)
    : authors(lexicon.words("author-labels")), editors(lexicon.words("editor-labels")),
      others(lexicon.words("credit-other-labels")), openers(lexicon.words("byline-openers")),
      joiners(lexicon.words("name-joiners")), particles(lexicon.words("name-particles")),
      reporter_lines(lexicon.words("reporter-line-openers")), days(lexicon.words("day-names")) {}

std::optional<CreditRole> CreditLabels::role_of(std::string_view word) const {
    if (authors.contains(word)) {
        return CreditRole::author;
    }
    if (editors.contains(word)) {
        return CreditRole::editor;
    }
    if (others.contains(word)) {
        return CreditRole::other;
    }
    return std::nullopt;
}

} // namespace bersih::filters
