// The matcher (src/match/) only names candidates; Boost.Regex decides. A line Boost matches that
// the matcher's scan did not name would change the output, so: for every built-in rule and
// outlet signature, on its examples, on mutations of them and on the corpus lines (when
// ../shared is there), every line Boost.Regex alone matches is a candidate. The lines are scanned
// together as one record, as the stages scan them.
#include "bersih/rules.hpp"
#include "match/active_rules.hpp"
#include "match/database.hpp"
#include "match/hyperscan_form.hpp"
#include "match/matcher.hpp"
#include "mutations.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

using bersih::Document;
using bersih::Line;
using bersih::Rule;
using bersih::RuleSet;

// A record of `texts` as lines (a line never holds a line break: those become spaces).
Document record_of(const std::vector<std::string>& texts) {
    Document doc;
    for (auto text : texts) {
        std::replace(text.begin(), text.end(), '\n', ' ');
        Line line;
        line.number = doc.lines.size() + 1;
        line.text = std::move(text);
        doc.lines.push_back(std::move(line));
    }
    return doc;
}

bool boost_finds(const boost::regex& pattern, const std::string& text) {
    try {
        return boost::regex_search(text, pattern);
    } catch (const std::runtime_error&) {
        return false; // the complexity limit: the rule engine treats it as no match
    }
}

std::vector<std::string> corpus_lines(std::size_t every) {
    std::vector<std::string> lines;
    const std::filesystem::path raw = std::filesystem::path(BERSIH_SHARED_DIR) / "corpus" / "raw";
    if (!std::filesystem::is_directory(raw)) {
        return lines;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(raw)) {
        if (entry.is_regular_file()) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    for (std::size_t f = 0; f < files.size(); f += every) {
        std::ifstream in(files[f], std::ios::binary);
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            if (!line.empty()) {
                lines.push_back(line);
            }
        }
    }
    return lines;
}

// Every rule Boost matches on a line of `texts` is a candidate there; returns the matches seen.
std::size_t check_rules(const RuleSet& rules, const bersih::match::Matcher& matcher,
                        const std::vector<std::string>& texts) {
    std::vector<const Rule*> all;
    for (const auto& rule : rules.rules) {
        all.push_back(&rule);
    }
    const bersih::match::ActiveRules active(rules.rules, all);
    const Document doc = record_of(texts);
    // One scan per group, as the stages scan: a rule is looked for in its group's database.
    std::vector<bersih::match::RecordScan> scans;
    for (const auto group : {bersih::match::RuleGroup::extract, bersih::match::RuleGroup::lines,
                             bersih::match::RuleGroup::truncate}) {
        scans.emplace_back(matcher, active, doc, group);
    }
    std::size_t matches = 0;
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        for (const auto& rule : rules.rules) {
            if (!doc.lines[i].blank() && boost_finds(rule.pattern.regex(), doc.lines[i].text)) {
                ++matches;
                INFO("rule " << rule.id << " line \"" << doc.lines[i].text << "\" embedded "
                             << matcher.uses_embedded_rules());
                auto& scan = scans[static_cast<std::size_t>(bersih::match::group_of(rule))];
                CHECK(scan.may_match(i, rule));
            }
        }
    }
    return matches;
}

} // namespace

TEST_CASE("matcher: every built-in rule's Boost matches are candidates, on its examples and "
          "their mutations",
          "[match][property]") {
    const RuleSet rules = RuleSet::builtin();
    const bersih::match::Matcher matcher(rules);
    CHECK(matcher.uses_embedded_rules());
    const auto pool = bersih::test::all_examples(rules);
    std::mt19937 rng(13);
    std::vector<std::string> texts;
    for (const auto& rule : rules.rules) {
        for (const auto* examples : {&rule.must_match, &rule.must_not_match}) {
            for (const auto& example : *examples) {
                const auto variants = bersih::test::mutations(example, pool, rng);
                texts.insert(texts.end(), variants.begin(), variants.end());
            }
        }
    }
    // The same rules in the form user rules are compiled in at start-up: a set that does not
    // start with the built-in packs does not use the embedded database.
    RuleSet shifted;
    shifted.add(bersih::RuleSource{"first.toml", "[[rule]]\nid = \"first\"\ncategory = \"ad\"\n"
                                                 "kind = \"drop-line\"\npattern = '^zzz$'\n"});
    shifted.rules.insert(shifted.rules.end(), rules.rules.begin(), rules.rules.end());
    const bersih::match::Matcher compiled(shifted);
    CHECK_FALSE(compiled.uses_embedded_rules());
    // Scanned in records of 40 lines: attribution of matches to lines is part of what is tested.
    std::size_t matches = 0;
    for (std::size_t from = 0; from < texts.size(); from += 40) {
        const auto to = std::min(texts.size(), from + 40);
        const std::vector<std::string> record(texts.begin() + static_cast<std::ptrdiff_t>(from),
                                              texts.begin() + static_cast<std::ptrdiff_t>(to));
        matches += check_rules(rules, matcher, record);
        check_rules(shifted, compiled, record);
    }
    CHECK(matches > rules.rules.size()); // every rule has examples it matches
}

