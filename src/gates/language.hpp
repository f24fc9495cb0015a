#pragma once
// Is a cleaned text Indonesian? A stop-word profile: the words of the lexicon's classes
// "stop-words-id" and "stop-words-en" (rules/lexicon.toml) are counted, and the text is
// Indonesian when it has Indonesian stop words and at least kIndonesianRatio of them for each
// English one. Function words are the densest and most stable signal of a language (Grefenstette
// 1995) and need no model. The ratio is lopsided on purpose: an English news text holds no
// Indonesian function word at all (0 in each of the 15 records of the English ANTARA dump, against
// 59 to 318 English ones), while an Indonesian article may quote a long English passage: the
// lyrics pages of ../shared (an English song under two or three Indonesian sentences) hold 5 to 8
// Indonesian stop words against 23 to 52 English ones, and stay. An English text would need one
// Indonesian function word in ten of its English ones, some 30 words of Indonesian quotes in a
// 300-word article, to pass.
#include "bersih/lexicon.hpp"

#include <cstddef>
#include <string_view>

namespace bersih::gates {

struct LanguageCounts {
    std::size_t words = 0;
    std::size_t indonesian = 0; ///< words of the class stop-words-id
    std::size_t english = 0;    ///< words of the class stop-words-en
};

LanguageCounts count_stop_words(std::string_view text, const Lexicon& lexicon);

/// At least one Indonesian stop word, and at least kIndonesianRatio of them per English one. A text
/// with no stop word of either language (a two-word stub) is not taken for Indonesian.
bool reads_indonesian(const LanguageCounts& counts);

inline constexpr double kIndonesianRatio = 0.1;

} // namespace bersih::gates
