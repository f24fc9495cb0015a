// Reads rule packs (TOML) into Rules, rejecting anything doubtful with file:line:column.
#include "bersih/rules.hpp"
#include "match/regex.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <set>

namespace bersih {
namespace {

constexpr std::array<std::pair<Scope, std::string_view>, 5> kScopes{{
    {Scope::header, "header"},
    {Scope::lead, "lead"},
    {Scope::body, "body"},
    {Scope::footer, "footer"},
    {Scope::anywhere, "anywhere"},
}};

constexpr std::array<std::pair<RuleKind, std::string_view>, 5> kKinds{{
    {RuleKind::drop_line, "drop-line"},
    {RuleKind::drop_block, "drop-block"},
    {RuleKind::cut_span, "cut-span"},
    {RuleKind::truncate_after, "truncate-after"},
    {RuleKind::extract, "extract"},
}};

const std::set<std::string, std::less<>> kRuleKeys{
    "id",        "category",   "scope",          "kind",        "pattern",
    "icase",     "end",        "max_lines",      "then_drop",   "field",
    "outlets",   "must_match", "must_not_match", "description", "rest_category",
    "prev_line", "next_line",  "off_topic",      "heads_list"};

const std::set<std::string, std::less<>> kOutletKeys{"id",        "name",    "signatures",
                                                     "time_zone", "aliases", "domains"};

const std::set<std::string, std::less<>> kFields{"dateline", "byline",  "author",      "editor",
                                                 "date",     "caption", "editor_code", "title"};

class Reader {
public:
    explicit Reader(std::string_view file) : file_(file) {}

    [[noreturn]] void fail(const toml::source_region& where, std::string_view message) const {
        throw RuleError(
            fmt::format("{}:{}:{}: {}", file_, where.begin.line, where.begin.column, message));
    }

    std::string string_of(const toml::table& table, std::string_view key, bool required,
                          const toml::source_region& where) const {
        const toml::node* node = table.get(key);
        if (node == nullptr) {
            if (required) {
                fail(where, fmt::format("missing required key '{}'", key));
            }
            return {};
        }
        const auto* value = node->as_string();
        if (value == nullptr) {
            fail(node->source(), fmt::format("'{}' must be a string", key));
        }
        return value->get();
    }

    std::vector<std::string> strings_of(const toml::table& table, std::string_view key) const {
        std::vector<std::string> out;
        const toml::node* node = table.get(key);
        if (node == nullptr) {
            return out;
        }
        const auto* array = node->as_array();
        if (array == nullptr) {
            fail(node->source(), fmt::format("'{}' must be an array of strings", key));
        }
        for (const auto& item : *array) {
            const auto* s = item.as_string();
            if (s == nullptr) {
                fail(item.source(), fmt::format("'{}' must hold only strings", key));
            }
            out.push_back(s->get());
        }
        return out;
    }

    Pattern compile(const std::string& pattern, bool icase,
                    const toml::source_region& where) const {
        try {
            boost::regex::flag_type flags = boost::regex::perl;
            if (icase) {
                flags |= boost::regex::icase;
            }
            return Pattern::compiled(pattern, flags);
        } catch (const boost::regex_error& e) {
            toml::source_region at = where;
            // Point at the offending character: the value starts after its opening quote.
            at.begin.column = static_cast<toml::source_index>(
                where.begin.column + 1 +
                static_cast<toml::source_index>(std::max<std::ptrdiff_t>(0, e.position())));
            fail(at, fmt::format("invalid regular expression: {}", e.what()));
        }
    }

