// The contract object and the passthrough records, written as JSON text directly from the
// Document (see json_writer.hpp for why), both by walking the one table of output fields
// (output_fields.cpp); to_json() (serialize.cpp) reads the same text back.
#include "bersih/serialize.hpp"
#include "core/json_writer.hpp"
#include "core/output_fields.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace bersih {
namespace {

bool written(const OutputField& field, const SerializeOptions& options, const Document& doc) {
    return (!field.explain_only || options.explain) &&
           (field.present == nullptr || field.present(doc));
}

} // namespace

void append_contract_json(std::string& out, const Document& doc, const SerializeOptions& options,
                          int indent) {
    JsonWriter writer(out, indent);
    writer.begin_object();
    for (const OutputField& field : output_fields()) {
        if (field.in_contract && written(field, options, doc)) {
            writer.key(field.name);
            field.write(writer, doc);
        }
    }
    writer.end_object();
}

void append_record_json(std::string& out, const nlohmann::ordered_json& fields,
                        std::string_view text_key, std::string_view prefix, const Document& doc,
                        const SerializeOptions& options, int indent) {
    // What goes where, as assignments to a json object holding the record would do it: the text
    // first, then the prefixed fields in table order; the last assignment to a key wins, a key
    // the record has keeps its place, new keys follow in order.
    std::vector<std::pair<std::string, const OutputField*>> assigned;
    for (const OutputField& field : output_fields()) {
        if (field.in_record == InRecord::text_field && written(field, options, doc)) {
            assigned.emplace_back(text_key, &field);
        }
    }
    for (const OutputField& field : output_fields()) {
        if (field.in_record == InRecord::prefixed && written(field, options, doc)) {
            assigned.emplace_back(std::string(prefix) + std::string(field.name), &field);
        }
    }
    const auto last_assigned = [&](std::string_view key) -> const OutputField* {
        const auto it = std::find_if(assigned.rbegin(), assigned.rend(),
                                     [&](const auto& entry) { return entry.first == key; });
        return it != assigned.rend() ? it->second : nullptr;
    };
    JsonWriter writer(out, indent);
    writer.begin_object();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        writer.key(it.key());
        if (const OutputField* field = last_assigned(it.key())) {
            field->write(writer, doc);
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
            last_assigned(key)->write(writer, doc);
        }
    }
    writer.end_object();
}

std::string json_text(const nlohmann::ordered_json& value, int indent) {
    std::string out;
    JsonWriter writer(out, indent);
    writer.value(value);
    return out;
}

} // namespace bersih
