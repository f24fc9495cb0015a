#pragma once
// The built-in rule packs' Hyperscan databases, compiled and serialized at build time by
// tools/build_match_db.cpp (for generic_platform(): any x86-64) into generated/match_db.cpp.
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace bersih::match {

struct EmbeddedDatabase {
    std::string_view serialized;           ///< hs_serialize_database's bytes; empty: no database
    std::uint64_t fingerprint = 0;         ///< fingerprint() of the patterns it was built from
    std::size_t pattern_count = 0;         ///< how many patterns (ids 0 .. pattern_count - 1)
    std::span<const std::uint32_t> always; ///< patterns no database holds
};

struct EmbeddedDatabases {
    /// The built-in rules' patterns, one database per RuleGroup (patterns.hpp); ids are rule
    /// indices in RuleSet::builtin() order, the same fingerprint and count in each.
    std::array<EmbeddedDatabase, 3> rules;
    EmbeddedDatabase signatures; ///< every built-in outlet signature, outlet by outlet
};

const EmbeddedDatabases& embedded_databases();

} // namespace bersih::match