    Rule rule(const toml::table& table) const {
        const auto& where = table.source();
        for (const auto& [key, node] : table) {
            if (!kRuleKeys.contains(key.str())) {
                fail(key.source(), fmt::format("unknown key '{}' in rule", key.str()));
            }
        }
        Rule rule;
        rule.file = file_;
        rule.line = where.begin.line;
        rule.id = string_of(table, "id", true, where);
        if (rule.id.empty()) {
            fail(where, "rule id must not be empty");
        }
        const auto category = string_of(table, "category", true, where);
        const auto parsed = category_from_string(category);
        if (!parsed) {
            fail(table.get("category")->source(), fmt::format("unknown category '{}'", category));
        }
        rule.category = *parsed;

        const auto scope = string_of(table, "scope", false, where);
        if (!scope.empty()) {
            const auto it = std::find_if(kScopes.begin(), kScopes.end(),
                                         [&](const auto& p) { return p.second == scope; });
            if (it == kScopes.end()) {
                fail(table.get("scope")->source(),
                     fmt::format("unknown scope '{}' (header, lead, body, footer, anywhere)",
                                 scope));
            }
            rule.scope = it->first;
        }
        const auto kind = string_of(table, "kind", true, where);
        const auto kit = std::find_if(kKinds.begin(), kKinds.end(),
                                      [&](const auto& p) { return p.second == kind; });
        if (kit == kKinds.end()) {
            fail(table.get("kind")->source(),
                 fmt::format(
                     "unknown kind '{}' (drop-line, drop-block, cut-span, truncate-after, extract)",
                     kind));
        }
        rule.kind = kit->first;

        bool icase = false;
        if (const toml::node* node = table.get("icase")) {
            const auto* b = node->as_boolean();
            if (b == nullptr) {
                fail(node->source(), "'icase' must be true or false");
            }
            icase = b->get();
        }
        rule.pattern_text = string_of(table, "pattern", true, where);
        if (rule.pattern_text.empty()) {
            fail(table.get("pattern")->source(), "pattern must not be empty");
        }
        rule.pattern = compile(rule.pattern_text, icase, table.get("pattern")->source());

        const auto end = string_of(table, "end", false, where);
        if (!end.empty()) {
            rule.end = compile(end, icase, table.get("end")->source());
        }
        for (const auto key : {std::string_view{"prev_line"}, std::string_view{"next_line"}}) {
            const auto text = string_of(table, key, false, where);
            if (text.empty()) {
                continue;
            }
            if (rule.kind != RuleKind::drop_line) {
                fail(table.get(key)->source(),
                     fmt::format("'{}' is only for drop-line rules", key));
            }
            (key == "prev_line" ? rule.prev_line : rule.next_line) =
                compile(text, icase, table.get(key)->source());
        }
        if (const toml::node* node = table.get("off_topic")) {
            const auto* b = node->as_boolean();
            if (b == nullptr) {
                fail(node->source(), "'off_topic' must be true or false");
            }
            if (rule.kind != RuleKind::drop_line) {
                fail(node->source(), "'off_topic' is only for drop-line rules");
            }
            rule.off_topic = b->get();
        }
        if (const toml::node* node = table.get("heads_list")) {
            const auto* text = node->as_string();
            const std::string_view value = text != nullptr ? text->get() : std::string_view{};
            if (value == "headlines") {
                rule.heads_list = WidgetList::headlines;
            } else if (value == "tags") {
                rule.heads_list = WidgetList::tags;
            } else if (value == "share") {
                rule.heads_list = WidgetList::share;
            } else {
                fail(node->source(), R"('heads_list' must be "headlines", "tags" or "share")");
            }
            if (rule.kind != RuleKind::drop_line) {
                fail(node->source(), "'heads_list' is only for drop-line rules");
            }
        }
        if (rule.kind == RuleKind::drop_block && !rule.end) {
            fail(where, "a drop-block rule needs an 'end' pattern");
        }
        for (const auto key : {std::string_view{"max_lines"}, std::string_view{"then_drop"}}) {
            if (const toml::node* node = table.get(key)) {
                const auto* n = node->as_integer();
                if (n == nullptr || n->get() < 0 || n->get() > 1000) {
                    fail(node->source(),
                         fmt::format("'{}' must be a whole number from 0 to 1000", key));
                }
                (key == "max_lines" ? rule.max_lines : rule.then_drop) =
                    static_cast<std::size_t>(n->get());
            }
        }
        rule.rest_category = rule.category;
        const auto rest = string_of(table, "rest_category", false, where);
        if (!rest.empty()) {
            const auto parsed_rest = category_from_string(rest);
            if (!parsed_rest) {
                fail(table.get("rest_category")->source(),
                     fmt::format("unknown category '{}'", rest));
            }
            rule.rest_category = *parsed_rest;
        }
        rule.field = string_of(table, "field", false, where);
        if (!rule.field.empty() && !kFields.contains(rule.field)) {
            fail(table.get("field")->source(), fmt::format("unknown field '{}'", rule.field));
        }
        if (rule.kind == RuleKind::extract && rule.field.empty()) {
            fail(where, "an extract rule needs 'field': dateline, byline, author, editor, date, "
                        "caption, editor_code or title");
        }
        rule.outlets = strings_of(table, "outlets");
        rule.must_match = strings_of(table, "must_match");
        rule.must_not_match = strings_of(table, "must_not_match");
        rule.description = string_of(table, "description", false, where);
        return rule;
    }

