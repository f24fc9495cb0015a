#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace bersih {

struct NormalizeStats {
    std::size_t invalid_utf8 = 0; ///< byte sequences replaced by U+FFFD
    std::size_t nul_bytes = 0;    ///< NUL bytes dropped
};

/// Make scraped text uniform before any rule sees it: UTF-8 BOM dropped, a body stored as a Python
/// list literal unwrapped (items become paragraphs), HTML entities decoded (twice when the dump
/// encoded them twice), HTML tags taken out (block tags become line breaks, script and style
/// elements go with their content), escaped `\n` and tab runs after a sentence made line breaks,
/// CRLF/CR to LF, invalid UTF-8 replaced by U+FFFD, NBSP and other Unicode spaces to ASCII space,
/// zero-width and soft-hyphen characters removed, runs of spaces folded, each line trimmed.
std::string normalize_text(std::string_view raw, NormalizeStats* stats = nullptr);

/// Decode HTML character references (`&amp;`, `&#39;`, `&#x2014;`, ...). Unknown ones are kept.
std::string decode_html_entities(std::string_view text);

/// Fold runs of ASCII whitespace into one space and trim both ends.
std::string collapse_spaces(std::string_view text);

/// ASCII-lowercase copy (enough for prefilter needles and Indonesian keywords).
std::string ascii_lower(std::string_view text);

/// "JAKARTA" -> "Jakarta", "KABUPATEN BOGOR" -> "Kabupaten Bogor"; mixed case is kept.
std::string title_case_city(std::string_view city);

} // namespace bersih
