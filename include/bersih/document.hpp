#pragma once
#include "bersih/category.hpp"
#include "bersih/metadata.hpp"

#include <cstddef>
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

/// A record's lines plus what the pipeline learnt about it.
struct Document {
    std::string source; ///< file path, "-" for stdin, or "path:record"
    std::vector<Line> lines;
    Metadata meta;
    std::vector<std::string> paragraphs;
    /// Lines on which a rule was skipped because its pattern hit the regex complexity limit.
    std::size_t regex_limit_skips = 0;

    /// Split normalised text into lines numbered from 1.
    static Document from_text(std::string_view normalised_text, std::string source = "-");

    /// Mark a kept line removed. A line already removed keeps its first reason.
    void remove(std::size_t index, std::string_view rule, Category category);
};

} // namespace bersih
