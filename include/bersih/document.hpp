#pragma once
#include "bersih/category.hpp"
#include "bersih/metadata.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bersih {

/// A piece of text removed from inside a line that is otherwise kept.
struct Cut {
    std::string rule;
    Category category;
    std::string text;
};

enum class LineState { kept, removed };

/// One input line. Lines are never erased: a filter marks them, so every line of input can say
/// what became of it ("mark, don't erase").
struct Line {
    std::size_t number = 0; ///< 1-based line number in the input record
    std::string text;       ///< current text: normalised, trimmed, spans cut out
    LineState state = LineState::kept;
    std::string rule; ///< the rule that removed it, when removed
    Category category = Category::other;
    std::vector<Cut> cuts; ///< spans cut from a kept line
    int paragraph = -1;    ///< index of the output paragraph it went into

    [[nodiscard]] bool kept() const noexcept { return state == LineState::kept; }
    [[nodiscard]] bool blank() const noexcept { return text.empty(); }
    [[nodiscard]] bool kept_text() const noexcept { return kept() && !blank(); }
};

/// Figures of the cleaned record that JSONL output carries (measured by src/gates).
struct RecordFigures {
    std::size_t words = 0; ///< words of the cleaned text
    double residue = 0.0;  ///< share of kept text that still reads as page furniture, 0 to 1
};

/// A record's lines plus what the pipeline learnt about it.
struct Document {
    std::string source; ///< file path, "-" for stdin, or "path:record"
    std::vector<Line> lines;
    Metadata meta;
    std::vector<std::string> paragraphs;
    /// Lines on which a rule was skipped because its pattern hit the regex complexity limit.
    std::size_t regex_limit_skips = 0;
    /// Set after cleaning when the output carries them (JSONL); absent otherwise.
    std::optional<RecordFigures> figures;

    /// Split normalised text into lines numbered from 1.
    static Document from_text(std::string_view normalised_text, std::string source = "-");

    /// Mark a kept line removed. A line already removed keeps its first reason.
    void remove(std::size_t index, std::string_view rule, Category category);
};

/// One removal: a removed line, or a span cut from a line.
struct Removal {
    std::size_t line = 0; ///< 1-based line number
    std::string_view rule;
    Category category = Category::other;
    std::string_view text;

    /// Whether --explain lists it (the "removed" array, the text format's lines): a removed
    /// blank line says nothing to a reader, but the statistics count it.
    [[nodiscard]] bool listed() const noexcept { return !text.empty(); }
};

/// Every removal in line order, each removed line before the spans cut from it: the one loop
/// behind the "removed" array, --explain's lines and the per-rule statistics.
template <class Visit>
void for_each_removal(const Document& doc, Visit&& visit) {
    for (const auto& line : doc.lines) {
        if (!line.kept()) {
            visit(Removal{line.number, line.rule, line.category, line.text});
        }
        for (const auto& cut : line.cuts) {
            visit(Removal{line.number, cut.rule, cut.category, cut.text});
        }
    }
}

} // namespace bersih
