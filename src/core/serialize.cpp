#include "bersih/serialize.hpp"

namespace bersih {
namespace {

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

// One definition of the contract: the field table and writer of contract_json.cpp. The json
// value is read back from the text it writes (the CLI writes the text; the value serves the
// library's users, --explain's text lines and the tests).
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
