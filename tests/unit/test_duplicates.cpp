// Scraper duplicates: glued copies, immediately repeated blocks, pull quotes; deliberate
// repetition stays.
#include "bersih/pipeline.hpp"
#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

std::vector<std::string> paragraphs_of(const std::string& text) {
    return bersih::test::clean_builtin(text).paragraphs;
}

const std::string kOne = "Pemerintah kota membuka taman baru di tepi sungai pada Sabtu pagi.";
const std::string kTwo = "Taman itu dilengkapi jalur sepeda dan area bermain untuk anak-anak.";
const std::string kThree = "Wali kota berharap warga ikut menjaga kebersihan taman tersebut.";

} // namespace

TEST_CASE("duplicates: a glued copy followed by the paragraph copy goes", "[duplicates]") {
    const auto p = paragraphs_of(kOne + kTwo + "Baca Juga:Judul Berita Lain" + kThree + "\n" +
                                 kOne + "\n" + kTwo + "\n" + kThree + "\n");
    CHECK(p == std::vector<std::string>{kOne, kTwo, kThree});
}

TEST_CASE("duplicates: a glued copy keeps the first paragraph the split copy lacks",
          "[duplicates]") {
    const std::string lead =
        "Ini paragraf pembuka yang hanya ada di baris gabungan dan tidak diulang lagi.";
    const auto p = paragraphs_of(lead + kOne + kTwo + kThree + "\n" + kOne + "\n" + kTwo + "\n" +
                                 kThree + "\n");
    CHECK(p == std::vector<std::string>{lead, kOne, kTwo, kThree});
}

TEST_CASE("duplicates: a block repeated right after itself goes once", "[duplicates]") {
    const auto p =
        paragraphs_of(kOne + "\n" + kTwo + "\n" + kOne + "\n" + kTwo + "\n" + kThree + "\n");
    CHECK(p == std::vector<std::string>{kOne, kTwo, kThree});
}

TEST_CASE("duplicates: repetition that is not adjacent is kept", "[duplicates]") {
    const auto p = paragraphs_of(kOne + "\n" + kTwo + "\n" + kThree + "\n" + kOne + "\n");
    CHECK(p == std::vector<std::string>{kOne, kTwo, kThree, kOne});
}

TEST_CASE("duplicates: short repeated lines such as table cells are kept", "[duplicates]") {
    const auto p = paragraphs_of(kOne + "\n0\n3\n0\n3\n");
    CHECK(p.size() == 5);
}

TEST_CASE("duplicates: a glued line scraped twice before its paragraph copy goes both times",
          "[duplicates]") {
    // Republika-style: "paragraph + embed text" twice in a row, then the clean paragraph.
    const std::string para = kOne + " " + kTwo + " " + kThree;
    const std::string glued = para + "Lihat postingan ini di Instagram";
    const auto p = paragraphs_of(glued + "\n" + glued + "\n" + para + "\n" + kOne + "\n");
    CHECK(p == std::vector<std::string>{para, kOne});
}
