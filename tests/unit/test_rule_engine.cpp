// The rule engine: each rule kind on small invented articles, run through the whole pipeline
// with a pack of test rules only, so no built-in rule interferes.
#include "bersih/pipeline.hpp"
#include "bersih/serialize.hpp"
#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using bersih::Category;
using bersih::Document;
using bersih::Options;
using bersih::Pipeline;
using bersih::RuleSet;
using bersih::RuleSource;
using bersih::test::clean_with_pack;

namespace {

std::string rule(const std::string& id, const std::string& kind, const std::string& pattern,
                 const std::string& extra = "", const std::string& category = "other") {
    return "[[rule]]\nid = \"" + id + "\"\ncategory = \"" + category + "\"\nkind = \"" + kind +
           "\"\npattern = '" + pattern + "'\n" + extra + "\n";
}

// Every line is either blank, kept in a paragraph, or removed by a named rule.
void check_accounted(const Document& doc) {
    for (const auto& line : doc.lines) {
        INFO("line " << line.number << ": " << line.text);
        if (line.blank()) {
            continue;
        }
        if (line.kept()) {
            CHECK(line.paragraph >= 0);
        } else {
            CHECK_FALSE(line.rule.empty());
        }
    }
}

const std::string kP1 =
    "Warga Desa Sukamaju menanam seribu pohon mangga di lereng bukit pada Sabtu pagi.";
const std::string kP2 =
    "Kepala desa mengatakan kegiatan itu akan diulang setiap musim hujan tiba nanti.";
const std::string kP3 =
    "Bibit pohon disumbangkan oleh kelompok tani setempat tanpa biaya sepeser pun.";

} // namespace

TEST_CASE("rule engine: drop-line removes the line and names the rule", "[rule_engine]") {
    const auto doc = clean_with_pack(rule("t.iklan", "drop-line", "^IKLAN$", "", "ad"),
                                     kP1 + "\nIKLAN\n" + kP2 + "\n");
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, kP2});
    REQUIRE(doc.lines.size() == 3);
    CHECK_FALSE(doc.lines[1].kept());
    CHECK(doc.lines[1].rule == "t.iklan");
    CHECK(doc.lines[1].category == Category::ad);
    check_accounted(doc);
}

TEST_CASE("rule engine: drop-line with then_drop takes the following headline", "[rule_engine]") {
    const std::string pack =
        rule("t.terkait", "drop-line", "^TERKAIT:$", "then_drop = 1", "related");
    const auto doc = clean_with_pack(
        pack, kP1 + "\nTERKAIT:\n\nJudul berita lain yang ditautkan\n" + kP2 + "\n");
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, kP2});
    CHECK(doc.lines[3].rule == "t.terkait");
    CHECK(doc.lines[3].category == Category::related);
    check_accounted(doc);

    // A long paragraph is no headline: then_drop stops instead of eating content.
    const std::string long_paragraph =
        "Paragraf ini sangat panjang karena berisi keterangan lengkap tentang kegiatan warga desa "
        "yang menanam pohon bersama para pelajar, guru, perangkat desa, dan relawan dari kota "
        "tetangga selama dua hari penuh.";
    const auto kept = clean_with_pack(pack, kP1 + "\nTERKAIT:\n" + long_paragraph + "\n");
    CHECK(kept.paragraphs == std::vector<std::string>{kP1, long_paragraph});
    // Nor is a short paragraph that ends in a colon or holds two sentences: the scraper dropped
    // the link's headline and left the article's next paragraph under the marker.
    for (const std::string& short_paragraph :
         {std::string("Tiket termurah dijual seharga Rp100 ribu. Berikut cara membelinya:"),
          std::string("Berikut daftar lengkap harga tiketnya:"),
          std::string("\"Kami baik-baik saja, tidak usah cemas,\" katanya.")}) {
        const auto stays = clean_with_pack(pack, kP1 + "\nTERKAIT:\n" + short_paragraph + "\n");
        CHECK(stays.paragraphs == std::vector<std::string>{kP1, short_paragraph});
    }
}

