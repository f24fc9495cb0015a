// Reads rules/lexicon.toml into word classes and month names.
#include "bersih/lexicon.hpp"

#include "bersih/normalize.hpp"
#include "bersih/rules.hpp"

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
        if (key != "class" && key != "months") {
            fail(file, node.source(),
                 fmt::format("unknown top-level key '{}' (expected [[class]] or [months])",
                             key.str()));
        }
    }
    if (const toml::node* node = root.get("class")) {
        const auto* array = node->as_array();
        if (array == nullptr) {
            fail(file, node->source(), "word classes are written as [[class]] tables");
        }
        for (const auto& item : *array) {
            const auto* table = item.as_table();
            if (table == nullptr) {
                fail(file, item.source(), "word classes are written as [[class]] tables");
            }
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
