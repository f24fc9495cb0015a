// Photo captions: the caption line with its credit is extracted; the short image-title line
// above a lead photo goes with it.
#include "bersih/pipeline.hpp"
#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using bersih::Category;
using bersih::Document;
using bersih::test::clean_builtin;

namespace {

const std::string kP1 = "Ribuan warga memadati alun-alun kota untuk menyaksikan pawai budaya yang "
                        "digelar setahun sekali.";
const std::string kP2 = "Panitia menyiapkan tiga puluh kendaraan hias yang dirakit oleh pelajar "
                        "dari berbagai sekolah.";

} // namespace

TEST_CASE("captions: image title and caption of the lead photo", "[captions]") {
    const auto doc =
        clean_builtin("Pawai budaya\nPeserta pawai budaya melintasi alun-alun (Foto: Andi "
                      "Pratama/detikcom)\n" +
                      kP1 + "\n" + kP2 + "\n");
    REQUIRE(doc.meta.captions.size() == 1);
    CHECK(doc.meta.captions[0].text == "Peserta pawai budaya melintasi alun-alun");
    CHECK(doc.meta.captions[0].credit == "Andi Pratama/detikcom");
    CHECK(doc.lines[0].rule == "core.image-title");
    CHECK(doc.lines[0].category == Category::caption);
    CHECK(doc.lines[1].category == Category::caption);
    CHECK_FALSE(doc.lines[1].kept());
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, kP2});
}

TEST_CASE("captions: credit variants", "[captions]") {
    const auto getty =
        clean_builtin("Ilustrasi lumbung padi (Foto: Getty Images/iStockphoto)\n" + kP1 + "\n");
    REQUIRE(getty.meta.captions.size() == 1);
    CHECK(getty.meta.captions[0].text == "Ilustrasi lumbung padi");
    CHECK(getty.meta.captions[0].credit == "Getty Images/iStockphoto");

    const auto upper = clean_builtin("Gedung baru balai kota (FOTO: Humas Pemkot)\n" + kP1 + "\n");
    REQUIRE(upper.meta.captions.size() == 1);
    CHECK(upper.meta.captions[0].credit == "Humas Pemkot");
}

TEST_CASE("captions: a sentence above the caption is not an image title", "[captions]") {
    const std::string sentence = "Warga sudah menunggu sejak pagi.";
    const auto doc =
        clean_builtin(sentence + "\nPeserta pawai melintas (Foto: Andi)\n" + kP1 + "\n");
    CHECK(doc.lines[0].kept());
    REQUIRE(doc.meta.captions.size() == 1);
}

TEST_CASE("captions: an image title is only taken above the lead photo", "[captions]") {
    const auto doc = clean_builtin(
        kP1 + "\nKendaraan hias\nKendaraan hias buatan pelajar (Foto: Andi)\n" + kP2 + "\n");
    REQUIRE(doc.meta.captions.size() == 1);
    CHECK(doc.meta.captions[0].text == "Kendaraan hias buatan pelajar");
    CHECK(doc.lines[1].kept()); // a short line inside the article is left for the reader
    CHECK_FALSE(doc.lines[2].kept());
}

TEST_CASE("captions: a parenthesis in prose is no caption", "[captions]") {
    const std::string prose = "Pemerintah daerah menyebut biaya pawai (dan/atau lomba) ditanggung "
                              "sponsor.";
    const auto doc = clean_builtin(prose + "\n" + kP1 + "\n");
    CHECK(doc.meta.captions.empty());
    CHECK(doc.lines[0].kept());
}

TEST_CASE("captions: a long caption does not hide the dateline below it", "[captions]") {
    // Regression: an eight-word caption counted as the first prose line, so the lead-scope
    // dateline rule never saw "Cilacap -" and it stayed in the text.
    const auto doc =
        clean_builtin("Perahu nelayan\nPerahu nelayan bersandar di dermaga pada pagi hari "
                      "(Foto: Dimas/detikJateng)\nCilacap -\n\n" +
                      kP1 + "\n");
    CHECK(doc.meta.dateline == "Cilacap");
    CHECK(doc.meta.captions.size() == 1);
    CHECK(doc.paragraphs == std::vector<std::string>{kP1});
}

TEST_CASE("captions: credits without 'Foto:' above the lead", "[captions]") {
    // Agency or site, a slash, the photographer: in parentheses or bare after the caption.
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"Ilustrasi lumbung padi. (AP/Sari Dewi)", "AP/Sari Dewi"},
        {"Suasana pasar, Makassar, Rabu (5/3/2025). (ANTARA FOTO/Budi Santoso)",
         "ANTARA FOTO/Budi Santoso"},
        {"Ilustrasi jalan tol. (Liputan6.com/Rina Wati)", "Liputan6.com/Rina Wati"},
        {"Ilustrasi pasar ikan. KOMPAS.com/BUDI SANTOSO", "KOMPAS.com/BUDI SANTOSO"},
        {"Suasana balai kota, Jayapura, Selasa (4/3/2025). \xE2\x80\x93 Jubi/Andi Wijaya",
         "Jubi/Andi Wijaya"},
        {"Suasana rapat, Medan, Senin (3/3/2025). (Foto: Okezone)", "Okezone"},
    };
    for (const auto& [caption, credit] : cases) {
        const auto doc = clean_builtin(caption + "\n" + kP1 + "\n" + kP2 + "\n");
        REQUIRE(doc.meta.captions.size() == 1);
        CHECK(doc.meta.captions[0].credit == credit);
        CHECK(doc.paragraphs == std::vector<std::string>{kP1, kP2});
    }
}

