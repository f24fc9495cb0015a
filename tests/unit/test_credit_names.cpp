// Authors and editors from credit items that rules removed without reading (credit_names.cpp),
// from a Tribun reporter line glued to the dateline (dateline_recogniser.cpp) and from the
// contributors' note (tempo.contributors). Names and outlets are invented.
#include "bersih/pipeline.hpp"
#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using bersih::test::clean_builtin;
using bersih::test::clean_without_rules;
using Names = std::vector<std::string>;

namespace {

const std::string kLede = "Pemerintah kota membuka taman baru di tepi sungai pada Sabtu pagi.";

} // namespace

TEST_CASE("credit names: a credit block glued after the last sentence", "[credits]") {
    const auto doc =
        clean_builtin(kLede + " Warga menyambut baik taman itu, kata dia. Pewarta: "
                              "Budi Santoso Editor: Rina Wati Copyright © Contoh 2025");
    CHECK(doc.meta.authors == Names{"Budi Santoso"});
    CHECK(doc.meta.editors == Names{"Rina Wati"});
}

TEST_CASE("credit names: a credit line behind an empty related stub", "[credits]") {
    const auto doc =
        clean_builtin(kLede + "\nWarga menyambut baik taman itu, kata dia.\n"
                              "Baca juga:  Pewarta: Budi Santoso\nEditor: Rina Wati\n");
    CHECK(doc.meta.authors == Names{"Budi Santoso"});
    CHECK(doc.meta.editors == Names{"Rina Wati"});
}

TEST_CASE("credit names: names stop at page furniture and the next label", "[credits]") {
    const auto doc = clean_builtin(
        kLede + " Warga menyambut baik, kata dia. Editor : Rina Wati Reporter : Budi Santoso, "
                "Citra Dewi Ikuti berita terbaru Contoh.com di Google News");
    CHECK(doc.meta.authors == Names{"Budi Santoso", "Citra Dewi"});
    CHECK(doc.meta.editors == Names{"Rina Wati"});
}

TEST_CASE("credit names: a related box titled with a label names nobody", "[credits]") {
    const auto doc = clean_builtin(kLede + "\nWarga menyambut baik taman itu, kata dia.\n"
                                           "Pilihan Editor: Harga Beras Naik Jelang Akhir Tahun\n");
    CHECK(doc.meta.editors.empty());
    CHECK(doc.meta.authors.empty());
}

TEST_CASE("credit names: a label inside kept prose is no credit", "[credits]") {
    const auto doc = clean_without_rules(
        kLede +
        "\nMenurut dia, penulis: Budi Santoso tidak hadir dalam acara peluncuran buku itu.\n");
    CHECK(doc.meta.authors.empty());
}

TEST_CASE("credit names: a Tribun reporter line glued to the dateline", "[credits]") {
    const auto doc =
        clean_builtin("Laporan Wartawan Contoh.com, Budi Santoso CONTOH.COM, SUKAMAJU - " + kLede);
    CHECK(doc.meta.authors == Names{"Budi Santoso"});
    CHECK(doc.meta.dateline == std::optional<std::string>("Sukamaju"));
    REQUIRE_FALSE(doc.paragraphs.empty());
    CHECK(doc.paragraphs.front() == kLede);
    const auto colon =
        clean_builtin("Laporan wartawan contoh.com : Budi Santoso CONTOH.COM -- " + kLede);
    CHECK(colon.meta.authors == Names{"Budi Santoso"});
    CHECK(colon.paragraphs.front() == kLede);
    // Two reporters joined by "&" as by "dan" (the lexicon's name-joiners).
    const auto two = clean_builtin(
        "Laporan Wartawan Contoh.com, Budi Santoso & Rina Wati CONTOH.COM, SUKAMAJU - " + kLede);
    CHECK(two.meta.authors == Names{"Budi Santoso", "Rina Wati"});
    CHECK(two.paragraphs.front() == kLede);
}

TEST_CASE("credit names: the contributors' note", "[credits]") {
    const auto doc =
        clean_builtin(kLede + "\nWarga menyambut baik taman itu, kata dia.Budi Santoso dan Rina "
                              "Wati berkontribusi dalam penulisan artikel ini.\n");
    CHECK(doc.meta.authors == Names{"Budi Santoso", "Rina Wati"});
    REQUIRE(doc.paragraphs.size() == 2);
    CHECK(doc.paragraphs[1] == "Warga menyambut baik taman itu, kata dia.");
}