TEST_CASE("rule engine: drop-line with prev_line / next_line holds only in its slot",
          "[rule_engine]") {
    // A template slot: the card sits between an intro line and a date heading.
    const std::string pack = rule(
        "t.kartu", "drop-line", "^[A-Z].{20,}$",
        "prev_line = '^Berikut jadwalnya'\nnext_line = '^\\d{1,2} [A-Z][a-z]+ \\d{4}$'", "video");
    const std::string intro = "Berikut jadwalnya pekan ini.";
    const std::string date = "8 Juni 2025";
    const auto doc = clean_with_pack(pack, intro + "\n\n" + kP1 + "\n" + date + "\n" + kP2 + "\n");
    CHECK(doc.paragraphs == std::vector<std::string>{intro, date, kP2});
    CHECK(doc.lines[2].rule == "t.kartu");
    CHECK(doc.lines[2].category == Category::video);
    check_accounted(doc);

    // Either neighbour missing: the line is article text.
    CHECK(clean_with_pack(pack, intro + "\n" + kP1 + "\n" + kP2 + "\n").paragraphs ==
          std::vector<std::string>{intro, kP1, kP2});
    CHECK(clean_with_pack(pack, kP3 + "\n" + kP1 + "\n" + date + "\n").paragraphs ==
          std::vector<std::string>{kP3, kP1, date});
    // At the edges of the document there is no neighbour.
    CHECK(clean_with_pack(pack, kP1 + "\n" + date + "\n").paragraphs ==
          std::vector<std::string>{kP1, date});
    CHECK(clean_with_pack(pack, intro + "\n" + kP1 + "\n").paragraphs ==
          std::vector<std::string>{intro, kP1});
}

TEST_CASE("rule engine: drop-block removes from start to end marker", "[rule_engine]") {
    const std::string pack = rule("t.kotak", "drop-block", "^KOTAK MULAI$",
                                  "end = '^KOTAK SELESAI$'\nmax_lines = 3", "related");
    const auto doc = clean_with_pack(
        pack, kP1 + "\nKOTAK MULAI\nBerita satu\nBerita dua\nKOTAK SELESAI\n" + kP2 + "\n");
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, kP2});
    for (std::size_t i = 1; i <= 4; ++i) {
        CHECK(doc.lines[i].rule == "t.kotak");
    }
    check_accounted(doc);
}

TEST_CASE("rule engine: drop-block keeps everything when the end is out of reach",
          "[rule_engine]") {
    const std::string pack = rule("t.kotak", "drop-block", "^KOTAK MULAI$",
                                  "end = '^KOTAK SELESAI$'\nmax_lines = 2", "related");
    const auto doc = clean_with_pack(
        pack, kP1 + "\nKOTAK MULAI\nBerita satu\nBerita dua\nKOTAK SELESAI\n" + kP2 + "\n");
    for (const auto& line : doc.lines) {
        CHECK(line.kept());
    }
    // No end at all: nothing removed either.
    const auto open = clean_with_pack(pack, kP1 + "\nKOTAK MULAI\n" + kP2 + "\n");
    CHECK(open.lines[1].kept());
}

TEST_CASE("rule engine: a cut that joins what was around it lets a later rule match the line",
          "[rule_engine][match]") {
    // Before the first cut, "Simak lagi" follows ']', not the '.' the second rule looks behind
    // for: the matcher's scan of the line as it was does not name that rule; the scan of the line
    // after the cut must.
    const std::string pack =
        rule("t.promo", "cut-span", R"(\s*\[promo\])", "", "ad") +
        rule("t.simak", "cut-span", R"((?<=\.)\s*Simak lagi\.)", "", "related");
    const auto doc = clean_with_pack(
        pack, "Harga beras naik lagi pekan ini di pasar induk.[promo] Simak lagi. Pedagang "
              "mengeluh sepi pembeli sejak Senin.\n");
    REQUIRE(doc.lines[0].cuts.size() == 2);
    CHECK(doc.lines[0].cuts[1].rule == "t.simak");
    CHECK(doc.lines[0].text == "Harga beras naik lagi pekan ini di pasar induk. Pedagang mengeluh "
                               "sepi pembeli sejak Senin.");
}

