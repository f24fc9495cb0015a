#include "gates/words.hpp"

#include "bersih/normalize.hpp"

namespace bersih::gates {
namespace detail {

std::size_t separator_length(std::string_view text, std::size_t i) noexcept {
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

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    for_each_word(text, [&](std::string_view word) { out.push_back(ascii_lower(word)); });
    return out;
}

std::string normalised_words(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for_each_word(text, [&](std::string_view word) {
        if (!out.empty()) {
            out.push_back(' ');
        }
        for (const char c : word) {
            out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        }
    });
    return out;
}

std::size_t count_words(std::string_view text) {
    std::size_t n = 0;
    for_each_word(text, [&](std::string_view) { ++n; });
    return n;
}

} // namespace bersih::gates
