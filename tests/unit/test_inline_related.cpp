// The inline_related stage: related-article links inside flattened and glued lines, on invented
// one-line articles, through the whole pipeline with no rule pack, so only the stage acts.
#include "bersih/pipeline.hpp"
#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>

using bersih::Category;
using bersih::Document;
using bersih::test::clean_without_rules;

namespace {

std::string body(const Document& doc) {
    REQUIRE(doc.paragraphs.size() == 1);
    return doc.paragraphs.front();
}

std::string cut_text(const Document& doc, std::size_t n = 0) {
    for (const auto& line : doc.lines) {
        std::size_t seen = 0;
        for (const auto& cut : line.cuts) {
            if (cut.category == Category::related && seen++ == n) {
                return cut.text;
            }
        }
    }
    return {};
}

const std::string kLead = "Pemerintah menaikkan anggaran subsidi pupuk tahun depan untuk menjaga "
                          "produksi padi nasional. ";
const std::string kTail =
    " Kementerian Pertanian mencatat kebutuhan pupuk bersubsidi naik setiap musim tanam.";

} // namespace

TEST_CASE("other templates' words for the related-link marker", "[inline_related]") {
    // Only "Baca/Lihat juga" was a marker: these links stayed in the text.
    const std::string next = "Petani diminta menanam lebih awal tahun ini.";
    for (const std::string marker : {"Simak juga: ", "Baca pula: ", "Baca juga>> ",
                                     "Berita Terkait: ", "Baca Berita Lainnya: "}) {
        CAPTURE(marker);
        const auto doc =
            clean_without_rules(kLead + marker + "Harga Gabah Turun di Tingkat Petani " + next);
        CHECK(body(doc) == kLead + next);
    }
}

TEST_CASE("a spaced headline ends before a sentence that opens with a quote", "[inline_related]") {
    const auto doc =
        clean_without_rules(kLead +
                            "Baca Juga: Harga Gabah Naik di Tingkat Petani, Bulog Siap Serap "
                            "\"Kami akan menambah stok,\" kata dia." +
                            kTail);
    CHECK(cut_text(doc) == "Baca Juga: Harga Gabah Naik di Tingkat Petani, Bulog Siap Serap");
    CHECK(body(doc) == kLead + "\"Kami akan menambah stok,\" kata dia." + kTail);
}

TEST_CASE("a Title Case headline ends before a sentence opener", "[inline_related]") {
    const auto doc =
        clean_without_rules(kLead +
                            "Baca Juga: Petani Jawa Barat Mulai Tanam Serentak Selain itu, "
                            "pemerintah menyiapkan benih unggul." +
                            kTail);
    CHECK(cut_text(doc) == "Baca Juga: Petani Jawa Barat Mulai Tanam Serentak");
    CHECK(body(doc) == kLead + "Selain itu, pemerintah menyiapkan benih unggul." + kTail);
}

TEST_CASE("a Title Case headline ends before the capitalised subject of the next sentence",
          "[inline_related]") {
    // One capitalised word by default ...
    const auto one = clean_without_rules(kLead +
                                         "Baca Juga: Stok Beras Aman Hingga Akhir Tahun Bulog "
                                         "menyimpan dua juta ton beras." +
                                         kTail);
    CHECK(cut_text(one) == "Baca Juga: Stok Beras Aman Hingga Akhir Tahun");
    // ... and a longer subject when the article names it elsewhere.
    const auto two =
        clean_without_rules("Gudang Bulog di Jawa Timur penuh menjelang panen raya bulan ini. "
                            "Baca Juga: Stok Beras Aman Hingga Akhir Tahun Gudang Bulog "
                            "menyimpan dua juta ton beras." +
                            kTail);
    CHECK(cut_text(two) == "Baca Juga: Stok Beras Aman Hingga Akhir Tahun");
}

TEST_CASE("a lowercase headline ends before a list", "[inline_related]") {
    const auto doc = clean_without_rules(kLead +
                                         "Berikut daftarnya: Baca Juga: Ini cara petani menyimpan "
                                         "gabah agar awet 1. Jemur gabah 2. Simpan di karung." +
                                         kTail);
    CHECK(cut_text(doc) == "Baca Juga: Ini cara petani menyimpan gabah agar awet");
}

