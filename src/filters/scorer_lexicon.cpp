// Reads the scorer's word lists from TOML, checking them as strictly as the rule loader checks a
// pack: a misspelt key or a word list that is not a list of strings stops the build's tests.
#include "filters/scorer_lexicon.hpp"

#include "bersih/normalize.hpp"
#include "bersih/rules.hpp"
#include "filters/context.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <set>

namespace bersih::filters {
namespace {

[[noreturn]] void fail(std::string_view name, const toml::source_region& where,
                       std::string_view message) {
    throw RuleError(
        fmt::format("{}:{}:{}: {}", name, where.begin.line, where.begin.column, message));
}

void check_keys(std::string_view name, const toml::table& table,
                const std::set<std::string, std::less<>>& allowed) {
    for (const auto& [key, node] : table) {
        if (!allowed.contains(key.str())) {
            fail(name, node.source(), fmt::format("unknown key '{}'", key.str()));
        }
    }
}

std::vector<std::string> words_of(std::string_view name, const toml::table& table,
                                  std::string_view key) {
    std::vector<std::string> out;
    const toml::node* node = table.get(key);
    if (node == nullptr) {
        return out;
    }
    const auto* array = node->as_array();
    if (array == nullptr) {
        fail(name, node->source(), fmt::format("'{}' must be an array of strings", key));
    }
    for (const auto& item : *array) {
        const auto* s = item.as_string();
        if (s == nullptr || collapse_spaces(s->get()).empty()) {
            fail(name, item.source(), fmt::format("'{}' must hold only non-empty strings", key));
        }
        out.push_back(ascii_lower(collapse_spaces(s->get())));
    }
    return out;
}

template <typename Group>
void read_head(std::string_view name, const toml::table& table, Group& group) {
    const auto* reason = table.get_as<std::string>("reason");
    if (reason == nullptr || reason->get().empty()) {
        fail(name, table.source(), "missing required string 'reason'");
    }
    group.reason = reason->get();
    if (const auto* category = table.get_as<std::string>("category")) {
        const auto parsed = category_from_string(category->get());
        if (!parsed) {
            fail(name, category->source(), fmt::format("unknown category '{}'", category->get()));
        }
        group.category = *parsed;
    }
    const toml::node* weight = table.get("weight");
    if (weight == nullptr || !weight->is_number()) {
        fail(name, table.source(), "missing required number 'weight'");
    }
    group.weight = weight->value<double>().value_or(0.0);
}

template <typename Fn>
void each_table(std::string_view name, const toml::node* node, Fn&& fn) {
    if (node == nullptr) {
        return;
    }
    const auto* array = node->as_array();
    if (array == nullptr) {
        fail(name, node->source(), "groups are written as [[scorer.<kind>]] tables");
    }
    for (const auto& item : *array) {
        const auto* table = item.as_table();
        if (table == nullptr) {
            fail(name, item.source(), "groups are written as [[scorer.<kind>]] tables");
        }
        fn(*table);
    }
}

} // namespace

ScorerLexicon parse_scorer_lexicon(std::string_view text, std::string_view name) {
    toml::table root;
    try {
        root = toml::parse(text, name);
    } catch (const toml::parse_error& e) {
        throw RuleError(fmt::format("{}:{}:{}: {}", name, e.source().begin.line,
                                    e.source().begin.column, e.description()));
    }
    ScorerLexicon lexicon;
    const auto* scorer = root.get_as<toml::table>("scorer");
    if (scorer == nullptr) {
        return lexicon;
    }
    check_keys(name, *scorer, {"stop_words", "cue", "label"});
    for (auto& word : words_of(name, *scorer, "stop_words")) {
        lexicon.stop_words.insert(std::move(word));
    }
    each_table(name, scorer->get("cue"), [&](const toml::table& table) {
        check_keys(name, table, {"reason", "category", "weight", "anchors", "words"});
        CueGroup group;
        read_head(name, table, group);
        for (const bool anchor : {false, true}) {
            for (auto& phrase : words_of(name, table, anchor ? "anchors" : "words")) {
                group.longest = std::max(group.longest, word_count(phrase));
                for (std::size_t space = phrase.find(' '); space != std::string::npos;
                     space = phrase.find(' ', space + 1)) {
                    group.starts.insert(phrase.substr(0, space));
                }
                group.phrases[std::move(phrase)] = anchor; // an anchor listed as a word too
            }
        }
        if (std::none_of(group.phrases.begin(), group.phrases.end(),
                         [](const auto& p) { return p.second; })) {
            fail(name, table.source(), "a cue group needs at least one anchor");
        }
        lexicon.cues.push_back(std::move(group));
    });
    each_table(name, scorer->get("label"), [&](const toml::table& table) {
        check_keys(name, table, {"reason", "category", "weight", "shape", "labels"});
        LabelGroup group;
        read_head(name, table, group);
        if (const auto* shape = table.get_as<std::string>("shape")) {
            if (shape->get() == "items") {
                group.shape = LabelGroup::Shape::items;
            } else if (shape->get() != "names") {
                fail(name, shape->source(),
                     fmt::format("unknown shape '{}' (names or items)", shape->get()));
            }
        }
        for (auto& label : words_of(name, table, "labels")) {
            group.longest = std::max(group.longest, word_count(label));
            group.labels.insert(std::move(label));
        }
        lexicon.labels.push_back(std::move(group));
    });
    return lexicon;
}

const ScorerLexicon& scorer_lexicon() {
    static const ScorerLexicon lexicon = [] {
        for (const auto& source : embedded_rule_sources()) {
            if (source.name == "scorer.toml") {
                return parse_scorer_lexicon(source.text, source.name);
            }
        }
        return ScorerLexicon{};
    }();
    return lexicon;
}

} // namespace bersih::filters
