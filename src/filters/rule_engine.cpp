// Runs the data-driven rules (extract, drop-line, drop-block, cut-span, truncate-after) over a
// document. A rule is tried on a line only when the matcher's scan of the record names it a
// candidate there (match/matcher.hpp); Boost.Regex confirms it.
#include "bersih/normalize.hpp"
#include "filters/context.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>

namespace bersih::filters {
namespace {

// A rule whose pattern hits the complexity limit on this many lines of one record is not tried
// on the rest of that record: each hit costs up to a second or two on a long line.
constexpr std::size_t kMaxRegexLimitHits = 3;
// Extractions of one list-field rule from one line (captions glued into a flattened body).
constexpr std::size_t kMaxExtractsPerLine = 16;

bool only_punctuation(const std::string& text) {
    return std::none_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') ||
               u >= 0x80;
    });
}

bool once_field(const std::string& field) {
    return field == "dateline" || field == "date" || field == "title" || field == "editor_code";
}

bool field_already_set(const Metadata& meta, const std::string& field) {
    if (field == "dateline") {
        return meta.dateline.has_value();
    }
    if (field == "date") {
        return meta.published.has_value();
    }
    if (field == "title") {
        return meta.title.has_value();
    }
    if (field == "editor_code") {
        return meta.editor_code.has_value();
    }
    return false;
}

// A header may print two dates, published and updated ("Diperbarui ..."): the first fills the
// field, and a later line of the header that is only a date is debris as well. Below the header a
// date line may head a schedule's day, so a rule of a wider scope stops at the first.
bool removes_after_set(const Rule& rule) {
    return rule.field == "date" && rule.scope == Scope::header;
}

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// Regexes run on bytes, so a class such as [-–—] can match one byte of a multi-byte character.
// Widen the span to whole UTF-8 characters so that a cut never splits one.
void snap_to_characters(const std::string& text, std::size_t& begin, std::size_t& end) {
    while (begin > 0 && begin < text.size() && continuation_byte(text[begin])) {
        --begin;
    }
    while (end < text.size() && continuation_byte(text[end])) {
        ++end;
    }
}

// Cut [begin, end) out of a kept line; the line goes when nothing readable is left.
void cut(Document& doc, std::size_t index, std::size_t begin, std::size_t end, const Rule& rule) {
    Line& line = doc.lines[index];
    snap_to_characters(line.text, begin, end);
    const std::string piece = line.text.substr(begin, end - begin);
    std::string rest = line.text.substr(0, begin);
    // Keep a space between the two sides when the cut took the only one.
    if (!rest.empty() && end < line.text.size() && rest.back() != ' ' && line.text[end] != ' ' &&
        begin > 0 && (piece.front() == ' ' || piece.back() == ' ')) {
        rest += ' ';
    }
    rest += line.text.substr(end);
    rest = collapse_spaces(rest);
    if (only_punctuation(rest)) {
        line.text = collapse_spaces(line.text);
        doc.remove(index, rule.id, rule.category);
        return;
    }
    line.cuts.push_back(Cut{rule.id, rule.category, collapse_spaces(piece)});
    line.text = std::move(rest);
}

} // namespace

bool safe_search(const std::string& text, boost::smatch& match, const Pattern& pattern,
                 const Rule& rule, const Document& doc, const Line& line, const Context& ctx) {
    const auto known = ctx.regex_limits.find(&rule);
    if (known != ctx.regex_limits.end() && known->second.hits >= kMaxRegexLimitHits) {
        ++known->second.skipped; // given up on for the rest of this record
        return false;
    }
    try {
        return &pattern == &rule.pattern ? ctx.matcher.confirm(rule, text, match)
                                         : match::confirm(pattern.regex(), text, match);
    } catch (const std::runtime_error& e) {
        // Boost.Regex gives up (error_complexity, error_stack) instead of backtracking for ever.
        auto& limit = ctx.regex_limits[&rule];
        ++limit.hits;
        ++limit.skipped;
        // One warning per rule and record, with the same words each time so the CLI can show
        // it once per run.
        if (limit.hits == 1 && ctx.sink) {
            // Boost throws a plain std::runtime_error here; its long text is summed up.
            const std::string_view what = e.what();
            const std::string reason = what.find("complexity") != std::string_view::npos
                                           ? std::string("the regular expression complexity limit")
                                       : what.find("memory") != std::string_view::npos ||
                                               what.find("stack") != std::string_view::npos
                                           ? std::string("the regular expression memory limit")
                                           : std::string(what);
            ctx.sink(Diagnostic{doc.source, line.number,
                                fmt::format("rule {} skipped on lines where its pattern hits {} "
                                            "(catastrophic backtracking?)",
                                            rule.id, reason)});
        }
        return false;
    }
}

