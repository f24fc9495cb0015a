// The template miner of `bersih learn` (learn/template_miner.hpp) and the pack it writes
// (learn/pack_writer.hpp): what it learns, what it refuses, and that the pack loads and passes
// its own examples. Every text here is invented.
#include "bersih/pipeline.hpp"
#include "bersih/rules.hpp"
#include "learn/pack_writer.hpp"
#include "learn/template_miner.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace bersih;
using namespace bersih::learn;

namespace {

const std::vector<std::string> kNames{"Rina Kartika", "Budi Santosa", "Sari Wulandari",
                                      "Agus Permana", "Dewi Anggraini"};
const std::vector<std::string> kPlaces{"Sukamaju", "Karangrejo", "Tanjung Sari", "Bukit Asri"};

/// A word of letters only, different for every i below 676.
std::string unique_word(int i) {
    return std::string{"Ka"} + static_cast<char>('a' + i % 26) + static_cast<char>('a' + i / 26);
}

/// An article: prose that varies, then the lines given.
Document article(int i, const std::vector<std::string>& extra) {
    std::string text = "Warga " + kPlaces[static_cast<std::size_t>(i) % kPlaces.size()] +
                       " menanam pohon di tepi sungai pada hari ke-" + std::to_string(i) +
                       " bersama relawan dari kota.\n";
    text += "Menurut " + kNames[static_cast<std::size_t>(i) % kNames.size()] +
            ", kegiatan ini sudah direncanakan sejak " + std::to_string(i % 12 + 1) +
            " bulan yang lalu oleh pengurus kampung.\n";
    for (const auto& line : extra) {
        text += line + "\n";
    }
    Document doc = Document::from_text(text, "test");
    doc.meta.outlet = "detik";
    return doc;
}

std::vector<LearnedRule> learn_from(const std::vector<Document>& docs,
                                    MinerSettings settings = {}) {
    TemplateMiner miner(settings);
    for (const auto& doc : docs) {
        miner.add(observe(doc, settings));
    }
    return miner.mine(RuleSet::builtin());
}

bool learned(const std::vector<LearnedRule>& rules, const std::string& pattern) {
    for (const auto& rule : rules) {
        if (rule.pattern == pattern) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("miner: a repeated footer line and a credit template with a varying name", "[learn]") {
    std::vector<Document> docs;
    for (int i = 0; i < 40; ++i) {
        docs.push_back(article(
            i, {"Disiarkan ulang oleh " + kNames[static_cast<std::size_t>(i * 3) % kNames.size()],
                "Dukung kami lewat Program Sahabat Pembaca"}));
    }
    const auto rules = learn_from(docs);
    CHECK(learned(rules, "^Dukung kami lewat Program Sahabat Pembaca$"));
    CHECK(learned(rules, "^Disiarkan ulang oleh .+$"));
    // The longest head that keeps the articles wins; shorter heads of the same lines are not
    // written, nor full lines the template covers.
    CHECK_FALSE(learned(rules, "^Disiarkan .+$"));
    CHECK_FALSE(learned(rules, "^Disiarkan ulang oleh Rina Kartika$"));
    for (const auto& rule : rules) {
        CAPTURE(rule.pattern);
        CHECK(rule.id.rfind("learned.detik.", 0) == 0);
        CHECK_FALSE(rule.must_match.empty());
        CHECK(rule.must_match.size() <= 3);
        CHECK(rule.articles == 40);
        CHECK(rule.outlet_articles == 40);
    }
}

TEST_CASE("miner: below --min-articles or --min-share nothing is learned", "[learn]") {
    std::vector<Document> docs;
    for (int i = 0; i < 100; ++i) {
        docs.push_back(article(i, i < 4 ? std::vector<std::string>{"Ikuti lomba foto warga kami"}
                                        : std::vector<std::string>{}));
    }
    CHECK(learn_from(docs).empty()); // 4 articles < 5
    MinerSettings loose;
    loose.min_articles = 3;
    CHECK(learned(learn_from(docs, loose), "^Ikuti lomba foto warga kami$"));
    loose.min_share = 0.05; // 4 of 100 < 5%
    CHECK(learn_from(docs, loose).empty());
}

TEST_CASE("miner: prose is not learned, nor one-word heads, nor body subheadings", "[learn]") {
    std::vector<Document> docs;
    for (int i = 0; i < 40; ++i) {
        docs.push_back(article(
            i, {"Hal itu disampaikan oleh " + kNames[static_cast<std::size_t>(i) % kNames.size()] +
                    " kepada wartawan di balai desa pada " + std::to_string(i) + " pagi.",
                "Cara " + unique_word(i),
                "Para relawan pulang sebelum hujan turun dan berjanji akan kembali pekan depan.",
                "Penutup kegiatan dilakukan oleh " +
                    kNames[static_cast<std::size_t>(i) % kNames.size()] +
                    " dan semua warga desa yang hadir."}));
        // a subheading inside the prose in 10% of the articles
        if (i % 10 == 0) {
            docs.back().lines.insert(
                docs.back().lines.begin() + 1,
                Line{0, "Kronologi Kegiatan", LineState::kept, "", Category::other, {}, -1});
        }
    }
    const auto rules = learn_from(docs);
    for (const auto& rule : rules) {
        CAPTURE(rule.pattern);
        CHECK(rule.pattern.find("Hal itu") == std::string::npos);
        CHECK(rule.pattern.find("Cara ") == std::string::npos);
        CHECK(rule.pattern.find("Kronologi") == std::string::npos);
        CHECK(rule.pattern.find("Penutup") == std::string::npos);
    }
    // A sentence repeated word for word in a large share of the outlet is its template.
    CHECK(learned(rules, "^Para relawan pulang sebelum hujan turun dan berjanji akan kembali "
                         "pekan depan\\.$"));
}

TEST_CASE("miner: list items below the prose (a standings table) are not learned", "[learn]") {
    std::vector<Document> docs;
    for (int i = 0; i < 40; ++i) {
        std::vector<std::string> table;
        for (std::size_t k = 0; k < 3; ++k) {
            table.push_back(std::to_string(k + 1) + ". " +
                            kNames[(static_cast<std::size_t>(i) + k) % kNames.size()]);
        }
        docs.push_back(article(i, table));
    }
    for (const auto& rule : learn_from(docs)) {
        CAPTURE(rule.pattern);
        CHECK(rule.pattern.find("\\d+\\.") == std::string::npos);
    }
}

TEST_CASE("miner: a fragment of a paragraph the scraper split at a link is not learned",
          "[learn]") {
    std::vector<Document> docs;
    for (int i = 0; i < 40; ++i) {
        Document doc = article(i, {"Laga di stadion utama mempertemukan", "Timnas Garuda Muda",
                                   "dengan tim tamu " + unique_word(i)});
        // The paragraph stage joined the three lines into one paragraph.
        const std::size_t n = doc.lines.size();
        for (std::size_t k = n - 4; k < n; ++k) {
            doc.lines[k].paragraph = 7;
        }
        docs.push_back(std::move(doc));
    }
    for (const auto& rule : learn_from(docs)) {
        CAPTURE(rule.pattern);
        CHECK(rule.pattern.find("Garuda") == std::string::npos);
        CHECK(rule.pattern.find("Laga") == std::string::npos);
    }
}

TEST_CASE("miner: nothing is learned for records without an outlet", "[learn]") {
    TemplateMiner miner({});
    for (int i = 0; i < 20; ++i) {
        Document doc = article(i, {"Dukung kami lewat Program Sahabat Pembaca"});
        doc.meta.outlet.reset();
        miner.add(observe(doc, {}));
    }
    CHECK(miner.mine(RuleSet::builtin()).empty());
}

TEST_CASE("miner: a tiny memory budget still keeps the heaviest templates", "[learn]") {
    std::vector<Document> docs;
    for (int i = 0; i < 200; ++i) {
        std::vector<std::string> extra;
        for (int k = 0; k < 6; ++k) {
            extra.push_back("Catatan kaki nomor unik " + std::to_string(i) + "x" +
                            std::to_string(k) + " " +
                            kNames[static_cast<std::size_t>(i + k) % kNames.size()]);
        }
        extra.emplace_back("Dukung kami lewat Program Sahabat Pembaca");
        docs.push_back(article(i, extra));
    }
    MinerSettings tiny;
    tiny.memory = 1024; // the floor: 256 keys per outlet
    CHECK(learned(learn_from(docs, tiny), "^Dukung kami lewat Program Sahabat Pembaca$"));
}

TEST_CASE("pack writer: the pack loads, passes its examples and names learned rules", "[learn]") {
    std::vector<Document> docs;
    for (int i = 0; i < 30; ++i) {
        docs.push_back(article(i, {"Disiarkan ulang oleh \"Redaksi\" \\ " +
                                       kNames[static_cast<std::size_t>(i) % kNames.size()],
                                   "Sumber: Warta (Dok.) 'Kampung' " + std::to_string(i)}));
    }
    const MinerSettings settings;
    const auto rules = learn_from(docs, settings);
    REQUIRE_FALSE(rules.empty());
    const std::string pack = write_pack(rules, settings, 30);
    RuleSet set = RuleSet::builtin();
    const auto before = set.rules.size();
    REQUIRE_NOTHROW(set.add(RuleSource{"learned.toml", pack}));
    CHECK(set.rules.size() == before + rules.size());
    CHECK(set.check_examples().empty());
    for (const auto& rule : rules) {
        const Rule* loaded = set.find(rule.id);
        REQUIRE(loaded != nullptr);
        CHECK(loaded->outlets == std::vector<std::string>{"detik"});
        CHECK(loaded->kind == RuleKind::drop_line);
    }
    CHECK(write_pack(rules, settings, 30) == pack);
    CHECK(toml_string("a\"b\\c\td") == "\"a\\\"b\\\\c\\u0009d\"");
}
