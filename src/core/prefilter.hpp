#pragma once
// One pass over a line finds every rule whose literal needles occur in it: an Aho-Corasick
// automaton over the needles of all rules, built once per Pipeline. A rule without needles (no
// literal could be proven) is always a candidate. Matching is ASCII case-insensitive, like the
// needles themselves (which are lowercase).
#include "bersih/document.hpp"
#include "bersih/rules.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace bersih {

/// A set of rule indices (positions in RuleSet::rules), one bit each.
using RuleBits = std::vector<std::uint64_t>;

class Prefilter {
public:
    Prefilter() = default;
    explicit Prefilter(const std::vector<Rule>& rules);

    [[nodiscard]] std::size_t rule_count() const noexcept { return rule_count_; }
    [[nodiscard]] std::size_t words() const noexcept { return words_; }
    [[nodiscard]] std::size_t states() const noexcept { return state_count_; }

    /// Overwrite `hits` (resized to words()) with the rules that may match `text`: those without
    /// needles and those one of whose needles occurs in `text`.
    void scan(std::string_view text, RuleBits& hits) const;
    /// The same, and `present` set to bytes_present(text) in the same pass: the automaton's walk
    /// is one dependent load per byte, and the byte set fills the time the CPU waits for it.
    void scan(std::string_view text, RuleBits& hits, ByteSet& present) const;

private:
    template <bool WithBytes>
    void walk(std::string_view text, RuleBits& hits, ByteSet* present) const;
    /// The automaton over `text`, hits added to `hits`; each byte value seen flagged in `seen`
    /// (256 entries) unless it is null.
    void walk_lanes(std::string_view text, RuleBits& hits, std::uint8_t* seen) const;

    void renumber_outputs_last(const std::vector<std::uint32_t>& delta,
                               const std::vector<std::vector<std::uint32_t>>& outputs);

    std::size_t rule_count_ = 0;
    std::size_t words_ = 0;
    std::size_t state_count_ = 1;
    std::size_t longest_needle_ = 1;
    std::uint32_t classes_ = 1;
    std::array<std::uint8_t, 256> class_of_{};
    // delta_[state * classes_ + class]: the next state times classes_. States from
    // output_states_from_ on (rows from first_output_row_ on) have outputs.
    std::vector<std::uint32_t> delta_;
    std::uint32_t output_states_from_ = 0;
    std::uint32_t first_output_row_ = 0;
    std::uint32_t class_shift_ = 0;   // row >> class_shift_ * class_inverse_ == row / classes_
    std::uint32_t class_inverse_ = 1; // (exact division: rows are multiples of classes_)
    // per state with outputs (from output_states_from_), into outputs_
    std::vector<std::uint32_t> out_begin_;
    std::vector<std::uint32_t> outputs_; // rule indices
    RuleBits always_;                    // rules without needles
};

/// The rules that apply to one outlet, in the order they are tried, and the same as bits.
/// Built once per outlet (pipeline.cpp keeps them), not per document: with a few thousand rules,
/// building these per document and stage cost more than the lines' scans.
struct ActiveRules {
    ActiveRules() = default;
    ActiveRules(const std::vector<Rule>& rules, std::vector<const Rule*> active);

    std::vector<const Rule*> list;
    RuleBits bits;                       ///< rule index -> active
    RuleBits guarded;                    ///< active rules with a line guard
    std::vector<std::uint32_t> position; ///< rule index -> position in `list`
};

/// Per document: which of the active rules may match each line (needles, then line guards). Lines
/// are scanned as they stand when this is built; call rescan() after a line's text changes.
class LineCandidates {
public:
    LineCandidates(const Prefilter& prefilter, const std::vector<Rule>& rules,
                   const std::vector<const Rule*>& active, const Document& doc);
    LineCandidates(const Prefilter& prefilter, const std::vector<Rule>& rules,
                   const ActiveRules& active, const Document& doc);

    /// The active rules, in the order of `active`, that may match line `index` (none for a removed
    /// or blank line). The reference stays valid until the next call.
    const std::vector<const Rule*>& candidates(std::size_t index);
    /// Whether `rule` (an element of the rule vector) may match line `index`.
    [[nodiscard]] bool may_match(std::size_t index, const Rule& rule) const;
    void rescan(std::size_t index);

private:
    LineCandidates(const Prefilter& prefilter, const std::vector<Rule>& rules, ActiveRules&& own,
                   const Document& doc);
    void scan_all();

    const Prefilter& prefilter_;
    const std::vector<Rule>& rules_;
    const Document& doc_;
    std::optional<ActiveRules> own_; // when built from a plain list
    const ActiveRules& active_;
    std::vector<std::uint64_t> hits_; // lines × words
    std::vector<std::uint32_t> order_;
    std::vector<const Rule*> scratch_;
};

} // namespace bersih
