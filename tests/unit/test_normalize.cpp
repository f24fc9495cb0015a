// Text normalisation: what every rule may assume about a line.
#include "bersih/normalize.hpp"

#include "core/markup.hpp"

#include <catch2/catch.hpp>
#include <utf8proc.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

using bersih::normalize_text;
using bersih::NormalizeStats;

TEST_CASE("normalize: UTF-8 BOM is dropped", "[normalize]") {
    CHECK(normalize_text("\xEF\xBB\xBFHarga cabai naik") == "Harga cabai naik");
    // Only a leading BOM is a BOM; a U+FEFF inside the text is an invisible character.
    CHECK(normalize_text("Harga\xEF\xBB\xBF cabai") == "Harga cabai");
}

TEST_CASE("normalize: CRLF and lone CR become LF", "[normalize]") {
    CHECK(normalize_text("Baris satu\r\nBaris dua\r\n") == "Baris satu\nBaris dua\n");
    CHECK(normalize_text("Baris satu\rBaris dua") == "Baris satu\nBaris dua");
    CHECK(normalize_text("a\r\n\r\nb") == "a\n\nb");
}

TEST_CASE("normalize: U+0085 (mojibake in scraped text) is no line break", "[normalize]") {
    // "Ù\u0085" is the Arabic letter meem (D9 85) read as Latin-1 and encoded again.
    const std::string mojibake =
        "Doa \xC3\x98\xC2\xA7\xC3\x99\xC2\x85\xC3\x99\xC2\x8A\xC3\x99\xC2\x86 dibaca bersama.";
    CHECK(bersih::normalize_text(mojibake) == mojibake);
    CHECK(bersih::normalize_text("Satu\xE2\x80\xA8"
                                 "dua") == "Satu\ndua"); // U+2028 still breaks
}

TEST_CASE("normalize: NBSP and other Unicode spaces become one ASCII space", "[normalize]") {
    CHECK(normalize_text("Kota\xC2\xA0"
                         "Bandung") == "Kota Bandung"); // U+00A0
    CHECK(normalize_text("Kota\xE2\x80\x83\xE2\x80\x83"
                         "Bogor") == "Kota Bogor"); // U+2003 x2
    CHECK(normalize_text("Rp\xE2\x80\xAF"
                         "5 juta") == "Rp 5 juta"); // U+202F
    CHECK(normalize_text("satu\xE3\x80\x80"
                         "dua") == "satu dua"); // U+3000
    CHECK(normalize_text("tab\there") == "tab here");
    CHECK(normalize_text("\xC2\xA0 Depok \xC2\xA0") == "Depok");
}

TEST_CASE("normalize: zero-width characters and soft hyphens are removed", "[normalize]") {
    CHECK(normalize_text("pe\xE2\x80\x8Bmilu") == "pemilu");           // ZWSP
    CHECK(normalize_text("pe\xE2\x80\x8Cmilu") == "pemilu");           // ZWNJ
    CHECK(normalize_text("pe\xE2\x80\x8Dmilu") == "pemilu");           // ZWJ
    CHECK(normalize_text("pe\xE2\x81\xA0milu") == "pemilu");           // WORD JOINER
    CHECK(normalize_text("keber\xC2\xADlanjutan") == "keberlanjutan"); // SHY
    CHECK(normalize_text("keber&shy;lanjutan") == "keberlanjutan");
}

TEST_CASE("normalize: trailing and repeated spaces", "[normalize]") {
    CHECK(normalize_text("Paragraf pertama.   \n   Paragraf kedua.\t") ==
          "Paragraf pertama.\nParagraf kedua.");
    CHECK(normalize_text("dua    spasi") == "dua spasi");
    CHECK(normalize_text("   \n") == "\n");
}

TEST_CASE("normalize: HTML entities are decoded", "[normalize]") {
    CHECK(normalize_text("Gula &amp; Garam") == "Gula & Garam");
    CHECK(normalize_text("&quot;Kami siap,&quot; ujarnya") == "\"Kami siap,\" ujarnya");
    CHECK(normalize_text("Jum&#39;at") == "Jum'at");
    CHECK(normalize_text("Kota&nbsp;Medan") == "Kota Medan");
    CHECK(normalize_text("2024&#x2014;2025") == "2024\xE2\x80\x94"
                                                "2025");
    CHECK(normalize_text("2024&#X2014;2025") == "2024\xE2\x80\x94"
                                                "2025");
    CHECK(normalize_text("a &lt; b &gt; c") == "a < b > c");
    // An encoded tag is a tag once decoded (test_markup.cpp): a dump that escaped the page.
    CHECK(normalize_text("&lt;b&gt;tebal&lt;/b&gt;") == "tebal");
}

