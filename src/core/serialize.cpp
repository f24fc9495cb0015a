#include "bersih/serialize.hpp"

#include "core/output_fields.hpp"

namespace bersih {

// The json value is read back from the text the CLI writes (contract_json.cpp): it serves the
// library's users and the tests, and cannot differ from the output.
nlohmann::ordered_json to_json(const Document& doc, const SerializeOptions& options) {
    std::string text;
    append_contract_json(text, doc, options, -1);
    return nlohmann::ordered_json::parse(text);
}

nlohmann::ordered_json removed_json(const Document& doc) {
    return to_json(doc, SerializeOptions{true})["removed"];
}

std::string to_text(const Document& doc) {
    std::string out;
    for (const OutputField& field : output_fields()) {
        if (field.in_text == InText::no) {
            continue;
        }
        if (const auto value = field.plain(doc)) {
            out += *value;
            if (field.in_text == InText::heading) {
                out += "\n\n";
            }
        }
    }
    if (!out.empty()) {
        out += '\n';
    }
    return out;
}

} // namespace bersih
