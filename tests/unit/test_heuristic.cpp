// The line scorer (heuristic.cpp): short page furniture above the first and below the last prose
// paragraph goes, named heuristic.<reason>(score); sentences, quotes, list items and anything
// between prose paragraphs stay. Run without rule packs, so that only the stages act, except where
// a test needs a line removed by a rule next to the one scored.
#include "bersih/pipeline.hpp"
#include "bersih/rules.hpp"
#include "filters/line_features.hpp"
#include "filters/scorer_lexicon.hpp"
#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using bersih::Category;
using bersih::Document;
using bersih::test::clean_with_pack;
using bersih::test::clean_without_rules;

namespace {

const std::string kP1 = "Pemerintah kota menyiapkan tiga puluh kendaraan hias yang dirakit oleh "
                        "pelajar dari berbagai sekolah.";
const std::string kP2 = "Warga berharap acara tahunan itu digelar lagi dengan lebih meriah dan "
                        "tertib pada tahun depan.";

// The line holding `text`, which the test expects to exist.
const bersih::Line& line_of(const Document& doc, const std::string& text) {
    for (const auto& line : doc.lines) {
        if (line.text == text) {
            return line;
        }
    }
    FAIL("no line \"" << text << "\"");
    return doc.lines.front();
}

bool removed_as(const Document& doc, const std::string& text, const std::string& reason) {
    const auto& line = line_of(doc, text);
    INFO(text << " -> " << line.rule);
    return !line.kept() && line.rule.starts_with("heuristic." + reason + "(");
}

bool kept(const Document& doc, const std::string& text) {
    const auto& line = line_of(doc, text);
    INFO(text << " -> " << line.rule);
    return line.kept();
}

// A small pack whose only rule removes a call to action, so that a line can stand next to a
// removed one.
const std::string kCtaPack = R"([[rule]]
id = "test.cta"
category = "cta"
kind = "drop-line"
pattern = '^Ikuti kanal kami untuk kabar terbaru$'
must_match = ["Ikuti kanal kami untuk kabar terbaru"]
)";

} // namespace

TEST_CASE("heuristic: header furniture goes", "[heuristic]") {
    const auto doc = clean_without_rules("Berita > Ekonomi > Perbankan\n"
                                         "Ukuran Font A- A+\n"
                                         "Bagikan: Facebook Twitter WhatsApp\n"
                                         "Dibaca 1.204 kali\n"
                                         "Lama baca 4 menit\n"
                                         "Penulis: Rina Wati (Kontributor Kota)\n" +
                                         kP1 + "\n" + kP2 + "\n");
    CHECK(removed_as(doc, "Berita > Ekonomi > Perbankan", "breadcrumb"));
    CHECK(removed_as(doc, "Ukuran Font A- A+", "widget"));
    CHECK(removed_as(doc, "Bagikan: Facebook Twitter WhatsApp", "share"));
    CHECK(removed_as(doc, "Dibaca 1.204 kali", "reading-time"));
    CHECK(removed_as(doc, "Lama baca 4 menit", "reading-time"));
    CHECK(removed_as(doc, "Penulis: Rina Wati (Kontributor Kota)", "author-block"));
    CHECK(line_of(doc, "Penulis: Rina Wati (Kontributor Kota)").category == Category::credit);
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, kP2});
}

TEST_CASE("heuristic: the score is in the rule id", "[heuristic]") {
    const auto doc = clean_without_rules("Bagikan: Facebook Twitter WhatsApp\n" + kP1 + "\n");
    const auto& rule = line_of(doc, "Bagikan: Facebook Twitter WhatsApp").rule;
    // heuristic.share(-N.N): the cue's weight and the line's other features.
    CHECK(rule.starts_with("heuristic.share(-"));
    CHECK(rule.ends_with(")"));
    CHECK(std::stod(rule.substr(std::string("heuristic.share(").size())) < -3.0);
}

