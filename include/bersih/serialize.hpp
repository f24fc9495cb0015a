#pragma once
#include "bersih/document.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace bersih {

struct SerializeOptions {
    bool explain = false; ///< add the "removed" array
};

/// The JSON contract object: the fields of the output table (src/core/output_fields.cpp) in its
/// order, "removed" only with explain. Absent values are null or []. Read back from
/// append_contract_json()'s text: one definition of the fields, and invalid UTF-8 already
/// replaced by U+FFFD.
nlohmann::ordered_json to_json(const Document& doc, const SerializeOptions& options = {});

/// Text output: the title, a blank line, then paragraphs separated by blank lines (the table's
/// heading and body fields).
std::string to_text(const Document& doc);

/// The contract object as JSON text appended to `out`: the bytes of
/// to_json(doc, options).dump(indent, ' ', false, error_handler_t::replace), without building it.
void append_contract_json(std::string& out, const Document& doc, const SerializeOptions& options,
                          int indent);

/// A structured input record after cleaning, as JSON text appended to `out`: its `fields` in
/// their order with the cleaned text under `text_key`, then the contract fields (all but source
/// and text; removed with explain) under `prefix` + name. A key the record already has keeps its
/// place and takes the new value, as assigning to a json object holding the record would.
void append_record_json(std::string& out, const nlohmann::ordered_json& fields,
                        std::string_view text_key, std::string_view prefix, const Document& doc,
                        const SerializeOptions& options, int indent);

/// Every listed removal in line order: {line, rule, category, text}.
nlohmann::ordered_json removed_json(const Document& doc);

/// Any JSON value as text, by the same writer as the output (nlohmann's dump(indent) bytes, with
/// invalid UTF-8 replaced by U+FFFD and numbers kept as the input wrote them): for the CLI's
/// other JSON files (--stats, --errors).
std::string json_text(const nlohmann::ordered_json& value, int indent);

} // namespace bersih
