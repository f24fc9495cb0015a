// reads_as_headline: the line under a lone "Baca juga:" is its headline only when it has the
// shape of one; a paragraph the scraper left there instead must stay.
#include "filters/context.hpp"

#include <catch2/catch.hpp>

#include <string>

using bersih::filters::reads_as_headline;

TEST_CASE("line shape: headlines", "[line_shape]") {
    for (const char* const line : {
             "Harga Cabai Rawit Turun di Pasar Induk Jelang Akhir Pekan",
             "Presiden resmikan bendungan baru di Nusa Tenggara Timur",
             "Siapa yang Diuntungkan dari Kenaikan Tarif?",
             "Timnas Menang 3-1, Pelatih: Kami Belum Puas",
             "Daftar Lengkap Harga BBM Terbaru di Seluruh Provinsi...",
             "Dr. Andi Ungkap Cara Menjaga Kesehatan Ginjal",
         }) {
        CAPTURE(line);
        CHECK(reads_as_headline(std::string(line)));
    }
}

TEST_CASE("line shape: sentences and paragraphs", "[line_shape]") {
    for (const char* const line : {
             "Petugas menambahkan bahwa jalur alternatif sudah dibuka sejak pagi.",
             "Harga tiket termurah dimulai dari Rp100 ribu. Berikut cara pembeliannya:",
             "Berikut daftar harga tiket untuk semua kategori:",
             "\"Kami siap menghadapi pertandingan besok,\" kata pelatih.",
             "\"Apakah ini adil?\" tanya seorang warga.",
             "'Kawan-kawan, saya baik-baik saja, tidak usah cemas.'",
             "Mengapa warga di pinggir sungai harus pindah sebelum musim hujan datang tahun ini?",
             "",
         }) {
        CAPTURE(line);
        CHECK_FALSE(reads_as_headline(std::string(line)));
    }
}