TEST_CASE("rule engine: cut-span removes an inline span and keeps the sentences around it",
          "[rule_engine]") {
    const std::string pack = rule("t.simak", "cut-span", R"(\(Simak: [^)]*\))", "", "related");
    const auto doc =
        clean_with_pack(pack, "Harga beras naik lagi pekan ini di pasar induk. (Simak: Harga "
                              "cabai turun) Pedagang mengeluh sepi pembeli sejak Senin.\n");
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0] == "Harga beras naik lagi pekan ini di pasar induk. Pedagang mengeluh "
                               "sepi pembeli sejak Senin.");
    REQUIRE(doc.lines[0].cuts.size() == 1);
    CHECK(doc.lines[0].cuts[0].rule == "t.simak");
    CHECK(doc.lines[0].cuts[0].text == "(Simak: Harga cabai turun)");
    CHECK(doc.lines[0].kept());

    // Every occurrence goes.
    const auto twice =
        clean_with_pack(pack, "Satu dua tiga. (Simak: A) Empat lima. (Simak: B) Enam tujuh.\n");
    CHECK(twice.paragraphs == std::vector<std::string>{"Satu dua tiga. Empat lima. Enam tujuh."});
    CHECK(twice.lines[0].cuts.size() == 2);

    // A line that was nothing but the span is removed as a whole.
    const auto alone = clean_with_pack(pack, kP1 + "\n(Simak: Harga cabai turun)\n" + kP2 + "\n");
    CHECK(alone.paragraphs == std::vector<std::string>{kP1, kP2});
    CHECK_FALSE(alone.lines[1].kept());
    CHECK(alone.lines[1].rule == "t.simak");

    // The cut is listed in the explanation.
    const auto removed = bersih::removed_json(doc);
    REQUIRE(removed.size() == 1);
    CHECK(removed[0]["rule"] == "t.simak");
    CHECK(removed[0]["category"] == "related");
    CHECK(removed[0]["line"] == 1);
}

TEST_CASE("rule engine: truncate-after removes the marker and the rest", "[rule_engine]") {
    const std::string pack = rule("t.kode", "truncate-after", R"(^\[(?<code>[a-z]{2,4})\]$)",
                                  "field = \"editor_code\"\nrest_category = \"promo\"", "credit");
    const auto doc = clean_with_pack(
        pack, kP1 + "\n" + kP2 + "\n[abc]\nIkuti kami di media sosial\n\n" + kP3 + "\n");
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, kP2});
    CHECK(doc.meta.editor_code == "abc");
    CHECK(doc.lines[2].rule == "t.kode");
    CHECK(doc.lines[2].category == Category::credit);
    CHECK(doc.lines[3].category == Category::promo);
    CHECK(doc.lines[5].category == Category::promo);
    CHECK(doc.lines[5].rule == "t.kode");
    check_accounted(doc);
}

TEST_CASE("rule engine: extract stores metadata and cuts the match", "[rule_engine]") {
    const std::string pack =
        rule("t.pewarta", "extract", "^Pewarta: (?<author>.+)$",
             "field = \"author\"\nscope = \"header\"", "byline") +
        rule("t.kota", "extract", R"(^(?<city>[A-Z]+) - )",
             "field = \"dateline\"\nscope = \"lead\"", "dateline") +
        rule("t.tanggal", "extract", R"(^Terbit: (?<date>.+)$)", "field = \"date\"", "date") +
        rule("t.foto", "extract", R"(^(?<text>.+) \(Foto: (?<credit>[^)]+)\)$)",
             "field = \"caption\"", "caption");
    const auto doc =
        clean_with_pack(pack, "Pewarta: Sari Dewi dan Budi Santoso\nTerbit: 5 Mei 2025 10:00 "
                              "WITA\nBibit mangga di lereng bukit (Foto: Warta/Sari)\n"
                              "BANDUNG - " +
                                  kP1 + "\n" + kP2 + "\n");
    CHECK(doc.meta.authors == std::vector<std::string>{"Sari Dewi", "Budi Santoso"});
    CHECK(doc.meta.published == "2025-05-05T10:00:00+08:00");
    CHECK(doc.meta.dateline == "Bandung");
    REQUIRE(doc.meta.captions.size() == 1);
    CHECK(doc.meta.captions[0].text == "Bibit mangga di lereng bukit");
    CHECK(doc.meta.captions[0].credit == "Warta/Sari");
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, kP2});
    CHECK(doc.lines[0].rule == "t.pewarta");
    CHECK(doc.lines[1].rule == "t.tanggal");
    CHECK(doc.lines[2].rule == "t.foto");
    REQUIRE(doc.lines[3].cuts.size() == 1);
    CHECK(doc.lines[3].cuts[0].rule == "t.kota");
    check_accounted(doc);
}

