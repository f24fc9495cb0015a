// Bad input at the core level: whatever bytes come in, clean() returns a document, the output is
// valid UTF-8, and nothing grows quadratically with the length of a line or of a record.
#include "bersih/normalize.hpp"
#include "bersih/pipeline.hpp"
#include "bersih/serialize.hpp"
#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

const std::string kProse =
    "Pemerintah kota mengumumkan rencana baru untuk memperbaiki jalan raya tahun ini.";

} // namespace

TEST_CASE("robustness: invalid UTF-8 is replaced by U+FFFD and counted", "[robustness]") {
    std::vector<bersih::Diagnostic> got;
    const bersih::Pipeline pipeline(bersih::RuleSet::builtin(),
                                    [&](const bersih::Diagnostic& d) { got.push_back(d); });
    const auto doc = pipeline.clean(kProse + " Harga \xFF\xFE naik \xC3.\n", "bad.txt");
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0].find("Harga \xEF\xBF\xBD\xEF\xBF\xBD naik \xEF\xBF\xBD.") !=
          std::string::npos);
    REQUIRE(got.size() == 1);
    CHECK(got[0].message.rfind("3 invalid UTF-8", 0) == 0);
    bersih::NormalizeStats stats;
    (void)bersih::normalize_text("\xFF\xFE ok \xC3", &stats);
    CHECK(stats.invalid_utf8 == 3);
    // And it serialises (nlohmann::json refuses invalid UTF-8).
    CHECK_NOTHROW(bersih::to_json(doc).dump());
}

TEST_CASE("robustness: NUL bytes are dropped and counted", "[robustness]") {
    const std::string raw = kProse + std::string("\0\0", 2) + " Lanjut.\n";
    const auto doc = bersih::test::builtin_pipeline().clean(raw);
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0].find('\0') == std::string::npos);
    CHECK(doc.paragraphs[0] == kProse + " Lanjut.");
    bersih::NormalizeStats stats;
    (void)bersih::normalize_text(raw, &stats);
    CHECK(stats.nul_bytes == 2);
}

TEST_CASE("robustness: a title field with invalid UTF-8 or newlines is normalised",
          "[robustness]") {
    bersih::Options options;
    options.title = std::string("Judul \xFF\nrusak");
    const auto doc = bersih::test::builtin_pipeline().clean(kProse + "\n", "-", options);
    REQUIRE(doc.meta.title);
    CHECK(*doc.meta.title == "Judul \xEF\xBF\xBD rusak");
    CHECK_NOTHROW(bersih::to_json(doc).dump());
}

TEST_CASE("robustness: a cut never splits a multi-byte character", "[robustness]") {
    // A byte-level class such as [-–—] in a rule matches single bytes of "–" (E2 80 93).
    bersih::RuleSet rules;
    rules.add(bersih::RuleSource{"dash.toml", R"(
[[rule]]
id = "user.dash"
category = "other"
kind = "cut-span"
pattern = '[–—]'
)"});
    const bersih::Pipeline pipeline(std::move(rules));
    const auto doc = pipeline.clean(kProse + " satu \xE2\x80\x93 dua \xE2\x80\x94 tiga.\n");
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0] == kProse + " satu dua tiga.");
    CHECK_NOTHROW(bersih::to_json(doc, bersih::SerializeOptions{true}).dump());
}

TEST_CASE("robustness: an empty record gives an empty document", "[robustness]") {
    for (const std::string& raw : {std::string(), std::string("\n\n\n"), std::string(" \t\r\n"),
                                   std::string("\xEF\xBB\xBF"), std::string(3, '\0')}) {
        const auto doc = bersih::test::builtin_pipeline().clean(raw, "empty.txt");
        CHECK(doc.paragraphs.empty());
        const auto json = bersih::to_json(doc);
        CHECK(json["empty"] == true);
        CHECK(json["text"] == "");
        CHECK(bersih::to_text(doc).empty());
    }
}

TEST_CASE("robustness: an article that cleans to nothing is marked empty", "[robustness]") {
    const auto doc = bersih::test::builtin_pipeline().clean(
        "ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n", "ad.txt");
    CHECK(doc.paragraphs.empty());
    CHECK(bersih::to_json(doc)["empty"] == true);
    // Every line is still accounted for, each with its reason.
    for (const auto& line : doc.lines) {
        CHECK((!line.kept() || line.blank()));
    }
}

TEST_CASE("robustness: a 20 MB single line", "[robustness][large]") {
    // The 200 MB case is checked by hand (README "Failure behaviour"); 20 MB keeps the suite fast.
    std::string raw;
    raw.reserve(20u << 20);
    while (raw.size() < (20u << 20)) {
        raw += "Warga kota berkumpul, lalu pulang ke rumah masing-masing dengan gembira; ";
    }
    raw += "selesai.";
    const auto doc = bersih::test::builtin_pipeline().clean(raw, "huge.txt");
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0].size() + 1 >= raw.size() - 1); // trimmed, nothing lost
    CHECK(doc.paragraphs[0].ends_with("selesai."));
}

TEST_CASE("robustness: many long lines and many short fragments", "[robustness][large]") {
    // Fragments that all join into one paragraph: joining must not copy the paragraph each time.
    std::string fragments = kProse.substr(0, 20) + "\n";
    for (int i = 0; i < 100000; ++i) {
        fragments += "dan kata\n";
    }
    const auto joined = bersih::test::builtin_pipeline().clean(fragments, "fragments.txt");
    REQUIRE(joined.paragraphs.size() == 1);
    CHECK(joined.paragraphs[0].size() > 900000);

    // Long lines everywhere: first lines compared as titles, cut-span rules, paragraph joins.
    std::string long_lines;
    const std::string filler(200000, 'x');
    for (int i = 0; i < 20; ++i) {
        long_lines += "Baca juga: " + filler + "\n" + filler + " ADVERTISEMENT " + filler + "\n";
    }
    const auto doc = bersih::test::builtin_pipeline().clean(long_lines, "long.txt");
    CHECK(doc.lines.size() == 40);
    CHECK_NOTHROW(bersih::to_json(doc, bersih::SerializeOptions{true}).dump());

    // The same long line twice at the top: compared as a repeated title.
    const std::string twice = filler + "\n" + filler + "\n" + kProse + "\n";
    const auto title = bersih::test::builtin_pipeline().clean(twice, "twice.txt");
    CHECK(title.lines.size() == 3);
    CHECK(title.paragraphs.size() == 1);
}

TEST_CASE("robustness: cleaning is deterministic", "[robustness]") {
    const std::string raw =
        "Judul Uji\nJudul Uji\n" + kProse + "\nBaca juga: Lain\n" + kProse + " \xFF\n(abc/def)\n";
    const auto first = bersih::to_json(bersih::test::builtin_pipeline().clean(raw, "x"),
                                       bersih::SerializeOptions{true})
                           .dump();
    for (int i = 0; i < 5; ++i) {
        CHECK(bersih::to_json(bersih::test::builtin_pipeline().clean(raw, "x"),
                              bersih::SerializeOptions{true})
                  .dump() == first);
    }
}