TEST_CASE("normalize: unknown or malformed entities are kept", "[normalize]") {
    CHECK(normalize_text("&bogus; tetap") == "&bogus; tetap");
    CHECK(normalize_text("A & B") == "A & B");
    CHECK(normalize_text("R&D") == "R&D");
    CHECK(normalize_text("&#0; nol") == "&#0; nol");
    CHECK(normalize_text("&#xD800;") == "&#xD800;");     // a surrogate is no character
    CHECK(normalize_text("&#1114112;") == "&#1114112;"); // above U+10FFFF
    CHECK(normalize_text("&#12ab;") == "&#12ab;");
    CHECK(bersih::decode_html_entities("tanpa entitas") == "tanpa entitas");
}

TEST_CASE("normalize: invalid UTF-8 becomes U+FFFD and is counted", "[normalize]") {
    NormalizeStats stats;
    const std::string out = normalize_text("harga \xFF naik \xC3 turun", &stats);
    CHECK(out == "harga \xEF\xBF\xBD naik \xEF\xBF\xBD turun");
    CHECK(stats.invalid_utf8 == 2);
    CHECK(stats.nul_bytes == 0);

    NormalizeStats clean;
    CHECK(normalize_text("Bahasa Indonesia \xC3\xA9t\xC3\xA9", &clean) ==
          "Bahasa Indonesia \xC3\xA9t\xC3\xA9");
    CHECK(clean.invalid_utf8 == 0);
}

TEST_CASE("normalize: NUL bytes are dropped and counted", "[normalize]") {
    NormalizeStats stats;
    const std::string raw("ba\0nj\0ir", 8);
    CHECK(normalize_text(raw, &stats) == "banjir");
    CHECK(stats.nul_bytes == 2);
    // Without a stats pointer it must still work.
    CHECK(normalize_text(raw) == "banjir");
}

TEST_CASE("normalize: helpers", "[normalize]") {
    CHECK(bersih::collapse_spaces("  a \t b\n c  ") == "a b c");
    CHECK(bersih::collapse_spaces("") == "");
    CHECK(bersih::ascii_lower("SCROLL To \xC3\x89") == "scroll to \xC3\x89");
    CHECK(bersih::title_case_city("JAKARTA") == "Jakarta");
    CHECK(bersih::title_case_city("KABUPATEN BOGOR") == "Kabupaten Bogor");
    CHECK(bersih::title_case_city("Jakarta") == "Jakarta");
    CHECK(bersih::title_case_city("DEN HAAG") == "Den Haag");
}

// collapse_spaces keeps a clean prefix sixteen bytes at a time: whatever the bytes and wherever
// a run of spaces, a tab or a line break falls against those blocks, it must give what the
// byte-by-byte definition gives.
TEST_CASE("normalize: collapse_spaces agrees with its definition on long lines", "[normalize]") {
    const auto by_byte = [](std::string_view text) {
        std::string out;
        bool owed = false;
        for (const char c : text) {
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                owed = !out.empty();
                continue;
            }
            if (owed) {
                out.push_back(' ');
                owed = false;
            }
            out.push_back(c);
        }
        return out;
    };
    std::mt19937 random(13);
    const std::string alphabet = "ab  .,\t\n\r\f\v\x01\xC3\xA9";
    for (std::size_t length = 0; length < 80; ++length) {
        for (int round = 0; round < 40; ++round) {
            std::string text;
            // Mostly words and single spaces, as a line is, with now and then something to fold.
            for (std::size_t i = 0; i < length; ++i) {
                const bool odd = random() % 12 == 0;
                text.push_back(odd ? alphabet[random() % alphabet.size()]
                                   : (random() % 5 == 0 ? ' ' : 'k'));
            }
            CHECK(bersih::collapse_spaces(text) == by_byte(text));
        }
    }
    const std::string words = "satu dua tiga empat lima enam tujuh delapan sembilan";
    CHECK(bersih::collapse_spaces(words) == words);
    CHECK(bersih::collapse_spaces(words + "  ") == words);
    CHECK(bersih::collapse_spaces(words.substr(0, 15) + "  " + words.substr(16)) ==
          words.substr(0, 15) + " " + words.substr(16));
}

TEST_CASE("normalize: the empty input stays empty", "[normalize]") {
    CHECK(normalize_text("").empty());
    CHECK(normalize_text("\xEF\xBB\xBF").empty());
}

