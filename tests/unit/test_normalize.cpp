// Text normalisation: what every rule may assume about a line.
#include "bersih/normalize.hpp"

#include <catch2/catch.hpp>

#include <string>

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
    CHECK(normalize_text("&lt;b&gt;") == "<b>");
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

TEST_CASE("normalize: the empty input stays empty", "[normalize]") {
    CHECK(normalize_text("").empty());
    CHECK(normalize_text("\xEF\xBB\xBF").empty());
}