TEST_CASE("a headline ends before the first list item, not a later one", "[inline_related]") {
    // Regression: a list number after a figure ("12,5% 2.") also scored as a capitalised word
    // after a lowercase one, so the cut ran on through the first item.
    const auto doc =
        clean_without_rules(kLead +
                            "Berikut tiga daerah dengan produksi tertinggi: Baca Juga: Petani "
                            "wajib tahu! Begini cara menjual gabah lewat aplikasi Tani 1. "
                            "Indramayu 12,5% 2. Karawang 10,1% 3. Subang 8,4%" +
                            kTail);
    CHECK(cut_text(doc) ==
          "Baca Juga: Petani wajib tahu! Begini cara menjual gabah lewat aplikasi Tani");
}

TEST_CASE("a headline ends before a noun of office that heads the next sentence",
          "[inline_related]") {
    // Lowercase headline: "Direktur ..." opens the sentence, not the acronym before it.
    const auto lower = clean_without_rules(
        kLead +
        "Baca Juga: Pemerintah garap irigasi BKT Barat senilai Rp 90 miliar "
        "Direktur Irigasi Kementerian PUPR mengatakan proyek dimulai tahun depan." +
        kTail);
    CHECK(cut_text(lower) == "Baca Juga: Pemerintah garap irigasi BKT Barat senilai Rp 90 miliar");
    // Not in a Title Case headline, which names offices itself.
    const auto title =
        clean_without_rules(kLead +
                            "Baca Juga: Harga Pupuk Naik, Ini Kata Menteri Pertanian "
                            "Petani mengeluhkan harga pupuk sejak awal tahun." +
                            kTail);
    CHECK(cut_text(title) == "Baca Juga: Harga Pupuk Naik, Ini Kata Menteri Pertanian");
}

TEST_CASE("a section heading glued between the link and its paragraph stays", "[inline_related]") {
    // The heading's first word recurs in the paragraph it opens; the link ends before it.
    const auto doc = clean_without_rules(
        kLead +
        "Baca juga: 7 Desa di Jawa Tengah Gagal Panen, Bupati: Kami Siapkan Bantuan "
        "Pupuk dan Ketahanan Pangan DesaPupuk bersubsidi menjadi kunci produksi "
        "padi di desa." +
        kTail);
    CHECK(cut_text(doc) ==
          "Baca juga: 7 Desa di Jawa Tengah Gagal Panen, Bupati: Kami Siapkan Bantuan");
    // A camel-case name far after the link is no heading boundary.
    const auto brand = clean_without_rules(
        kLead +
        "Baca Juga: Petani Sebut Harga Pupuk Naik, Ini Kata Menteri Andi A. Putra "
        "Agro Nusantara sendiri adalah aplikasi tani populer. Pengguna Agro "
        "Nusantara mengejek akun AgroNusantara palsu." +
        kTail);
    CHECK(cut_text(brand) ==
          "Baca Juga: Petani Sebut Harga Pupuk Naik, Ini Kata Menteri Andi A. Putra");
}

TEST_CASE("a glued headline ends at the camel-case join", "[inline_related]") {
    const auto doc = clean_without_rules(
        "Rupiah melemah 10 poin pagi ini.Lihat Juga :Harga Emas Turun Lagi Pagi "
        "IniAnalis memperkirakan rupiah bergerak datar sepanjang hari ini.");
    CHECK(cut_text(doc) == "Lihat Juga :Harga Emas Turun Lagi Pagi Ini");
    CHECK(body(doc) == "Rupiah melemah 10 poin pagi ini.Analis memperkirakan rupiah bergerak "
                       "datar sepanjang hari ini.");
}

TEST_CASE("a topic label glued in front of the headline stays with it", "[inline_related]") {
    const auto doc =
        clean_without_rules("Rupiah melemah 10 poin pagi ini.Lihat Juga :ANALISISNasib Industri "
                            "Tekstil di Tengah Resesi?Selain itu, pasar menanti data inflasi.");
    CHECK(cut_text(doc) == "Lihat Juga :ANALISISNasib Industri Tekstil di Tengah Resesi?");
}

TEST_CASE("a glued box of several headlines with hover text is cut whole", "[inline_related]") {
    const auto doc =
        clean_without_rules(kLead +
                            "Baca JugaHarga Pupuk Turun Bulan Depan  Artikel ini telah tayang "
                            "diPetani Sambut Baik Kebijakan BaruSelanjutnya pemerintah akan "
                            "mengevaluasi penyaluran pupuk setiap bulan." +
                            kTail);
    CHECK(cut_text(doc) == "Baca JugaHarga Pupuk Turun Bulan Depan Artikel ini telah tayang "
                           "diPetani Sambut Baik Kebijakan Baru");
}

