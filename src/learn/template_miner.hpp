#pragma once
// `bersih learn`: count, per outlet, the lines and line templates that the built-in rules leave
// in many articles, and turn the frequent ones that do not read as prose into drop-line rules.
#include "bersih/category.hpp"
#include "bersih/document.hpp"
#include "bersih/rules.hpp"
#include "learn/line_key.hpp"
#include "learn/space_saving.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace bersih::learn {

struct MinerSettings {
    std::size_t min_articles = 5; ///< a candidate is in at least this many articles
    double min_share = 0.02;      ///< ... and in at least this share of its outlet's articles
    /// A candidate whose lines read as prose is kept only in at least this share of the outlet.
    double prose_share = 0.30;
    /// Bytes for all the outlets' summaries together (shared equally by the outlets seen).
    std::uint64_t memory = std::uint64_t{24} << 20U;
    std::size_t max_line_bytes = 240; ///< longer lines are article text, never learned
    std::size_t max_head_words = 5;
    std::size_t max_tail_words = 3;
};

/// One key of one article, found in (the first of) its lines that carry it.
struct KeySighting {
    std::uint64_t hash = 0;
    std::uint32_t line = 0; ///< index into Observation::lines
    KeySpan span;
    bool prose = false; ///< one of its lines read as prose
    bool edge = false;  ///< one of its lines was above the article's first prose line or below
                        ///< its last
};

/// A line of one article that offers keys: as written and folded.
struct ObservedLine {
    std::string text;
    std::string folded;
};

/// What one cleaned article offers to learn: its outlet and its candidate keys, each once.
struct Observation {
    std::string outlet; ///< empty: no outlet known, nothing is learned from it
    std::vector<ObservedLine> lines;
    std::vector<KeySighting> keys;
    std::vector<std::string> prose_lines; ///< a few short prose lines (counter-examples)
};

/// The lines of `doc` that the built-in rules kept whole (no span cut), read into keys. Pure,
/// so it runs in the parallel stage.
Observation observe(const Document& doc, const MinerSettings& settings);

/// Does this line read as a sentence of the article (the line scorer's test, six words or more)?
bool reads_as_prose(const std::string& line);

struct LearnedRule {
    std::string outlet;
    std::string id; ///< learned.<outlet>.<n>
    Category category = Category::other;
    std::string key;
    std::string pattern;
    std::vector<std::string> must_match;
    std::vector<std::string> must_not_match;
    std::uint64_t articles = 0;        ///< articles counted for certain
    std::uint64_t counted = 0;         ///< the summary's count (may overestimate)
    std::uint64_t outlet_articles = 0; ///< the outlet's articles in the input
    std::uint64_t prose = 0;           ///< articles where the line read as prose
};

class TemplateMiner {
public:
    explicit TemplateMiner(MinerSettings settings);

    /// Count one article. The order of the calls decides the summary: call in input order.
    void add(const Observation& observation);
    /// The rules, ordered by outlet, then by articles (most first), then by key.
    [[nodiscard]] std::vector<LearnedRule> mine(const RuleSet& rules) const;

    [[nodiscard]] std::uint64_t articles() const noexcept { return articles_; }
    /// Keys the summaries can hold per outlet now.
    [[nodiscard]] std::size_t capacity_per_outlet() const noexcept;

private:
    struct Outlet {
        explicit Outlet(std::size_t capacity) : summary(capacity) {}
        std::uint64_t articles = 0;
        SpaceSaving summary;
        std::vector<std::string> prose_lines;
    };
    [[nodiscard]] std::vector<LearnedRule>
    mine_outlet(const std::string& name, const Outlet& outlet, const RuleSet& rules) const;

    MinerSettings settings_;
    std::map<std::string, std::unique_ptr<Outlet>> outlets_;
    std::uint64_t articles_ = 0;
};

/// The bytes one counted key costs, on average (the map and index nodes, the tally, the key);
/// --memory divided by it gives the keys the summaries hold.
inline constexpr std::size_t kBytesPerKey = 320;

} // namespace bersih::learn
