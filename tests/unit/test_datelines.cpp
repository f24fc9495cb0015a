// Datelines of the paragraph-per-line outlets, including those split over lines, and the detik
// table of contents above the dateline.
#include "bersih/pipeline.hpp"
#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

using bersih::test::clean_builtin;

namespace {

const std::string kBody = "Pemerintah kota membuka taman baru di tepi sungai pada Sabtu pagi.\n"
                          "Taman itu dilengkapi jalur sepeda dan area bermain untuk anak-anak.\n";

} // namespace

TEST_CASE("datelines: city and dash on separate lines", "[datelines]") {
    const auto doc = clean_builtin("Sukamaju\n-\n" + kBody);
    CHECK(doc.meta.dateline == std::optional<std::string>("Sukamaju"));
    REQUIRE_FALSE(doc.paragraphs.empty());
    CHECK(doc.paragraphs.front().starts_with("Pemerintah kota"));
}

TEST_CASE("datelines: the dash leads the first paragraph", "[datelines]") {
    const auto doc = clean_builtin("Sukamaju\n- " + kBody);
    CHECK(doc.meta.dateline == std::optional<std::string>("Sukamaju"));
    CHECK(doc.paragraphs.front().starts_with("Pemerintah kota"));
}

TEST_CASE("datelines: kompas shapes", "[datelines]") {
    CHECK(clean_builtin("KOTA BARU, KOMPAS.com - " + kBody).meta.dateline ==
          std::optional<std::string>("Kota Baru"));
    CHECK(clean_builtin("KOTA BARU\n, KOMPAS.com -\n" + kBody).meta.dateline ==
          std::optional<std::string>("Kota Baru"));
    const auto outlet_only = clean_builtin("KOMPAS.com\n- " + kBody);
    CHECK_FALSE(outlet_only.meta.dateline.has_value());
    CHECK(outlet_only.paragraphs.front().starts_with("Pemerintah kota"));
}

TEST_CASE("datelines: outlet prefixes with glued ledes", "[datelines]") {
    CHECK(
        clean_builtin("Liputan6.com, SukamajuPemerintah kota membuka taman baru di tepi sungai.\n")
            .meta.dateline == std::optional<std::string>("Sukamaju"));
    CHECK(clean_builtin("TEMPO.CO,Sukamaju-Pemerintah kota membuka taman baru di tepi sungai.\n")
              .meta.dateline == std::optional<std::string>("Sukamaju"));
    CHECK(clean_builtin("PROHABA.CO, KOTA BARU - " + kBody).meta.dateline ==
          std::optional<std::string>("Kota Baru"));
    CHECK_FALSE(clean_builtin("POSMETRO MEDAN– " + kBody).meta.dateline.has_value());
}

TEST_CASE("datelines: a table of contents above the dateline goes", "[datelines]") {
    const auto doc = clean_builtin(
        "Daftar Isi\nJadwal Lengkap Festival\nDaftar Peserta Lomba\nSukamaju\n-\n" + kBody +
        "Jadwal Lengkap Festival\nFestival dibuka pukul delapan pagi oleh wali kota.\n");
    CHECK(doc.meta.dateline == std::optional<std::string>("Sukamaju"));
    REQUIRE(doc.paragraphs.size() == 4);
    CHECK(doc.paragraphs.front().starts_with("Pemerintah kota"));
    CHECK(doc.paragraphs[2] == "Jadwal Lengkap Festival");
}

TEST_CASE("datelines: an en or em dash after the city", "[datelines]") {
    // The dash is three bytes: a byte class such as [-–—]{1,2} never matched it whole.
    const auto prefix = clean_builtin("SUKAMAJU \xE2\x80\x93 " + kBody);
    CHECK(prefix.meta.dateline == std::optional<std::string>("Sukamaju"));
    CHECK(prefix.paragraphs.front().starts_with("Pemerintah kota"));
    const auto alone = clean_builtin("Sukamaju \xE2\x80\x94\n" + kBody);
    CHECK(alone.meta.dateline == std::optional<std::string>("Sukamaju"));
    CHECK(alone.paragraphs.front().starts_with("Pemerintah kota"));
    // Jubi: "City, Jubi –".
    const auto jubi = clean_builtin("Sukamaju, Jubi \xE2\x80\x93 " + kBody);
    CHECK(jubi.meta.outlet == std::optional<std::string>("jubi"));
    CHECK(jubi.meta.dateline == std::optional<std::string>("Sukamaju"));
    CHECK(jubi.paragraphs.front().starts_with("Pemerintah kota"));
    // "POSMETRO MEDAN–" names the outlet, not a city.
    const auto posmetro = clean_builtin("POSMETRO MEDAN\xE2\x80\x93 " + kBody);
    CHECK_FALSE(posmetro.meta.dateline.has_value());
    CHECK(posmetro.paragraphs.front().starts_with("Pemerintah kota"));
}
