#pragma once
#include "bersih/category.hpp"
#include "bersih/pattern.hpp"

#include <boost/regex.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace bersih {

/// Where in an article a rule may fire. The header is the lines before the first prose line, the
/// lead adds that first prose line, the footer is what follows the last prose line.
enum class Scope { header, lead, body, footer, anywhere };

/// What a rule does when its pattern matches.
enum class RuleKind {
    drop_line,      ///< remove the whole line
    drop_block,     ///< remove from the matching line to the line matching `end`
    cut_span,       ///< cut the matched text out of the line, keep the rest
    truncate_after, ///< remove the matching line and everything after it
    extract,        ///< cut the match and store its named groups as metadata
};

/// A page widget that is a list under a heading: what the items under a removed heading are
/// (src/filters/widgets.cpp recognises them by their shape).
enum class WidgetList { none, headlines, tags, share };

std::string_view to_string(Scope scope) noexcept;
std::string_view to_string(RuleKind kind) noexcept;

struct Rule {
    std::string id;
    Category category = Category::other;
    Scope scope = Scope::anywhere;
    RuleKind kind = RuleKind::drop_line;
    std::string pattern_text;
    Pattern pattern;
    std::optional<Pattern> end;       ///< drop_block: the closing line
    std::optional<Pattern> prev_line; ///< drop_line: the previous kept line must match this
    std::optional<Pattern> next_line; ///< drop_line: the next kept line must match this
    std::size_t max_lines = 12;       ///< drop_block: give up after this many lines
    std::size_t then_drop = 0;        ///< drop_line: also drop this many following non-blank lines
    /// drop_line: only when the line is off the article's topic (shares fewer than two content
    /// words with the rest of the record): a card for another story, not a subheading.
    bool off_topic = false;
    /// drop-line: the line it removes heads a widget list of these items ("Berita Terkait" over
    /// headlines), which widgets.cpp then removes with it.
    WidgetList heads_list = WidgetList::none;
    std::string field;                        ///< extract (or truncate-after): the metadata field
    Category rest_category = Category::other; ///< truncate-after: category of the lines after
    std::vector<std::string> outlets;         ///< only for these outlets (empty: every outlet)
    std::vector<std::string> must_match;      ///< examples the pattern must match
    std::vector<std::string> must_not_match;  ///< examples it must not match
    std::string description;
    std::string file; ///< where it was defined, for messages
    std::size_t line = 0;

    [[nodiscard]] bool applies_to(const std::optional<std::string>& outlet) const;
};

/// An outlet profile: its id and the signatures that identify its text.
struct OutletProfile {
    std::string id;
    std::string name;
    std::vector<Pattern> signatures;
    std::vector<std::string> signature_texts;
    /// The zone its pages print times in when they leave it out ("WIB" for CNBC Indonesia's
    /// "24 August 2024 14:52"); empty when the outlet prints the zone or spans several.
    std::string time_zone;
    /// Other names users and scrapers give it ("antara", "ANTARA News").
    std::vector<std::string> aliases;
    /// Web domains beyond "<id>.<tld>" ("antaranews.com"); a '*' stands for the rest of one
    /// label ("tribun*.com" is tribunjateng.com, tribun-timur.com, ...).
    std::vector<std::string> domains;
    std::string file;
};

/// A rule-pack file as text, with the name used in messages.
struct RuleSource {
    std::string name;
    std::string text;
};

/// A rule file that cannot be used. what() is "file:line:column: message".
class RuleError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct RuleSet {
    std::vector<Rule> rules;
    std::vector<OutletProfile> outlets;

    /// Parse one pack and append it. Throws RuleError naming the file and line.
    void add(const RuleSource& source);
    /// Every pack compiled into the binary, as the build read them (a snapshot: no TOML parsed
    /// and no pattern compiled at start-up; see Pattern).
    static RuleSet builtin();
    /// Packs read from their TOML text, in order (what builtin() holds, for
    /// embedded_rule_sources(): the build-time tools read them so).
    static RuleSet from_sources(const std::vector<RuleSource>& sources);
    /// Check every rule against its examples; returns one message per failure.
    [[nodiscard]] std::vector<std::string> check_examples() const;
    [[nodiscard]] const Rule* find(std::string_view id) const;
    /// The outlet a user or a record's field names: its id, name or an alias in any case and
    /// spacing ("CNN Indonesia", "cnnindonesia"), or one of its domains or a URL on it.
    [[nodiscard]] const OutletProfile* find_outlet(std::string_view name) const;
    /// The outlet whose domain hosts `url` ("https://news.detik.com/x" gives detik).
    [[nodiscard]] const OutletProfile* outlet_for_url(std::string_view url) const;
};

const std::vector<RuleSource>& embedded_rule_sources();

} // namespace bersih
