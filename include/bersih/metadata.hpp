#pragma once
#include <optional>
#include <string>
#include <vector>

namespace bersih {

struct Caption {
    std::string text;
    std::optional<std::string> credit;
};

/// What the text itself says about the article.
struct Metadata {
    std::optional<std::string> outlet;  ///< short lowercase id: "detik", "kompas", ...
    std::optional<std::string> channel; ///< e.g. "detikNews"
    std::optional<std::string> title;
    std::vector<std::string> authors;
    std::vector<std::string> editors;
    std::optional<std::string> published; ///< ISO 8601, with offset when the text has a zone
    std::optional<std::string> dateline;  ///< city, title case
    std::vector<Caption> captions;
    std::optional<std::string> editor_code;
};

} // namespace bersih