TEST_CASE("matcher: every built-in rule's Boost matches on corpus lines are candidates",
          "[match][property]") {
    const auto lines = corpus_lines(4);
    if (lines.empty()) {
        SUCCEED("no ../shared/corpus here");
        return;
    }
    const RuleSet rules = RuleSet::builtin();
    const bersih::match::Matcher matcher(rules);
    // And in the form of user rules (record_lines, literals): see the test above.
    RuleSet shifted;
    shifted.add(bersih::RuleSource{"first.toml", "[[rule]]\nid = \"first\"\ncategory = \"ad\"\n"
                                                 "kind = \"drop-line\"\npattern = '^zzz$'\n"});
    shifted.rules.insert(shifted.rules.end(), rules.rules.begin(), rules.rules.end());
    const bersih::match::Matcher compiled(shifted);
    for (std::size_t from = 0; from < lines.size(); from += 60) {
        const auto to = std::min(lines.size(), from + 60);
        const std::vector<std::string> record(lines.begin() + static_cast<std::ptrdiff_t>(from),
                                              lines.begin() + static_cast<std::ptrdiff_t>(to));
        check_rules(rules, matcher, record);
        check_rules(shifted, compiled, record);
    }
}

TEST_CASE("matcher: outlet signatures that Boost finds in a text are candidates",
          "[match][property]") {
    const RuleSet rules = RuleSet::builtin();
    const bersih::match::Matcher matcher(rules);
    auto texts = bersih::test::all_examples(rules);
    const auto corpus = corpus_lines(8);
    texts.insert(texts.end(), corpus.begin(), corpus.end());
    texts.push_back("Jakarta, CNN Indonesia --\nBaris kedua"); // outlet detection's edges join
    bersih::match::Bits maybe;
    std::size_t found = 0;
    for (const auto& text : texts) {
        matcher.signature_candidates(text, maybe);
        std::size_t s = 0;
        for (const auto& outlet : rules.outlets) {
            for (const auto& signature : outlet.signatures) {
                if (boost_finds(signature.regex(), text)) {
                    ++found;
                    INFO("outlet " << outlet.id << " signature " << s << " text \"" << text
                                   << "\"");
                    CHECK(bersih::match::has_bit(maybe, s));
                }
                ++s;
            }
        }
    }
    CHECK(found > 0);
}