TEST_CASE("rule engine: a list-field extract takes every match on a flattened line",
          "[rule_engine]") {
    // Regression: an extract rule fired once per line, so the second glued caption stayed in the
    // text.
    const std::string pack =
        rule("t.foto", "extract", R"(\s*(?<text>[A-Z][^.()]+) \(Foto: (?<credit>[^)]+)\))",
             "field = \"caption\"", "caption") +
        rule("t.kota", "extract", R"(^(?<city>[A-Z]+) - )",
             "field = \"dateline\"\nscope = \"lead\"", "dateline");
    const auto doc = clean_with_pack(
        pack, "BOGOR - Harga cabai naik lagi.Pedagang cabai di pasar (Foto: Warta/Sari)Petani "
              "mengeluh. Gudang cabai kosong (Foto: Warta/Budi)Stok menipis sejak Mei. "
              "JAKARTA - bukan dateline kedua.\n");
    REQUIRE(doc.meta.captions.size() == 2);
    CHECK(doc.meta.captions[0].credit == "Warta/Sari");
    CHECK(doc.meta.captions[1].credit == "Warta/Budi");
    CHECK(doc.meta.dateline == "Bogor"); // a once field still takes the first match only
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0].find("Foto:") == std::string::npos);
    check_accounted(doc);
}

TEST_CASE("rule engine: a header date rule takes the first date and removes the second",
          "[rule_engine]") {
    // Regression: the updated date under the published one stayed as the first paragraph.
    const std::string header_rule =
        rule("t.tanggal", "extract",
             R"(^(?:Diperbarui )?(?<date>\d{1,2} [A-Z][a-z]+ \d{4}(?: \d{2}:\d{2})?)$)",
             "field = \"date\"\nscope = \"header\"", "date");
    const std::string text = "3 Mei 2025\nDiperbarui 4 Mei 2025\n" + kP1 + "\n5 Mei 2025\n" + kP2;
    const auto doc = clean_with_pack(header_rule, text + "\n");
    CHECK(doc.meta.published == "2025-05-03");
    CHECK(doc.lines[0].rule == "t.tanggal");
    CHECK(doc.lines[1].rule == "t.tanggal");
    // Below the header a date line heads a schedule's day: a rule of any scope stops at the first.
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, "5 Mei 2025", kP2});
    const std::string anywhere_rule =
        rule("t.tanggal", "extract", R"(^(?<date>\d{1,2} [A-Z][a-z]+ \d{4})$)",
             "field = \"date\"\nscope = \"anywhere\"", "date");
    const auto schedule = clean_with_pack(anywhere_rule, kP1 + "\n3 Mei 2025\n" + kP2 +
                                                             "\n4 Mei 2025\n" + kP2 + "\n");
    CHECK(schedule.meta.published == "2025-05-03");
    // The page's date under its menu has no time; the article's below it has one and wins.
    const auto page = clean_with_pack(header_rule, "3 Mei 2025\n1 Mei 2025 08:15\n" + kP1 + "\n");
    CHECK(page.meta.published == "2025-05-01T08:15:00");
    CHECK(schedule.paragraphs == std::vector<std::string>{kP1, kP2, "4 Mei 2025", kP2});
    check_accounted(doc);
}

TEST_CASE("rule engine: scopes limit where a rule fires", "[rule_engine]") {
    const std::string text = "SISIPAN\n" + kP1 + "\nSISIPAN\n" + kP2 + "\nSISIPAN\n";
    const auto removed_lines = [&](const std::string& scope) {
        const auto doc = clean_with_pack(
            rule("t.sisipan", "drop-line", "^SISIPAN$", "scope = \"" + scope + "\""), text);
        std::vector<std::size_t> numbers;
        for (const auto& line : doc.lines) {
            if (!line.kept()) {
                numbers.push_back(line.number);
            }
        }
        return numbers;
    };
    CHECK(removed_lines("header") == std::vector<std::size_t>{1});
    CHECK(removed_lines("lead") == std::vector<std::size_t>{1});
    CHECK(removed_lines("body") == std::vector<std::size_t>{3});
    CHECK(removed_lines("footer") == std::vector<std::size_t>{5});
    CHECK(removed_lines("anywhere") == std::vector<std::size_t>{1, 3, 5});
}

TEST_CASE("rule engine: lead scope reaches the first prose line only", "[rule_engine]") {
    const std::string pack = rule("t.kota", "extract", R"(^(?<city>[A-Z]+) - )",
                                  "field = \"dateline\"\nscope = \"lead\"", "dateline");
    // Three paragraphs above it: no deck over a dateline (dateline_recogniser.cpp) either.
    const auto doc =
        clean_with_pack(pack, kP1 + "\n" + kP3 + "\n" + kP2 + "\nBOGOR - " + kP2 + " Lagi.\n");
    CHECK_FALSE(doc.meta.dateline.has_value());
    CHECK(doc.paragraphs.size() == 4);
}

