// The title stage: a repeated first line, a title given by the record, or a first line that a
// byline or date line follows.
#include "bersih/pipeline.hpp"
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

namespace {

// A byline rule and a date rule, as an outlet pack would have them.
const char* const kPack = R"(
[[rule]]
id = "t.byline"
category = "byline"
scope = "header"
kind = "extract"
field = "byline"
pattern = '^Oleh (?<author>[A-Z][a-z]+(?: [A-Z][a-z]+)*)$'

[[rule]]
id = "t.date"
category = "date"
scope = "header"
kind = "extract"
field = "date"
pattern = '^(?<date>\d{1,2} [A-Z][a-z]+ \d{4})$'
)";

Document clean(const std::string& text, const Options& options = {}) {
    return bersih::test::clean_with_pack(kPack, text, options, "title.toml");
}

const std::string kTitle = "Petani Garam di Madura Sambut Musim Kemarau dengan Gembira";
// Short enough not to read as prose: a headline of eight words or more currently counts as the
// first prose line, which hides the byline below it from header-scope rules (see the report).
const std::string kShortTitle = "Garam Madura Melimpah Saat Kemarau";
const std::string kBody = "Para petani garam di pesisir selatan Madura mulai mengolah lahan "
                          "sejak awal bulan ini.";

} // namespace

TEST_CASE("title: a first line repeated below it is the title", "[title]") {
    const auto doc = clean(kTitle + "\n\n" + kTitle + "\n\n" + kBody + "\n");
    CHECK(doc.meta.title == kTitle);
    CHECK(doc.paragraphs == std::vector<std::string>{kBody});
    CHECK(doc.lines[0].rule == "core.title");
    CHECK(doc.lines[0].category == Category::title);
    CHECK(doc.lines[2].rule == "core.title-dup");
    CHECK(doc.lines[2].category == Category::title_dup);
}

TEST_CASE("title: the repeat may differ in case and spacing", "[title]") {
    const auto doc = clean(kTitle + "\n" +
                           "petani garam di  madura sambut musim kemarau dengan "
                           "gembira\n" +
                           kBody + "\n");
    CHECK(doc.meta.title == kTitle);
    CHECK(doc.paragraphs.size() == 1);
}

TEST_CASE("title: a title given by the record removes its repeat at the top", "[title]") {
    Options options;
    options.title = "  Petani Garam di Madura   Sambut Musim Kemarau dengan Gembira ";
    const auto doc = clean(kTitle + "\n" + kBody + "\n", options);
    CHECK(doc.meta.title == kTitle);
    CHECK(doc.paragraphs == std::vector<std::string>{kBody});
    CHECK(doc.lines[0].category == Category::title_dup);

    // When the text does not repeat it, nothing is removed.
    const auto plain = clean(kBody + "\n", options);
    CHECK(plain.meta.title == kTitle);
    CHECK(plain.paragraphs == std::vector<std::string>{kBody});
}

TEST_CASE("title: a first line above a byline or a date line is the title", "[title]") {
    const auto by_byline = clean(kShortTitle + "\nOleh Sari Wulandari\n" + kBody + "\n");
    CHECK(by_byline.meta.title == kShortTitle);
    CHECK(by_byline.meta.authors == std::vector<std::string>{"Sari Wulandari"});
    CHECK(by_byline.paragraphs == std::vector<std::string>{kBody});
    CHECK(by_byline.lines[0].rule == "core.title");

    const auto by_date = clean(kShortTitle + "\n\n12 Agustus 2025\n\n" + kBody + "\n");
    CHECK(by_date.meta.title == kShortTitle);
    CHECK(by_date.meta.published == "2025-08-12");
    CHECK(by_date.paragraphs == std::vector<std::string>{kBody});
}

TEST_CASE("title: no title is invented from prose", "[title]") {
    // A sentence that ends like one is prose, even above a date line.
    const auto sentence = clean(kBody + "\n12 Agustus 2025\n" + kBody + "\n");
    CHECK_FALSE(sentence.meta.title.has_value());

    // A lone first line with nothing that marks it as a title stays in the text.
    const auto lone = clean(kShortTitle + "\n" + kBody + "\n");
    CHECK_FALSE(lone.meta.title.has_value());
    CHECK(lone.paragraphs.front() == kShortTitle);

    // Too long to be a headline.
    std::string long_line;
    for (int i = 0; i < 35; ++i) {
        long_line += "kata ";
    }
    long_line.pop_back();
    const auto too_long = clean(long_line + "\n" + long_line + "\n" + kBody + "\n");
    CHECK_FALSE(too_long.meta.title.has_value());
}

TEST_CASE("title: empty and blank inputs have no title", "[title]") {
    CHECK_FALSE(clean("").meta.title.has_value());
    CHECK_FALSE(clean("\n\n  \n").meta.title.has_value());
    CHECK(clean("\n\n").paragraphs.empty());
}

TEST_CASE("title: a record title with the site's suffix matches the text's title line", "[title]") {
    // The record holds the page's <title>: the headline plus the site's name.
    for (const std::string suffix :
         {" - detikNews", " Halaman all - Kompas.com", " | Kompas.com", " - Tribun-timur.com",
          " - News Liputan6.com", " | tempo.co", " : Okezone Nasional"}) {
        Options options;
        options.title = kTitle + suffix;
        const auto doc = clean(kTitle + "\n\n" + kTitle + "\n" + kBody + "\n", options);
        CHECK(doc.meta.title == kTitle);
        CHECK(doc.paragraphs == std::vector<std::string>{kBody});
        CHECK(doc.lines[0].category == Category::title_dup);
        CHECK(doc.lines[2].category == Category::title_dup);
    }

    // Section labels above the title line do not hide it.
    Options options;
    options.title = kTitle + " - Kompas.com";
    const auto below = clean("Nasional\nBerita\n" + kTitle + "\n" + kBody + "\n", options);
    CHECK(below.meta.title == kTitle);
    CHECK(below.lines[2].category == Category::title_dup);
}