void apply_extract_rules(Document& doc, const Context& ctx) {
    match::RecordScan candidates(ctx.matcher, ctx.active_rules, doc, match::RuleGroup::extract);
    Zones zones = find_zones(doc);
    bool changed = false;
    bool zones_stale = false;
    boost::smatch m; // reused: a search refills it, and keeps its buffer
    for (const Rule* rule : ctx.active_rules.get().extract) {
        // A caption long enough to read as prose hid the dateline below it from lead-scope rules
        // until the caption rule took it: scopes follow what is still kept. A rule that applies
        // anywhere does not look at zones, so they wait for the next rule that does, and are
        // found again only when that rule has a candidate line (no change comes before it).
        if (changed && rule->scope != Scope::anywhere) {
            zones_stale = true;
            changed = false;
        }
        const bool once = once_field(rule->field);
        for (std::size_t i = 0; i < doc.lines.size(); ++i) {
            const bool set = once && field_already_set(doc.meta, rule->field);
            if (set && !removes_after_set(*rule)) {
                break;
            }
            // A flattened line can hold several captions (or bylines): a list field takes every
            // match, a once field the first.
            for (std::size_t taken = 0; taken < (once ? 1 : kMaxExtractsPerLine); ++taken) {
                const Line& line = doc.lines[i];
                // After a cut the same rule is searched again at once: the search that finds
                // nothing costs less than scanning the line for every rule.
                if (!line.kept_text() || (taken == 0 && !candidates.may_match(i, *rule))) {
                    break;
                }
                if (zones_stale && rule->scope != Scope::anywhere) {
                    zones = find_zones(doc);
                    zones_stale = false;
                }
                if (!zones.in_scope(rule->scope, i)) {
                    break;
                }
                if (!safe_search(line.text, m, rule->pattern, *rule, doc, line, ctx) ||
                    m.length(0) == 0) {
                    break;
                }
                // Past the first date, store_field only takes a timed one over an untimed one.
                store_field(doc.meta, rule->field, m, ctx.rules);
                const auto begin = static_cast<std::size_t>(m.position(std::size_t{0}));
                cut(doc, i, begin, begin + static_cast<std::size_t>(m.length(0)), *rule);
                candidates.invalidate(i);
                changed = true;
            }
        }
    }
}

// A drop-line rule with prev_line / next_line holds only where the nearest kept line before
// (after) the line matches that pattern: a template slot known by the lines around it.
static bool neighbours_match(const Document& doc, std::size_t i, const Rule& rule,
                             const Context& ctx) {
    const auto neighbour_matches = [&](const Pattern& pattern, bool forward) {
        for (std::size_t j = i; forward ? j + 1 < doc.lines.size() : j > 0;) {
            j = forward ? j + 1 : j - 1;
            const Line& other = doc.lines[j];
            if (!other.kept_text()) {
                continue;
            }
            boost::smatch m;
            return safe_search(other.text, m, pattern, rule, doc, other, ctx);
        }
        return false;
    };
    return (!rule.prev_line || neighbour_matches(*rule.prev_line, false)) &&
           (!rule.next_line || neighbour_matches(*rule.next_line, true));
}

// Content words (four letters or more, lowercased) of a line that also occur in the record's
// other kept lines. A subheading names what its section is about; a card for another story
// ("Jenazah Korban Ditemukan ..." inside a fashion piece) shares a word at most.
static bool on_topic(const Document& doc, std::size_t index) {
    const auto words_of = [](const std::string& text) {
        std::vector<std::string> words;
        std::string word;
        for (const char c : text + ' ') {
            const auto b = static_cast<unsigned char>(c);
            if (std::isalnum(b) != 0 || b >= 0x80) {
                word += static_cast<char>(std::tolower(b));
            } else {
                if (word.size() >= 4) {
                    words.push_back(word);
                }
                word.clear();
            }
        }
        return words;
    };
    auto own = words_of(doc.lines[index].text);
    std::sort(own.begin(), own.end());
    own.erase(std::unique(own.begin(), own.end()), own.end());
    std::vector<bool> seen(own.size(), false);
    std::size_t shared = 0;
    for (std::size_t j = 0; j < doc.lines.size() && shared < 2; ++j) {
        if (j == index || !doc.lines[j].kept_text()) {
            continue;
        }
        for (const auto& w : words_of(doc.lines[j].text)) {
            const auto it = std::lower_bound(own.begin(), own.end(), w);
            if (it != own.end() && *it == w) {
                const auto k = static_cast<std::size_t>(it - own.begin());
                shared += seen[k] ? 0U : 1U;
                seen[k] = true;
            }
        }
    }
    return shared >= 2;
}

