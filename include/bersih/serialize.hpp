#pragma once
#include "bersih/document.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace bersih {

struct SerializeOptions {
    bool explain = false; ///< add the "removed" array
};

/// The JSON contract object: source, outlet, title, authors, editors, published, dateline,
/// captions, editor_code, paragraphs, text (+ removed with explain). Absent values are null or [].
nlohmann::ordered_json to_json(const Document& doc, const SerializeOptions& options = {});

/// Text output: the title, a blank line, then paragraphs separated by blank lines.
std::string to_text(const Document& doc);

/// Every removal in line order: {line, rule, category, text}.
nlohmann::ordered_json removed_json(const Document& doc);

} // namespace bersih
