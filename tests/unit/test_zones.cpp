// word_count and is_prose are on every stage's hot path and were rewritten for speed: they must
// agree with the plain definition (a word starts at a non-space after a space or at the start).
#include "filters/context.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>

namespace {

std::size_t reference_word_count(const std::string& text) {
    std::size_t words = 0;
    bool in_word = false;
    for (const char c : text) {
        if (c != ' ' && !in_word) {
            ++words;
        }
        in_word = c != ' ';
    }
    return words;
}

// Words that hold a letter or a digit: what is_prose counts ("|" and "-" between menu items are
// none). Bytes from 0xC3 up lead letters beyond ASCII, except 0xE2 (dashes, bullets, quotes).
std::size_t reference_prose_words(const std::string& text) {
    std::size_t words = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        const std::string token = text.substr(start, end - start);
        const bool wordy = std::any_of(token.begin(), token.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return std::isalnum(u) != 0 || (u >= 0xC3 && u != 0xE2);
        });
        words += wordy ? 1U : 0U;
        start = end + 1;
    }
    return words;
}

} // namespace

TEST_CASE("zones: word_count and is_prose agree with the plain definition", "[zones]") {
    using bersih::filters::is_prose;
    using bersih::filters::word_count;
    using bersih::filters::word_count_up_to;
    CHECK(word_count("") == 0);
    CHECK(word_count_up_to("", 3) == 0);
    CHECK(word_count_up_to("a b c d", 3) == 3);
    CHECK(word_count("   ") == 0);
    CHECK(word_count(" a  b c ") == 3);
    CHECK(word_count("kata\tdua") == 1); // only the space separates words
    CHECK_FALSE(is_prose("satu dua tiga empat lima enam tujuh"));
    CHECK(is_prose("satu dua tiga empat lima enam tujuh delapan"));
    CHECK_FALSE(is_prose("Tentang Kami | Redaksi | Pedoman | Kontak | Karir"));
    std::mt19937 rng(42);
    const std::string alphabet = "ab  \t.\xC3\xA9";
    for (int n = 0; n < 2000; ++n) {
        // Up to 200 bytes: word_count_up_to counts in blocks of 64.
        std::string text(std::uniform_int_distribution<std::size_t>(0, 200)(rng), ' ');
        for (auto& c : text) {
            c = alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(rng)];
        }
        INFO('"' << text << '"');
        CHECK(word_count(text) == reference_word_count(text));
        CHECK(is_prose(text) == (reference_prose_words(text) >= 8));
        for (const std::size_t limit : {1U, 8U, 25U, 1000U}) {
            CHECK(word_count_up_to(text, limit) == std::min(reference_word_count(text), limit));
        }
    }
}
