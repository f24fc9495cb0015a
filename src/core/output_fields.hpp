#pragma once
// The one definition of the output: every field bersih writes about a record, in order, with
// where it appears. The JSON contract object, the fields added to a structured input record
// (JSONL and JSON passthrough), the text output and --explain are all produced by walking this
// table (contract_json.cpp, serialize.cpp); adding a field is one entry in output_fields.cpp plus
// the code that finds its value.
#include "bersih/document.hpp"
#include "core/json_writer.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace bersih {

/// What a structured input record (JSONL, JSON, CSV) gets of a field.
enum class InRecord {
    no,         ///< nothing (the record already says where it came from)
    text_field, ///< the value replaces the record's own text field, in its place
    prefixed,   ///< added under --meta-prefix + name (replacing a key of that name)
};

/// What the text output prints of a field: the text output is the fields marked here, in table
/// order, each only when present.
enum class InText {
    no,
    heading, ///< followed by a blank line
    body,    ///< the cleaned text itself
};

struct OutputField {
    std::string_view name; ///< the key, as documented in the README's output contract
    /// Writes the value: a string, null when absent, [] for an empty list, never omitted.
    void (*write)(JsonWriter& out, const Document& doc) = nullptr;
    bool in_contract = true; ///< a key of the contract object (text input, --format json/jsonl)
    InRecord in_record = InRecord::prefixed;
    bool explain_only = false; ///< written only with --explain
    InText in_text = InText::no;
    /// Whether the record has the field at all (nullptr: always). A field without it is left out
    /// of every output, key and all: the figures exist only where they were measured.
    bool (*present)(const Document& doc) = nullptr;
    /// The value as plain text, for fields the text output prints (nullopt: absent).
    std::optional<std::string> (*plain)(const Document& doc) = nullptr;
};

/// Every field in output order.
std::span<const OutputField> output_fields();

} // namespace bersih