TEST_CASE("a 'Pilihan Redaksi' box holds three headlines", "[inline_related]") {
    const auto doc =
        clean_without_rules("Bank sentral menahan suku bunga.Pilihan RedaksiSuku Bunga Tetap, "
                            "Rupiah Menguat?Bank Kecil Kian Terjepit Persaingan DigitalInflasi Mei "
                            "Turun Tipis Jadi 2 PersenKeputusan itu sesuai perkiraan para ekonom.");
    CHECK(cut_text(doc) == "Pilihan RedaksiSuku Bunga Tetap, Rupiah Menguat?Bank Kecil Kian "
                           "Terjepit Persaingan DigitalInflasi Mei Turun Tipis Jadi 2 Persen");
    CHECK(body(doc) ==
          "Bank sentral menahan suku bunga.Keputusan itu sesuai perkiraan para ekonom.");
}

TEST_CASE("a link that closes the line runs to its end", "[inline_related]") {
    const auto doc =
        clean_without_rules(kLead + "Baca juga: 5 Amalan Sebelum Tidur, Inilah Keutamaannya!");
    CHECK(cut_text(doc) == "Baca juga: 5 Amalan Sebelum Tidur, Inilah Keutamaannya!");
    CHECK(body(doc) == kLead.substr(0, kLead.size() - 1));
}

TEST_CASE("prose mentioning 'baca juga' is left alone", "[inline_related]") {
    const std::string text = kLead +
                             "Pembaca dapat membaca juga laporan lengkapnya (Baca juga di "
                             "paragraf tiga) yang dimuat kemarin." +
                             kTail;
    const auto doc = clean_without_rules(text);
    CHECK(cut_text(doc).empty());
    CHECK(body(doc) == text);
}

TEST_CASE("a short line opening with the marker is left to the line rules", "[inline_related]") {
    const auto doc = clean_without_rules("Baca juga: Harga Pupuk Turun Bulan Depan");
    CHECK(cut_text(doc).empty());
}

TEST_CASE("a marker inside a quotation is words someone wrote, not a link", "[inline_related]") {
    const std::string quoted = kLead +
                               "\"Baca juga: jangan mudah percaya pesan berantai,\" tulis dinas "
                               "itu dalam keterangan resminya." +
                               kTail;
    auto doc = clean_without_rules(quoted);
    CHECK(cut_text(doc).empty());
    CHECK(body(doc) == quoted);
    // A lowercase word after the marker opens no headline either.
    const std::string lower = kLead +
                              "Petugas menulis Baca juga: jangan sebarkan tautan itu kepada warga "
                              "lain di grup percakapan." +
                              kTail;
    doc = clean_without_rules(lower);
    CHECK(cut_text(doc).empty());
}

TEST_CASE("a closing quote glued before the marker still leaves a link", "[inline_related]") {
    const auto doc = clean_without_rules(
        kLead +
        "\"Kami siap,\" tutupnya.\"Baca Juga: Harga Gabah Naik di Tingkat Petani "
        "Selain itu, pemerintah menyiapkan benih unggul." +
        kTail);
    CHECK(cut_text(doc) == "Baca Juga: Harga Gabah Naik di Tingkat Petani");
}

TEST_CASE("a headline ends before the first item of a numbered list, not a later one",
          "[inline_related]") {
    const auto doc = clean_without_rules(
        kLead +
        "Berikut tiga desa dengan panen terbesar: Baca Juga: Petani muda wajib tahu! Begini "
        "cara menjual gabah lewat aplikasi Tani 1. Sukamaju 120 ton 2. Sukamulya 95 ton "
        "3. Sukasari 80 ton" +
        kTail);
    CHECK(cut_text(doc) ==
          "Baca Juga: Petani muda wajib tahu! Begini cara menjual gabah lewat aplikasi Tani");
}

namespace {

// Each case: the words after kLead and the related piece the stage must cut from them.
struct HeadlineCase {
    const char* text;
    const char* cut;
};

void check_cuts(std::initializer_list<HeadlineCase> cases) {
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(cut_text(clean_without_rules(kLead + c.text + kTail)) == c.cut);
    }
}

} // namespace

