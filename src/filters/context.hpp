#pragma once
// Shared by the filter stages; not part of the public API.
#include "bersih/diagnostic.hpp"
#include "bersih/document.hpp"
#include "bersih/lexicon.hpp"
#include "bersih/options.hpp"
#include "bersih/rules.hpp"
#include "core/outlet_index.hpp"
#include "match/active_rules.hpp"
#include "match/matcher.hpp"

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace bersih::filters {

/// What every stage may read while one record is cleaned.
struct Context {
    const RuleSet& rules;
    const Options& options;
    const DiagnosticSink& sink;
    /// Every rule's pattern and outlet signature: which may match which lines (match/matcher.hpp).
    const match::Matcher& matcher;
    /// The outlets by name: RuleSet::find_outlet by hash, for stages that ask about many words.
    const OutletIndex& outlet_names;
    /// The rules that apply to the detected outlet, kept per outlet by the pipeline; empty until
    /// the outlet is known.
    std::reference_wrapper<const match::ActiveRules> active_rules;

    /// A rule that hit Boost.Regex's complexity limit in this record (see safe_search).
    struct RegexLimit {
        std::size_t hits = 0;    ///< lines on which the limit was reached
        std::size_t skipped = 0; ///< lines on which the rule was skipped (hits included)
    };
    mutable std::map<const Rule*, RegexLimit> regex_limits;
    /// The word classes and month names (rules/lexicon.toml), parsed once per process.
    const Lexicon& lexicon = Lexicon::builtin();
};

/// Where the article's prose starts and ends, in line indices (npos when there is none).
struct Zones {
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t first_prose = kNone;
    std::size_t last_prose = kNone;

    [[nodiscard]] bool in_scope(Scope scope, std::size_t index) const noexcept;
};

/// A line that reads like article prose rather than a label, link or credit.
bool is_prose(const std::string& text) noexcept;
std::size_t word_count(const std::string& text) noexcept;
/// min(word_count(text), limit), without reading a long line to its end.
std::size_t word_count_up_to(const std::string& text, std::size_t limit) noexcept;
Zones find_zones(const Document& doc);
/// A line that reads as a linked headline rather than a sentence: short, no sentence end
/// (line_shape.cpp).
bool reads_as_headline(const std::string& text) noexcept;

// The stages, in pipeline order. Each lives in its own file.
void detect_outlet(Document& doc, const Context& ctx);                // outlet_detector.cpp
void mark_title(Document& doc, const Context& ctx);                   // title.cpp
void drop_scraper_duplicates(Document& doc, const Context& ctx);      // duplicates.cpp
void drop_glued_copies_after_cuts(Document& doc, const Context& ctx); // duplicates.cpp
void repair_split_datelines(Document& doc, const Context& ctx);       // datelines.cpp
void drop_table_of_contents(Document& doc, const Context& ctx);       // datelines.cpp
void apply_extract_rules(Document& doc, const Context& ctx);          // rule_engine.cpp
void drop_credit_lines(Document& doc, const Context& ctx);            // credit_lines.cpp
void recognise_datelines(Document& doc, const Context& ctx);          // dateline_recogniser.cpp
void drop_pull_quotes(Document& doc, const Context& ctx);             // duplicates.cpp
void infer_title(Document& doc, const Context& ctx);                  // title.cpp
void apply_drop_rules(Document& doc, const Context& ctx);             // rule_engine.cpp
void drop_widget_lists(Document& doc, const Context& ctx);            // widgets.cpp
void cut_inline_related(Document& doc, const Context& ctx);           // inline_related.cpp
void mark_image_titles(Document& doc, const Context& ctx);            // captions.cpp
void apply_truncate_rules(Document& doc, const Context& ctx);         // rule_engine.cpp
void mark_heuristic_boilerplate(Document& doc, const Context& ctx);   // heuristic.cpp
void names_from_credits(Document& doc, const Context& ctx);           // credit_names.cpp
void dates_from_header(Document& doc, const Context& ctx);            // header_dates.cpp
void assemble_paragraphs(Document& doc, const Context& ctx);          // paragraphs.cpp

/// Store a rule's named captures as metadata (metadata_fields.cpp). `rules` names the outlets,
/// whose names are no dateline city.
void store_field(Metadata& meta, const std::string& field, const boost::smatch& match,
                 const RuleSet& rules);
/// Store the author, editor, channel and date groups of a byline match.
void store_byline(Metadata& meta, const boost::smatch& match);
/// "Irfan Kamil, Jessi Carina" / "A dan B" / "A & B" -> one name each (metadata_fields.cpp).
std::vector<std::string> split_names(const std::string& names);
/// Append the names not in `list` yet.
void add_unique(std::vector<std::string>& list, const std::vector<std::string>& names);

/// Run a rule's regex on one line, turning Boost's complexity error into "no match" plus a
/// diagnostic, so a hostile pattern costs one line, not the run (rule_engine.cpp).
bool safe_search(const std::string& text, boost::smatch& match, const Pattern& pattern,
                 const Rule& rule, const Document& doc, const Line& line, const Context& ctx);

} // namespace bersih::filters