    OutletProfile outlet(const toml::table& table) const {
        OutletProfile profile;
        profile.file = file_;
        profile.id = string_of(table, "id", true, table.source());
        profile.name = string_of(table, "name", false, table.source());
        profile.signature_texts = strings_of(table, "signatures");
        for (const auto& [key, node] : table) {
            if (kOutletKeys.find(key.str()) == kOutletKeys.end()) {
                fail(node.source(), fmt::format("unknown key '{}' in [outlet]", key.str()));
            }
        }
        profile.aliases = strings_of(table, "aliases");
        profile.domains = strings_of(table, "domains");
        profile.time_zone = string_of(table, "time_zone", false, table.source());
        if (!profile.time_zone.empty() && profile.time_zone != "WIB" &&
            profile.time_zone != "WITA" && profile.time_zone != "WIT") {
            fail(table.get("time_zone")->source(),
                 fmt::format("unknown time_zone '{}' (WIB, WITA or WIT)", profile.time_zone));
        }
        const auto* array =
            table.get("signatures") != nullptr ? table.get("signatures")->as_array() : nullptr;
        for (std::size_t i = 0; i < profile.signature_texts.size(); ++i) {
            profile.signatures.push_back(
                compile(profile.signature_texts[i], false, (*array)[i].source()));
        }
        return profile;
    }

private:
    std::string file_;
};

} // namespace

std::string_view to_string(Scope scope) noexcept {
    for (const auto& [value, name] : kScopes) {
        if (value == scope) {
            return name;
        }
    }
    return "anywhere";
}

std::string_view to_string(RuleKind kind) noexcept {
    for (const auto& [value, name] : kKinds) {
        if (value == kind) {
            return name;
        }
    }
    return "drop-line";
}

bool Rule::applies_to(const std::optional<std::string>& outlet) const {
    if (outlets.empty()) {
        return true;
    }
    return outlet && std::find(outlets.begin(), outlets.end(), *outlet) != outlets.end();
}

void RuleSet::add(const RuleSource& source) {
    toml::table root;
    try {
        root = toml::parse(source.text, source.name);
    } catch (const toml::parse_error& e) {
        throw RuleError(fmt::format("{}:{}:{}: {}", source.name, e.source().begin.line,
                                    e.source().begin.column, e.description()));
    }
    const Reader reader(source.name);
    for (const auto& [key, node] : root) {
        if (key != "rule" && key != "outlet" && key != "scorer") { // scorer: heuristic.cpp's words
            reader.fail(node.source(),
                        fmt::format("unknown top-level key '{}' (expected [outlet] or [[rule]])",
                                    key.str()));
        }
    }
    std::vector<std::string> default_outlets;
    if (const toml::node* node = root.get("outlet")) {
        const auto* table = node->as_table();
        if (table == nullptr) {
            reader.fail(node->source(), "[outlet] must be a table");
        }
        outlets.push_back(reader.outlet(*table));
        default_outlets.push_back(outlets.back().id);
    }
    if (const toml::node* node = root.get("rule")) {
        const auto* array = node->as_array();
        if (array == nullptr) {
            reader.fail(node->source(), "rules are written as [[rule]] tables");
        }
        for (const auto& item : *array) {
            const auto* table = item.as_table();
            if (table == nullptr) {
                reader.fail(item.source(), "rules are written as [[rule]] tables");
            }
            Rule rule = reader.rule(*table);
            // Rules of an outlet's pack apply to that outlet unless they say otherwise;
            // outlets = ["*"] makes an outlet pack's rule apply everywhere.
            if (rule.outlets.empty()) {
                rule.outlets = default_outlets;
            } else if (rule.outlets.size() == 1 && rule.outlets.front() == "*") {
                rule.outlets.clear();
            }
            if (find(rule.id) != nullptr) {
                reader.fail(table->source(), fmt::format("duplicate rule id '{}'", rule.id));
            }
            rules.push_back(std::move(rule));
        }
    }
}

RuleSet RuleSet::from_sources(const std::vector<RuleSource>& sources) {
    RuleSet set;
    for (const auto& source : sources) {
        set.add(source);
    }
    return set;
}

const Rule* RuleSet::find(std::string_view id) const {
    const auto it =
        std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.id == id; });
    return it == rules.end() ? nullptr : &*it;
}

std::vector<std::string> RuleSet::check_examples() const {
    std::vector<std::string> failures;
    for (const auto& rule : rules) {
        for (const auto& example : rule.must_match) {
            if (!match::confirm(rule.pattern.regex(), example)) {
                failures.push_back(fmt::format("{}:{}: rule {} does not match its example \"{}\"",
                                               rule.file, rule.line, rule.id, example));
            }
        }
        for (const auto& example : rule.must_not_match) {
            if (match::confirm(rule.pattern.regex(), example)) {
                failures.push_back(fmt::format("{}:{}: rule {} matches its counter-example \"{}\"",
                                               rule.file, rule.line, rule.id, example));
            }
        }
    }
    return failures;
}

} // namespace bersih
