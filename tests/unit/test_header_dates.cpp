// The publication date from a removed header line that carries it after a separator
// (header_dates.cpp). Names and outlets are invented.
#include "bersih/pipeline.hpp"
#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>

#include <string>

using bersih::test::clean_builtin;

namespace {

const std::string kBody = "Puluhan warga Desa Sukamaju mendatangi kantor desa untuk menolak "
                          "rencana tambang pasir di tepi sungai.\n\nKepala desa berjanji akan "
                          "menyampaikan aspirasi warga kepada pemerintah kabupaten.\n";

} // namespace

TEST_CASE("header dates: a byline that carries the date gives published", "[header_dates]") {
    const auto doc =
        clean_builtin("Oleh: Rina Marlina - Selasa, 16 September 2025 - 09:45 WIB\n\n" + kBody);
    REQUIRE(doc.meta.published);
    CHECK(*doc.meta.published == "2025-09-16T09:45:00+07:00");
    CHECK(doc.meta.authors == std::vector<std::string>{"Rina Marlina"});
    const auto piped = clean_builtin("Penulis: Andi Saputra | 3 Mei 2025\n\n" + kBody);
    REQUIRE(piped.meta.published);
    CHECK(*piped.meta.published == "2025-05-03");
}

TEST_CASE("header dates: dates of other articles and of the body are not the article's",
          "[header_dates]") {
    // A related headline with a date, removed as a link, and a date inside the prose.
    const auto doc =
        clean_builtin("Baca juga: Harga Cabai Naik - 12 Agustus 2025\n\n" + kBody +
                      "Rapat lanjutan digelar pada Senin, 22 September 2025 di balai desa.\n");
    CHECK_FALSE(doc.meta.published);
}
