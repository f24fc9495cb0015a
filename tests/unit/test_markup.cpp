// Markup input shapes undone by normalisation: HTML bodies, Python list bodies, escaped breaks.
#include "core/markup.hpp"

#include "bersih/normalize.hpp"

#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>
#include <utf8proc.h>

#include <random>
#include <string>
#include <vector>

using bersih::normalize_text;
namespace markup = bersih::markup;

TEST_CASE("markup: block tags become line breaks, inline tags vanish", "[markup]") {
    CHECK(normalize_text(
              "<p style=\"text-align: justify;\">Harga beras <b>naik</b> lagi.</p>"
              "<p>Pedagang <a href='https://contoh.id/x' target=_blank>mengeluh</a>.</p>") ==
          "\nHarga beras naik lagi.\n\nPedagang mengeluh.\n");
    CHECK(normalize_text("Baris satu.<br />Baris dua.<BR>Baris tiga.") ==
          "Baris satu.\nBaris dua.\nBaris tiga.");
    CHECK(normalize_text("<div class=\"isi\"><ul><li>Satu</li><li>Dua</li></ul></div>") ==
          "\n\n\nSatu\n\nDua\n\n\n");
    CHECK(normalize_text("Kata<span data-x=\"1\">nya</span> benar.") == "Katanya benar.");
    // Office markup kept from text pasted into the CMS.
    CHECK(normalize_text("<p>Harga naik.<o:p></o:p></p>") == "\nHarga naik.\n");
    CHECK(normalize_text("Rasio a<o:b dan c:d> tetap.") == "Rasio a<o:b dan c:d> tetap.");
}

TEST_CASE("markup: a figure's caption is kept as WordPress's caption shortcode", "[markup]") {
    CHECK(
        normalize_text("<figure><img src=\"a.jpg\"/><figcaption class=\"wp-element-caption\">Warga "
                       "antre sembako.</figcaption></figure><p>Bantuan dibagikan.</p>") ==
        "\n\n[caption]Warga antre sembako.[/caption]\n\n\nBantuan dibagikan.\n");
    // Through the pipeline, the caption rule takes it into the metadata.
    const auto doc = bersih::test::clean_builtin(
        "<p>Pemerintah kota membagikan bantuan sembako kepada warga di balai desa pada Senin "
        "pagi.</p><figure><figcaption>Warga antre sembako. (Foto: Rina/Warta)</figcaption>"
        "</figure><p>Bantuan itu dibagikan kepada seratus keluarga yang terdampak banjir pekan "
        "lalu.</p>");
    REQUIRE(doc.meta.captions.size() == 1);
    CHECK(doc.meta.captions[0].text == "Warga antre sembako.");
    CHECK(doc.meta.captions[0].credit == "Rina/Warta");
    CHECK(doc.paragraphs.size() == 2);
}

TEST_CASE("markup: script, style and iframe elements go with their content", "[markup]") {
    CHECK(
        normalize_text("Awal.<script type=\"text/javascript\">var a = \"<p>\"; tampil(a);</script>"
                       "Akhir.") == "Awal.\nAkhir.");
    CHECK(normalize_text("Awal.<style>.iklan{display:none}</style>Akhir.") == "Awal.\nAkhir.");
    CHECK(normalize_text(
              "Awal.<iframe src=\"https://contoh.id/v\" allowfullscreen></iframe>Akhir.") ==
          "Awal.\nAkhir.");
    CHECK(normalize_text("Awal.<noscript><img src=\"x.gif\"></noscript> Akhir.") ==
          "Awal.\nAkhir.");
    // Comments and doctype go; text around them stays.
    CHECK(normalize_text("<!DOCTYPE html>Harga <!-- slot iklan -->naik.") == "Harga naik.");
    // An unclosed script element: only its tag goes, the rules judge the text after it.
    CHECK(normalize_text("Awal.<script>tampil();") == "Awal.\ntampil();");
}

TEST_CASE("markup: '<' and '>' in text are no tags", "[markup]") {
    CHECK(normalize_text("Suhu < 30 derajat dan kelembapan > 70 persen.") ==
          "Suhu < 30 derajat dan kelembapan > 70 persen.");
    CHECK(normalize_text("Jika a<b dan c>d maka benar.") == "Jika a<b dan c>d maka benar.");
    CHECK(normalize_text("Nilai <5 persen, <kata> bukan tag, <3 juga.") ==
          "Nilai <5 persen, <kata> bukan tag, <3 juga.");
    CHECK(normalize_text("Rumus x<p>y ditulis di papan.") == "Rumus x\ny ditulis di papan.");
    CHECK_FALSE(markup::strip_html_tags("a <i dan b> c"));
    CHECK_FALSE(markup::strip_html_tags("kurang dari <p class> lebih"));
    CHECK(markup::strip_html_tags("<i>miring</i>") == std::string("miring"));
}

