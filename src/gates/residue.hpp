#pragma once
// How much debris a cleaned record still holds, by the line scorer's own knowledge
// (rules/scorer.toml): the share of the kept characters that sit in kept lines which read as page
// furniture by their words alone (a line made of one cue group's words, an author block or tag
// list, hashtags, a breadcrumb, or a short line that is mostly a cue phrase and no sentence).
// The stages kept those lines because of where they stood (between prose, no prose around); the
// score lets a data-prep run drop the records in which too much of that is left (--max-residue).
#include "bersih/document.hpp"
#include "bersih/rules.hpp"
#include "filters/line_features.hpp"

#include <string_view>

namespace bersih::gates {

/// The residue score with the rules' site names gathered once: build one per run, then share it
/// between threads (it only reads).
class ResidueScorer {
public:
    explicit ResidueScorer(const RuleSet& rules);

    /// 0 for a clean record (or one with no text), up to 1 when every kept line reads as
    /// furniture.
    [[nodiscard]] double share(const Document& doc) const;
    /// Whether one line reads as furniture by its words (the test share() applies per line).
    [[nodiscard]] bool furniture(std::string_view line) const;

private:
    filters::scoring::SiteNames sites_;
};

} // namespace bersih::gates
