#pragma once
// How much debris a cleaned record still holds, by the line scorer's own knowledge
// (rules/scorer.toml): the share of the kept characters that sit in kept lines which read as page
// furniture by their words alone (a line made of one cue group's words, an author block or tag
// list, hashtags, a breadcrumb, or a short line that is mostly a cue phrase and no sentence).
// The stages kept those lines because of where they stood (between prose, no prose around); the
// score lets a data-prep run drop the records in which too much of that is left (--max-residue).
#include "bersih/document.hpp"
#include "bersih/rules.hpp"

namespace bersih::gates {

/// 0 for a clean record (or one with no text), up to 1 when every kept line reads as furniture.
double residue_share(const Document& doc, const RuleSet& rules);

/// Whether one line reads as furniture by its words (the test residue_share applies per line).
bool reads_as_furniture(std::string_view line, const RuleSet& rules);

} // namespace bersih::gates
