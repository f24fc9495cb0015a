#include "bersih/serialize.hpp"

namespace bersih {
namespace {

template <typename T>
nlohmann::ordered_json optional_json(const std::optional<T>& value) {
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

std::string joined_text(const Document& doc) {
    std::string text;
    for (const auto& paragraph : doc.paragraphs) {
        if (!text.empty()) {
            text += "\n\n";
        }
        text += paragraph;
    }
    return text;
}

} // namespace

nlohmann::ordered_json removed_json(const Document& doc) {
    auto removed = nlohmann::ordered_json::array();
    for (const auto& line : doc.lines) {
        if (!line.kept() && !line.text.empty()) {
            removed.push_back({{"line", line.number},
                               {"rule", line.rule},
                               {"category", to_string(line.category)},
                               {"text", line.text}});
        }
        for (const auto& cut : line.cuts) {
            removed.push_back({{"line", line.number},
                               {"rule", cut.rule},
                               {"category", to_string(cut.category)},
                               {"text", cut.text}});
        }
    }
    return removed;
}

nlohmann::ordered_json to_json(const Document& doc, const SerializeOptions& options) {
    const Metadata& m = doc.meta;
    auto captions = nlohmann::ordered_json::array();
    for (const auto& caption : m.captions) {
        captions.push_back({{"text", caption.text}, {"credit", optional_json(caption.credit)}});
    }
    nlohmann::ordered_json out;
    out["source"] = doc.source;
    out["outlet"] = optional_json(m.outlet);
    out["channel"] = optional_json(m.channel);
    out["title"] = optional_json(m.title);
    out["authors"] = m.authors;
    out["editors"] = m.editors;
    out["published"] = optional_json(m.published);
    out["dateline"] = optional_json(m.dateline);
    out["captions"] = std::move(captions);
    out["editor_code"] = optional_json(m.editor_code);
    out["paragraphs"] = doc.paragraphs;
    out["text"] = joined_text(doc);
    out["empty"] = doc.paragraphs.empty();
    if (options.explain) {
        out["removed"] = removed_json(doc);
    }
    return out;
}

std::string to_text(const Document& doc) {
    std::string out;
    if (doc.meta.title) {
        out += *doc.meta.title;
        out += "\n\n";
    }
    out += joined_text(doc);
    if (!out.empty()) {
        out += '\n';
    }
    return out;
}

} // namespace bersih