TEST_CASE("markup: a CDATA section is script text, left for the script rules", "[markup]") {
    const std::string text = "Awal. // <![CDATA[!function(){a<br />b}();// ]]> Akhir.";
    CHECK(normalize_text(text) == text);
}

TEST_CASE("markup: entities encoded twice are decoded", "[markup]") {
    CHECK(normalize_text(
              "JAKARTA,&amp;nbsp;KOMPAS.com&amp;nbsp;- Harga &amp;ldquo;naik&amp;rdquo;.") ==
          "JAKARTA, KOMPAS.com - Harga \u201Cnaik\u201D.");
    // Once encoded stays once decoded: a literal "&amp;" is an ampersand, nothing more.
    CHECK(normalize_text("PT Maju &amp; Jaya") == "PT Maju & Jaya");
    CHECK(normalize_text("Cushman &amp; Wakefield &amp;lt;3") == "Cushman & Wakefield <3");
    // An encoded tag is a tag.
    CHECK(normalize_text("&lt;p&gt;Harga naik.&lt;/p&gt;") == "\nHarga naik.\n");
}

TEST_CASE("markup: a body stored as a Python list literal", "[markup]") {
    CHECK(markup::unwrap_python_list("['Paragraf satu.', 'Paragraf dua.']") ==
          std::string("Paragraf satu.\n\nParagraf dua."));
    CHECK(markup::unwrap_python_list(
              R"(['Kata \'kunci\' di sini.', "Ia bilang 'ya'.", 'Baris\nbaru \\ garis'])") ==
          std::string("Kata 'kunci' di sini.\n\nIa bilang 'ya'.\n\nBaris\nbaru \\ garis"));
    CHECK(markup::unwrap_python_list(R"(  ["Kutip \"ini\" dan \u00e9 \x41."]  )") ==
          std::string("Kutip \"ini\" dan \u00e9 A."));
    // A dump that cut the field: the last item runs to the end.
    CHECK(markup::unwrap_python_list("['Paragraf satu.', 'Paragraf dua terpot") ==
          std::string("Paragraf satu.\n\nParagraf dua terpot"));
    CHECK(markup::unwrap_python_list("['Terpotong di sini\n") == std::string("Terpotong di sini"));
    CHECK(markup::unwrap_python_list("['']") == std::string());
    // The closing quote of a script string glued after the body.
    CHECK(markup::unwrap_python_list("['Ikuti grup &quot;Kabar&quot; di ponsel.\";']") ==
          std::string("Ikuti grup &quot;Kabar&quot; di ponsel."));
    CHECK(markup::unwrap_python_list("['Ia berkata \"ya\";']") ==
          std::string("Ia berkata \"ya\";"));
}

TEST_CASE("markup: text that only looks like a list stays", "[markup]") {
    CHECK_FALSE(markup::unwrap_python_list("[Foto: Antara] Harga naik."));
    CHECK_FALSE(markup::unwrap_python_list("['Satu', 'dua'] adalah daftar dalam Python."));
    CHECK_FALSE(markup::unwrap_python_list("['Baris satu\nBaris dua']"));
    CHECK_FALSE(markup::unwrap_python_list("[]"));
    CHECK_FALSE(markup::unwrap_python_list("[1, 2, 3]"));
    CHECK(normalize_text("['Satu', 'dua'] adalah daftar dalam Python.") ==
          "['Satu', 'dua'] adalah daftar dalam Python.");
}

