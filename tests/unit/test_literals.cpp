// required_literals: the prefilter needles. A needle that a real match could lack would make the
// engine skip a line the rule should have touched, so soundness is checked over a table of
// patterns and strings as well as on hand-picked cases.
#include "bersih/normalize.hpp"
#include "bersih/rules.hpp"

#include <boost/regex.hpp>
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using bersih::required_literals;
using Needles = std::vector<std::string>;

namespace {

Needles sorted(Needles needles) {
    std::sort(needles.begin(), needles.end());
    return needles;
}

bool some_needle_in(const Needles& needles, const std::string& text) {
    const std::string lowered = bersih::ascii_lower(text);
    return needles.empty() || std::any_of(needles.begin(), needles.end(), [&](const auto& n) {
               return lowered.find(n) != std::string::npos;
           });
}

} // namespace

TEST_CASE("literals: a plain word is its own needle, lowercased", "[literals]") {
    CHECK(required_literals("^ADVERTISEMENT$", false) == Needles{"advertisement"});
    CHECK(required_literals("^Hide Ads$", true) == Needles{"hide ads"});
    CHECK(required_literals("(?i)scroll to continue", false) == Needles{"scroll to continue"});
}

TEST_CASE("literals: top-level alternation gives one needle per branch", "[literals]") {
    CHECK(sorted(required_literals("Iklan|Advertisement", false)) ==
          Needles{"advertisement", "iklan"});
    // A branch without a long enough literal makes the whole rule needle-less.
    CHECK(required_literals("Iklan|ad", false).empty());
    CHECK(required_literals("Iklan|", false).empty());
}

TEST_CASE("literals: a mandatory group lends its alternatives as needles", "[literals]") {
    // A longer literal run beats the group's shorter alternatives.
    CHECK(required_literals("^(?:Baca|Lihat) juga:", false) == Needles{" juga:"});
    CHECK(sorted(required_literals("(foo|bar)", false)) == Needles{"bar", "foo"});
    // Case variants collapse into one lowercase needle.
    CHECK(required_literals("^(?:Baca|BACA|baca)\\s+", false) == Needles{"baca"});
    CHECK(sorted(required_literals("\\((?:Foto|Dok\\.?)\\s*:", false)) == Needles{"dok", "foto"});
    CHECK(required_literals("^(?<city>[A-Z]+), (?:Foto|Dok)", false).size() == 2);
    // Optional groups, lookarounds, flag groups and groups with a short branch give nothing.
    CHECK(required_literals("(?:Baca|Lihat)?x", false).empty());
    CHECK(required_literals("(?=Baca|Lihat)x", false).empty());
    CHECK(required_literals("(?i:Baca|Lihat)x", false).empty());
    CHECK(required_literals("(?:Baca|ab)x", false).empty());
    CHECK(required_literals("(?:Baca|)x", false).empty());
}

TEST_CASE("literals: optional characters end the run", "[literals]") {
    // "Jum'?at": the apostrophe may be absent, so "jum'at" is no needle.
    CHECK(required_literals("Jum'?at, ", false) == Needles{"at, "});
    CHECK(required_literals("colou?r scheme", false) == Needles{"r scheme"});
    CHECK(required_literals("abc*defg", false) == Needles{"defg"});
    CHECK(required_literals("kata{0,1}kunci", false) == Needles{"kunci"});
}

TEST_CASE("literals: required quantifiers keep the character once", "[literals]") {
    CHECK(required_literals("beritaa+", false) == Needles{"beritaa"});
    CHECK(required_literals("berit{1,2}a", false) == Needles{"berit"});
    CHECK(required_literals("x{2}yz", false).empty());
}

TEST_CASE("literals: groups and classes break runs", "[literals]") {
    CHECK(required_literals("Foto(?:grafer)?: [A-Z]+ pemilu", false) == Needles{" pemilu"});
    CHECK(required_literals("[Gg]ambas:Video", false) == Needles{"ambas:video"});
    CHECK(required_literals("[|]abcd", false) == Needles{"abcd"});
    CHECK(required_literals("[]|]abcd", false) == Needles{"abcd"});
    CHECK(required_literals("[^)]abcd", false) == Needles{"abcd"});
}

TEST_CASE("literals: escapes", "[literals]") {
    CHECK(required_literals(R"(\[Gambas:)", false) == Needles{"[gambas:"});
    CHECK(required_literals(R"(\(Foto: )", false) == Needles{"(foto: "});
    CHECK(required_literals(R"(\d+ persen)", false) == Needles{" persen"});
    CHECK(required_literals(R"(\bWIB\b)", false) == Needles{"wib"});
    CHECK(required_literals(R"(\.\.\.)", false) == Needles{"..."});
    CHECK(required_literals(R"(\s+)", false).empty());
}

