#pragma once
// The built-in rule packs as the build read them, in a compact byte form: the binary reads this
// at start-up instead of parsing the packs' TOML, which was half of a short run's time. Writer
// and reader live side by side so that every field of Rule and OutletProfile travels both ways.
#include "bersih/rules.hpp"

#include <string>
#include <string_view>

namespace bersih {

/// `rules` as bytes for read_rule_snapshot(). Patterns travel as text with their case flag.
std::string write_rule_snapshot(const RuleSet& rules);

/// The set write_rule_snapshot() wrote, its patterns left to compile on first use (Pattern):
/// they compiled when the set was read from its packs. Throws std::runtime_error on bytes it did
/// not write (a build that mixed the outputs of two trees).
RuleSet read_rule_snapshot(std::string_view bytes);

/// The snapshot of the built-in packs, generated at build time (tools/build_rule_snapshot.cpp).
std::string_view embedded_rule_snapshot();

} // namespace bersih