TEST_CASE("heuristic: the title repeated in the header with a site suffix", "[heuristic]") {
    bersih::Options options;
    options.title = "Pawai Budaya Meriahkan Ulang Tahun Kota";
    const auto doc = clean_with_pack(
        "", "PAWAI BUDAYA MERIAHKAN ULANG TAHUN KOTA - Kabarkota.com\n" + kP1 + "\n" + kP2 + "\n",
        options);
    CHECK(
        removed_as(doc, "PAWAI BUDAYA MERIAHKAN ULANG TAHUN KOTA - Kabarkota.com", "title-repeat"));
    CHECK(line_of(doc, "PAWAI BUDAYA MERIAHKAN ULANG TAHUN KOTA - Kabarkota.com").category ==
          Category::title_dup);
    // A headline that only starts like the title is not its repeat.
    const auto other = clean_with_pack(
        "", "Pawai Budaya Meriahkan Ulang Tahun Kota Tua\n" + kP1 + "\n" + kP2 + "\n", options);
    CHECK(kept(other, "Pawai Budaya Meriahkan Ulang Tahun Kota Tua"));
}

TEST_CASE("heuristic: a headline repeated in the header with a site suffix, no title known",
          "[heuristic]") {
    const auto doc = clean_without_rules("Pawai Budaya Meriahkan Ulang Tahun Kota\n"
                                         "Pawai budaya meriahkan ulang tahun kota | Kabar Kota\n" +
                                         kP1 + "\n" + kP2 + "\n");
    CHECK(removed_as(doc, "Pawai budaya meriahkan ulang tahun kota | Kabar Kota", "title-repeat"));
    // The first copy is the title.
    CHECK(line_of(doc, "Pawai Budaya Meriahkan Ulang Tahun Kota").category == Category::title);
    CHECK(doc.meta.title == "Pawai Budaya Meriahkan Ulang Tahun Kota");
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, kP2});
}

TEST_CASE("heuristic: footer furniture goes", "[heuristic]") {
    const auto doc = clean_without_rules(kP1 + "\n" + kP2 +
                                         "\n"
                                         "Sumber: Kantor Berita/Nama Orang\n"
                                         "Tag: pawai budaya, alun-alun, ulang tahun kota\n"
                                         "#pawai #budaya #kota\n"
                                         "Baca juga:\n"
                                         "Salin Link\n"
                                         "Prediksi:\n");
    CHECK(removed_as(doc, "Sumber: Kantor Berita/Nama Orang", "author-block"));
    CHECK(removed_as(doc, "Tag: pawai budaya, alun-alun, ulang tahun kota", "tag-list"));
    CHECK(line_of(doc, "Tag: pawai budaya, alun-alun, ulang tahun kota").category ==
          Category::tags);
    CHECK(removed_as(doc, "#pawai #budaya #kota", "tag-list"));
    CHECK(removed_as(doc, "Baca juga:", "related"));
    CHECK(removed_as(doc, "Salin Link", "share"));
    CHECK(removed_as(doc, "Prediksi:", "stray-label"));
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, kP2});
}

TEST_CASE("heuristic: reader reactions and sign-offs below the article go", "[heuristic]") {
    const auto doc = clean_without_rules(kP1 + "\n" + kP2 +
                                         "\n"
                                         "Tanggapi Artikel Ini\n"
                                         "Reaksi Anda: Senang Sedih Marah\n"
                                         "Terima kasih telah membaca artikel ini\n"
                                         "Pantau terus berita terbaru dari kami\n");
    CHECK(removed_as(doc, "Tanggapi Artikel Ini", "reactions"));
    CHECK(removed_as(doc, "Reaksi Anda: Senang Sedih Marah", "reactions"));
    CHECK(removed_as(doc, "Terima kasih telah membaca artikel ini", "sign-off"));
    CHECK(removed_as(doc, "Pantau terus berita terbaru dari kami", "sign-off"));
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, kP2});
    // The same words in a sentence of the article stay, however short.
    for (const std::string sentence :
         {"Warga senang karena pawai itu digelar lagi setelah tiga tahun.", "Warga senang."}) {
        CHECK(kept(clean_without_rules(kP1 + "\n" + kP2 + "\n" + sentence), sentence));
    }
}

TEST_CASE("heuristic: a section name left after a removed call to action", "[heuristic]") {
    // The call to action is removed by a rule; the word of the link that followed it stays alone
    // at the end of the record.
    const auto doc = clean_with_pack(
        kCtaPack, kP1 + "\n" + kP2 + "\nIkuti kanal kami untuk kabar terbaru\nNews\n");
    CHECK(removed_as(doc, "News", "section"));
}

