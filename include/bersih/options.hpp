#pragma once
// What a caller may tell the pipeline about one record, beyond its text.
#include <optional>
#include <string>

namespace bersih {

/// Options of the core, resolved from the command line (or set by a library user).
struct Options {
    std::optional<std::string> outlet; ///< force an outlet profile instead of detecting it
    std::optional<std::string> title;  ///< a title known from the input record (e.g. JSONL field)
    /// A publish date from the input record ("Selasa, 06 Agu 2024 18:58 WIB", ISO 8601, ...),
    /// used when the text itself states none.
    std::optional<std::string> published;
};

} // namespace bersih