TEST_CASE("markup: escaped line breaks and tab runs after a sentence", "[markup]") {
    CHECK(normalize_text("Harga naik.\\n\\nPedagang mengeluh.\\r\\nPembeli sepi.") ==
          "Harga naik.\n\nPedagang mengeluh.\nPembeli sepi.");
    CHECK(normalize_text("Harga naik.\t\t\tPedagang mengeluh.") ==
          "Harga naik.\nPedagang mengeluh.");
    // A single tab, tabs inside a sentence, tabs as indentation: spaces as before.
    CHECK(normalize_text("Harga\t\tnaik.\tPedagang mengeluh.") == "Harga naik. Pedagang mengeluh.");
    CHECK(normalize_text("\t\t\tHarga naik.\n\t\tPedagang.") == "Harga naik.\nPedagang.");
    // A path or an escaped backslash is no break.
    CHECK(normalize_text("Berkas di C:\\new\\data dan \\\\n.") ==
          "Berkas di C:\\new\\data dan \\\\n.");
    CHECK_FALSE(markup::restore_line_breaks("Tanpa apa-apa."));
}

TEST_CASE("markup: CR runs used as paragraph breaks", "[markup]") {
    CHECK(normalize_text("Harga naik.\r    \r  \r        \r  \"Kami rugi,\" katanya.") ==
          "Harga naik.\n\n\n\n\"Kami rugi,\" katanya.");
}

namespace {
bool valid_utf8(const std::string& text) {
    const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    for (std::size_t i = 0; i < text.size();) {
        utf8proc_int32_t cp = 0;
        const auto n =
            utf8proc_iterate(data + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
        if (n <= 0) {
            return false;
        }
        i += static_cast<std::size_t>(n);
    }
    return true;
}
} // namespace

TEST_CASE("markup: any mix of markup pieces gives valid, folded text", "[markup]") {
    // Tags, comments, list quotes and escapes cut at every boundary: each step must leave valid
    // UTF-8 and the text folded, whatever the pieces' order (a cut-off tag, a quote inside a tag,
    // an escape at the end).
    const std::vector<std::string> pieces = {"<p>",       "</p>",      "<br />", "<script>",
                                             "</script>", "<!--",      "-->",    "<a href=\"x\">",
                                             "['",        "', '",      "']",     "\\n",
                                             "\\'",       "\\x4",      "\t\t",   ". ",
                                             "kata",      "\xC3\xA9",  "<",      ">",
                                             "\"",        ";",         "&amp;",  "nbsp;",
                                             "<style>",   "<![CDATA[", "]]>",    "\n",
                                             " "};
    std::mt19937 rng(11);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(1, 24);
    for (int round = 0; round < 4000; ++round) {
        std::string raw;
        for (int n = length(rng); n > 0; --n) {
            raw += pieces[pick(rng)];
        }
        const std::string out = normalize_text(raw);
        INFO(raw);
        CHECK(valid_utf8(out));
        CHECK(out.find('\t') == std::string::npos);
        CHECK(out.find("  ") == std::string::npos);
        CHECK(out.size() <= raw.size() + 4 * raw.size() / 3 + 4);
    }
}

TEST_CASE("markup: markdown syntax goes from a record that reads as markdown", "[markup]") {
    const std::string md =
        "# Harga Beras Naik\n"
        "![Pedagang beras](https://contoh.id/img/beras.jpg)\n"
        "*Pedagang menata karung beras di pasar.*\n"
        "**SUKAMAJU, Warta.id** - Harga beras naik di [pasar kota](https://contoh.id/"
        "tag/pasar \"Pasar\").\n"
        "## Stok Aman\n"
        "Pedagang __tetap__ berjualan.";
    const auto out = markup::strip_markdown(md);
    REQUIRE(out.has_value());
    CHECK(*out == "Harga Beras Naik\n"
                  "\n"
                  "Pedagang menata karung beras di pasar.\n"
                  "SUKAMAJU, Warta.id - Harga beras naik di pasar kota.\n"
                  "Stok Aman\n"
                  "Pedagang tetap berjualan.");
}

TEST_CASE("markup: text with a stray markdown-like mark is no markdown", "[markup]") {
    for (const std::string text :
         {"Harga naik 5 persen [1](catatan) menurut data.", "Skor akhir **2-1** untuk tuan rumah.",
          "#BersihkanSungai menjadi tagar populer.\nWarga ikut serta.",
          "Lihat [tautan](https://contoh.id/a) berikut."}) {
        INFO(text);
        CHECK_FALSE(markup::strip_markdown(text).has_value());
    }
    // Brackets that are no link stay in a markdown record.
    const auto out = markup::strip_markdown("## Data\nNilai [a] dan [b](c) tetap, lihat "
                                            "[sumber](https://contoh.id/s).");
    REQUIRE(out.has_value());
    CHECK(*out == "Data\nNilai [a] dan [b](c) tetap, lihat sumber.");
}
