// The contract written as JSON text directly from the Document (see json_writer.hpp for why): the
// one definition of its fields (kContract and write_field), from which the JSON and JSONL
// outputs, the passthrough records and to_json() (serialize.cpp) all come.
#include "bersih/serialize.hpp"
#include "core/json_writer.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace bersih {
namespace {

enum class Field {
    source,
    outlet,
    channel,
    title,
    authors,
    editors,
    published,
    dateline,
    captions,
    editor_code,
    paragraphs,
    text,
    empty,
    removed
};

// The contract object's keys in their order (to_json), "removed" only with explain.
constexpr std::array<std::pair<const char*, Field>, 14> kContract{
    {{"source", Field::source},
     {"outlet", Field::outlet},
     {"channel", Field::channel},
     {"title", Field::title},
     {"authors", Field::authors},
     {"editors", Field::editors},
     {"published", Field::published},
     {"dateline", Field::dateline},
     {"captions", Field::captions},
     {"editor_code", Field::editor_code},
     {"paragraphs", Field::paragraphs},
     {"text", Field::text},
     {"empty", Field::empty},
     {"removed", Field::removed}}};

void write_removal(JsonWriter& out, std::size_t line, const std::string& rule, Category category,
                   const std::string& text) {
    out.begin_object();
    out.key("line");
    out.number(line);
    out.key("rule");
    out.string(rule);
    out.key("category");
    out.string(to_string(category));
    out.key("text");
    out.string(text);
    out.end_object();
}

// Every removal in line order (removed_json() reads it back).
void write_removed(JsonWriter& out, const Document& doc) {
    out.begin_array();
    for (const auto& line : doc.lines) {
        if (!line.kept() && !line.text.empty()) {
            write_removal(out, line.number, line.rule, line.category, line.text);
        }
        for (const auto& cut : line.cuts) {
            write_removal(out, line.number, cut.rule, cut.category, cut.text);
        }
    }
    out.end_array();
}

void write_captions(JsonWriter& out, const std::vector<Caption>& captions) {
    out.begin_array();
    for (const auto& caption : captions) {
        out.begin_object();
        out.key("text");
        out.string(caption.text);
        out.key("credit");
        out.optional_string(caption.credit);
        out.end_object();
    }
    out.end_array();
}

void write_field(JsonWriter& out, const Document& doc, Field field) {
    const Metadata& m = doc.meta;
    switch (field) {
    case Field::source:
        return out.string(doc.source);
    case Field::outlet:
        return out.optional_string(m.outlet);
    case Field::channel:
        return out.optional_string(m.channel);
    case Field::title:
        return out.optional_string(m.title);
    case Field::authors:
        return out.strings(m.authors);
    case Field::editors:
        return out.strings(m.editors);
    case Field::published:
        return out.optional_string(m.published);
    case Field::dateline:
        return out.optional_string(m.dateline);
    case Field::captions:
        return write_captions(out, m.captions);
    case Field::editor_code:
        return out.optional_string(m.editor_code);
    case Field::paragraphs:
        return out.strings(doc.paragraphs);
    case Field::text:
        return out.joined(doc.paragraphs, "\n\n");
    case Field::empty:
        return out.boolean(doc.paragraphs.empty());
    case Field::removed:
        return write_removed(out, doc);
    }
}

} // namespace

void append_contract_json(std::string& out, const Document& doc, const SerializeOptions& options,
                          int indent) {
    JsonWriter writer(out, indent);
    writer.begin_object();
    for (const auto& [name, field] : kContract) {
        if (field != Field::removed || options.explain) {
            writer.key(name);
            write_field(writer, doc, field);
        }
    }
    writer.end_object();
}

void append_record_json(std::string& out, const nlohmann::ordered_json& fields,
                        std::string_view text_key, std::string_view prefix, const Document& doc,
                        const SerializeOptions& options, int indent) {
    // What goes where, as assignments to a json object holding the record would do it: the last
    // assignment to a key wins, a key the record has keeps its place, new keys follow in order.
    std::vector<std::pair<std::string, Field>> assigned;
    assigned.emplace_back(text_key, Field::text);
    for (const auto& [name, field] : kContract) {
        if (field != Field::source && field != Field::text &&
            (field != Field::removed || options.explain)) {
            assigned.emplace_back(std::string(prefix) + name, field);
        }
    }
    const auto last_assigned = [&](std::string_view key) -> const Field* {
        const auto it = std::find_if(assigned.rbegin(), assigned.rend(),
                                     [&](const auto& entry) { return entry.first == key; });
        return it != assigned.rend() ? &it->second : nullptr;
    };
    JsonWriter writer(out, indent);
    writer.begin_object();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        writer.key(it.key());
        if (const Field* field = last_assigned(it.key())) {
            write_field(writer, doc, *field);
        } else {
            writer.value(*it);
        }
    }
    for (std::size_t i = 0; i < assigned.size(); ++i) {
        const std::string& key = assigned[i].first;
        bool seen = fields.contains(key);
        for (std::size_t j = 0; j < i && !seen; ++j) {
            seen = assigned[j].first == key;
        }
        if (!seen) {
            writer.key(key);
            write_field(writer, doc, *last_assigned(key));
        }
    }
    writer.end_object();
}

} // namespace bersih
