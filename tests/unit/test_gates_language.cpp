// The language profile of --lang id and the residue score of --max-residue, on invented text.
#include "bersih/lexicon.hpp"
#include "gates/language.hpp"
#include "gates/record_gates.hpp"
#include "gates/residue.hpp"
#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>

using namespace bersih;
using namespace bersih::gates;

namespace {

bool indonesian(const std::string& text) {
    return reads_indonesian(count_stop_words(text, Lexicon::builtin()));
}

} // namespace

TEST_CASE("lang: the stop-word classes are in the lexicon and share no word", "[gates][lang]") {
    const auto& id = Lexicon::builtin().words("stop-words-id");
    const auto& en = Lexicon::builtin().words("stop-words-en");
    CHECK(id.words().size() >= 40);
    CHECK(en.words().size() >= 40);
    for (const auto& word : id.words()) {
        INFO(word);
        CHECK_FALSE(en.contains(word));
    }
}

TEST_CASE("lang: Indonesian prose is Indonesian, English prose is not", "[gates][lang]") {
    CHECK(indonesian("Pemerintah kota mengumumkan rencana pembangunan jalan yang akan dimulai "
                     "tahun depan, kata pejabat setempat kepada wartawan."));
    CHECK_FALSE(indonesian("The city government announced on Monday that the new road will be "
                           "built next year, an official said in a statement."));
    // An English text that names Indonesian places and offices is still English.
    CHECK_FALSE(indonesian("The Ministry of Public Works said the Kementerian PUPR budget for "
                           "Jawa Barat and Sulawesi Selatan was approved by the House."));
}

TEST_CASE("lang: an Indonesian article quoting English stays", "[gates][lang]") {
    CHECK(indonesian(
        "Menteri itu mengatakan bahwa kerja sama akan dilanjutkan tahun ini. \"We are committed to "
        "the partnership and we will continue to work with all of our partners in the region,\" "
        "katanya dalam konferensi pers. Ia juga menyebut bahwa pertemuan berikutnya akan digelar "
        "di Jakarta."));
    // Mostly an English song under two Indonesian sentences, as lyrics pages are.
    std::string lyrics = "Berikut ini lirik lagu yang sedang ramai di media sosial. Lagu tersebut "
                         "dirilis pada tahun lalu.\n";
    for (int i = 0; i < 6; ++i) {
        lyrics += "I walk along the road and the night is long, you are the one that I want\n";
    }
    CHECK(indonesian(lyrics));
}

TEST_CASE("lang: a text with no stop word is not taken for Indonesian", "[gates][lang]") {
    CHECK_FALSE(indonesian(""));
    CHECK_FALSE(indonesian("Kawan Pal."));
}

TEST_CASE("residue: furniture left in the kept lines is measured", "[gates][residue]") {
    const ResidueScorer residue(test::builtin_pipeline().rules());
    CHECK(residue.furniture("Bagikan artikel ini"));
    CHECK(residue.furniture("#pemilu #dpr #jakarta"));
    CHECK(residue.furniture("Bagikan artikel ini Kompas.com")); // a site name among cue words
    CHECK_FALSE(residue.furniture(
        "Pemerintah kota mengumumkan rencana pembangunan jalan baru, kata pejabat setempat."));
    CHECK_FALSE(residue.furniture("Bagikan artikel ini.")); // reads as a sentence: never judged
    Document doc = Document::from_text("Pemerintah kota mengumumkan rencana pembangunan jalan "
                                       "baru, kata pejabat setempat.\nBagikan artikel ini");
    const double share = residue.share(doc);
    CHECK(share > 0.1);
    CHECK(share < 0.5);
    doc.remove(1, "test.rule", Category::cta);
    CHECK(residue.share(doc) == 0.0);
    CHECK(residue.share(Document::from_text("")) == 0.0);
}

TEST_CASE("gates: the verdicts, in order of the gates", "[gates]") {
    GateSettings settings;
    settings.min_words = 5;
    settings.indonesian_only = true;
    settings.max_residue = 0.2;
    settings.dedup = DedupMode::exact;
    RecordGates gates(settings);
    RecordMeasures m;
    m.words = 3;
    CHECK(gates.judge(m)->gate == "min-words");
    m.words = 50;
    m.indonesian = false;
    CHECK(gates.judge(m)->gate == "lang");
    m.indonesian = true;
    m.residue = 0.5;
    CHECK(gates.judge(m)->gate == "max-residue");
    m.residue = 0.2; // at the limit: kept
    m.dedup_keys = {1, 2};
    CHECK_FALSE(gates.judge(m));
    CHECK(gates.judge(m)->gate == "dedup-exact");
}
