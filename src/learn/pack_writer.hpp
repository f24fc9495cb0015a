#pragma once
// The learned rules as a rule pack in the ordinary format (rules/*.toml): one drop-line rule
// per template, its counts in a comment above it.
#include "learn/template_miner.hpp"

#include <string>
#include <vector>

namespace bersih::learn {

/// The TOML text of the pack; the settings and the number of articles go into its header.
std::string write_pack(const std::vector<LearnedRule>& rules, const MinerSettings& settings,
                       std::uint64_t articles);

/// `text` as a TOML basic string, quotes included.
std::string toml_string(std::string_view text);

} // namespace bersih::learn
