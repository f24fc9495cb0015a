// Reads rules/lexicon.toml into word classes, whole-line patterns and month names.
#include "bersih/lexicon.hpp"

#include "bersih/normalize.hpp"
#include "bersih/rules.hpp"
#include "match/regex.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <system_error>

namespace bersih {
namespace {

[[noreturn]] void fail(std::string_view file, const toml::source_region& where,
                       std::string_view message) {
    throw RuleError(
        fmt::format("{}:{}:{}: {}", file, where.begin.line, where.begin.column, message));
}

std::vector<std::string> string_list(std::string_view file, const toml::node& node,
                                     std::string_view what) {
    const auto* array = node.as_array();
    if (array == nullptr || array->empty()) {
        fail(file, node.source(), fmt::format("{} must be a non-empty array of strings", what));
    }
    std::vector<std::string> out;
    for (const auto& item : *array) {
        const auto* value = item.as_string();
        if (value == nullptr || value->get().empty()) {
            fail(file, item.source(), fmt::format("{} must hold non-empty strings", what));
        }
        out.push_back(value->get());
    }
    return out;
}

// The tables of an array of tables ("[[class]]"); `written` says how, for the message when
// the node is something else.
std::vector<const toml::table*> tables_of(std::string_view file, const toml::node& node,
                                          std::string_view written) {
    const auto* array = node.as_array();
    if (array == nullptr) {
        fail(file, node.source(), written);
    }
    std::vector<const toml::table*> tables;
    for (const auto& item : *array) {
        const auto* table = item.as_table();
        if (table == nullptr) {
            fail(file, item.source(), written);
        }
        tables.push_back(table);
    }
    return tables;
}

// A [[pattern]]: compiled as the stages match it (Perl syntax, the whole line), and checked
// against its examples here, so that a pattern that drifted from them never loads.
LexiconPattern read_pattern(std::string_view file, const toml::table& table) {
    for (const auto& [key, value] : table) {
        if (key != "id" && key != "description" && key != "pattern" && key != "must_match" &&
            key != "must_not_match") {
            fail(file, value.source(), fmt::format("unknown key '{}' in [[pattern]]", key.str()));
        }
    }
    const auto* id = table.get_as<std::string>("id");
    const auto* text = table.get_as<std::string>("pattern");
    const toml::node* match = table.get("must_match");
    const toml::node* no_match = table.get("must_not_match");
    if (id == nullptr || id->get().empty() || text == nullptr || match == nullptr ||
        no_match == nullptr) {
        fail(file, table.source(),
             "a [[pattern]] needs an 'id', its 'pattern', 'must_match' and 'must_not_match'");
    }
    LexiconPattern out;
    out.id = id->get();
    if (const auto* description = table.get_as<std::string>("description")) {
        out.description = description->get();
    }
    out.text = text->get();
    try {
        out.regex = boost::regex(out.text);
    } catch (const boost::regex_error& e) {
        fail(file, text->source(),
             fmt::format("pattern '{}' does not compile: {}", out.id, e.what()));
    }
    out.must_match = string_list(file, *match, "'must_match'");
    out.must_not_match = string_list(file, *no_match, "'must_not_match'");
    for (const auto& line : out.must_match) {
        if (!match::confirm_whole(out.regex, line)) {
            fail(file, match->source(),
                 fmt::format("pattern '{}' does not match its example '{}'", out.id, line));
        }
    }
    for (const auto& line : out.must_not_match) {
        if (match::confirm_whole(out.regex, line)) {
            fail(file, no_match->source(),
                 fmt::format("pattern '{}' matches its counter-example '{}'", out.id, line));
        }
    }
    return out;
}

} // namespace

WordClass::WordClass(std::string id, std::string description, std::vector<std::string> words,
                     std::vector<std::string> must_not_include)
    : id_(std::move(id)), description_(std::move(description)), words_(std::move(words)),
      must_not_include_(std::move(must_not_include)), sorted_(words_) {
    std::sort(sorted_.begin(), sorted_.end());
}

bool WordClass::contains(std::string_view word) const noexcept {
    return std::binary_search(sorted_.begin(), sorted_.end(), word, std::less<>{});
}

void Lexicon::add(const RuleSource& source) {
    toml::table root;
    try {
        root = toml::parse(source.text, source.name);
    } catch (const toml::parse_error& e) {
        throw RuleError(fmt::format("{}:{}:{}: {}", source.name, e.source().begin.line,
                                    e.source().begin.column, e.description()));
    }
    const std::string_view file = source.name;
    for (const auto& [key, node] : root) {
        if (key != "class" && key != "pattern" && key != "months") {
            fail(file, node.source(),
                 fmt::format("unknown top-level key '{}' (expected [[class]], [[pattern]] or "
                             "[months])",
                             key.str()));
        }
    }
    if (const toml::node* node = root.get("class")) {
        for (const toml::table* table :
             tables_of(file, *node, "word classes are written as [[class]] tables")) {
            for (const auto& [key, value] : *table) {
                if (key != "id" && key != "description" && key != "words" &&
                    key != "must_not_include") {
                    fail(file, value.source(),
                         fmt::format("unknown key '{}' in [[class]]", key.str()));
                }
            }
            const auto* id = table->get_as<std::string>("id");
            const toml::node* words = table->get("words");
            if (id == nullptr || id->get().empty() || words == nullptr) {
                fail(file, table->source(), "a [[class]] needs an 'id' and its 'words'");
            }
            const auto* description = table->get_as<std::string>("description");
            if (std::any_of(classes_.begin(), classes_.end(),
                            [&](const WordClass& c) { return c.id() == id->get(); })) {
                fail(file, table->source(), fmt::format("duplicate class id '{}'", id->get()));
            }
            std::vector<std::string> outside;
            if (const toml::node* near = table->get("must_not_include")) {
                outside = string_list(file, *near, "'must_not_include'");
            }
            WordClass word_class(id->get(), description != nullptr ? description->get() : "",
                                 string_list(file, *words, "'words'"), std::move(outside));
            for (const auto& word : word_class.must_not_include()) {
                if (word_class.contains(word)) {
                    fail(file, table->source(),
                         fmt::format("class '{}' holds '{}', which its must_not_include keeps out",
                                     word_class.id(), word));
                }
            }
            classes_.push_back(std::move(word_class));
        }
    }
    if (const toml::node* node = root.get("pattern")) {
        for (const toml::table* table :
             tables_of(file, *node, "patterns are written as [[pattern]] tables")) {
            auto pattern = read_pattern(file, *table);
            if (std::any_of(patterns_.begin(), patterns_.end(),
                            [&](const LexiconPattern& p) { return p.id == pattern.id; })) {
                fail(file, table->source(), fmt::format("duplicate pattern id '{}'", pattern.id));
            }
            patterns_.push_back(std::move(pattern));
        }
    }
    if (const toml::node* node = root.get("months")) {
        const auto* table = node->as_table();
        if (table == nullptr) {
            fail(file, node->source(), "[months] must be a table");
        }
        for (const auto& [key, value] : *table) {
            int number = 0;
            const std::string text(key.str());
            const auto [end, error] =
                std::from_chars(text.data(), text.data() + text.size(), number);
            if (error != std::errc{} || end != text.data() + text.size() || number < 1 ||
                number > 12) {
                fail(file, value.source(),
                     fmt::format("month key '{}' is not a number from 1 to 12", text));
            }
            for (auto& name : string_list(file, value, "a month's names")) {
                if (name.size() < 3) {
                    fail(file, value.source(),
                         fmt::format("month name '{}' is shorter than three letters", name));
                }
                const std::string prefix = ascii_lower(std::string_view(name).substr(0, 3));
                const auto [it, inserted] = month_prefixes_.emplace(prefix, number);
                if (!inserted && it->second != number) {
                    fail(file, value.source(),
                         fmt::format("month name '{}' starts like a name of month {}", name,
                                     it->second));
                }
                months_[number].push_back(std::move(name));
            }
        }
    }
}

const Lexicon& Lexicon::builtin() {
    static const Lexicon lexicon = [] {
        Lexicon out;
        out.add(embedded_lexicon_source());
        return out;
    }();
    return lexicon;
}

const WordClass& Lexicon::words(std::string_view id) const {
    const auto it = std::find_if(classes_.begin(), classes_.end(),
                                 [&](const WordClass& c) { return c.id() == id; });
    if (it == classes_.end()) {
        throw std::out_of_range(fmt::format("the lexicon has no word class '{}'", id));
    }
    return *it;
}

const LexiconPattern& Lexicon::pattern(std::string_view id) const {
    const auto it = std::find_if(patterns_.begin(), patterns_.end(),
                                 [&](const LexiconPattern& p) { return p.id == id; });
    if (it == patterns_.end()) {
        throw std::out_of_range(fmt::format("the lexicon has no pattern '{}'", id));
    }
    return *it;
}

std::optional<int> Lexicon::month(std::string_view name) const {
    if (name.size() < 3) {
        return std::nullopt;
    }
    const auto it = month_prefixes_.find(ascii_lower(name.substr(0, 3)));
    return it == month_prefixes_.end() ? std::nullopt : std::optional<int>(it->second);
}

std::string regex_escape(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (std::string_view(R"(.^$|()[]{}*+?\)").find(c) != std::string_view::npos) {
            out += '\\';
        }
        out += c;
    }
    return out;
}

} // namespace bersih