TEST_CASE("in a Title Case headline, an office opens the next sentence's named subject",
          "[inline_related]") {
    check_cuts({
        // Flattened Kontan-style text: the headline runs on into "<office> <organisation> <name>,".
        {"Baca Juga: Harga Emas Antam Naik Lagi Siang Ini Ketua Fed Jerome Powell, dalam pidatonya "
         "di "
         "Washington, mengatakan suku bunga ditahan.",
         "Baca Juga: Harga Emas Antam Naik Lagi Siang Ini"},
        // The organisation may hold an English lowercase word.
        {"Baca Juga: Bursa Asia Dibuka Melemah Gubernur Bank of England, Andrew Bailey, mengatakan "
         "inflasi masih tinggi.",
         "Baca Juga: Bursa Asia Dibuka Melemah"},
        // Glued CNN-style marker, the office after a place name.
        {"Lihat Juga :Warga Antre Minyak Goreng di Pasar Induk Kota Pengamat Pasar Uang Rudi "
         "Hartono "
         "mengatakan rupiah akan menguat hari ini.",
         "Lihat Juga :Warga Antre Minyak Goreng di Pasar Induk Kota"},
        // Trap: an office that a headline word governs stays in the headline.
        {"Baca Juga: Daftar Politikus yang Kecipratan Kursi Komisaris BUMN Pemerintah juga "
         "menyiapkan "
         "aturan baru soal rangkap jabatan.",
         "Baca Juga: Daftar Politikus yang Kecipratan Kursi Komisaris BUMN"},
        // Trap: an office heading the headline's own clause ("Menteri ... Bakal Impor ...").
        {"Baca Juga: Stok Aman, Menteri Pertanian Bakal Impor Beras Harga beras di pasar induk "
         "stabil "
         "sepekan terakhir.",
         "Baca Juga: Stok Aman, Menteri Pertanian Bakal Impor Beras"},
    });
}

TEST_CASE("a counted noun, a unit after 'per' and an ordinal stay in the headline",
          "[inline_related]") {
    check_cuts({
        {"Baca Juga: Investor Legendaris Bagikan 7 Hal yang Bikin Orang Gagal Kaya Di sisi lain, "
         "ia "
         "menilai disiplin adalah kunci utama.",
         "Baca Juga: Investor Legendaris Bagikan 7 Hal yang Bikin Orang Gagal Kaya"},
        // Trap: a number closing the headline, then a sentence whose subject is capitalised.
        {"Baca Juga: Daya Saing Indonesia Naik ke Posisi 27 Inflasi jasa juga turun menjadi 5,7% "
         "pada "
         "bulan lalu.",
         "Baca Juga: Daya Saing Indonesia Naik ke Posisi 27"},
        {"Baca Juga: Rupiah Spot Menguat Tipis di Rp 16.100 per dollar Pengamat Pasar Uang Budi "
         "Santoso "
         "mengatakan rupiah berpotensi menguat.",
         "Baca Juga: Rupiah Spot Menguat Tipis di Rp 16.100 per dollar"},
        {"Baca Juga: Pemerintah Cairkan Gaji ke-13 untuk ASN Pekan Depan Selain itu, tunjangan "
         "kinerja "
         "juga dibayarkan.",
         "Baca Juga: Pemerintah Cairkan Gaji ke-13 untuk ASN Pekan Depan"},
    });
}

TEST_CASE("a glued headline ends at an acronym, an amount's unit or a quote after an acronym",
          "[inline_related]") {
    check_cuts({
        {"Lihat Juga :Mencari Penyebab Investor Ragu Masuk ke IKN\"Berdasarkan asesmen menyeluruh, "
         "bank sentral menaikkan suku bunga,\" kata Perry.",
         "Lihat Juga :Mencari Penyebab Investor Ragu Masuk ke IKN"},
        {"Lihat juga:Gubernur BI: Rupiah Terguncang Tiga Kali Tahun IniPT Bank Rakyat Indonesia "
         "(Persero) Tbk juga melihat ruang penurunan bunga deposito.",
         "Lihat juga:Gubernur BI: Rupiah Terguncang Tiga Kali Tahun Ini"},
        {"Lihat Juga :Korsel Kurangi Beban Biaya Proyek Jet Tempur Rp1,2 TNamun, Perry mengatakan "
         "pemulihan ekonomi masih dibayangi gangguan pasokan.",
         "Lihat Juga :Korsel Kurangi Beban Biaya Proyek Jet Tempur Rp1,2 T"},
        // A numbered subheading glued to the headline keeps its number.
        {"Lihat Juga :Kemenperin Bersuara soal Mie Instan Ditarik dari Pasar3. Pertumbuhan Sektor "
         "Riil "
         "TerhambatPenyaluran kredit yang berkurang berdampak ke sektor riil.",
         "Lihat Juga :Kemenperin Bersuara soal Mie Instan Ditarik dari Pasar"},
        // Trap: a camel-case company name inside the headline is no join.
        {"Lihat Juga :Saham BioNTech Melonjak Usai Rilis Vaksin Baru Sementara itu, bursa Eropa "
         "ditutup "
         "menguat tipis.",
         "Lihat Juga :Saham BioNTech Melonjak Usai Rilis Vaksin Baru"},
    });
}

