// Turns the named groups of an extract rule into metadata values.
#include "bersih/dates.hpp"
#include "bersih/normalize.hpp"
#include "filters/context.hpp"
#include "match/regex.hpp"

#include <boost/algorithm/string/trim.hpp>

#include <algorithm>

namespace bersih::filters {
namespace {

std::optional<std::string> group(const boost::smatch& m, const char* name) {
    const auto& sub = m[name];
    if (!sub.matched) {
        return std::nullopt;
    }
    std::string value = collapse_spaces(sub.str());
    boost::algorithm::trim_if(value,
                              [](char c) { return c == ' ' || c == ',' || c == '|' || c == '-'; });
    if (value.empty()) {
        return std::nullopt;
    }
    return value;
}

// A dateline that names only the outlet ("Suara.com -", "VIVA -", "KONTAN.CO.ID -", "POSMETRO
// MEDAN–") gives no city: a generic dateline rule may catch it before the outlet's own rule does.
// The outlets' names and aliases come from the packs' [outlet] tables; a name followed by one more
// word is a regional edition ("VIVA Bali", "POSMETRO MEDAN").
bool outlet_name_not_city(const std::string& city, const RuleSet& rules) {
    static const boost::regex domain(R"(^\S+\.(?:com|co\.id|co|id|net|tv|news)$)",
                                     boost::regex::perl | boost::regex::icase);
    if (match::confirm_whole(domain, city) || rules.find_outlet(city) != nullptr) {
        return true;
    }
    const std::size_t space = city.find(' ');
    return space != std::string::npos && city.find(' ', space + 1) == std::string::npos &&
           rules.find_outlet(std::string_view(city).substr(0, space)) != nullptr;
}

} // namespace

// "Irfan Kamil, Jessi Carina" / "A dan B" / "A & B" -> one name each.
std::vector<std::string> split_names(const std::string& names) {
    static const boost::regex separator(R"(\s*(?:,|&|\||\bdan\b|\band\b)\s*)");
    std::vector<std::string> out;
    for (const auto& piece : match::split(names, separator)) {
        std::string name = collapse_spaces(piece);
        boost::algorithm::trim_if(name, [](char c) { return c == ' ' || c == '-' || c == '.'; });
        if (!name.empty()) {
            out.push_back(name);
        }
    }
    return out;
}

void add_unique(std::vector<std::string>& list, const std::vector<std::string>& names) {
    for (const auto& name : names) {
        if (std::find(list.begin(), list.end(), name) == list.end()) {
            list.push_back(name);
        }
    }
}

void store_byline(Metadata& meta, const boost::smatch& m) {
    if (const auto author = group(m, "author")) {
        add_unique(meta.authors, split_names(*author));
    }
    if (const auto editor = group(m, "editor")) {
        add_unique(meta.editors, split_names(*editor));
    }
    if (const auto channel = group(m, "channel"); channel && !meta.channel) {
        meta.channel = *channel;
    }
    if (const auto date = group(m, "date"); date && !meta.published) {
        meta.published = parse_date(*date);
    }
}

void store_field(Metadata& meta, const std::string& field, const boost::smatch& m,
                 const RuleSet& rules) {
    if (field == "dateline") {
        if (const auto city = group(m, "city");
            city && !meta.dateline && !outlet_name_not_city(*city, rules)) {
            meta.dateline = title_case_city(*city);
        }
    } else if (field == "byline" || field == "author") {
        store_byline(meta, m);
    } else if (field == "editor") {
        if (const auto editor = group(m, "editor")) {
            add_unique(meta.editors, split_names(*editor));
        }
    } else if (field == "date") {
        // The first date, unless it has no time and a later one has: the first is then the
        // page's date under its menu ("Rabu, 5 November 2025"), the later one the article's
        // ("Senin, 3 November 2025 | 08:15 WIB").
        const auto text = group(m, "date");
        const bool untimed = meta.published && meta.published->find('T') == std::string::npos;
        if (!meta.published || untimed) {
            auto date = parse_date(text ? *text : m.str(0));
            if (!meta.published || (date && date->find('T') != std::string::npos)) {
                meta.published = std::move(date);
            }
        }
    } else if (field == "caption") {
        // A bare credit ("Foto/Instagram @x" with no caption before it) is still a photo's
        // caption, with empty text, as LABELING.md records it.
        const auto text = group(m, "text");
        const auto credit = group(m, "credit");
        if (text || credit) {
            meta.captions.push_back(Caption{text.value_or(std::string{}), credit});
        }
    } else if (field == "editor_code") {
        if (const auto code = group(m, "code"); code && !meta.editor_code) {
            meta.editor_code = *code;
        }
    } else if (field == "title") {
        if (const auto title = group(m, "title"); title && !meta.title) {
            meta.title = *title;
        }
    }
}

} // namespace bersih::filters
