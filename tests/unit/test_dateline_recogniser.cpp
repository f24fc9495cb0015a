// The generic dateline recogniser (dateline_recogniser.cpp): every common form, for any outlet.
// The outlets here are invented ("Warta.com", "KABARKITA.CO.ID") or the packs' own names; the
// stage runs with no rules at all where only domain-shaped outlets count.
#include "bersih/pipeline.hpp"
#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

using bersih::test::clean_builtin;
using bersih::test::clean_without_rules;

namespace {

const std::string kLede = "Pemerintah kota membuka taman baru di tepi sungai pada Sabtu pagi.";
const std::string kBody = kLede + "\nTaman itu dilengkapi jalur sepeda dan area bermain anak.\n";

std::optional<std::string> city(const bersih::Document& doc) { return doc.meta.dateline; }

bool lede_first(const bersih::Document& doc) {
    return !doc.paragraphs.empty() && doc.paragraphs.front().starts_with(kLede);
}

} // namespace

TEST_CASE("dateline recogniser: city, then a domain-shaped outlet, any dash", "[datelines]") {
    for (const std::string head :
         {"SUKAMAJU, Warta.com - ", "SUKAMAJU, WARTA.COM -", "SUKAMAJU, Warta.com – ",
          "SUKAMAJU, Warta.com — ", "SUKAMAJU, Warta.com -- ", "SUKAMAJU, Warta.com- "}) {
        INFO(head);
        const auto doc = clean_without_rules(head + kBody);
        CHECK(city(doc) == std::optional<std::string>("Sukamaju"));
        CHECK(lede_first(doc));
    }
    const auto two_words = clean_without_rules("TANJUNG BARU, Warta.co.id - " + kBody);
    CHECK(city(two_words) == std::optional<std::string>("Tanjung Baru"));
    CHECK(lede_first(two_words));
}

TEST_CASE("dateline recogniser: no dash after the outlet", "[datelines]") {
    const auto doc = clean_without_rules("SUKAMAJU, WARTA.com " + kBody);
    CHECK(city(doc) == std::optional<std::string>("Sukamaju"));
    CHECK(lede_first(doc));
}

TEST_CASE("dateline recogniser: the outlet first, with or without a city", "[datelines]") {
    const auto with_city = clean_without_rules("Warta.com, Sukamaju - " + kBody);
    CHECK(city(with_city) == std::optional<std::string>("Sukamaju"));
    CHECK(lede_first(with_city));
    const auto no_city = clean_without_rules("WARTA.com – " + kBody);
    CHECK_FALSE(city(no_city).has_value());
    CHECK(lede_first(no_city));
    const auto doubled = clean_without_rules("KABARKITA.CO.ID, KABARKITA.CO.ID -- " + kBody);
    CHECK_FALSE(city(doubled).has_value());
    CHECK(lede_first(doubled));
    const auto split_domain = clean_without_rules("Warta.com, COM. SUKAMAJU - " + kBody);
    CHECK(city(split_domain) == std::optional<std::string>("Sukamaju"));
    CHECK(lede_first(split_domain));
    const auto city_after_dash = clean_without_rules("KABARKITA.CO.ID - SUKAMAJU. " + kBody);
    CHECK(city(city_after_dash) == std::optional<std::string>("Sukamaju"));
    CHECK(lede_first(city_after_dash));
}

TEST_CASE("dateline recogniser: a city glued to the first word", "[datelines]") {
    const auto doc =
        clean_without_rules("Warta.com, SukamajuPemerintah kota membuka taman baru di tepi "
                            "sungai pada Sabtu pagi.\nTaman itu dilengkapi jalur sepeda.\n");
    CHECK(city(doc) == std::optional<std::string>("Sukamaju"));
    REQUIRE_FALSE(doc.paragraphs.empty());
    CHECK(doc.paragraphs.front().starts_with("Pemerintah kota"));
}

TEST_CASE("dateline recogniser: the outlet in brackets", "[datelines]") {
    const auto doc = clean_without_rules("Sukamaju (Warta.com) - " + kBody);
    CHECK(city(doc) == std::optional<std::string>("Sukamaju"));
    CHECK(lede_first(doc));
}

TEST_CASE("dateline recogniser: the outlet alone in brackets", "[datelines]") {
    const auto doc = clean_without_rules("(Warta.com) - " + kBody);
    CHECK_FALSE(city(doc).has_value());
    CHECK(lede_first(doc));
    // Without the dash it is a credit or an aside, not a dateline.
    const auto no_dash = clean_without_rules("(Warta.com) " + kBody);
    CHECK(no_dash.paragraphs.front().starts_with("(Warta.com)"));
}

TEST_CASE("dateline recogniser: an en or em dash glued to the first word", "[datelines]") {
    for (const std::string head : {"SUKAMAJU, Warta.com—", "SUKAMAJU, Warta.com–"}) {
        const auto doc = clean_without_rules(head + kBody);
        CHECK(city(doc) == std::optional<std::string>("Sukamaju"));
        CHECK(lede_first(doc));
    }
}