TEST_CASE("a class noun after a whole place phrase opens the next sentence's subject",
          "[inline_related]") {
    check_cuts({
        // "di Lembah Baliem" is a whole place phrase; "Kawasan" heads the next name, as Indonesian
        // puts the class noun in front of the name.
        {"Baca juga: Festival Budaya Digelar Meriah di Baliem Kawasan Wamena dikenal sebagai pusat "
         "perdagangan.",
         "Baca juga: Festival Budaya Digelar Meriah di Baliem"},
        // Trap: a class noun right after the preposition is the headline's own place.
        {"Baca juga: Ribuan Jemaah Salat Id di Masjid Istiqlal Pengurus masjid menyiapkan tiga "
         "pintu.",
         "Baca juga: Ribuan Jemaah Salat Id di Masjid Istiqlal"},
        // Trap: a class noun after a verb is its object, not a new subject.
        {"Baca juga: Banjir Rendam Kota Bekasi Ribuan warga mengungsi ke balai desa.",
         "Baca juga: Banjir Rendam Kota Bekasi"},
    });
}

TEST_CASE("a currency and its country open a market sentence after a Title Case headline",
          "[inline_related]") {
    check_cuts({
        {"Lihat Juga :Menteri Bertemu Investor Mobil Listrik di Jakarta Dolar Singapura menguat "
         "0,1 persen, sementara ringgit melemah.",
         "Lihat Juga :Menteri Bertemu Investor Mobil Listrik di Jakarta"},
        // Trap: a currency after "per" is the headline's unit.
        {"Baca Juga: Rupiah Dibuka Melemah ke Rp16.300 per Dolar AS Pelaku pasar menanti data "
         "inflasi.",
         "Baca Juga: Rupiah Dibuka Melemah ke Rp16.300 per Dolar AS"},
    });
}

TEST_CASE("a glued marker whose headline the scraper dropped leaves the sentence after it whole",
          "[inline_related]") {
    // Bisnis-shaped: the related box lost its headline, so "Baca Juga" is glued straight onto
    // the next sentence of the article.
    const std::string sentence = "Sehubungan dengan laporan tersebut, petugas menambahkan bahwa "
                                 "sebagian besar kendaraan yang masuk adalah roda dua.";
    const auto doc = clean_without_rules(kLead + "Baca Juga" + sentence + kTail);
    CHECK(cut_text(doc) == "Baca Juga");
    CHECK(body(doc).find(sentence) != std::string::npos);
    // A Title Case headline glued the same way is still cut.
    const auto headline = clean_without_rules(kLead +
                                              "Baca JugaHarga Pupuk Naik Lagi Jelang "
                                              "MusimPetugas menambahkan data baru." +
                                              kTail);
    CHECK(cut_text(headline) == "Baca JugaHarga Pupuk Naik Lagi Jelang Musim");
}

TEST_CASE("a glued marker before a sentence opener keeps the sentence however it is joined",
          "[inline_related]") {
    const std::string sentence = "Sementara itu Kepala Dinas Pasar Kota menuturkan bahwa stok "
                                 "aman hingga akhir bulan.";
    const auto doc = clean_without_rules(kLead + "Baca Juga" + sentence + kTail);
    CHECK(cut_text(doc) == "Baca Juga");
    CHECK(body(doc).find(sentence) != std::string::npos);
    const std::string after_comma = "Namun, Kepala Dinas Pasar Kota Budi Santoso sudah memberi "
                                    "tenggat kepada pedagang.";
    const auto comma = clean_without_rules(kLead + "Baca Juga" + after_comma + kTail);
    CHECK(body(comma).find(after_comma) != std::string::npos);
    // "Tak Hanya ..." opens a Title Case headline: still a link.
    const auto headline = clean_without_rules(kLead +
                                              "Baca JugaTak Hanya Beras, Harga Gula Ikut "
                                              "NaikPetugas menambahkan data baru." +
                                              kTail);
    CHECK(cut_text(headline) == "Baca JugaTak Hanya Beras, Harga Gula Ikut Naik");
}

