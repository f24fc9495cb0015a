#include "learn/pack_writer.hpp"

#include "learn/line_key.hpp"

#include <fmt/format.h>

namespace bersih::learn {
namespace {

std::string describe(const LearnedRule& rule) {
    const auto fixed = fixed_of(rule.key);
    switch (kind_of(rule.key)) {
    case KeyKind::head:
        return fmt::format("A line that opens with '{}' (digits: any number)", fixed);
    case KeyKind::tail:
        return fmt::format("A line that ends with '{}' (digits: any number)", fixed);
    case KeyKind::line:
        break;
    }
    return fmt::format("The line '{}' (digits: any number)", fixed);
}

std::string string_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += (i == 0 ? "" : ", ") + toml_string(items[i]);
    }
    return out + "]";
}

double percent(std::uint64_t part, std::uint64_t whole) {
    return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

} // namespace

std::string toml_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (u < 0x20 || u == 0x7f) {
            out += fmt::format("\\u{:04X}", u);
        } else {
            out.push_back(c);
        }
    }
    return out + "\"";
}

std::string write_pack(const std::vector<LearnedRule>& rules, const MinerSettings& settings,
                       std::uint64_t articles) {
    std::string out = fmt::format(
        "# Rules learned by `bersih learn` from {} articles: lines and line templates that the\n"
        "# built-in rules left in at least {} articles and {:.1f}% of one outlet's articles.\n"
        "# Read them, delete what is article text, keep the rest: bersih --rules FILE.\n"
        "# Settings: --min-articles {} --min-share {} --prose-share {} --memory {}\n",
        articles, settings.min_articles, 100.0 * settings.min_share, settings.min_articles,
        settings.min_share, settings.prose_share, settings.memory);
    for (const auto& rule : rules) {
        out += fmt::format(
            "\n# {}: in {} of {} articles ({:.1f}%; counted {}, at most {} of them from the "
            "key it replaced), read as prose in {}\n",
            rule.outlet, rule.articles, rule.outlet_articles,
            percent(rule.articles, rule.outlet_articles), rule.counted,
            rule.counted - rule.articles, rule.prose);
        out += "[[rule]]\n";
        out += fmt::format("id = {}\n", toml_string(rule.id));
        out += fmt::format("category = {}\n", toml_string(to_string(rule.category)));
        out += "kind = \"drop-line\"\n";
        out += fmt::format("outlets = [{}]\n", toml_string(rule.outlet));
        out += fmt::format("description = {}\n", toml_string(describe(rule)));
        out += fmt::format("pattern = '{}'\n", rule.pattern);
        out += fmt::format("must_match = {}\n", string_list(rule.must_match));
        if (!rule.must_not_match.empty()) {
            out += fmt::format("must_not_match = {}\n", string_list(rule.must_not_match));
        }
    }
    return out;
}

} // namespace bersih::learn
