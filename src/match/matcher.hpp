#pragma once
// The one matching layer. A Matcher holds every rule's pattern and every outlet signature in
// Hyperscan databases: the built-in ones compiled at build time and embedded (embedded.hpp), the
// user's `--rules` compiled at start-up. Stages ask it which rules may match which lines of a
// record (RecordScan: one Hyperscan scan over the record, not one per line), then confirm each
// candidate with Boost.Regex (confirm()), which alone decides a match and its captures. A
// candidate Hyperscan reports that Boost.Regex does not confirm costs a search; a match it missed
// would change the output, so its patterns are only ever widened (hyperscan_form.hpp), and
// tests/unit/test_match_property.cpp and fuzz/fuzz_matcher.cpp check that it misses none.
#include "bersih/document.hpp"
#include "bersih/rules.hpp"
#include "match/database.hpp"
#include "match/lookbehind.hpp"
#include "match/patterns.hpp"
#include "match/regex.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bersih::match {

/// A set of indices (rules or signatures), one bit each.
using Bits = std::vector<std::uint64_t>;

inline bool has_bit(const Bits& bits, std::size_t index) {
    return ((bits[index / 64] >> (index % 64)) & 1U) != 0;
}

class ActiveRules;

class Matcher {
public:
    /// Uses the embedded databases for the rules and outlets of `rules` that are the built-in
    /// packs (checked by fingerprint), and compiles the rest. `rules` must outlive the matcher.
    explicit Matcher(const RuleSet& rules);
    ~Matcher();
    Matcher(const Matcher&) = delete;
    Matcher& operator=(const Matcher&) = delete;

    [[nodiscard]] const std::vector<Rule>& rules() const noexcept { return *rules_; }
    [[nodiscard]] std::size_t words() const noexcept { return words_; }

    /// Scan `buffer`: lines starting at `starts` (ascending), each preceded and followed by '\n',
    /// and set in `hits` (starts.size() rows of words() each, cleared by the caller) the rules
    /// of `group` that may match each line as a text of its own.
    void scan_rules(RuleGroup group, std::string_view buffer,
                    const std::vector<std::uint32_t>& starts, std::uint64_t* hits) const;
    /// Overwrite `maybe` with one bit per outlet signature (numbered outlet by outlet): clear
    /// only when that signature cannot match `text` (a search over the whole text).
    void signature_candidates(std::string_view text, Bits& maybe) const;
    /// Boost.Regex's search of `rule`'s pattern in `text` (confirm()), with its captures: where
    /// the pattern opens with a lookbehind of one character, only after the bytes it accepts
    /// (lookbehind.hpp). `rule` is one of rules(). Throws as confirm() does.
    bool confirm(const Rule& rule, const std::string& text, boost::smatch& match) const;
    /// How many rules compiled into no database (always candidates), for tests and reports.
    [[nodiscard]] std::size_t always_candidate_rules() const noexcept {
        return always_rules_.size();
    }
    /// Whether the embedded built-in rule database is in use (false when the rule set does not
    /// start with the built-in packs).
    [[nodiscard]] bool uses_embedded_rules() const noexcept { return embedded_rules_; }

private:
    struct Part {
        DatabasePtr database;
        std::uint32_t base = 0; ///< id + base = rule (or signature) index
        ScanKind kind = ScanKind::multiline;
    };
    struct Scratch;
    void scan(const std::vector<Part>& parts, std::string_view buffer,
              const std::vector<std::uint32_t>& starts, std::uint64_t* hits, std::size_t words,
              bool trailing_separator) const;
    static void add_part(std::vector<Part>& parts, std::vector<std::uint32_t>& always,
                         CompiledPatterns compiled, std::uint32_t base, ScanKind kind);

    const std::vector<Rule>* rules_;
    std::size_t words_ = 0;
    std::size_t signature_count_ = 0;
    std::array<std::vector<Part>, kRuleGroups> rule_parts_; ///< per RuleGroup
    std::vector<Part> signature_parts_;
    std::array<Bits, kRuleGroups> always_rules_bits_;
    std::vector<std::uint32_t> always_rules_;
    std::vector<std::uint32_t> always_signatures_;
    std::vector<std::unique_ptr<const LeadingLookbehind>> lookbehinds_; ///< per rule, or null
    bool embedded_rules_ = false;
    std::unique_ptr<Scratch> scratch_;
};

/// Which of the active rules of one group may match each line of one record. Built with one
/// scan of the record's kept lines; call invalidate() after a line's text changes. The stage that
/// runs a group builds one.
class RecordScan {
public:
    RecordScan(const Matcher& matcher, const ActiveRules& active, const Document& doc,
               RuleGroup group);

    /// The active rules of the group, in the order of the active list, that may match line
    /// `index` (none for a removed or blank line). The reference stays valid until the next call.
    const std::vector<const Rule*>& candidates(std::size_t index);
    /// Whether `rule` (an element of the matcher's rules, of the scan's group) may match line
    /// `index`.
    [[nodiscard]] bool may_match(std::size_t index, const Rule& rule);
    /// Line `index`'s text changed: it is scanned again when next asked about. A stage that cuts
    /// the same line several times in a row pays for one scan, not one per cut.
    void invalidate(std::size_t index) { stale_[index] = 1; }

private:
    void refresh(std::size_t index) {
        if (stale_[index] != 0) {
            stale_[index] = 0;
            rescan(index);
        }
    }
    void rescan(std::size_t index);

    void scan_lines(const std::vector<std::size_t>& lines);

    const Matcher& matcher_;
    const ActiveRules& active_;
    const Document& doc_;
    RuleGroup group_;
    std::vector<std::uint64_t> hits_; // lines × words
    std::vector<std::uint8_t> stale_; // per line: its text changed since its scan
    std::vector<std::uint32_t> order_;
    std::vector<const Rule*> candidates_;
};

} // namespace bersih::match