TEST_CASE("a video marker with a colon cuts the linked video title only", "[inline_related]") {
    const auto doc = clean_without_rules(kLead +
                                         "Simak juga Video: Banjir Rendam Jalan Utama Kota "
                                         "Petugas telah mengerahkan pompa air sejak pagi." +
                                         kTail);
    bool found = false;
    for (const auto& line : doc.lines) {
        for (const auto& cut : line.cuts) {
            if (cut.category == Category::video) {
                CHECK(cut.rule == "inline.video-link");
                CHECK(cut.text.starts_with("Simak juga Video: Banjir Rendam Jalan Utama"));
                found = true;
            }
        }
    }
    CHECK(found);
    CHECK(body(doc).find("telah mengerahkan pompa air sejak pagi.") != std::string::npos);
}

TEST_CASE("'Pilihan Editor:' and 'Baca Selengkapnya:' mark a linked headline inside the text",
          "[inline_related]") {
    const auto editor = clean_without_rules(kLead +
                                            "Pilihan Editor: Harga Cabai Rawit Turun Jelang "
                                            "Akhir Pekan Menurut laporan dinas, stok aman." +
                                            kTail);
    CHECK(cut_text(editor) == "Pilihan Editor: Harga Cabai Rawit Turun Jelang Akhir Pekan");
    CHECK(body(editor).find("Menurut laporan dinas, stok aman.") != std::string::npos);
    const auto more = clean_without_rules(kLead +
                                          "Baca Selengkapnya: Menteri Minta Pelaku Industri "
                                          "Lapor Setiap Minggu Sementara itu, stok aman." +
                                          kTail);
    CHECK(cut_text(more) == "Baca Selengkapnya: Menteri Minta Pelaku Industri Lapor Setiap Minggu");
}

TEST_CASE("a video marker without a colon before a capitalised title cuts the title only",
          "[inline_related]") {
    const auto doc = clean_without_rules(kLead +
                                         "Simak juga Video Menteri soal Harga Beras di Pasar "
                                         "Induk Rancangan aturan itu akan dibahas pekan depan." +
                                         kTail);
    bool found = false;
    for (const auto& line : doc.lines) {
        for (const auto& cut : line.cuts) {
            found = found || cut.rule == "inline.video-link";
        }
    }
    CHECK(found);
    CHECK(body(doc).find("aturan itu akan dibahas pekan depan.") != std::string::npos);
    // "Simak video berikut" in a sentence is no link.
    const auto prose = clean_without_rules(kLead +
                                           "Warga diminta menyimak video itu. Simak video "
                                           "berikut untuk tahu caranya." +
                                           kTail);
    CHECK(body(prose).find("Simak video berikut untuk tahu caranya.") != std::string::npos);
}

TEST_CASE("a headline closed by editor's initials ends before them", "[inline_related]") {
    // The initials are the article's sign-off, not the first word of a sentence.
    const auto doc = clean_without_rules(kLead + kTail +
                                         " Baca Juga : Gudang Pupuk di Desa Sukamaju Diduga "
                                         "Terbakar karena Korsleting (abc)");
    CHECK(cut_text(doc) ==
          "Baca Juga : Gudang Pupuk di Desa Sukamaju Diduga Terbakar karena Korsleting (abc)");
    CHECK(body(doc).find("Korsleting") == std::string::npos);
    // Inside the text a bracketed lowercase word is no sign-off: "(purn)" goes with the name.
    const auto inside = clean_without_rules(
        kLead +
        "Baca juga:Petani Minta Harga Gabah Naik, Menteri Bilang Tunggu Panen Kolonel "
        "(purn) Budi Santoso merupakan ketua kelompok tani sejak 2019." +
        kTail);
    CHECK(body(inside).find("(purn) Budi Santoso merupakan") != std::string::npos);
}