TEST_CASE("dateline recogniser: a lowercase dateline", "[datelines]") {
    const auto doc = clean_without_rules("sukamaju, warta.com - " + kBody);
    CHECK(city(doc) == std::optional<std::string>("Sukamaju"));
    CHECK(lede_first(doc));
}

TEST_CASE("dateline recogniser: alone on its line", "[datelines]") {
    const auto doc = clean_without_rules("SUKAMAJU, Warta.com -\n" + kBody);
    CHECK(city(doc) == std::optional<std::string>("Sukamaju"));
    CHECK(lede_first(doc));
}

TEST_CASE("dateline recogniser: an author label left in front is cut with it", "[datelines]") {
    for (const std::string label : {"Penulis ", "Tim Redaksi ", "Editor "}) {
        const auto doc = clean_without_rules(label + "SUKAMAJU, Warta.com - " + kBody);
        CHECK(city(doc) == std::optional<std::string>("Sukamaju"));
        CHECK(lede_first(doc));
    }
}

TEST_CASE("dateline recogniser: outlets named by the packs' [outlet] tables", "[datelines]") {
    // A bare uppercase name with no domain is an outlet only when a pack names it.
    const auto named = clean_builtin("TRIBUNNEWS, SUKAMAJU - " + kBody);
    CHECK(city(named) == std::optional<std::string>("Sukamaju"));
    CHECK(lede_first(named));
    const auto misspelt = clean_builtin("Wratakita.com, SUKAMAJU - " + kBody);
    CHECK(city(misspelt) == std::optional<std::string>("Sukamaju"));
    CHECK(lede_first(misspelt));
}

TEST_CASE("dateline recogniser: outlets that no pack names, by shape", "[datelines]") {
    // An uppercase city and a dash make the words between them an outlet; a word built from an
    // outlet-name word of the lexicon is an outlet before the city too; a known outlet's regional
    // edition in brackets; a pipe or square brackets between city and outlet; a colon for the
    // dash after a known outlet.
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"SUKAMAJU, WARTA --", "Sukamaju"},         {"SUKAMAJU, Kabar Priangan -", "Sukamaju"},
        {"SUKAMAJU (WK) \xE2\x80\x93", "Sukamaju"}, {"SUKAMAJU [Warta Daerah] -", "Sukamaju"},
        {"WARTAKITATIMES, SUKAMAJU -", "Sukamaju"}, {"Sukamaju (Antara Sumbar) -", "Sukamaju"},
        {"SUKAMAJU | Warta.co -", "Sukamaju"},      {"Warta.com, Sukamaju:", "Sukamaju"},
    };
    for (const auto& [dateline, want] : cases) {
        INFO(dateline);
        const auto doc = clean_builtin(dateline + " " + kBody);
        CHECK(city(doc) == std::optional<std::string>(want));
        CHECK(lede_first(doc));
    }
}

TEST_CASE("dateline recogniser: a Title Case city before an outlet named by its name words",
          "[datelines]") {
    // An outlet opening with an outlet-name word of the lexicon ("Kabar", "Radar") stood after an
    // uppercase city only; with a dash it may follow a Title Case one.
    for (const std::string dateline :
         {"Sukamaju (Radar Sukamaju) -", "Sukamaju, Kabar Priangan -"}) {
        INFO(dateline);
        const auto doc = clean_without_rules(dateline + " " + kBody);
        CHECK(city(doc) == std::optional<std::string>("Sukamaju"));
        CHECK(lede_first(doc));
    }
    const std::string no_dash = "Sukamaju, Kabar Priangan melaporkan taman baru dibuka.";
    const auto doc = clean_without_rules(no_dash + "\n" + kBody);
    CHECK_FALSE(city(doc).has_value());
}

TEST_CASE("dateline recogniser: the city, a dash and the site's domain", "[datelines]") {
    for (const std::string dateline : {"Sukamaju\xE2\x80\x94Wartakita.com\xE2\x80\x94",
                                       "Sukamaju - warta.id - ", "SUKAMAJU - WARTA.ID | "}) {
        INFO(dateline);
        const auto doc = clean_without_rules(dateline + kBody);
        CHECK(city(doc) == std::optional<std::string>("Sukamaju"));
        CHECK(lede_first(doc));
    }
    // Without a dash or bar after the site, the site is the sentence's subject.
    const std::string sentence = "Sukamaju - warta.id melaporkan taman baru dibuka pada Sabtu.";
    const auto doc = clean_without_rules(sentence + "\n" + kBody);
    CHECK(doc.paragraphs.front().find("warta.id melaporkan") != std::string::npos);
}

