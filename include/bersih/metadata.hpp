#pragma once
#include <initializer_list>
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

/// Calls visit(std::string&) on every text the metadata holds, for the repairs that apply to
/// all of them (invalid UTF-8): a member added above is added here too.
template <class Visit>
void for_each_text(Metadata& m, Visit&& visit) {
    for (auto* value :
         {&m.outlet, &m.channel, &m.title, &m.published, &m.dateline, &m.editor_code}) {
        if (*value) {
            visit(**value);
        }
    }
    for (auto* list : {&m.authors, &m.editors}) {
        for (auto& value : *list) {
            visit(value);
        }
    }
    for (auto& caption : m.captions) {
        visit(caption.text);
        if (caption.credit) {
            visit(*caption.credit);
        }
    }
}

} // namespace bersih
