// Which fields of a structured record hold the text, title, id, URL, publish date and outlet.
#include "core/raw_number.hpp"
#include "io/readers.hpp"

#include <fmt/format.h>

#include <array>
#include <string_view>

namespace bersih::io {
namespace {

// Names scrapers commonly use, tried when the user did not name the field. The real dumps we
// know use "isi_berita"/"Content" (CSV), "content"/"link" (JSON), "judul"/"Title".
constexpr std::array<std::string_view, 8> kTextAliases{
    "content", "Content", "isi_berita", "isi", "body", "article", "Text", "artikel"};
constexpr std::array<std::string_view, 3> kTitleAliases{"judul", "Title", "headline"};
constexpr std::array<std::string_view, 4> kUrlAliases{"link", "Link", "tautan", "URL"};
constexpr std::array<std::string_view, 7> kDateAliases{
    "tanggal",      "tanggal_publikasi", "Article Date", "published",
    "published_at", "publish_date",      "Date"};
constexpr std::array<std::string_view, 6> kOutletAliases{"source", "media", "portal",
                                                         "Source", "Media", "sumber"};

template <std::size_t N>
nlohmann::ordered_json::iterator find_field(nlohmann::ordered_json& object, const std::string& name,
                                            bool explicit_name,
                                            const std::array<std::string_view, N>& aliases) {
    auto it = object.find(name);
    if (it != object.end() || explicit_name) {
        return it;
    }
    for (const auto alias : aliases) {
        it = object.find(std::string(alias));
        if (it != object.end()) {
            return it;
        }
    }
    return object.end();
}

std::string_view type_name(const nlohmann::ordered_json& value) {
    if (raw_number_text(value)) {
        return "number";
    }
    return value.type_name(); // "null", "number", "array", ...
}

} // namespace

std::optional<std::string> record_from_object(nlohmann::ordered_json&& object,
                                              const ReaderOptions& options, Record& record) {
    if (!object.is_object()) {
        return fmt::format("record is a JSON {}, not an object", type_name(object));
    }
    record.fields = std::move(object);
    auto& fields = record.fields;
    const auto text =
        find_field(fields, options.text_field, options.text_field_explicit, kTextAliases);
    if (text == fields.end()) {
        return fmt::format("missing text field '{}'", options.text_field);
    }
    if (!text->is_string()) {
        return fmt::format("text field '{}' is {}, not a string", text.key(), type_name(*text));
    }
    record.text_key = text.key();
    record.text = std::move(text->get_ref<std::string&>()); // the output replaces it

    const auto title =
        find_field(fields, options.title_field, options.title_field_explicit, kTitleAliases);
    if (title != fields.end() && !title->is_null()) {
        if (!title->is_string()) {
            return fmt::format("title field '{}' is {}, not a string", title.key(),
                               type_name(*title));
        }
        const auto& value = title->get_ref<const std::string&>();
        if (!value.empty()) {
            record.title = value;
        }
    }
    const auto id = fields.find(options.id_field);
    if (id != fields.end()) {
        if (id->is_string()) {
            record.id = id->get<std::string>();
        } else if (id->is_number()) {
            record.id = id->dump();
        } else if (const auto raw = raw_number_text(*id)) {
            record.id = std::string(*raw);
        }
    }
    const auto url = find_field(fields, options.url_field, options.url_field_explicit, kUrlAliases);
    if (url != fields.end() && url->is_string()) {
        record.url = url->get<std::string>();
    }
    const auto date =
        find_field(fields, options.date_field, options.date_field_explicit, kDateAliases);
    if (date != fields.end() && date->is_string()) {
        record.date = date->get<std::string>();
    }
    const auto outlet =
        find_field(fields, options.outlet_field, options.outlet_field_explicit, kOutletAliases);
    if (outlet != fields.end() && outlet->is_string()) {
        record.outlet = outlet->get<std::string>();
    }
    return std::nullopt;
}

} // namespace bersih::io
