// Lines made only of credit items (credit_lines.cpp), in the punctuation pages and scrapers leave
// between them. Names and outlets are invented.
#include "bersih/lexicon.hpp"
#include "bersih/pipeline.hpp"
#include "filters/credit_labels.hpp"
#include "pipeline_test_util.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using bersih::Document;
using bersih::test::clean_builtin;
using bersih::test::clean_without_rules;
using Names = std::vector<std::string>;

namespace {

const std::string kFirst =
    "Pemerintah kota membuka taman baru di tepi sungai pada Sabtu pagi bersama warga.";
const std::string kLast = "Warga menyambut baik taman itu dan berharap taman dirawat dengan baik.";

std::string removed_by(const Document& doc, const std::string& text) {
    const auto line = std::find_if(doc.lines.begin(), doc.lines.end(),
                                   [&](const auto& l) { return l.text == text; });
    return line == doc.lines.end() || line->kept() ? std::string{} : line->rule;
}

struct Case {
    std::string line;
    Names authors;
    Names editors;
};

// Each line, above the prose and below it, goes as a credit line with its names.
void check_above_and_below(const std::vector<Case>& cases) {
    for (const auto& c : cases) {
        for (const bool above : {true, false}) {
            CAPTURE(c.line, above);
            const std::string text = above ? c.line + "\n" + kFirst + "\n" + kLast
                                           : kFirst + "\n" + kLast + "\n" + c.line;
            const auto doc = clean_without_rules(text);
            CHECK(removed_by(doc, c.line) == "core.credit-line");
            CHECK(doc.meta.authors == c.authors);
            CHECK(doc.meta.editors == c.editors);
        }
    }
}

} // namespace

TEST_CASE("credit lines: every separator between credit items, above or below the prose",
          "[credit-lines]") {
    const std::vector<Case> cases = {
        {"Penulis: Rina Wati | Editor: Budi Santoso", {"Rina Wati"}, {"Budi Santoso"}},
        {"(Reporter: Rina Wati | Editor: Budi Santoso)", {"Rina Wati"}, {"Budi Santoso"}},
        {"Reporter : Rina Wati, Editor : Budi Santoso", {"Rina Wati"}, {"Budi Santoso"}},
        {"Penulis: Rina Wati / Editor: Budi Santoso", {"Rina Wati"}, {"Budi Santoso"}},
        {"Reporter: Rina WatiEditor: Budi Santoso", {"Rina Wati"}, {"Budi Santoso"}},
        {"Penulis: Rina Wati, Citra Dewi | Editor: Budi Santoso",
         {"Rina Wati", "Citra Dewi"},
         {"Budi Santoso"}},
        {"Laporan: Rina Wati | Sumber: Kontan", {"Rina Wati"}, {}},
        {"Jurnalis: Rina Wati - Editor: Budi Santoso", {"Rina Wati"}, {"Budi Santoso"}},
        {"Wartawan: Rina Wati", {"Rina Wati"}, {}},
        {"PENULIS: RINA WATI | EDITOR: BUDI SANTOSO", {"RINA WATI"}, {"BUDI SANTOSO"}},
        {"Ditulis oleh Rina Wati", {"Rina Wati"}, {}},
        {"Oleh Rina Wati", {"Rina Wati"}, {}},
        {"By Rina Wati", {"Rina Wati"}, {}},
        {"Penulis Rina Wati Editor Budi Santoso", {"Rina Wati"}, {"Budi Santoso"}},
        // One person in two roles.
        {"Reporter/Editor: Rina Wati", {"Rina Wati"}, {"Rina Wati"}},
        {"Penulis dan Editor: Rina Wati", {"Rina Wati"}, {"Rina Wati"}},
        // The person's post before or after the name is no name.
        {"Penulis: Kontributor Kota Baru, Rina Wati | Editor: Budi Santoso",
         {"Rina Wati"},
         {"Budi Santoso"}},
        {"Oleh Rina Wati, Wartawan Warta Kita", {"Rina Wati"}, {}},
        // A slash between two names, or before the site.
        {"Penulis: Rina Wati/Citra Dewi", {"Rina Wati", "Citra Dewi"}, {}},
        {"Reporter: Rina Wati / Citra Dewi | Editor: Budi Santoso",
         {"Rina Wati", "Citra Dewi"},
         {"Budi Santoso"}},
        {"Penulis: Rina Wati/Warta.com", {"Rina Wati"}, {}},
        {"Penulis: Rina Wati/Kompas", {"Rina Wati"}, {}},
    };
    check_above_and_below(cases);
}

TEST_CASE("credit lines: a labelled credit line between paragraphs goes, a colonless one stays",
          "[credit-lines]") {
    const std::string labelled = "Penulis: Rina Wati | Editor: Budi Santoso";
    const auto with_colon = clean_without_rules(kFirst + "\n" + labelled + "\n" + kLast);
    CHECK(removed_by(with_colon, labelled) == "core.credit-line");

    const std::string colonless = "Oleh Rina Wati";
    const auto without = clean_without_rules(kFirst + "\n" + colonless + "\n" + kLast);
    CHECK(removed_by(without, colonless).empty());
    CHECK(without.meta.authors.empty());
}