void apply_drop_rules(Document& doc, const Context& ctx) {
    const Zones zones = find_zones(doc);
    match::RecordScan candidates(ctx.matcher, ctx.active_rules, doc, match::RuleGroup::lines);
    boost::smatch m; // reused: a search refills it, and keeps its buffer
    const auto& position = ctx.active_rules.get().position;
    const auto position_of = [&](const Rule* rule) {
        return position[static_cast<std::size_t>(rule - ctx.rules.rules.data())];
    };
    std::vector<const Rule*> todo;
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        todo = candidates.candidates(i);
        for (std::size_t k = 0; k < todo.size(); ++k) {
            const Rule* rule = todo[k];
            Line& line = doc.lines[i];
            if (!line.kept_text()) {
                break;
            }
            if (rule->kind == RuleKind::extract || rule->kind == RuleKind::truncate_after ||
                !zones.in_scope(rule->scope, i) || !candidates.may_match(i, *rule)) {
                continue;
            }
            if (rule->kind == RuleKind::cut_span) {
                // Cut every occurrence; search again from the start since the text shrank. The
                // line is rescanned after each cut, and searched again only when the rule may
                // still match it: the last search of a long line, which finds nothing, was most
                // of the Boost time of the drop stage.
                bool cuts = false;
                bool rescanned = false; // since the last cut
                for (int guard = 0; guard < 64 && line.kept_text(); ++guard) {
                    if (cuts) {
                        candidates.invalidate(i);
                        rescanned = true;
                        if (!candidates.may_match(i, *rule)) {
                            break;
                        }
                    }
                    if (!safe_search(line.text, m, rule->pattern, *rule, doc, line, ctx) ||
                        m.length(0) == 0) {
                        break;
                    }
                    const auto begin = static_cast<std::size_t>(m.position(std::size_t{0}));
                    cut(doc, i, begin, begin + static_cast<std::size_t>(m.length(0)), *rule);
                    cuts = true;
                    rescanned = false;
                }
                if (cuts && line.kept_text()) {
                    // The cut joined what was around it ("Video X: Simak ..." became ". Simak
                    // ..."): a later rule may match the line now that did not before.
                    if (!rescanned) {
                        candidates.invalidate(i);
                    }
                    const auto here = position_of(rule);
                    std::vector<const Rule*> next(todo.begin() + static_cast<std::ptrdiff_t>(k + 1),
                                                  todo.end());
                    for (const Rule* more : candidates.candidates(i)) {
                        if (position_of(more) > here &&
                            std::find(next.begin(), next.end(), more) == next.end()) {
                            next.push_back(more);
                        }
                    }
                    std::sort(next.begin(), next.end(), [&](const Rule* a, const Rule* b) {
                        return position_of(a) < position_of(b);
                    });
                    todo.resize(k + 1);
                    todo.insert(todo.end(), next.begin(), next.end());
                }
                continue;
            }
            if (!safe_search(line.text, m, rule->pattern, *rule, doc, line, ctx)) {
                continue;
            }
            if (rule->kind == RuleKind::drop_line) {
                if (!neighbours_match(doc, i, *rule, ctx) ||
                    (rule->off_topic && on_topic(doc, i))) {
                    continue;
                }
                doc.remove(i, rule->id, rule->category);
                // "Baca juga:" alone on a line: its headline is the next line.
                std::size_t pending = rule->then_drop;
                for (std::size_t j = i + 1; j < doc.lines.size() && pending > 0; ++j) {
                    if (!doc.lines[j].kept_text()) {
                        continue;
                    }
                    const std::string& next = doc.lines[j].text;
                    if (!reads_as_headline(next)) {
                        break; // a paragraph, not a headline: the link text was not scraped
                    }
                    doc.remove(j, rule->id, rule->category);
                    --pending;
                }
                break;
            }
            // drop_block: only when the closing line is found within reach.
            for (std::size_t j = i; j < doc.lines.size() && j <= i + rule->max_lines; ++j) {
                if (doc.lines[j].kept_text() &&
                    safe_search(doc.lines[j].text, m, *rule->end, *rule, doc, doc.lines[j], ctx)) {
                    for (std::size_t d = i; d <= j; ++d) {
                        doc.remove(d, rule->id, rule->category);
                    }
                    break;
                }
            }
            break;
        }
    }
}

void apply_truncate_rules(Document& doc, const Context& ctx) {
    match::RecordScan candidates(ctx.matcher, ctx.active_rules, doc, match::RuleGroup::truncate);
    // Found when a line first has a candidate (most records have none): nothing is edited
    // before the one truncation, so they are the zones of the record as the stage found it.
    std::optional<Zones> zones;
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        Line& line = doc.lines[i];
        if (!line.kept_text()) {
            continue;
        }
        for (const Rule* rule : candidates.candidates(i)) {
            if (!zones) {
                zones = find_zones(doc);
            }
            if (rule->kind != RuleKind::truncate_after || !zones->in_scope(rule->scope, i) ||
                !candidates.may_match(i, *rule)) {
                continue;
            }
            boost::smatch m;
            if (!safe_search(line.text, m, rule->pattern, *rule, doc, line, ctx)) {
                continue;
            }
            if (!rule->field.empty()) {
                store_field(doc.meta, rule->field, m, ctx.rules);
            }
            doc.remove(i, rule->id, rule->category);
            for (std::size_t j = i + 1; j < doc.lines.size(); ++j) {
                if (doc.lines[j].kept_text()) {
                    doc.remove(j, rule->id, rule->rest_category);
                }
            }
            return;
        }
    }
}

} // namespace bersih::filters
