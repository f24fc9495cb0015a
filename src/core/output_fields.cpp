// The output's fields, in their order (see output_fields.hpp). An entry names the key, says
// where it appears and writes the value from the Document; the value itself is found by the
// pipeline (Metadata, filled by the extract rules' fields in metadata_fields.cpp).
#include "core/output_fields.hpp"

#include "core/raw_number.hpp"

#include <fmt/format.h>

#include <array>
#include <cmath>

namespace bersih {
namespace {

void write_removal(JsonWriter& out, const Removal& removal) {
    out.begin_object();
    out.key("line");
    out.number(removal.line);
    out.key("rule");
    out.string(removal.rule);
    out.key("category");
    out.string(to_string(removal.category));
    out.key("text");
    out.string(removal.text);
    out.end_object();
}

void write_captions(JsonWriter& out, const Document& doc) {
    out.begin_array();
    for (const auto& caption : doc.meta.captions) {
        out.begin_object();
        out.key("text");
        out.string(caption.text);
        out.key("credit");
        out.optional_string(caption.credit);
        out.end_object();
    }
    out.end_array();
}

std::string joined_paragraphs(const Document& doc) {
    std::string text;
    for (const auto& paragraph : doc.paragraphs) {
        if (!text.empty()) {
            text += "\n\n";
        }
        text += paragraph;
    }
    return text;
}

const auto kFields = std::to_array<OutputField>({
    {.name = "source",
     .write = [](JsonWriter& out, const Document& doc) { out.string(doc.source); },
     .in_record = InRecord::no},
    {.name = "outlet",
     .write = [](JsonWriter& out, const Document& doc) { out.optional_string(doc.meta.outlet); }},
    {.name = "channel",
     .write = [](JsonWriter& out, const Document& doc) { out.optional_string(doc.meta.channel); }},
    {.name = "title",
     .write = [](JsonWriter& out, const Document& doc) { out.optional_string(doc.meta.title); },
     .in_text = InText::heading,
     .plain = [](const Document& doc) { return doc.meta.title; }},
    {.name = "authors",
     .write = [](JsonWriter& out, const Document& doc) { out.strings(doc.meta.authors); }},
    {.name = "editors",
     .write = [](JsonWriter& out, const Document& doc) { out.strings(doc.meta.editors); }},
    {.name = "published",
     .write = [](JsonWriter& out,
                 const Document& doc) { out.optional_string(doc.meta.published); }},
    {.name = "dateline",
     .write = [](JsonWriter& out, const Document& doc) { out.optional_string(doc.meta.dateline); }},
    {.name = "captions", .write = write_captions},
    {.name = "editor_code",
     .write = [](JsonWriter& out,
                 const Document& doc) { out.optional_string(doc.meta.editor_code); }},
    {.name = "paragraphs",
     .write = [](JsonWriter& out, const Document& doc) { out.strings(doc.paragraphs); }},
    {.name = "text",
     // Written without joining the paragraphs first: the text is most of the output's bytes.
     .write = [](JsonWriter& out, const Document& doc) { out.joined(doc.paragraphs, "\n\n"); },
     .in_record = InRecord::text_field,
     .in_text = InText::body,
     .plain = [](const Document& doc) -> std::optional<std::string> {
         return joined_paragraphs(doc);
     }},
    {.name = "empty",
     .write = [](JsonWriter& out, const Document& doc) { out.boolean(doc.paragraphs.empty()); }},
    {.name = "words",
     .write = [](JsonWriter& out, const Document& doc) { out.number(doc.figures->words); },
     .present = [](const Document& doc) { return doc.figures.has_value(); }},
    {.name = "residue",
     .write =
         [](JsonWriter& out, const Document& doc) {
             // Four decimals: enough to rank records, and the same bytes on every platform.
             const double residue = std::round(doc.figures->residue * 1e4) / 1e4;
             out.value(raw_number(fmt::format("{}", residue)));
         },
     .present = [](const Document& doc) { return doc.figures.has_value(); }},
    {.name = "removed",
     .write =
         [](JsonWriter& out, const Document& doc) {
             out.begin_array();
             for_each_removal(doc, [&](const Removal& removal) {
                 if (removal.listed()) {
                     write_removal(out, removal);
                 }
             });
             out.end_array();
         },
     .explain_only = true},
});

} // namespace

std::span<const OutputField> output_fields() { return kFields; }

} // namespace bersih
