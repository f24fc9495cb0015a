#pragma once
// The words of a cleaned text as the record gates count and compare them: runs of letters and
// digits (any non-ASCII letter counts as a letter), ASCII-lowercased; spaces, ASCII punctuation
// and the punctuation block of Unicode (curly quotes, dashes, ellipsis) separate them. So
// "Kata  dia, “Ya.”" and "kata dia ya" have the same words.
#include <string>
#include <string_view>
#include <vector>

namespace bersih::gates {

/// Calls `visit(std::string_view word)` for each word, as written (case kept).
template <typename Visit>
void for_each_word(std::string_view text, Visit&& visit);

std::vector<std::string> words_of(std::string_view text);

/// The words joined by one space, lowercased: what exact dedup compares.
std::string normalised_words(std::string_view text);

std::size_t count_words(std::string_view text);

// --- implementation ---

namespace detail {
/// Bytes of separator at `i` (0 when text[i] starts a word character). Inline: for_each_word
/// calls it once per byte (out of line, count_words alone was 4% of a run).
inline std::size_t separator_length(std::string_view text, std::size_t i) noexcept {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
        const bool alnum =
            (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return alnum ? 0 : 1;
    }
    // U+2000..U+206F (General Punctuation: spaces, dashes, quotes, ellipsis) is E2 80..81 xx.
    if (c == 0xE2 && i + 2 < text.size()) {
        const auto c1 = static_cast<unsigned char>(text[i + 1]);
        if (c1 == 0x80 || c1 == 0x81) {
            return 3;
        }
    }
    // U+00A0..U+00BF (no-break space, «, », ·, ...) is C2 A0..BF.
    if (c == 0xC2 && i + 1 < text.size()) {
        const auto c1 = static_cast<unsigned char>(text[i + 1]);
        if (c1 >= 0xA0 && c1 <= 0xBF) {
            return 2;
        }
    }
    return 0;
}
} // namespace detail

template <typename Visit>
void for_each_word(std::string_view text, Visit&& visit) {
    std::size_t i = 0;
    std::size_t start = std::string_view::npos;
    while (i < text.size()) {
        const std::size_t sep = detail::separator_length(text, i);
        if (sep > 0) {
            if (start != std::string_view::npos) {
                visit(text.substr(start, i - start));
                start = std::string_view::npos;
            }
            i += sep;
        } else {
            if (start == std::string_view::npos) {
                start = i;
            }
            ++i;
        }
    }
    if (start != std::string_view::npos) {
        visit(text.substr(start));
    }
}

} // namespace bersih::gates