TEST_CASE("a headline with a comma or colon clause is not split as a section heading",
          "[inline_related]") {
    // "..., Ini Kata X" and "X: Nama hingga Nama" are headlines; a word of them recurring in the
    // paragraph after the join does not make their second half a heading.
    const auto comma = clean_without_rules(
        kLead +
        "Baca juga: Dituding Sebar Hoaks Pupuk, Ini Kata KementanPetani mengaku belum menerima "
        "kuota pupuk tahun ini, kata ketua kelompok." +
        kTail);
    CHECK(cut_text(comma) == "Baca juga: Dituding Sebar Hoaks Pupuk, Ini Kata Kementan");
    const auto colon = clean_without_rules(
        kLead +
        "Baca juga: Kejutan di Rapat Calon Kepala Dinas Pertanian: Andi hingga BudiAndi juga "
        "menerima arahan dari bupati soal pupuk." +
        kTail);
    CHECK(cut_text(colon) ==
          "Baca juga: Kejutan di Rapat Calon Kepala Dinas Pertanian: Andi hingga Budi");
}

TEST_CASE("a section heading is known by the paragraph's opening words only", "[inline_related]") {
    // "Gudang" recurs late in the paragraph, not among its opening words: no heading, the headline
    // runs to the join.
    const auto doc = clean_without_rules(
        kLead +
        "Baca juga: Bupati Siap Jadi Ketua Lagi, Rapat Petani Bakal Dihadiri MenteriBupati lalu "
        "menyinggung rencana pembangunan jalan desa dan perbaikan Gudang pupuk." +
        kTail);
    CHECK(cut_text(doc) ==
          "Baca juga: Bupati Siap Jadi Ketua Lagi, Rapat Petani Bakal Dihadiri Menteri");
}

TEST_CASE("headlines listed under one glued marker with a colon all go", "[inline_related]") {
    const auto doc = clean_without_rules(
        kLead +
        "Baca Juga:Menimbang Ulang Subsidi Pupuk NasionalPetani Kecil Menanti Kartu Tani "
        "BaruGudang Pupuk Kosong Jelang Musim TanamDistribusi pupuk tahun ini dinilai lebih "
        "lancar oleh para penyuluh." +
        kTail);
    CHECK(cut_text(doc) == "Baca Juga:Menimbang Ulang Subsidi Pupuk NasionalPetani Kecil Menanti "
                           "Kartu Tani BaruGudang Pupuk Kosong Jelang Musim Tanam");
    CHECK(body(doc).find("Distribusi pupuk tahun ini") != std::string::npos);
}

TEST_CASE("a listed marker stops at a section heading, a numbered item or a sentence",
          "[inline_related]") {
    // Short: a section heading.
    const auto heading = clean_without_rules(
        kLead +
        "Lihat Juga :Harga Pupuk Naik Lagi Jelang Musim TanamSyarat Kartu TaniAda beberapa "
        "syarat yang harus dipenuhi petani." +
        kTail);
    CHECK(cut_text(heading) == "Lihat Juga :Harga Pupuk Naik Lagi Jelang Musim Tanam");
    CHECK(body(heading).find("Syarat Kartu Tani") != std::string::npos);
    // Long, but it names what its paragraph opens with.
    const auto named = clean_without_rules(
        kLead +
        "Baca Juga:Harga Pupuk Naik Lagi Jelang Musim TanamKelompok Tani Sukamaju Tolak Relokasi "
        "GudangKelompok tani itu menilai gudang baru terlalu jauh dari sawah." +
        kTail);
    CHECK(body(named).find("Kelompok Tani Sukamaju Tolak Relokasi Gudang") != std::string::npos);
    // A sentence glued after a camel-case name is the article again.
    const auto sentence = clean_without_rules(
        kLead +
        "Baca juga:Cara Memesan Pupuk Lewat WhatsApp Dalam hal ini, petani bisa mengirim pesan "
        "kepada penyuluh desa." +
        kTail);
    CHECK(body(sentence).find("Dalam hal ini, petani bisa mengirim") != std::string::npos);
}