TEST_CASE("captions: a long caption does not end the header", "[captions]") {
    // Eight words or more, but no sentence end: the dateline below it is still in the lead.
    const auto doc =
        clean_builtin("Warga memadati alun-alun kota saat pawai budaya, Senin (3/3/2025). "
                      "(Foto: Andi Pratama/detikcom)\nSukamaju -\n" +
                      kP1 + "\n" + kP2 + "\n");
    REQUIRE(doc.meta.captions.size() == 1);
    CHECK(doc.meta.dateline == "Sukamaju");
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, kP2});
}

TEST_CASE("captions: a paragraph ending in a glued photo credit stays", "[captions]") {
    const std::string quoted =
        "Harga minyak naik, kata Gubernur Bank Sentral (BI) Budi, \xE2\x80\x9CKami "
        "memantau setiap perkembangan,\xE2\x80\x9D ujarnya. (foto: dok)";
    const auto doc = clean_builtin(quoted + "\n" + kP1 + "\n");
    CHECK(doc.meta.captions.empty());
    CHECK(doc.paragraphs.front() == quoted);
}

TEST_CASE("captions: the lead photo's alt text between header lines", "[captions]") {
    const std::string header =
        "Pawai Budaya Kembali Digelar\nRina Wati - detikNews\nSenin, 03 Mar 2025 10:15 WIB\n";
    // No caption under it: the dateline below and the date above frame it.
    const auto alone =
        clean_builtin(header + "Pawai budaya tahunan\nSukamaju -\n" + kP1 + "\n" + kP2 + "\n");
    CHECK(alone.paragraphs == std::vector<std::string>{kP1, kP2});
    CHECK(alone.meta.dateline == "Sukamaju");

    // The alt text repeats the caption's start, period included.
    const auto repeated =
        clean_builtin(header +
                      "Warga menonton pawai di alun-alun kota, Senin (3/3/2025).\n"
                      "Warga menonton pawai di alun-alun kota, Senin (3/3/2025). (Foto: "
                      "Andi/detikcom)\nSukamaju -\n" +
                      kP1 + "\n" + kP2 + "\n");
    CHECK(repeated.paragraphs == std::vector<std::string>{kP1, kP2});
    CHECK(repeated.meta.dateline == "Sukamaju");
    REQUIRE(repeated.meta.captions.size() == 1);

    // An "Advertisement" line under the photo does not hide the dateline below it.
    const auto ad =
        clean_builtin("Pawai Budaya Kembali Digelar\nKompas.com - 03/03/2025, 10:15 WIB\nPenulis "
                      "Rina Wati\nPawai budaya tahunan.\nAdvertisement\nSUKAMAJU, KOMPAS.com - " +
                      kP1 + "\n" + kP2 + "\n");
    CHECK(ad.paragraphs == std::vector<std::string>{kP1, kP2});
}

TEST_CASE("captions: a short first paragraph under the date stays", "[captions]") {
    // Below it is prose, not a caption or a dateline.
    const std::string lead = "Pawai dimulai pukul delapan pagi.";
    const auto doc = clean_builtin("Pawai Budaya Kembali Digelar\nSenin, 03 Mar 2025 10:15 WIB\n" +
                                   lead + "\n" + kP1 + "\n");
    CHECK(doc.paragraphs == std::vector<std::string>{lead, kP1});
}

TEST_CASE("captions: a 'Foto/Name' caption above the lead is taken whole", "[captions]") {
    // The inline credit rule used to cut 'Foto/Rina' out first and leave the rest as text.
    const auto doc =
        clean_builtin("Ilustrasi gencatan senjata. Foto/Rina Wati\n" + kP1 + "\n" + kP2 + "\n");
    REQUIRE(doc.meta.captions.size() == 1);
    CHECK(doc.meta.captions[0].credit == "Foto/Rina Wati");
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, kP2});
}

TEST_CASE("captions: a caption closing a flattened body goes with its 'Foto/' credit",
          "[captions]") {
    // Sindonews' shape: the caption is one sentence glued to the last paragraph, then the credit.
    const std::string body = kP1 + " " + kP2;
    const auto doc = clean_builtin(
        body + "Pelajar menghias kendaraan di halaman sekolah, Jakarta Timur. Foto/Dimas Ardi\n");
    REQUIRE(doc.meta.captions.size() == 1);
    CHECK(doc.meta.captions[0].text ==
          "Pelajar menghias kendaraan di halaman sekolah, Jakarta Timur.");
    CHECK(doc.meta.captions[0].credit == "Dimas Ardi");
    CHECK(doc.paragraphs == std::vector<std::string>{body});
}

TEST_CASE("captions: a bare glued 'Foto/' credit is a caption with empty text", "[captions]") {
    const std::string body = kP1 + "Foto/Instagram @pawai_budaya" + kP2;
    const auto doc = clean_builtin(body + "\n");
    REQUIRE(doc.meta.captions.size() == 1);
    CHECK(doc.meta.captions[0].text.empty());
    CHECK(doc.meta.captions[0].credit == "Instagram @pawai_budaya");
    CHECK(doc.paragraphs == std::vector<std::string>{kP1 + kP2});
}