namespace {

// The two-pass normalisation normalize_text did before it became one pass, kept as the oracle:
// decode each character (replace, map spaces, drop invisibles), then fold spaces line by line.
std::string reference_clean(std::string_view in) {
    std::string out;
    for (std::size_t i = 0; i < in.size();) {
        const auto* at = reinterpret_cast<const utf8proc_uint8_t*>(in.data() + i);
        utf8proc_int32_t cp = at[0];
        const utf8proc_ssize_t len =
            cp < 0x80 ? 1 : utf8proc_iterate(at, static_cast<utf8proc_ssize_t>(in.size() - i), &cp);
        const std::string_view bytes = in.substr(i, len < 0 ? 1 : static_cast<std::size_t>(len));
        i += bytes.size();
        const bool space = cp == '\t' || cp == '\v' || cp == '\f' ||
                           (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS);
        const bool invisible = cp == 0 || cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) ||
                               cp == 0x2060 || cp == 0xFEFF;
        if (len < 0) {
            out += "\xEF\xBF\xBD";
        } else if (cp == '\r' || cp == 0x2028 || cp == 0x2029) {
            out += '\n';
            i += (cp == '\r' && i < in.size() && in[i] == '\n') ? 1U : 0U; // CRLF is one break
        } else if (space) {
            out += ' ';
        } else if (!invisible) {
            out += bytes;
        }
    }
    return out;
}

std::string reference_normalize(std::string_view raw) {
    if (raw.starts_with("\xEF\xBB\xBF")) {
        raw.remove_prefix(3);
    }
    // The markup shapes (src/core/markup.cpp, tested in test_markup.cpp) come first, as in
    // normalize_text; what this test checks is the one-pass clean-and-fold that follows them.
    std::string text(raw);
    if (auto items = bersih::markup::unwrap_python_list(text)) {
        text = std::move(*items);
    }
    const bool twice = text.find("&amp;") != std::string::npos;
    text = bersih::decode_html_entities(text);
    if (twice) {
        text = bersih::decode_html_entities(text);
    }
    if (auto untagged = bersih::markup::strip_html_tags(text)) {
        text = std::move(*untagged);
    }
    if (auto broken = bersih::markup::restore_line_breaks(text)) {
        text = std::move(*broken);
    }
    const std::string cleaned = reference_clean(text);
    std::string out;
    std::size_t start = 0;
    for (;;) {
        const auto end = cleaned.find('\n', start);
        out += bersih::collapse_spaces(std::string_view(cleaned).substr(start, end - start));
        if (end == std::string::npos) {
            return out;
        }
        out.push_back('\n');
        start = end + 1;
    }
}

} // namespace

TEST_CASE("normalize: one pass gives what decoding then folding each line gave", "[normalize]") {
    // Pieces that exercise every branch: spaces of all kinds, line breaks, invisibles, entities,
    // invalid and truncated UTF-8, NUL, control bytes that are kept.
    const std::vector<std::string> pieces = {"kata",
                                             " ",
                                             "  ",
                                             "\t",
                                             "\v",
                                             "\f",
                                             "\r",
                                             "\n",
                                             "\r\n",
                                             std::string(1, '\0'),
                                             "\x01",
                                             "\x7f",
                                             "\xC2\xA0",
                                             "\xE2\x80\x83",
                                             "\xE3\x80\x80",
                                             "\xE2\x80\x8B",
                                             "\xC2\xAD",
                                             "\xEF\xBB\xBF",
                                             "\xC2\x85",
                                             "\xE2\x80\xA8",
                                             "\xE2\x80\x94",
                                             "\xC3\xA9",
                                             "\xF0\x9F\x98\x80",
                                             "\xFF",
                                             "\xC3",
                                             "\xE2\x80",
                                             "\xED\xA0\x80",
                                             "\xC0\x80",
                                             "&nbsp;",
                                             "&amp;",
                                             "&#x2028;",
                                             "&shy;",
                                             "&bogus;",
                                             "&",
                                             ".",
                                             "pemerintah daerah",
                                             "Rp1.500 (27/11) ",
                                             "<p>",
                                             "<br />",
                                             "\\n",
                                             "\t\t",
                                             " Jakarta,"};
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 30);
    for (int round = 0; round < 20000; ++round) {
        std::string raw;
        for (int n = length(rng); n > 0; --n) {
            raw += pieces[pick(rng)];
        }
        INFO("raw: " << raw);
        CHECK(normalize_text(raw) == reference_normalize(raw));
    }
}

// After a spot that needs folding, collapse_spaces goes back to copying blocks: a line cut in the
// middle ("kata  kata", a tab) must come out whole wherever the spot falls against the blocks.
TEST_CASE("normalize: collapse_spaces folds one spot anywhere in a long clean line",
          "[normalize]") {
    std::string clean;
    while (clean.size() < 200) {
        clean += "kata dan berita ";
    }
    clean.pop_back();
    for (const std::string spot : {"  ", "\t", " \n ", "   "}) {
        for (std::size_t at = 1; at + 1 < clean.size(); ++at) {
            if (clean[at] != ' ') {
                continue;
            }
            const std::string text = clean.substr(0, at) + spot + clean.substr(at + 1);
            INFO("spot at " << at);
            CHECK(bersih::collapse_spaces(text) == clean);
        }
    }
    // Two spots, the second within sixteen bytes of the first.
    const std::string two = "satu  dua  tiga empat lima enam tujuh delapan sembilan sepuluh";
    CHECK(bersih::collapse_spaces(two) ==
          "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh");
}