TEST_CASE("heuristic: a menu in the footer goes item by item", "[heuristic]") {
    const auto doc =
        clean_without_rules(kP1 + "\n" + kP2 + "\nNasional\nPilkada Serentak\nPolitik\nEkonomi\n");
    CHECK(removed_as(doc, "Nasional", "section"));
    CHECK(removed_as(doc, "Politik", "section"));
    CHECK(removed_as(doc, "Ekonomi", "section"));
    // Named by no list: goes because it stands between menu items.
    CHECK(removed_as(doc, "Pilkada Serentak", "short"));
    CHECK(doc.paragraphs == std::vector<std::string>{kP1, kP2});
}

TEST_CASE("heuristic: short content in the footer stays", "[heuristic]") {
    const std::string text = kP1 + "\n" + kP2 +
                             "\n"
                             "\"Kami siap.\"\n"
                             "Acara selesai pukul 12.00 WIB.\n"
                             "Berikut jadwal lengkapnya:\n"
                             "1. Pawai budaya pukul 08.00\n"
                             "- Pentas seni pukul 10.00\n"
                             "Politik\n"
                             "2. Debat kandidat pukul 13.00\n"
                             "Pelatih: Nama Orang\n"
                             "Rank\n"
                             "Catatan tambahan:\n"
                             "Topik: warga akan memilih\n";
    const auto doc = clean_without_rules(text);
    for (const std::string line :
         {"\"Kami siap.\"", "Acara selesai pukul 12.00 WIB.",
          "Berikut jadwal lengkapnya:", "1. Pawai budaya pukul 08.00", "- Pentas seni pukul 10.00",
          "Politik", "2. Debat kandidat pukul 13.00", "Pelatih: Nama Orang", "Rank",
          // A label of two words that introduces nothing may be the article's own.
          "Catatan tambahan:",
          // A label whose words read like a clause, not tags.
          "Topik: warga akan memilih"}) {
        CHECK(kept(doc, line));
    }
}

TEST_CASE("heuristic: nothing between two prose paragraphs is scored", "[heuristic]") {
    // A subheading that happens to be a section name, and a label, between prose.
    const auto doc =
        clean_without_rules(kP1 + "\nEkonomi\nBaca juga:\nRespons Pemerintah\n" + kP2 + "\n");
    CHECK(kept(doc, "Ekonomi"));
    CHECK(kept(doc, "Baca juga:"));
    CHECK(kept(doc, "Respons Pemerintah"));
}

TEST_CASE("heuristic: a line below a lead cut short is not header", "[heuristic]") {
    // The first paragraph does not end like a sentence (the scraper cut it), so the body opens at
    // the second one; what stands between them is between two paragraphs and not scored, even
    // words that would go in the header.
    const std::string cut =
        "Pemerintah kota menyiapkan tiga puluh kendaraan hias yang dirakit oleh";
    const auto doc = clean_without_rules(cut + "\nSalin Link\n" + kP2 + "\n");
    CHECK(kept(doc, "Salin Link"));
    const auto header = clean_without_rules("Salin Link\n" + kP1 + "\n" + kP2 + "\n");
    CHECK(removed_as(header, "Salin Link", "share"));
}

TEST_CASE("heuristic: a record without prose is left alone", "[heuristic]") {
    const auto doc = clean_without_rules("Berita Terkini\nDibaca 1.204 kali\n");
    for (const auto& line : doc.lines) {
        CHECK((line.blank() || line.kept()));
    }
}

TEST_CASE("heuristic: a sentence in the header stays", "[heuristic]") {
    // The heading of a summary box goes; its point, which reads as a sentence, is not the
    // scorer's to take.
    const auto doc =
        clean_without_rules("Ringkasan Berita\nKota bersiap.\n" + kP1 + "\n" + kP2 + "\n");
    CHECK(removed_as(doc, "Ringkasan Berita", "deck-label"));
    CHECK(kept(doc, "Kota bersiap."));
}

TEST_CASE("heuristic: the built-in word lists load", "[heuristic]") {
    const auto& lexicon = bersih::filters::scorer_lexicon();
    CHECK(lexicon.stop_words.contains("yang"));
    CHECK_FALSE(lexicon.cues.empty());
    CHECK_FALSE(lexicon.labels.empty());
    // The rule loader skips the scorer's table: the built-in packs still load.
    CHECK_NOTHROW(bersih::RuleSet::builtin());
}