TEST_CASE("title: a suffix is kept when nothing shows it is the site's name", "[title]") {
    // The text's title line has the whole title: the part after the dash is the headline's own.
    const std::string dashed = "Banjir Bandang Terjang Garut - Ratusan Warga Mengungsi";
    Options options;
    options.title = dashed;
    const auto whole = clean(dashed + "\n" + kBody + "\n", options);
    CHECK(whole.meta.title == dashed);
    CHECK(whole.lines[0].category == Category::title_dup);

    // No line matches and the suffix is no site name: the record title stays as given.
    const auto unmatched = clean(kBody + "\n", options);
    CHECK(unmatched.meta.title == dashed);

    // No line matches but the suffix is a domain: the clean title is still given.
    options.title = kTitle + " - Kompas.com";
    CHECK(clean(kBody + "\n", options).meta.title == kTitle);
}

TEST_CASE("title: a bare name line between the title and the date is the byline", "[title]") {
    // Text alone: the title is inferred across the name line.
    const auto text =
        clean(kShortTitle + "\nSari Wulandari, Budi Santoso\n12 Agustus 2025\n" + kBody + "\n");
    CHECK(text.meta.title == kShortTitle);
    CHECK(text.meta.authors == std::vector<std::string>{"Sari Wulandari", "Budi Santoso"});
    CHECK(text.meta.published == "2025-08-12");
    CHECK(text.paragraphs == std::vector<std::string>{kBody});
    CHECK(text.lines[1].rule == "core.bare-byline");
    CHECK(text.lines[1].category == Category::byline);

    // The record gives the title; its repeat in the text anchors the name line.
    Options options;
    options.title = kTitle + " - Tempo.co";
    const auto record =
        clean(kTitle + "\nSari Wulandari\n\n12 Agustus 2025\n" + kBody + "\n", options);
    CHECK(record.meta.authors == std::vector<std::string>{"Sari Wulandari"});
    CHECK(record.paragraphs == std::vector<std::string>{kBody});
}

TEST_CASE("title: a name-like line without a date below it stays", "[title]") {
    // No date or byline line under it: a subheading in title case, not a byline.
    const auto doc = clean(kShortTitle + "\n" + kShortTitle + "\nSari Wulandari\n" + kBody + "\n");
    CHECK(doc.meta.authors.empty());
    CHECK(doc.paragraphs.front() == "Sari Wulandari");

    // A single word is a section label more often than a name.
    const auto single = clean(kShortTitle + "\nNasional\n12 Agustus 2025\n" + kBody + "\n");
    CHECK(single.meta.authors.empty());
}

TEST_CASE("title: a headline repeated a few lines below is the title", "[title]") {
    // Tribun prints the date between the page title and its copy.
    const auto doc = clean(kTitle + "\n12 Agustus 2025\n" + kTitle + "\n" + kBody + "\n");
    CHECK(doc.meta.title == kTitle);
    CHECK(doc.paragraphs == std::vector<std::string>{kBody});
    CHECK(doc.lines[0].rule == "core.title");
    CHECK(doc.lines[2].rule == "core.title-dup");

    // A short label repeated near the top is no headline.
    const auto label = clean("Advertisement\nSari Wulandari\nAdvertisement\n" + kBody + "\n");
    CHECK_FALSE(label.meta.title.has_value());
}

TEST_CASE("title: the outlet-only author box marks the title above it", "[title]") {
    // CNN Indonesia prints "CNN Indonesia" where no author is named; it is taken before the title
    // is inferred, so the headline above it is known as the title.
    static const Pipeline builtin(RuleSet::builtin());
    const std::string lead =
        "Sukamaju, CNN Indonesia -- Harga beras di pasar naik sejak awal pekan "
        "ini menurut pedagang.";
    const auto doc = builtin.clean(kShortTitle + "\nCNN Indonesia\nSenin, 03 Mar 2025 10:15 WIB\n" +
                                   lead + "\n");
    CHECK(doc.meta.title == kShortTitle);
    CHECK(doc.meta.authors.empty());
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0].starts_with("Harga beras"));
}

TEST_CASE("title: section labels above the headline do not hide it", "[title]") {
    const auto labels =
        clean("Nasional\nEkonomi\n" + kShortTitle + "\n12 Agustus 2025\n" + kBody + "\n");
    CHECK(labels.meta.title == kShortTitle);
    CHECK(labels.lines[2].rule == "core.title");
    // The labels themselves go by the navigation rules (generic-widgets.toml, widgets.cpp).
    CHECK(labels.paragraphs.front() == kBody);

    const auto crumbs = clean("Home \xC2\xBB Ekonomi \xC2\xBB Berita\n" + kShortTitle +
                              "\n12 Agustus 2025\n" + kBody + "\n");
    CHECK(crumbs.meta.title == kShortTitle);

    // A sentence above is no label: nothing is inferred.
    const auto sentence = clean(kBody + "\n" + kShortTitle + "\n12 Agustus 2025\n" + kBody + "\n");
    CHECK_FALSE(sentence.meta.title.has_value());
    // A site's whole menu and the page's own date above it: the title stood too far down, and
    // the menu's last label ("Indeks") above the page date read as a headline.
    const auto menu =
        clean("Beranda\nNasional\nDaerah\nEkonomi\nOlahraga\nIndeks\n13 Agustus 2025\n" +
              kShortTitle + "\n12 Agustus 2025\n" + kBody + "\n");
    CHECK(menu.meta.title == kShortTitle);
}
