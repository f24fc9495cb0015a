#include "gates/language.hpp"

#include "gates/words.hpp"

namespace bersih::gates {

LanguageCounts count_stop_words(std::string_view text, const Lexicon& lexicon) {
    const WordClass& indonesian = lexicon.words("stop-words-id");
    const WordClass& english = lexicon.words("stop-words-en");
    LanguageCounts counts;
    std::string lower;
    for_each_word(text, [&](std::string_view word) {
        ++counts.words;
        if (word.size() > 12) {
            return; // no stop word is that long
        }
        lower.assign(word);
        for (char& c : lower) {
            c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        }
        if (indonesian.contains(lower)) {
            ++counts.indonesian;
        } else if (english.contains(lower)) {
            ++counts.english;
        }
    });
    return counts;
}

bool reads_indonesian(const LanguageCounts& counts) {
    return counts.indonesian > 0 && static_cast<double>(counts.indonesian) >=
                                        kIndonesianRatio * static_cast<double>(counts.english);
}

} // namespace bersih::gates