// Normalised lines hold no '\n', but Boost's '.' matches one where a line does, and neither the
// built-in database (ScanKind::lines) nor user rules (record_lines) let '.' match it: such a line
// makes every rule a candidate.
TEST_CASE("matcher: a line holding a line break makes every rule a candidate", "[match]") {
    RuleSet rules;
    rules.add(bersih::RuleSource{"own.toml", R"(
[[rule]]
id = "own.dot"
category = "cta"
kind = "drop-line"
pattern = 'promo.hari'
)"});
    const bersih::match::Matcher matcher(rules);
    const bersih::match::ActiveRules active(rules.rules, {&rules.rules[0]});
    Document doc;
    for (const std::string text : {"promo\nhari", "promo pekan"}) {
        Line line;
        line.number = doc.lines.size() + 1;
        line.text = text;
        doc.lines.push_back(line);
    }
    REQUIRE(boost_finds(rules.rules[0].pattern.regex(), doc.lines[0].text));
    bersih::match::RecordScan scan(matcher, active, doc, bersih::match::RuleGroup::lines);
    CHECK(scan.may_match(0, rules.rules[0]));
    CHECK_FALSE(scan.may_match(1, rules.rules[0]));
}

TEST_CASE("matcher: user rules compile at start-up beside the embedded database", "[match]") {
    RuleSet rules = RuleSet::builtin();
    rules.add(bersih::RuleSource{"user.toml", R"(
[[rule]]
id = "user.promo"
category = "cta"
kind = "drop-line"
pattern = '^Promo (?<what>\w+) hari ini$'
[[rule]]
id = "user.after-dot"
category = "cta"
kind = "cut-span"
pattern = '(?<=\.)\s*\(promo\)'
)"});
    const bersih::match::Matcher with_user(rules);
    CHECK(with_user.uses_embedded_rules());
    check_rules(rules, with_user, {"Promo sepatu hari ini", "Harga naik. (promo)", "Promo"});

    // A set that is not the built-in packs is compiled whole, and still misses nothing.
    RuleSet own;
    own.add(bersih::RuleSource{"own.toml", R"(
[[rule]]
id = "own.a"
category = "cta"
kind = "drop-line"
pattern = '^(?i)iklan$'
[[rule]]
id = "own.empty"
category = "cta"
kind = "drop-line"
pattern = 'x*'
)"});
    const bersih::match::Matcher alone(own);
    CHECK_FALSE(alone.uses_embedded_rules());
    CHECK(alone.always_candidate_rules() == 1); // x* matches an empty text: every line
    CHECK(check_rules(own, alone, {"IKLAN", "bukan iklan", "y"}) == 4);
}

TEST_CASE("hyperscan_form: a match of one line holds no line break", "[match]") {
    const auto one_line = [](const std::string& p) {
        return bersih::match::hyperscan_form(p, false, true);
    };
    CHECK(one_line(R"((?<=[.!?])\s+Simak)") == R"((?:[.!?])[^\S\n]+Simak)");
    CHECK(one_line(R"(^([^()]+)\W\D[^\n]\S\w\d)") == R"(^([^()\n]+)[^\w\n][^\d\n][^\n\n]\S\w\d)");
    CHECK(one_line(R"([\s,]+[^]a]x[^)") == R"([\s,]+[^]a\n]x[^)"); // a class that does not close
    CHECK(one_line(R"(\Q\s\E)") == R"(\Q\s\E)");
    CHECK(bersih::match::hyperscan_form(R"(\s[^a])", false) == R"(\s[^a])"); // signatures
    CHECK(bersih::match::hyperscan_form(R"(^\s+x)", true, true) == R"(\n[^\S\n]+x)");
}

TEST_CASE("matcher: a line's match does not start in the line before", "[match]") {
    // No literal of 6 bytes: the rule is scanned in its regex form; nor one of 4
    // (literal_start.hpp): the form is scanned whole.
    RuleSet rules;
    rules.add(bersih::RuleSource{"one.toml", "[[rule]]\nid = \"one\"\ncategory = \"ad\"\n"
                                             "kind = \"drop-line\"\n"
                                             "pattern = '(?<=[.!?])\\s+Sim\\s+[Vv]id'\n"});
    const bersih::match::Matcher matcher(rules);
    const bersih::match::ActiveRules active(rules.rules, {&rules.rules[0]});
    Document doc;
    for (const std::string text :
         {"Harga naik lagi.", "Sim Vid 'Harga Naik'", "Ia pergi. Sim vid"}) {
        Line line;
        line.number = doc.lines.size() + 1;
        line.text = text;
        doc.lines.push_back(line);
    }
    bersih::match::RecordScan scan(matcher, active, doc, bersih::match::RuleGroup::lines);
    CHECK_FALSE(scan.may_match(1, rules.rules[0])); // the sentence end is the line before's
    CHECK(scan.may_match(2, rules.rules[0]));
}

TEST_CASE("compile_patterns: a word list ended by a separator or the line end is scanned for",
          "[match]") {
    // A repeat of words each followed by separators or by the line's end: the end anchor inside
    // the repeat made Hyperscan reject the pattern, which was then a candidate on every line.
    const std::vector<bersih::match::PatternSpec> patterns{
        {R"(^(?=(?:\S+ ){2,5}\S+$)(?:(?:[A-Z]\S*|di|ke)(?:[ ,]+|$))+$)", false},
        {R"((?:Foto|Dok)(?:\s*:|$)\s*\S)", false}};
    for (const auto kind : {bersih::match::ScanKind::lines, bersih::match::ScanKind::multiline}) {
        const auto compiled = bersih::match::compile_patterns(patterns, nullptr, kind);
        CHECK(compiled.always.empty());
        CHECK(compiled.database != nullptr);
    }
}

TEST_CASE("hyperscan_form: only widens what Hyperscan cannot take", "[match]") {
    const auto hyperscan_form = [](const std::string& p) {
        return bersih::match::hyperscan_form(p, false);
    };
    const std::optional<std::string> no_form;
    CHECK(hyperscan_form(R"(^(?<city>[A-Z]+) -)") == R"(^([A-Z]+) -)");
    CHECK(hyperscan_form(R"((?P<a>x)(?'b'y))") == R"((x)(y))");
    CHECK(hyperscan_form(R"((?<=[.!?])\s*\(x\))") == R"((?:[.!?])\s*\(x\))");
    CHECK(hyperscan_form(R"(a(?<=a)b)") == R"(a(?<=a)b)"); // left to prefilter mode
    CHECK(hyperscan_form(R"(^(?!Baca)[A-Z].{60,600}$)") == R"(^[A-Z].*$)");
    CHECK(hyperscan_form(R"(x(?=\s*$))") == R"(x(?:\s*$))");
    CHECK(hyperscan_form(R"(x(?=y)z)") == R"(x(?=y)z)");
    // An end anchor with more of the pattern after it goes (Hyperscan takes none); one that
    // ends the pattern, in any branch, stays.
    CHECK(hyperscan_form(R"(^(?:A\S*(?:[ ,]+|$))+$)") == R"(^(?:A\S*(?:[ ,]+|))+$)");
    CHECK(hyperscan_form(R"((?:a$|b)c)") == R"((?:a|b)c)");
    CHECK(hyperscan_form(R"(a\z(?:b))") == R"(a(?:b))");
    CHECK(hyperscan_form(R"(a$|(?:b|c$))") == R"(a$|(?:b|c$))");
    CHECK(hyperscan_form(R"(x(?:\s|$))") == R"(x(?:\s|$))");
    CHECK(hyperscan_form(R"(x(?:[|)]|$)+)") == R"(x(?:[|)]|)+)");
    CHECK(hyperscan_form(R"((?<!a)x(?!b))") == R"(x)");
    CHECK(hyperscan_form(R"(^(?!a)b(?=c)?)") == R"(^b(?=c)?)"); // a quantified one stays
    CHECK(hyperscan_form(R"(a{2,5}b{3}c{0,40})") == R"(a{2,}b{3}c*)");
    CHECK(hyperscan_form(R"(a{0,4}b{1,3}c{2,}d{25})") == R"(a*b+c{2,}d*)");
    CHECK(hyperscan_form(R"([{0,40}]\{0,40\})") == R"([{0,40}]\{0,40\})");
    CHECK(hyperscan_form(R"((?>a+)b*+c?+\K\Ad\z)") == R"((?:a+)b*c?^d$)");
    CHECK(hyperscan_form(R"(\{(?:[^{}]|(?1))*\})") == R"(\{(?:[^{}]|[\s\S]*)*\})");
    CHECK(hyperscan_form(R"((?i)\<kata\>)") == R"((?i)\bkata\b)");
    CHECK(hyperscan_form(R"(\Q(?<n>\E)") == R"(\Q(?<n>\E)");
    // Braces that Boost may read as a repeat in a form of its own ("{0, 0}", "{0,+0}") or as
    // text ("{,2}") give no form: the pattern is a candidate everywhere (found by fuzz_matcher).
    CHECK(hyperscan_form(R"(a{2, 5}b{0, 0})") == no_form);
    CHECK(hyperscan_form(R"(b{0,+0})") == no_form);
    CHECK(hyperscan_form(R"(a{,2})") == no_form);
    // A comment ends at its first ')' and matches nothing; a quantified one gives no form.
    CHECK(hyperscan_form(R"((?#=[%!|c)ab$)") == R"(ab$)");
    CHECK(hyperscan_form(R"((x(?#[)y))") == R"((xy))");
    CHECK(hyperscan_form(R"(a(?#c)*b)") == no_form);
    CHECK(hyperscan_form("a{2\t,5}b") == no_form); // Boost skips any white space there
    CHECK(hyperscan_form("a{\n1}b") == no_form);
    CHECK(hyperscan_form(R"(\{0, 0\}[{}])") == R"(\{0, 0\}[{}])"); // escaped braces are text
    // Hyperscan reads a pattern up to its first NUL byte: a pattern holding one has no form.
    CHECK(hyperscan_form(std::string("a\0b", 3)) == no_form);
    CHECK(hyperscan_form("a") != no_form);
}

TEST_CASE("hyperscan_form: a record's anchors are the line separators", "[match]") {
    const auto lines = [](const std::string& p) { return bersih::match::hyperscan_form(p, true); };
    CHECK(lines(R"(^Baca juga$)") == R"(\nBaca juga\n)");
    CHECK(lines(R"((?:^|(?<=[.!?]))\s*\(x\)(?:$|y))") == R"((?:\n|(?:[.!?]))\s*\(x\)(?:|y))");
    CHECK(lines(R"(a$|^b)") == R"(a|\nb)");          // an anchor mid-pattern goes
    CHECK(lines(R"(x(?=\s*$))") == R"(x(?:\s*\n))"); // a final lookahead consumes to the end
    CHECK(lines(R"(\Ax\z)") == R"(\nx\n)");
    CHECK(lines(R"(^^^x)") == R"(\nx)");           // one anchor, however often it is written
    CHECK(lines(R"(a(?<=a)b(?=c)d)") == R"(abd)"); // positive lookarounds go too
}

TEST_CASE("required_literal: the longest run of literal text at the pattern's top level",
          "[match]") {
    const auto literal = [](const std::string& p, bool icase = false) {
        return bersih::match::required_literal(p, icase);
    };
    const std::optional<std::string> none;
    CHECK(literal(R"(^Baca juga berita lain\.?$)") == "\nBaca juga berita lain");
    CHECK(literal(R"(^Ikuti kami di kanal$)") == "\nIkuti kami di kanal\n");
    CHECK(literal(R"(\s*Klik (?:di )?sini untuk\s*$)") == "sini untuk");
    CHECK(literal(R"((?<=[.!?])\s+Simak videonya\b.*$)") == "Simak videonya");
    CHECK(literal(R"(^(?<kota>[A-Z]+), Harian Contoh -)") == ", Harian Contoh -");
    CHECK(literal(R"(Harga\: Rp\.\ murah)") == "Harga: Rp. murah"); // escaped punctuation
    CHECK(literal(R"(^a?bcdefgh)") == "bcdefgh");    // an optional atom ends the run before it
    CHECK(literal(R"(^Promosix+y)") == "\nPromosi"); // so does a repeated one
    CHECK(literal(R"(iklan \<hari\> ini juga)") == " ini juga"); // \< and \> are anchors
    CHECK(literal(R"([Pp]romo spesial [0-9]+)") == "romo spesial ");
    CHECK(literal(R"(Berita pilihan$x)") == "Berita pilihan"); // a '$' mid-pattern: no separator
    // Under icase, bytes of UTF-8 characters end a run (Boost's folding of them is the locale's).
    CHECK(literal("kabar caf\xc3\xa9 terbaru", true) == "kabar caf");
    CHECK(literal("kabar caf\xc3\xa9 terbaru", false) == "kabar caf\xc3\xa9 terbaru");
    // Nothing: too short, alternatives at the top, inline flags, verbs, escapes it does not read.
    CHECK(literal(R"(^Foto)") == none);
    CHECK(literal(R"(Baca juga|Simak juga)") == none);
    CHECK(literal(R"((?i)baca juga sekarang)") == none);
    CHECK(literal(R"((?-i)baca juga sekarang)") == none);
    CHECK(literal(R"(baca juga sekarang(*ACCEPT)lalu)") == none);
    CHECK(literal(R"(\Qbaca juga\E sekarang)") == none);
    CHECK(literal(R"(baca juga sekarang \x41)") == none);
    CHECK(literal(R"((baca) \1 juga sekarang)") == none);
    CHECK(literal(R"(baca juga a{0, 2} sekarang)") == none);
    CHECK(literal(R"(baca juga {sekarang})") == none);
}

TEST_CASE("required_literal: every line Boost matches holds the literal", "[match][property]") {
    const RuleSet rules = RuleSet::builtin();
    const auto pool = bersih::test::all_examples(rules);
    std::mt19937 rng(29);
    std::size_t literals = 0;
    std::size_t matches = 0;
    for (const auto& rule : rules.rules) {
        const bool icase = (rule.pattern.flags() & boost::regex::icase) != 0;
        const auto literal = bersih::match::required_literal(rule.pattern_text, icase);
        if (!literal) {
            continue;
        }
        ++literals;
        const auto fold = [icase](std::string text) {
            if (icase) {
                for (auto& c : text) {
                    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                }
            }
            return text;
        };
        for (const auto& example : rule.must_match) {
            for (auto line : bersih::test::mutations(example, pool, rng)) {
                std::replace(line.begin(), line.end(), '\n', ' ');
                // Boost's ^ and $ match at '\r' and '\f' too: RecordScan makes every rule a
                // candidate of a line holding one (tested above).
                if (line.find_first_of("\r\f") == std::string::npos &&
                    boost_finds(rule.pattern.regex(), line)) {
                    ++matches;
                    INFO("rule " << rule.id << " line \"" << line << "\"");
                    CHECK(fold("\n" + line + "\n").find(fold(*literal)) != std::string::npos);
                }
            }
        }
    }
    CHECK(literals > 50); // most built-in rules name some text
    CHECK(matches > literals);
}