TEST_CASE("heuristic: a malformed word list is rejected with its place", "[heuristic]") {
    using bersih::filters::parse_scorer_lexicon;
    CHECK_THROWS_WITH(parse_scorer_lexicon("[scorer]\nstop_wrds = [\"yang\"]\n", "s.toml"),
                      Catch::Contains("s.toml:2:") && Catch::Contains("unknown key 'stop_wrds'"));
    CHECK_THROWS_WITH(parse_scorer_lexicon("[[scorer.cue]]\nreason = \"x\"\nweight = -1.0\n"
                                           "words = [\"a\"]\n",
                                           "s.toml"),
                      Catch::Contains("at least one anchor"));
    CHECK_THROWS_WITH(
        parse_scorer_lexicon("[[scorer.cue]]\nreason = \"x\"\nanchors = [\"a\"]\n", "s.toml"),
        Catch::Contains("weight"));
    CHECK_THROWS_WITH(parse_scorer_lexicon("[[scorer.label]]\nreason = \"x\"\nweight = -1.0\n"
                                           "category = \"nope\"\nlabels = [\"a\"]\n",
                                           "s.toml"),
                      Catch::Contains("unknown category"));
    CHECK_THROWS_WITH(parse_scorer_lexicon("[[scorer.label]]\nreason = \"x\"\nweight = -1.0\n"
                                           "shape = \"list\"\nlabels = [\"a\"]\n",
                                           "s.toml"),
                      Catch::Contains("unknown shape 'list'"));
    const auto ok = parse_scorer_lexicon("[scorer]\nstop_words = [\"Yang\"]\n"
                                         "[[scorer.cue]]\nreason = \"x\"\nweight = -1.0\n"
                                         "anchors = [\"Baca  Juga\"]\n",
                                         "s.toml");
    CHECK(ok.stop_words.contains("yang"));
    REQUIRE(ok.cues.size() == 1);
    CHECK(ok.cues[0].phrases.at("baca juga"));
    CHECK(ok.cues[0].longest == 2);
}

TEST_CASE("heuristic: a subheading between removed lines in the footer stays", "[heuristic]") {
    // Named by no cue list and between lines the rules removed (a call to action above, another
    // below): only a lone word or a menu item may go on its neighbours alone.
    const auto doc = clean_with_pack(kCtaPack, kP1 + "\n" + kP2 +
                                                   "\nIkuti kanal kami untuk kabar terbaru\n"
                                                   "Langkah Selanjutnya\n"
                                                   "Ikuti kanal kami untuk kabar terbaru\n");
    CHECK(kept(doc, "Langkah Selanjutnya"));
}

TEST_CASE("scorer: a cue group covers a line with its longest phrase at each word", "[heuristic]") {
    const auto lexicon = bersih::filters::parse_scorer_lexicon(R"(
[scorer]
stop_words = ["yang"]
[[scorer.cue]]
reason = "related"
category = "related"
weight = -2.0
anchors = ["baca juga"]
words = ["baca", "baca juga berita lain", "berita"]
)",
                                                               "test.toml");
    REQUIRE(lexicon.cues.size() == 1);
    const auto& group = lexicon.cues.front();
    const bersih::RuleSet rules = bersih::RuleSet::builtin();
    const bersih::filters::scoring::SiteNames sites(rules);
    using Words = std::vector<std::string>;
    // "baca juga" (an anchor) over "baca", then a word of no phrase.
    auto c = bersih::filters::scoring::cover(Words{"baca", "juga", "sekarang"}, group, sites);
    CHECK(c.covered == 2);
    CHECK(c.anchor);
    CHECK_FALSE(c.full);
    // The four-word phrase (no anchor) over the anchor that starts it.
    c = bersih::filters::scoring::cover(Words{"baca", "juga", "berita", "lain"}, group, sites);
    CHECK(c.covered == 4);
    CHECK_FALSE(c.anchor);
    // "baca juga berita" is no phrase: the anchor, then "berita"; a site name counts as covered.
    c = bersih::filters::scoring::cover(Words{"baca", "juga", "berita", "kompas.com"}, group,
                                        sites);
    CHECK(c.covered == 4);
    CHECK(c.full);
}