TEST_CASE("a question closed by a sentence opener ends the headline past a lowercase word",
          "[inline_related]") {
    const auto doc = clean_without_rules(
        kLead +
        "Baca juga: Perbedaan pupuk organik dan Pupuk Kimia: Mana yang lebih murah? Selain itu, "
        "petani juga mengeluhkan ongkos angkut." +
        kTail);
    CHECK(cut_text(doc) ==
          "Baca juga: Perbedaan pupuk organik dan Pupuk Kimia: Mana yang lebih murah?");
    // "Apabila" and "Tetapi" open sentences, not headlines.
    const auto opener = clean_without_rules(
        kLead +
        "Baca juga: Penyaluran pupuk bersubsidi capai 80 persen pada 2025 Apabila kuota habis, "
        "petani membeli pupuk nonsubsidi." +
        kTail);
    CHECK(cut_text(opener) == "Baca juga: Penyaluran pupuk bersubsidi capai 80 persen pada 2025");
}

TEST_CASE("a bracketed marker ends at its closing bracket", "[inline_related]") {
    const auto doc = clean_without_rules(
        kLead +
        "Petani menyambut baik kebijakan itu. (Baca juga: Harga Gabah (GKP) Naik di Tiga "
        "Kabupaten).Diketahui, kelompok tani sudah mengajukan kuota." +
        kTail);
    CHECK(cut_text(doc) == "(Baca juga: Harga Gabah (GKP) Naik di Tiga Kabupaten).");
    CHECK(body(doc).find("kebijakan itu. Diketahui, kelompok tani") != std::string::npos);
}

TEST_CASE("a glued marker before a quotation keeps the quotation", "[inline_related]") {
    // The scraper dropped the linked headline; the quotation is the article's.
    const auto doc = clean_without_rules(
        kLead +
        "Harga gabah naik di tiga kabupaten.Baca Juga\"Kalau panen raya harga biasanya "
        "turun,\" ucapnya.Petani berharap harga tetap stabil." +
        kTail);
    CHECK(body(doc).find("\"Kalau panen raya harga biasanya turun,\" ucapnya.") !=
          std::string::npos);
}

TEST_CASE("a Title Case lead that turns into a sentence before the join ends at the sentence",
          "[inline_related]") {
    // The join is far away, at a glued camel-case word inside the sentence; the headline ends
    // before the subject that opens it.
    const auto doc = clean_without_rules(
        kLead +
        "Baca juga:12 Desa di Sukamaju yang Diprediksi Kebagian Pupuk 3 Petani diminta mencari "
        "informasi kuota di kantor desa atau lewat aplikasiKartuTani resmi pemerintah." +
        kTail);
    CHECK(cut_text(doc) == "Baca juga:12 Desa di Sukamaju yang Diprediksi Kebagian Pupuk 3");
    CHECK(body(doc).find("Petani diminta mencari informasi kuota") != std::string::npos);
}

TEST_CASE("a stop spaced off its sentence ends the headline", "[inline_related]") {
    const auto doc = clean_without_rules(
        kLead +
        "Baca juga: Bupati bakal ajukan program pupuk desa jalan Maret Tidak ada aturan "
        "yang pasti mengenai kuota pupuk desa . Sebab selain pupuk, petani butuh benih." +
        kTail);
    CHECK(body(doc).find("Sebab selain pupuk, petani butuh benih.") != std::string::npos);
    CHECK(body(doc).find("mengenai kuota pupuk desa") != std::string::npos);
}

TEST_CASE("links listed with dashes after one marker all go, up to the article",
          "[inline_related]") {
    const auto doc = clean_without_rules(
        kLead +
        "Baca Juga: - Tanggapi Kritik Petani, Bupati: Sudah, Tunggu! - Dianggap Lamban, "
        "Dinas Pertanian Beri Respons Tegas \"Kami sudah bekerja,\" kata kepala dinas." +
        kTail);
    CHECK(body(doc).find("Tanggapi Kritik") == std::string::npos);
    CHECK(body(doc).find("Dianggap Lamban") == std::string::npos);
    CHECK(body(doc).find("\"Kami sudah bekerja,\" kata kepala dinas.") != std::string::npos);
    // A list item after the headline's question is the article's own list.
    const auto item = clean_without_rules(
        kLead +
        "Baca juga: Adu Harga Pupuk Organik dan Kimia, Pilih yang Mana? - Pupuk Organik "
        "Cair 5 Liter Rp 90 ribu - Pupuk Kimia 50 Kg Rp 300 ribu." +
        kTail);
    CHECK(cut_text(item) == "Baca juga: Adu Harga Pupuk Organik dan Kimia, Pilih yang Mana?");
}