TEST_CASE("literals: escapes with arguments are not literals", "[literals]") {
    // \x41 is "A"; the digits after \x are its argument, not text the line must contain.
    CHECK(required_literals(R"(\x41BCD)", false) == Needles{"bcd"});
    CHECK(required_literals(R"(\x{41}BCD)", false) == Needles{"bcd"});
    CHECK(required_literals(R"(\pLupa)", false) == Needles{"upa"});
    CHECK(required_literals(R"(\p{Lu}upa)", false) == Needles{"upa"});
    CHECK(required_literals(R"(\cMxyz)", false) == Needles{"xyz"});
    CHECK(required_literals(R"((?<k>ab)\k<k>xyz)", false) == Needles{"xyz"});
    CHECK(required_literals(R"(\QA.B\E)", false).empty());
}

TEST_CASE("literals: extended mode gives no needle", "[literals]") {
    CHECK(required_literals("(?x) berita  terkini", false).empty());
}

TEST_CASE("literals: never a needle that a match could lack", "[literals][property]") {
    const std::vector<std::string> patterns = {
        "^ADVERTISEMENT$",
        "(?i)scroll to continue with content",
        "Iklan|Advertisement",
        "Jum'?at",
        "colou?r",
        "ab*cde",
        "abc?de",
        "abc{0,2}de",
        "abc{1,2}de",
        "beritaa+",
        "(?:Baca|Lihat) [Jj]uga ?:",
        R"(^\[Gambas:[^\]]{1,60}\]$)",
        R"(\((?:Foto|FOTO)\s*:\s*[^()]+\))",
        R"(\x41BCD)",
        R"(\x{41}BCD)",
        R"(\pLupa)",
        R"(\cJxyz)",
        R"(\QA.B\E)",
        R"((?<k>ab)\k<k>xyz)",
        R"((?x) kata  kunci)",
        R"((a|bc)+def)",
        R"(^(?:Simak|Tonton) (?:juga )?[Vv]ideo\b)",
        R"(detik[A-Za-z]+$)",
        R"(KOMPAS\.com\s*-)",
        R"(CNN Indonesia\s*--)",
        R"(\(([a-z]{2,5}/){1,2}[a-z]{2,5}\))",
        R"(Rp\s?\d+)",
        R"(pukul\s*\d{1,2}[.:]\d{2})",
        R"(\bWIB\b|\bWITA\b)",
        "x{2}yz",
        "[|]abcd|efgh",
        R"((?:Baca|BACA)\s*Juga)",
        R"((?<src>Foto|Dok)+:)",
        R"(((?:abc|cde)fg|ghi)jk)",
        R"((?:(?:Senin|Selasa),\s*)?\d+ (?:Jan|Feb)\w*)",
    };
    const std::vector<std::string> texts = {
        "ADVERTISEMENT",
        "Scroll To Continue With Content",
        "Iklan",
        "advertisement",
        "Jumat",
        "Jum'at",
        "color",
        "colour",
        "acde",
        "abde",
        "abcccde",
        "abccde",
        "beritaaa",
        "Baca juga: Harga beras",
        "Lihat Juga :Harga cabai",
        "[Gambas:Video 20detik]",
        "Kapal tiba (Foto: Antara)",
        "ABCD",
        "Aupa",
        "\nxyz",
        "A.B",
        "ababxyz",
        "katakunci",
        "bcbcadef",
        "Tonton juga video banjir",
        "Nama - detikNews",
        "JAKARTA, KOMPAS.com - Harga",
        "Jakarta, CNN Indonesia -- Harga",
        "(abc/def)",
        "Rp5 juta",
        "pukul 17.57",
        "17:57 WITA",
        "xxyz",
        "|abcd",
        "efgh",
        "BACA Juga",
        "DokFoto:",
        "cdefgjk",
        "ghijk",
        "Selasa, 4 Februari",
        "4 Jan",
        "",
    };
    for (const auto& pattern : patterns) {
        const boost::regex re(pattern, boost::regex::perl);
        const Needles needles = required_literals(pattern, false);
        const boost::regex re_icase(pattern, boost::regex::perl | boost::regex::icase);
        for (const auto& text : texts) {
            INFO("pattern " << pattern << " text \"" << text << "\"");
            if (boost::regex_search(text, re)) {
                CHECK(some_needle_in(needles, text));
            }
            if (boost::regex_search(text, re_icase)) {
                CHECK(some_needle_in(required_literals(pattern, true), text));
            }
        }
    }
}

TEST_CASE("literals: every built-in rule's examples contain one of its needles",
          "[literals][property]") {
    const auto rules = bersih::RuleSet::builtin();
    for (const auto& rule : rules.rules) {
        for (const auto& example : rule.must_match) {
            INFO(rule.id << ": " << example);
            CHECK(some_needle_in(rule.needles, example));
        }
    }
}