TEST_CASE("rule engine: outlet rules fire only for their outlet", "[rule_engine]") {
    const std::string pack = "[outlet]\nid = \"warta\"\nsignatures = ['^WARTA\\.ID$']\n\n" +
                             rule("warta.iklan", "drop-line", "^IKLAN$", "", "ad");
    const auto other = clean_with_pack(pack, kP1 + "\nIKLAN\n" + kP2 + "\n");
    CHECK_FALSE(other.meta.outlet.has_value());
    CHECK(other.lines[1].kept());

    const auto detected = clean_with_pack(pack, "WARTA.ID\n" + kP1 + "\nIKLAN\n" + kP2 + "\n");
    CHECK(detected.meta.outlet == "warta");
    CHECK_FALSE(detected.lines[2].kept());

    Options forced;
    forced.outlet = "warta";
    const auto by_option = clean_with_pack(pack, kP1 + "\nIKLAN\n" + kP2 + "\n", forced);
    CHECK(by_option.meta.outlet == "warta");
    CHECK_FALSE(by_option.lines[1].kept());
}

TEST_CASE("rule engine: a removed line keeps its first reason", "[rule_engine]") {
    const std::string pack = rule("t.pertama", "drop-line", "^IKLAN", "", "ad") +
                             rule("t.kedua", "drop-line", "IKLAN$", "", "promo");
    const auto doc = clean_with_pack(pack, kP1 + "\nIKLAN\n" + kP2 + "\n");
    CHECK(doc.lines[1].rule == "t.pertama");
    CHECK(doc.lines[1].category == Category::ad);
}

TEST_CASE("rule engine: a pathological pattern does not stop the run", "[rule_engine]") {
    RuleSet rules;
    rules.add(RuleSource{"test.toml", rule("t.mahal", "drop-line", "^(a+)+$")});
    std::vector<std::string> messages;
    const Pipeline pipeline(std::move(rules),
                            [&](const bersih::Diagnostic& d) { messages.push_back(d.message); });
    const std::string evil = std::string(40, 'a') + "!";
    const auto doc = pipeline.clean(kP1 + "\n" + evil + "\n" + kP2 + "\n");
    CHECK(doc.lines[1].kept());
    CHECK(doc.paragraphs.size() == 3);
}

TEST_CASE("rule engine: a time without a zone takes the outlet's zone", "[rule_engine]") {
    const std::string tanggal =
        rule("t.tanggal", "extract", R"(^Terbit: (?<date>.+)$)", "field = \"date\"", "date");
    const std::string warta = "[outlet]\nid = \"warta\"\ntime_zone = \"WITA\"\n"
                              "signatures = ['^WARTA\\.ID$']\n\n";
    const std::string text = "WARTA.ID\nTerbit: 5 Mei 2025 10:00\n" + kP1 + "\n" + kP2 + "\n";
    CHECK(clean_with_pack(warta + tanggal, text).meta.published == "2025-05-05T10:00:00+08:00");

    // A zone the text states wins over the outlet's.
    const std::string stated = "WARTA.ID\nTerbit: 5 Mei 2025 10:00 WIT\n" + kP1 + "\n";
    CHECK(clean_with_pack(warta + tanggal, stated).meta.published == "2025-05-05T10:00:00+09:00");

    // An outlet without a zone (a network spanning several) leaves the time local.
    const std::string network = "[outlet]\nid = \"warta\"\nsignatures = ['^WARTA\\.ID$']\n\n";
    CHECK(clean_with_pack(network + tanggal, text).meta.published == "2025-05-05T10:00:00");

    // A date from the record's field may be UTC from the scraper: it is left as written.
    Options from_field;
    from_field.published = "2025-05-05 10:00";
    CHECK(clean_with_pack(warta + tanggal, "WARTA.ID\n" + kP1 + "\n", from_field).meta.published ==
          "2025-05-05T10:00:00");
}

TEST_CASE("rule engine: an off_topic drop-line keeps a subheading on the article's topic",
          "[rule_engine]") {
    // A Title Case line between paragraphs: a card for another story, or the article's own
    // subheading. Only the card shares fewer than two content words with the article.
    const std::string pack =
        rule("t.kartu", "drop-line", "^(?:[A-Z]\\w* ?){4,}$", "off_topic = true", "related");
    const std::string subheading = "Pohon Mangga Untuk Bukit Sukamaju";
    const std::string card = "Jenazah Nelayan Hilang Ditemukan Mengapung";
    const auto doc = clean_with_pack(pack, kP1 + "\n" + subheading + "\n" + kP2 + "\n" + card +
                                               "\n" + kP3 + "\n");
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, subheading, kP2, kP3});
    CHECK(doc.lines[3].rule == "t.kartu");
    check_accounted(doc);
}