TEST_CASE("dateline recogniser: a deck above the dateline paragraph goes", "[datelines]") {
    // A summary printed over the article read as the lead, so the dateline below it was past the
    // lead and stayed in the text.
    const std::string deck = "Pemkot menyiapkan dana Rp5 miliar agar taman itu lebih hijau.";
    for (const std::string dateline : {"SUKAMAJU - ", "Sukamaju, Warta.com - "}) {
        INFO(dateline);
        const auto doc = clean_without_rules(deck + "\n" + dateline + kBody);
        CHECK(city(doc) == std::optional<std::string>("Sukamaju"));
        CHECK(lede_first(doc));
        CHECK(doc.lines[0].rule == "core.deck-above-dateline");
    }
    // A deck of two lines.
    const auto two = clean_without_rules(
        deck + "\nTaman dibuka untuk umum mulai pekan depan.\nSUKAMAJU - " + kBody);
    CHECK(city(two) == std::optional<std::string>("Sukamaju"));
    CHECK(lede_first(two));
    // Three paragraphs, or a long one, are the article: a dash line below them stays.
    const std::string long_lead =
        "Pemkot menyiapkan dana Rp5 miliar agar taman itu lebih hijau dan lebih teduh bagi warga "
        "yang datang setiap pagi, kata kepala dinas pertamanan yang meninjau lokasi bersama camat "
        "dan lurah setempat, sambil memeriksa bibit pohon yang baru datang dari kebun pembibitan "
        "milik pemerintah provinsi di kaki gunung.";
    const auto doc = clean_without_rules(long_lead + "\nSUKAMAJU - " + kBody);
    CHECK_FALSE(city(doc).has_value());
    CHECK(doc.paragraphs.front() == long_lead);
}

TEST_CASE("dateline recogniser: prose and header lines that only look alike stay", "[datelines]") {
    for (const std::string line :
         {"Sukamaju, Warta.com melaporkan bahwa taman baru dibuka pada Sabtu pagi.",
          "Menurut Warta.com, taman baru itu dibuka pada Sabtu pagi oleh wali kota.",
          "Budi, Ani dan Sari datang ke taman baru itu pada Sabtu pagi bersama keluarga.",
          "SUKAMAJU, PEMKOT membuka taman baru di tepi sungai pada Sabtu pagi.",
          "Sukamaju, Pemkot - Pemerintah kota membuka taman baru di tepi sungai.",
          "Taman Kota (Pemkot) - Pemerintah kota membuka taman baru di tepi sungai.",
          "Free Fire (FF) - Pemain baru mendapat hadiah dari pengembang."}) {
        INFO(line);
        const auto doc = clean_without_rules(line + "\n" + kBody);
        CHECK_FALSE(city(doc).has_value());
        REQUIRE_FALSE(doc.paragraphs.empty());
        CHECK(doc.paragraphs.front().starts_with(line.substr(0, 20)));
    }
    // A date line under the site name is no dateline.
    const auto date_line = clean_without_rules("Warta.com - 12/03/2025, 10:00 WIB\n" + kBody);
    CHECK_FALSE(city(date_line).has_value());
}

TEST_CASE("dateline recogniser: a dateline a rule took is not looked for again", "[datelines]") {
    const auto doc = clean_builtin("Sukamaju - " + kLede + "\nMEDAN, Warta.com - kata dia.\n");
    CHECK(city(doc) == std::optional<std::string>("Sukamaju"));
    REQUIRE(doc.paragraphs.size() >= 2);
    CHECK(doc.paragraphs[1].starts_with("MEDAN, Warta.com"));
}

TEST_CASE("dateline recogniser: a page flattened to one line, its header before the dateline",
          "[datelines]") {
    const std::string body = "Pemerintah kota membuka taman baru di tepi sungai pada Sabtu pagi "
                             "bersama warga. Taman itu "
                             "dilengkapi jalur sepeda, area bermain anak dan lampu tenaga surya di "
                             "sepanjang tepi sungai. "
                             "Warga menyambut baik taman itu dan berharap pemerintah merawatnya "
                             "dengan baik setiap hari.";
    const auto doc = clean_without_rules("Taman Baru Dibuka di Tepi Sungai Penulis: Rina Wati | "
                                         "Editor: Budi Santoso Sabtu, 8 November 2025 | 09:30 WIB "
                                         "WARTA.ID, SUKAMAJU - " +
                                         body);
    CHECK(city(doc) == std::optional<std::string>("Sukamaju"));
    CHECK(doc.meta.title == std::optional<std::string>("Taman Baru Dibuka di Tepi Sungai"));
    CHECK(doc.meta.published == std::optional<std::string>("2025-11-08T09:30:00+07:00"));
    CHECK(doc.meta.authors == std::vector<std::string>{"Rina Wati"});
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs.front() == body);

    // A pull quote shown above the article and again inside it is a duplicate.
    const std::string quote = "\"Taman ini untuk semua warga kota tanpa kecuali,\" kata wali kota.";
    const auto quoted = clean_without_rules(quote + " Sukamaju (Warta) - " + body + " " + quote);
    CHECK(city(quoted) == std::optional<std::string>("Sukamaju"));
    const auto& cuts = quoted.lines.front().cuts;
    REQUIRE_FALSE(cuts.empty());
    CHECK(cuts.front().category == bersih::Category::duplicate);

    // A short line, or a dateline shape with no outlet and no dash, is no flattened header.
    const auto plain = clean_without_rules("Menurut Budi Santoso, Sukamaju Raya menjadi kota "
                                           "taman. " +
                                           body);
    CHECK_FALSE(city(plain).has_value());
}