TEST_CASE("credit lines: sentences and headings that open with a label are no credit line",
          "[credit-lines]") {
    const std::vector<std::string> kept = {
        "Editor: Budi Santoso, yang juga penulis buku itu, datang terlambat.",
        "Oleh karena itu, warga diminta menjaga kebersihan taman.",
        "Editor Baru Majalah Kota",        // one colonless item without an opener: a heading
        "Penulis buku itu hadir di taman", // lowercase words are no names
        "Reporter: Rina Wati | Harga beras naik lagi di pasar kota",
        "---", // separators and no item
        "| / -",
    };
    for (const auto& line : kept) {
        CAPTURE(line);
        const auto doc = clean_without_rules(kFirst + "\n" + kLast + "\n" + line);
        CHECK(removed_by(doc, line) != "core.credit-line");
        CHECK(doc.meta.authors.empty());
    }
}

TEST_CASE("credit lines: the header byline rule stops its names at an editor label",
          "[credit-lines]") {
    // generic.byline-label read "Rina Wati Editor Budi Santoso" as one author's name.
    const auto doc =
        clean_builtin("Penulis Rina Wati Editor Budi Santoso\n" + kFirst + "\n" + kLast);
    CHECK(doc.meta.authors == Names{"Rina Wati"});
}

TEST_CASE("credit lines: a source credit alone goes below the article, not inside it",
          "[credit-lines]") {
    const std::string source = "Sumber: Kontan";
    const auto below = clean_without_rules(kFirst + "\n" + kLast + "\n" + source);
    CHECK(removed_by(below, source) == "core.credit-line");
    const auto inside = clean_without_rules(kFirst + "\n" + source + "\n" + kLast);
    CHECK(removed_by(inside, source) != "core.credit-line");
}

TEST_CASE("credit lines: the labels and joiners both credit stages read", "[credits]") {
    using bersih::filters::CreditRole;
    const bersih::filters::CreditLabels labels(bersih::Lexicon::builtin());
    CHECK(labels.role_of("Pewarta") == CreditRole::author);
    CHECK(labels.role_of("Redaktur") == CreditRole::editor);
    CHECK(labels.role_of("Sumber") == CreditRole::other);
    CHECK_FALSE(labels.role_of("Budi").has_value());
    CHECK_FALSE(labels.role_of("pewarta").has_value()); // labels are capitalised
    CHECK(labels.names_people("Penulis"));
    CHECK_FALSE(labels.names_people("Foto"));
    CHECK(labels.joins_names("dan"));
    CHECK(labels.joins_names("&"));
    CHECK_FALSE(labels.joins_names("bin"));
    CHECK(labels.name_particle("binti"));
    CHECK_FALSE(labels.name_particle("dan"));
}

TEST_CASE("credit lines: a reporter line names the reporter, not the site before the comma",
          "[credit-lines]") {
    // "Laporan Reporter Warta Kita, Rina Wati" gave the site "Warta Kita" as an author.
    const std::vector<Case> cases = {
        {"Laporan Wartawan Warta.com, Rina Wati", {"Rina Wati"}, {}},
        {"Laporan Reporter Warta Kita, Rina Wati", {"Rina Wati"}, {}},
        {"Laporan Wartawan Radar Kota Baru: Rina Wati", {"Rina Wati"}, {}},
        {"Laporan Kontributor Warta Kita Timur, Rina Wati | Editor: Budi Santoso",
         {"Rina Wati"},
         {"Budi Santoso"}},
    };
    check_above_and_below(cases);
    // A sentence that opens like one stays.
    const std::string sentence = "Laporan wartawan Warta Kita, Rina Wati, menyebut banjir surut.";
    const auto doc = clean_without_rules(kFirst + "\n" + kLast + "\n" + sentence);
    CHECK(removed_by(doc, sentence).empty());
}

TEST_CASE("credit lines: a byline's date after the names without a separator", "[credit-lines]") {
    // A page's author and time elements flattened into one line: "Senin" was read as the last
    // word of the author's name and the date was lost.
    for (const std::string line : {"Penulis: Rina Wati Senin, 3 November 2025 08:15 WIB",
                                   "Oleh Rina Wati Senin, 3 November 2025 | 08:15 WIB"}) {
        CAPTURE(line);
        const auto doc = clean_without_rules(line + "\n" + kFirst + "\n" + kLast);
        CHECK(removed_by(doc, line) == "core.credit-line");
        CHECK(doc.meta.authors == Names{"Rina Wati"});
        CHECK(doc.meta.published == "2025-11-03T08:15:00+07:00");
    }
}

TEST_CASE("credit lines: a label alone on its line, its names on the next", "[credit-lines]") {
    // "Penulis:" stayed in the text (a reader-contributor footer), and the name under it.
    const auto doc = clean_without_rules(kFirst + "\n" + kLast + "\nPenulis:\nRina Wati\n");
    CHECK(removed_by(doc, "Penulis:") == "core.credit-line");
    CHECK(removed_by(doc, "Rina Wati") == "core.credit-line");
    CHECK(doc.meta.authors == Names{"Rina Wati"});
    // Over a sentence it names nobody, and the sentence stays.
    const std::string sentence = "Penulis buku itu datang ke taman pada Sabtu pagi bersama warga.";
    const auto over_prose = clean_without_rules(kFirst + "\n" + kLast + "\nPenulis:\n" + sentence);
    CHECK(removed_by(over_prose, sentence).empty());
    CHECK(over_prose.meta.authors.empty());
}
