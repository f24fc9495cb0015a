// Paragraph assembly: link fragments re-joined, subheadings, lists and table cells left alone.
#include "bersih/pipeline.hpp"
#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

std::vector<std::string> paragraphs_of(const std::string& text) {
    return bersih::test::clean_without_rules(text).paragraphs;
}

} // namespace

TEST_CASE("paragraphs: link fragments between an open phrase and its continuation join",
          "[paragraphs]") {
    const auto p =
        paragraphs_of("Warga kampung itu menyambut kedatangan\n"
                      "Bupati Sukamaju\n"
                      "dengan tarian adat pada Senin pagi.\n"
                      "Acara berlangsung meriah hingga siang hari tanpa gangguan apa pun.\n");
    REQUIRE(p.size() == 2);
    CHECK(p[0] == "Warga kampung itu menyambut kedatangan Bupati Sukamaju dengan tarian adat pada "
                  "Senin pagi.");
}

TEST_CASE("paragraphs: punctuation-led fragments attach without a space", "[paragraphs]") {
    const auto p =
        paragraphs_of("Tim tamu dikalahkan oleh tuan rumah,\nSukamaju\n, pada laga terakhir.\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "Tim tamu dikalahkan oleh tuan rumah, Sukamaju, pada laga terakhir.");
}

TEST_CASE("paragraphs: capitalised fragments join when the paragraph ends a sentence",
          "[paragraphs]") {
    const auto p = paragraphs_of("Kota itu menjadi tuan rumah pertemuan tingkat tinggi Grup B\n"
                                 "Asosiasi Kota Pesisir\n"
                                 "Nusantara Timur.\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "Kota itu menjadi tuan rumah pertemuan tingkat tinggi Grup B Asosiasi Kota "
                  "Pesisir Nusantara Timur.");
}

TEST_CASE("paragraphs: a subheading stays apart from an anchor that starts the next paragraph",
          "[paragraphs]") {
    const auto p = paragraphs_of("Kalimat pembuka berita ini sudah selesai dengan titik.\n"
                                 "Sukamaju Dalam Tren Positif\n"
                                 "Sukamaju\n"
                                 "sedang dalam tren positif dalam tiga laga terakhir.\n");
    REQUIRE(p.size() == 3);
    CHECK(p[1] == "Sukamaju Dalam Tren Positif");
    CHECK(p[2] == "Sukamaju sedang dalam tren positif dalam tiga laga terakhir.");
}

TEST_CASE("paragraphs: list items without punctuation are not glued together", "[paragraphs]") {
    const auto p = paragraphs_of("Harga beras 1 kg: Rp 12.000\n"
                                 "Harga beras 5 kg: Rp 58.000\n"
                                 "Harga beras 10 kg: Rp 115.000\n"
                                 "Demikian daftar\n"
                                 "harga beras hari ini di pasar induk.\n");
    REQUIRE(p.size() == 4);
    CHECK(p[2] == "Harga beras 10 kg: Rp 115.000");
    CHECK(p[3] == "Demikian daftar harga beras hari ini di pasar induk.");
}

TEST_CASE("paragraphs: table cells one per line stay apart", "[paragraphs]") {
    const auto p = paragraphs_of("Pos\nTim\nMain\n1\nSukamaju\n9\n");
    CHECK(p.size() == 6);
}

TEST_CASE("paragraphs: a lone opening quote joins the quote it opens", "[paragraphs]") {
    const auto p = paragraphs_of("\"\nKami sudah siap, kata dia.\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "\" Kami sudah siap, kata dia.");
}

TEST_CASE("paragraphs: an anchor after a long sentence in progress joins it", "[paragraphs]") {
    const auto p =
        paragraphs_of("\"Kami siap membantu warga,\" kata Kepala Dinas Sosial Kabupaten\n"
                      "Sukamaju\n"
                      ", Rina Wati.\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0] ==
          "\"Kami siap membantu warga,\" kata Kepala Dinas Sosial Kabupaten Sukamaju, Rina Wati.");
}

TEST_CASE("paragraphs: numbered item headings and credit lines stay apart", "[paragraphs]") {
    const auto p =
        paragraphs_of("1. Warung kopi dekat stasiun\n"
                      "Warung ini buka sejak pagi dan selalu ramai oleh pekerja kantor.\n"
                      "Nikmati kopinya selagi hangat**\n"
                      "(ABC)\n");
    REQUIRE(p.size() == 4);
    CHECK(p[0] == "1. Warung kopi dekat stasiun");
    CHECK(p[3] == "(ABC)");
}

TEST_CASE("paragraphs: 'Label: value' rows of a list stay apart", "[paragraphs]") {
    const auto p = paragraphs_of("Berikut rinciannya:\n"
                                 "Sukamaju: 120 rumah\n"
                                 "Kota Baru: 85 unit\n"
                                 "Tanjung Sari: 40 KK\n"
                                 "Data itu masih bisa berubah karena pendataan belum selesai\n");
    REQUIRE(p.size() == 5);
    CHECK(p[1] == "Sukamaju: 120 rumah");
    CHECK(p[2] == "Kota Baru: 85 unit");
}

TEST_CASE("paragraphs: a sentence that opens at the end of a line runs on through its links",
          "[paragraphs]") {
    const auto p = paragraphs_of("Para nelayan meminta pemerintah memperketat pengawasan laut di "
                                 "perairan utara. Lembaga\n"
                                 "Pemantau Laut\n"
                                 "Nusantara (LPLN) mencatat puluhan kapal asing masuk tanpa izin "
                                 "sepanjang tahun ini.\n"
                                 "Menurut LPLN, patroli gabungan perlu digelar setiap pekan.\n");
    REQUIRE(p.size() == 2);
    CHECK(p[0] == "Para nelayan meminta pemerintah memperketat pengawasan laut di perairan utara. "
                  "Lembaga Pemantau Laut Nusantara (LPLN) mencatat puluhan kapal asing masuk "
                  "tanpa izin sepanjang tahun ini.");
}

TEST_CASE("paragraphs: an open sentence joins only up to a sentence end", "[paragraphs]") {
    // Nothing finishes the sentence: the fragments stay apart, as with any tentative join.
    const auto unfinished = paragraphs_of("Para nelayan meminta pemerintah memperketat pengawasan "
                                          "laut di perairan utara. Lembaga\n"
                                          "Pemantau Laut\n");
    CHECK(unfinished.size() == 2);
    // A sentence that opened with more than three words is a sentence in progress of its own kind
    // (rule 2), not this one: a Title Case heading after it stays apart.
    const auto heading = paragraphs_of("Para nelayan meminta pemerintah memperketat pengawasan "
                                       "laut. Hasil rapat pekan lalu belum\n"
                                       "Langkah Berikutnya\n"
                                       "Pemerintah daerah akan menggelar rapat lanjutan bulan "
                                       "depan bersama nelayan.\n");
    CHECK(heading.size() == 3);
}
