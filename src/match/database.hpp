#pragma once
// Compiling patterns into one Hyperscan database, shared by the build-time tool that embeds the
// built-in rule packs (tools/build_match_db.cpp) and by the matcher, which compiles user rules at
// start-up. Every pattern gets the id of its position in the list it was given.
#include <hs/hs.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bersih::match {

/// One pattern as a rule pack states it: Perl syntax, as Boost.Regex reads it.
struct PatternSpec {
    std::string text;
    bool icase = false;
    /// Which database of a set the pattern goes in (a rule's RuleGroup; 0 for signatures).
    std::uint8_t group = 0;
};

struct DatabaseDeleter {
    void operator()(hs_database_t* db) const noexcept { hs_free_database(db); }
};
using DatabasePtr = std::unique_ptr<hs_database_t, DatabaseDeleter>;

/// How a list of patterns went into a database.
struct CompiledPatterns {
    DatabasePtr database; ///< null when no pattern could be compiled
    /// `record_lines` only: the patterns that have a required_literal(), as those literals
    /// (Hyperscan's literal API, which compiles thousands in milliseconds); null when none.
    DatabasePtr literals;
    /// Patterns Hyperscan takes in no form, or that can match an empty line: they are candidates
    /// on every line, as if their scan had found them.
    std::vector<std::uint32_t> always;
    std::size_t exact = 0;       ///< compiled as hyperscan_form() states them
    std::size_t prefiltered = 0; ///< compiled in prefilter mode (lookarounds, back-references)
    std::size_t literal = 0;     ///< in `literals`
};

/// How a database's patterns are written (hyperscan_form): `multiline` keeps `^` / `$` as anchors
/// at line breaks (HS_FLAG_MULTILINE) and leaves positive lookarounds to prefilter mode: it scans
/// fastest, and is what the build compiles (rules and signatures); `record_lines` makes the
/// anchors of a rule the '\n' around each line of RecordScan's buffer: it compiles many times
/// faster, and is what user rules are compiled as at start-up. Both scan RecordScan's buffer.
/// `lines` is `multiline` where `.` does not match '\n': what the build compiles the rules as.
/// Boost.Regex runs a rule on one line, which holds no '\n' (RecordScan makes every rule a
/// candidate of a line that does), so `.` never meets one there; in the record's buffer a `.*`
/// that may cross line breaks ran on to every later line end and reported a match at each: the
/// rules' database scanned at 12 MB/s, and `^[A-Z].*$` was a candidate on most lines.
enum class ScanKind { record_lines, multiline, lines };

/// Compile `patterns` for `platform` (null: the machine this runs on). In the `record_lines`
/// kind a pattern with a required_literal() goes into `literals` as that literal. Each other
/// pattern is widened by hyperscan_form(), compiled exactly when Hyperscan supports it, else in
/// prefilter mode, else put in `always`. Throws std::runtime_error only when Hyperscan fails as a
/// whole.
CompiledPatterns compile_patterns(const std::vector<PatternSpec>& patterns,
                                  const hs_platform_info_t* platform, ScanKind kind);
/// The same, for the patterns of `group` only (PatternSpec::group); the others are left out and
/// keep their ids free.
CompiledPatterns compile_group(const std::vector<PatternSpec>& patterns,
                               const hs_platform_info_t* platform, ScanKind kind,
                               std::uint8_t group);

/// A CPU baseline every x86-64 machine runs: no AVX2 or AVX-512, generic tuning. The built-in
/// database is compiled for it, so one binary runs on any x86-64 machine.
hs_platform_info_t generic_platform();

/// A stable hash of the patterns, their flags and groups: the matcher uses the embedded
/// databases only for the rules they were built from.
std::uint64_t fingerprint(const std::vector<PatternSpec>& patterns);

/// The flags of a `multiline` pattern (besides CASELESS and PREFILTER): `^` and `$` match at line
/// breaks and `.` matches a newline, as Boost.Regex's do. `record_lines` patterns need neither:
/// a line holds no line break, and their anchors are the separators. `lines` patterns need only
/// the anchors.
inline constexpr unsigned kMultilineFlags = HS_FLAG_MULTILINE | HS_FLAG_DOTALL;
inline constexpr unsigned kLinesFlags = HS_FLAG_MULTILINE;

} // namespace bersih::match
