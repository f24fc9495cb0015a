#pragma once
// The word lists of the line scorer (heuristic.cpp), read from rules/scorer.toml.
#include "bersih/category.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace bersih::filters {

/// A kind of page furniture recognised by its words: a line of only these words, one of them an
/// anchor, is a cue line of the group.
struct CueGroup {
    std::string reason;
    Category category = Category::other;
    double weight = 0;
    /// Phrase (lowercase words joined by one space) -> true when it is an anchor.
    std::unordered_map<std::string, bool> phrases;
    std::size_t longest = 1; ///< words in the longest phrase
    /// The first words of the phrases of two words or more ("baca juga" gives "baca"): a line's
    /// words are matched against longer phrases only while they are such a start.
    std::unordered_set<std::string> starts;
};

/// Labels with a colon that open a line of furniture: an author block ("Penulis: Nama Orang",
/// shape names) or a tag list ("Tag: pemilu, dpr", shape items).
struct LabelGroup {
    enum class Shape { names, items };
    std::string reason;
    Category category = Category::other;
    double weight = 0;
    Shape shape = Shape::names;
    std::unordered_set<std::string> labels;
    std::size_t longest = 1;
};

struct ScorerLexicon {
    std::unordered_set<std::string> stop_words;
    std::vector<CueGroup> cues;
    std::vector<LabelGroup> labels;
};

/// Parses the [scorer] table of a TOML text; throws RuleError (file:line:column) when it is
/// malformed. Other top-level tables are ignored: they belong to the rule loader.
ScorerLexicon parse_scorer_lexicon(std::string_view text, std::string_view name);

/// The built-in lexicon: the embedded rules/scorer.toml, parsed once.
const ScorerLexicon& scorer_lexicon();

} // namespace bersih::filters
