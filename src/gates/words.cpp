#include "gates/words.hpp"

#include "bersih/normalize.hpp"

#include <array>
#include <cstdint>

namespace bersih::gates {

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
    // for_each_word's words, counted where they start; an ASCII byte is classified by a table
    // lookup without a branch (every output paragraph is counted: 4% of a JSONL run).
    static constexpr auto kWordByte = [] {
        std::array<std::uint8_t, 128> table{};
        for (unsigned c = 0; c < 128; ++c) {
            table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return table;
    }();
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t n = 0;
    unsigned in_word = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (p[i] < 0x80) {
            const unsigned word = kWordByte[p[i]];
            n += word & (in_word ^ 1U);
            in_word = word;
            ++i;
            continue;
        }
        const std::size_t sep = detail::separator_length(text, i);
        n += sep == 0 ? (in_word ^ 1U) : 0U;
        in_word = sep == 0 ? 1U : 0U;
        i += sep == 0 ? 1 : sep;
    }
    return n;
}

} // namespace bersih::gates
