// Builds the output paragraphs from the kept lines. Blank and removed lines separate paragraphs;
// consecutive lines are re-joined when they are fragments of one paragraph that the scraper split
// at inline links (Kompas: "Timnas Indonesia" / "dibekuk oleh tim ...," / "Jepang" / ", pada ...").
#include "filters/context.hpp"

namespace bersih::filters {
namespace {

constexpr std::size_t kMaxAnchorWords = 6;

bool starts_with_any(const std::string& text, std::string_view chars) {
    return !text.empty() && chars.find(text.front()) != std::string_view::npos;
}

bool ends_sentence(const std::string& text) {
    if (text.empty()) {
        return false;
    }
    if (text.size() >= 3 && (text.ends_with("\xE2\x80\x9D") || text.ends_with("\xE2\x80\x99"))) {
        return true; // closing curly quote
    }
    return std::string_view(".!?\":;'").find(text.back()) != std::string_view::npos;
}

bool opens_inline(const std::string& text) {
    return text.ends_with("(") || text.ends_with("\xE2\x80\x9C") || text.ends_with(" -");
}

bool starts_lowercase(const std::string& text) {
    return !text.empty() && text.front() >= 'a' && text.front() <= 'z';
}

// Would `next` continue `prev` as one paragraph, judging by the two lines alone?
bool continues(const std::string& prev, const std::string& next) {
    if (starts_with_any(next, ",.;:)?!")) {
        return true;
    }
    if (opens_inline(prev)) {
        return true;
    }
    return !ends_sentence(prev) && starts_lowercase(next);
}

bool is_anchor(const std::string& text) {
    return word_count(text) <= kMaxAnchorWords && !ends_sentence(text);
}

std::string join(const std::string& left, const std::string& right) {
    if (left.empty()) {
        return right;
    }
    if (starts_with_any(right, ",.;:)?!") || left.ends_with("(") || left.ends_with("\xE2\x80\x9C")) {
        return left + right;
    }
    return left + " " + right;
}

} // namespace

void assemble_paragraphs(Document& doc, const Context& /*ctx*/) {
    // Runs of consecutive kept lines; anything else between two lines breaks the run.
    std::vector<std::vector<std::size_t>> runs;
    std::vector<std::size_t> run;
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        if (doc.lines[i].kept_text()) {
            run.push_back(i);
        } else if (!run.empty()) {
            runs.push_back(std::move(run));
            run.clear();
        }
    }
    if (!run.empty()) {
        runs.push_back(std::move(run));
    }

    doc.paragraphs.clear();
    for (const auto& lines : runs) {
        std::vector<bool> joins(lines.size(), false);
        for (std::size_t k = 1; k < lines.size(); ++k) {
            joins[k] = continues(doc.lines[lines[k - 1]].text, doc.lines[lines[k]].text);
        }
        // A short anchor line between a sentence in progress and a continuation joins both.
        for (std::size_t k = 1; k + 1 < lines.size(); ++k) {
            if (!joins[k] && joins[k + 1] && is_anchor(doc.lines[lines[k]].text) &&
                !ends_sentence(doc.lines[lines[k - 1]].text)) {
                joins[k] = true;
            }
        }
        for (std::size_t k = 0; k < lines.size(); ++k) {
            Line& line = doc.lines[lines[k]];
            if (k == 0 || !joins[k]) {
                doc.paragraphs.push_back(line.text);
            } else {
                doc.paragraphs.back() = join(doc.paragraphs.back(), line.text);
            }
            line.paragraph = static_cast<int>(doc.paragraphs.size()) - 1;
        }
    }
}

} // namespace bersih::filters
