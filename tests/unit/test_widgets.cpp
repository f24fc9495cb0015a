// Widget lists (widgets.cpp): the items under a related/tag/share heading that a rule removed,
// share bars without a heading and the channel menu at the top, with the built-in rules. Invented
// text.
#include "bersih/pipeline.hpp"
#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

std::vector<std::string> paragraphs_of(const std::string& text) {
    return bersih::test::clean_builtin(text).paragraphs;
}

bool has(const std::vector<std::string>& paragraphs, const std::string& needle) {
    return std::any_of(paragraphs.begin(), paragraphs.end(),
                       [&](const std::string& p) { return p.find(needle) != std::string::npos; });
}

const std::string kBody =
    "Warga Desa Sukamaju memperbaiki tanggul sungai yang jebol setelah hujan deras "
    "mengguyur wilayah itu sejak Senin malam.\n\n"
    "Kepala desa mengatakan perbaikan ditargetkan rampung dalam dua pekan ke depan "
    "dengan bantuan relawan dari kecamatan tetangga.\n\n";

} // namespace

TEST_CASE("widgets: the headlines under a related-box heading go with it", "[widgets]") {
    const auto p =
        paragraphs_of(kBody + "Baca berikutnya\n"
                              "Jembatan Gantung Putus, Warga Seberangi Sungai dengan Rakit\n"
                              "5 Fakta Banjir Bandang yang Perlu Diketahui\n"
                              "Bupati Minta Warga Tetap Waspada Jelang Puncak Musim Hujan\n");
    REQUIRE(p.size() == 2);
    CHECK_FALSE(has(p, "Jembatan Gantung"));
    CHECK_FALSE(has(p, "Puncak Musim Hujan"));
}

TEST_CASE("widgets: a rule's heads_list, not its id, makes its line a list heading", "[widgets]") {
    const std::string pack = "[[rule]]\nid = \"demo.box\"\ncategory = \"related\"\n"
                             "kind = \"drop-line\"\npattern = '^Bacaan Lain$'\n";
    const std::string text = kBody + "Bacaan Lain\n"
                                     "Jembatan Gantung Putus, Warga Seberangi Sungai dengan Rakit\n"
                                     "5 Fakta Banjir Bandang yang Perlu Diketahui\n";
    const auto listed = bersih::test::clean_with_pack(pack + "heads_list = \"headlines\"\n", text);
    CHECK_FALSE(has(listed.paragraphs, "Jembatan Gantung"));
    CHECK_FALSE(has(listed.paragraphs, "Banjir Bandang"));
    const auto plain = bersih::test::clean_with_pack(pack, text);
    CHECK(has(plain.paragraphs, "Jembatan Gantung"));
}

TEST_CASE("widgets: a headline list ends at a line that is prose", "[widgets]") {
    const auto p = paragraphs_of(
        kBody + "Berita Terkait\n"
                "Jembatan Gantung Putus, Warga Seberangi Sungai dengan Rakit\n"
                "Relawan membawa karung pasir dari gudang kecamatan sejak pagi tadi.\n");
    CHECK_FALSE(has(p, "Jembatan Gantung"));
    CHECK(has(p, "Relawan membawa karung pasir"));
}

TEST_CASE("widgets: one 'Baca juga:' link is no list, the subheading after its headline stays",
          "[widgets]") {
    const auto p = paragraphs_of(
        kBody + "Baca juga:\n"
                "Jembatan Gantung Putus, Warga Seberangi Sungai dengan Rakit\n"
                "Perbaikan Tanggul Dikebut\n"
                "Pekerjaan dimulai dari sisi hulu yang paling parah rusaknya, kata dia.\n");
    CHECK_FALSE(has(p, "Jembatan Gantung"));
    CHECK(has(p, "Perbaikan Tanggul Dikebut"));
}

TEST_CASE("widgets: single tag words under a tag heading go", "[widgets]") {
    const auto p = paragraphs_of(kBody + "Tag\nbanjir\ntanggul\nBPBD\n");
    REQUIRE(p.size() == 2);
    CHECK_FALSE(has(p, "banjir\n"));
    CHECK_FALSE(has(p, "BPBD"));
}

TEST_CASE("widgets: a share bar goes, a lone network name in the text stays", "[widgets]") {
    const auto bar = paragraphs_of(kBody + "Facebook\nX\nWhatsApp\n");
    CHECK(bar.size() == 2);
    // Kompas-style inline-link fragment: one network name between pieces of a sentence.
    const auto text =
        paragraphs_of("Video kejadian itu diunggah warga lewat akun\nFacebook\n"
                      "miliknya pada Selasa sore sehingga cepat menyebar ke grup warga.\n");
    REQUIRE(text.size() == 1);
    CHECK(has(text, "akun Facebook miliknya"));
}

TEST_CASE("widgets: the channel menu at the very top goes, a channel word later stays",
          "[widgets]") {
    const auto p = paragraphs_of("Nasional\nEkonomi\n\n" + kBody + "Ekonomi\n");
    CHECK_FALSE(has(p, "Nasional"));
    CHECK(p.back() == "Ekonomi");
    const auto lone = paragraphs_of("Nasional\n");
    CHECK(lone.size() == 1);
}

TEST_CASE("widgets: the breadcrumb trail goes", "[widgets]") {
    const auto p = paragraphs_of("Home » Regional » Berita\n\n" + kBody);
    CHECK(p.size() == 2);
}

TEST_CASE("widgets: a subheading after a blank line under an empty related box stays",
          "[widgets]") {
    const auto p =
        paragraphs_of(kBody + "Berita Terkait\n\nPerbaikan Tanggul Dikebut\n"
                              "Pekerjaan dimulai dari sisi hulu yang paling parah rusaknya.\n");
    CHECK(has(p, "Perbaikan Tanggul Dikebut"));
}
