#include "bersih/document.hpp"

namespace bersih {

Document Document::from_text(std::string_view normalised_text, std::string source) {
    Document doc;
    doc.source = std::move(source);
    std::size_t number = 1;
    std::size_t start = 0;
    while (start <= normalised_text.size()) {
        const auto end = normalised_text.find('\n', start);
        const auto stop = end == std::string_view::npos ? normalised_text.size() : end;
        Line line;
        line.number = number++;
        line.text = std::string(normalised_text.substr(start, stop - start));
        doc.lines.push_back(std::move(line));
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 1;
    }
    // A final newline does not open another line.
    if (!doc.lines.empty() && doc.lines.back().text.empty() && !normalised_text.empty() &&
        normalised_text.back() == '\n') {
        doc.lines.pop_back();
    }
    return doc;
}

void Document::remove(std::size_t index, std::string_view rule, Category category) {
    Line& line = lines.at(index);
    if (!line.kept()) {
        return;
    }
    line.state = LineState::removed;
    line.rule = std::string(rule);
    line.category = category;
}

} // namespace bersih
