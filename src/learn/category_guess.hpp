#pragma once
// The category of a learned template, from the line scorer's cue lexicon (rules/scorer.toml).
#include "bersih/category.hpp"
#include "bersih/rules.hpp"

#include <string_view>

namespace bersih::learn {

/// The category of the scorer's label group whose label opens `text` ("Editor:" -> credit), else
/// of the first cue group with an anchor phrase in it ("Baca juga" -> related), else other.
Category guess_category(std::string_view text, const RuleSet& rules);

} // namespace bersih::learn
