// Inline related-article links in flattened and glued text: "... kata dia. Baca Juga: <headline>
// Selain itu ...", "...rupiah.Lihat Juga :<headline>Akibatnya ...", Bisnis' "Baca Juga<h1><h2>"
// box and CNN's "Pilihan Redaksi<h1><h2><h3>" box. A regex finds the marker but cannot say where
// the linked headline ends and the article resumes, so this stage guesses that from the text:
//  - glued text: the headline ends at a join, a lowercase letter (or '?', '!', '.', a closing
//    quote, an acronym) followed with no space by an uppercase letter or an opening quote
//    ("...Usai 'Ikut' PrabowoAkibatnya, hampir ...");
//  - spaced text: the headline ends before the first word that opens a sentence: an opening quote,
//    a list number "1.", a common sentence opener ("Namun", "Sebelumnya"), a capitalised word after
//    a '?', '!' or a date "(13/8)", or, in a Title Case headline, the capitalised subject right
//    before the first lowercase content word ("... Seperti Semula Salah satunya, platform ...").
// A line-initial "Baca juga:" on a short line is left to the line rules (generic.toml).
#include "bersih/lexicon.hpp"
#include "bersih/normalize.hpp"
#include "filters/ascii.hpp"
#include "filters/context.hpp"
#include "match/literal_gate.hpp"
#include "match/regex.hpp"

#include <boost/regex.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace bersih::filters {
namespace {

constexpr std::size_t kMaxHeadlineWords = 30;
constexpr std::size_t kMaxHeadlineBytes = 260;
constexpr std::size_t kMinHeadlineWords = 3;
constexpr std::size_t kLeadWords = 6; // where a headline's case shows
constexpr std::size_t kMaxBoxHeadlines = 3;
constexpr std::size_t kMaxListedHeadlines = 4;     // "Baca Juga:<h1><h2><h3><h4>"
constexpr std::size_t kMinListedHeadlineWords = 4; // a shorter segment is a section heading
constexpr std::size_t kOpeningWords = 8;           // where a paragraph names what it is about
constexpr std::size_t kMaxHeadingWords =
    8; // a section heading glued between a link and its paragraph

struct Word {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Word classes of rules/lexicon.toml. The helpers below run deep inside the stage, so they read
// the process's lexicon directly: the same object the Context holds.
const WordClass& lexicon_words(std::string_view id) { return Lexicon::builtin().words(id); }

bool opens_quote(const std::string& s, std::size_t p) {
    return p < s.size() && (s[p] == '"' || s.compare(p, 3, "\xE2\x80\x9C") == 0);
}

// Function words that a Title Case Indonesian headline keeps in lowercase and never ends with.
bool function_word(std::string_view w) {
    static const WordClass& words = lexicon_words("headline-function-words");
    return words.contains(w);
}

// Capitalised words that usually open an Indonesian news sentence rather than sit in a headline.
bool sentence_opener(std::string_view w) {
    std::string_view bare = w;
    while (!bare.empty() && (bare.back() == ',' || bare.back() == ':')) {
        bare.remove_suffix(1);
    }
    static const WordClass& words = lexicon_words("sentence-openers");
    return words.contains(bare);
}

// Sentence openers that also head a phrase inside a Title Case headline ("... Setelah Ikuti ...").
bool headline_phrase_opener(std::string_view w) {
    static const WordClass& words = lexicon_words("headline-phrase-openers");
    return words.contains(w);
}

// Nouns of office and group that open news sentences as the head of their subject ("Direktur Air
// Minum ... mengatakan", "Tim SAR gabungan ..."), where a headline would more often put a name.
bool subject_head(std::string_view w) {
    static const WordClass& words = lexicon_words("office-titles");
    return words.contains(w);
}

// Class nouns that head a place's or a building's name: Indonesian puts them in front of the
// name ("Area Raudhah", "Kota Bekasi", "Masjid Nabawi"), never behind it.
bool place_head(std::string_view w) {
    static const WordClass& words = lexicon_words("place-class-nouns");
    return words.contains(w);
}

// Currency names: in market news a sentence opens with one and its country ("Poundsterling
// Inggris menguat 0,03 persen, dolar Australia ..."), where a headline would write "per Dolar AS".
bool currency_word(std::string_view w) {
    static const WordClass& words = lexicon_words("currency-names");
    return words.contains(w);
}

bool place_preposition(std::string_view w) {
    static const WordClass& words = lexicon_words("place-prepositions");
    return words.contains(w);
}

std::string_view view(const std::string& s, const Word& w) {
    return std::string_view(s).substr(w.begin, w.end - w.begin);
}

std::string_view bare_word(std::string_view w) {
    while (!w.empty() && std::string_view(",.:;!?\"'()").find(w.back()) != std::string_view::npos) {
        w.remove_suffix(1);
    }
    while (!w.empty() && std::string_view("\"'(").find(w.front()) != std::string_view::npos) {
        w.remove_prefix(1);
    }
    return w;
}

// Words that carry a headline on after its '?' or '!': "...? Begini Penjelasannya".
bool headline_tail(std::string_view w) {
    static const WordClass& words = lexicon_words("headline-tails");
    return words.contains(bare_word(w));
}

bool capitalised(std::string_view w) {
    return !w.empty() && (upper(w.front()) || digit(w.front()) ||
                          (w.size() > 1 && lower(w[0]) && upper(w[1]))); // iNews, eFishery
}

// An editor's initials in brackets, "(erh)" or "(abc/def)": the article's sign-off, not a word of
// the next sentence.
bool editor_code(std::string_view w) {
    return w.size() >= 4 && w.front() == '(' && w.back() == ')' &&
           std::all_of(w.begin() + 1, w.end() - 1, [](char c) { return lower(c) || c == '/'; });
}

bool lowercase_content(std::string_view w) {
    const auto b = bare_word(w);
    const bool ordinal = b.size() > 3 && b.substr(0, 3) == "ke-" && digit(b[3]); // "Gaji ke-13"
    return !b.empty() && lower(b.front()) && !(b.size() > 1 && upper(b[1])) && !function_word(b) &&
           !ordinal;
}

// Headline words that govern an office as their object or complement: "Ini Kata Menteri ...",
// "Jokowi Lantik Gubernur ...", "... Kecipratan Kursi Komisaris BUMN".
bool office_governor(std::string_view w) {
    static const WordClass& words = lexicon_words("office-governors");
    return words.contains(bare_word(w));
}

// Predicate words of a Title Case headline ("Menteri Pertanian Bakal Impor Beras"): an office
// followed by one heads the headline's clause, not the next sentence. So do "Me(n|m)..." verbs.
bool headline_predicate(std::string_view w) {
    const auto b = bare_word(w);
    const bool me_verb =
        b.size() >= 7 && b[0] == 'M' && b[1] == 'e' && (b[2] == 'n' || b[2] == 'm');
    static const WordClass& predicates = lexicon_words("headline-predicates");
    return me_verb || predicates.contains(b);
}

// A count in front of the noun it counts: "7 Hal", "12 Cara" ("3." is a list number instead).
bool count_word(std::string_view w) {
    return !w.empty() && w.size() <= 3 &&
           std::all_of(w.begin(), w.end(), [](char c) { return digit(c); });
}

// "Rp 16.100", "US$ 5": a currency sign written as a word before its amount.
bool currency_marker(std::string_view w) {
    static const WordClass& markers = lexicon_words("currency-markers");
    return markers.contains(w);
}

// "G." or "Rp." or "No." is no sentence end; "dunia." before a capital is.
bool sentence_end(std::string_view w) {
    if (w == "." || w == "!" || w == "?") {
        return true; // a stop the scraper spaced off its sentence: "... family office . Sebab"
    }
    if (w.size() < 2 || w.back() != '.') {
        return false;
    }
    const auto b = w.substr(0, w.size() - 1);
    static const WordClass& abbreviations = lexicon_words("abbreviations");
    return !(b.size() == 1 || abbreviations.contains(b));
}

// Camel-case names that are one word, not a headline glued to a sentence.
bool camel_brand(const std::string& s, std::size_t start, std::size_t p) {
    static const auto& brands = lexicon_words("camel-case-brands").words();
    const std::string_view word = std::string_view(s).substr(start);
    return std::any_of(brands.begin(), brands.end(), [&](std::string_view b) {
        return word.substr(0, b.size()) == b && start + b.size() > p;
    });
}

// "3. Kapital" or "12. Kapital" at p: a list number before a capitalised item.
bool list_number_at(const std::string& s, std::size_t p) {
    std::size_t q = p;
    while (q < s.size() && q < p + 2 && digit(s[q])) {
        ++q;
    }
    return q > p && q + 2 < s.size() && s[q] == '.' && s[q + 1] == ' ' && upper(s[q + 2]);
}

// Is there a join at p: no space on either side, and a new headline or sentence starts at p?
bool join_at(const std::string& s, std::size_t p) {
    if (p < 2 || p + 1 >= s.size() || s[p - 1] == ' ' || s[p] == ' ') {
        return false;
    }
    const char prev = s[p - 1];
    std::size_t start = p;
    while (start > 0 && s[start - 1] != ' ') {
        --start;
    }
    if (lower(prev) && p - start >= 3 && list_number_at(s, p)) {
        return true; // a numbered subheading glued to the headline: "...Tarik Mie3. Sektor Riil"
    }
    if (opens_quote(s, p)) {
        // An acronym closing the headline before a quoted sentence: "... di IKN"Berdasarkan ...".
        const bool after_acronym = s[p] == '"' && upper(prev) && upper(s[p - 2]) && upper(s[p + 1]);
        return lower(prev) || digit(prev) || prev == '.' || prev == '?' || prev == '!' ||
               prev == ')' || after_acronym;
    }
    if (!upper(s[p])) {
        return false;
    }
    if (lower(prev)) {
        // "IniMata", "PemimpinKemiskinan", "AnakPBoC"; not "iPhone" or "YouTube".
        if (camel_brand(s, start, p) || p - start < 3) {
            return false;
        }
        // "IniMata"; "KomisarisBUMN"; "Tahun IniPT Bank" (an acronym word after a short one,
        // not "BioNTech").
        const bool acronym_word =
            upper(s[p + 1]) && (p + 2 >= s.size() || s[p + 2] == ' ' || upper(s[p + 2]));
        return lower(s[p + 1]) || (p - start >= 4 && upper(s[p + 1])) ||
               (p - start == 3 && acronym_word);
    }
    if (upper(prev) && s[p - 2] == ' ' && p >= 3 && digit(s[p - 3]) && lower(s[p + 1])) {
        return true; // an amount's unit letter: "... Rp1,2 TNamun, ..."
    }
    if (!lower(s[p + 1])) {
        return false;
    }
    if (upper(prev)) {
        return upper(s[p - 2]); // "ASMata", "PLTURencana", "ANALISISAncaman"
    }
    if (prev == '\'' || prev == '"') {
        // A closing quote ("'Deadline'Raja"); not an opening one, nor "D'Masiv".
        return lower(s[p - 2]) || s[p - 2] == '?' || s[p - 2] == '!';
    }
    return digit(prev) || prev == '?' || prev == '!' || prev == ')' ||
           (prev == '.' && (lower(s[p - 2]) || digit(s[p - 2])));
}

// The first join in (from, limit), not counting the segment's first word: a topic label glued in
// front of a headline ("ANALISISAncaman") or a camel-case name opening it belongs to the headline.
std::size_t next_join(const std::string& s, std::size_t from, std::size_t limit) {
    std::size_t p = from;
    while (p < limit && s[p] != ' ') {
        ++p;
    }
    for (; p < limit; ++p) {
        if (join_at(s, p)) {
            return p;
        }
    }
    return std::string::npos;
}

std::vector<Word> words_from(const std::string& s, std::size_t from, std::size_t limit) {
    std::vector<Word> words;
    std::size_t p = from;
    while (p < limit && words.size() <= kMaxHeadlineWords) {
        while (p < limit && s[p] == ' ') {
            ++p;
        }
        if (p >= limit) {
            break;
        }
        Word w{p, p};
        while (w.end < limit && s[w.end] != ' ') {
            ++w.end;
        }
        words.push_back(w);
        p = w.end;
    }
    return words;
}

bool headline_like(const std::string& s, std::size_t from, std::size_t to) {
    while (to > from && s[to - 1] == ' ') {
        --to;
    }
    if (opens_quote(s, from) || to == from || s[to - 1] == '.') {
        return false; // a headline neither opens with a quote nor ends with a full stop
    }
    const auto words = words_from(s, from, to);
    if (words.empty() || words.size() > 24) {
        return false;
    }
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
        if (sentence_end(view(s, words[k])) && capitalised(view(s, words[k + 1]))) {
            return false;
        }
    }
    return true;
}

bool date_token(std::string_view w) {
    static const boost::regex date(R"(^\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)$)");
    return match::confirm_whole(date, std::string(w));
}

// Lowercase content words among words[1, limit): a Title Case headline has at most one, a
// sentence more.
std::size_t lowercase_after_first(const std::string& s, const std::vector<Word>& words,
                                  std::size_t limit) {
    std::size_t count = 0;
    for (std::size_t k = 1; k < std::min(words.size(), limit); ++k) {
        count += lowercase_content(view(s, words[k])) ? 1U : 0U;
    }
    return count;
}

// Spaced text: where does the headline starting at `from` end? Returns the end of its last word.
std::size_t spaced_end(const std::string& s, std::size_t from, std::size_t limit,
                       bool limit_is_join) {
    auto words = words_from(s, from, limit);
    const bool truncated = words.size() > kMaxHeadlineWords;
    if (truncated) {
        words.resize(kMaxHeadlineWords);
    }
    // The headline never runs past a sentence end, nor past a list item's dash or bullet after
    // its last mark ("... Pilih yang Mana? - Merek Tipe 5G ...").
    std::size_t n = words.size();
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
        const auto word = view(s, words[k]);
        const auto next = view(s, words[k + 1]);
        const bool closed = sentence_end(word) || word.back() == '?' || word.back() == '!';
        if ((sentence_end(word) && capitalised(next)) ||
            (closed && (next == "-" || next == "\xE2\x80\xA2"))) {
            n = k + 1;
            break;
        }
    }
    if (n <= kMinHeadlineWords) {
        return words.empty() ? from : words[n - 1].end;
    }
    const bool title_case = lowercase_after_first(s, words, std::min(n, kLeadWords)) < 2;
    // In a Title Case headline the first lowercase content word belongs to the next sentence.
    std::size_t first_lower = n;
    // Editor's initials closing the text ("... Diduga Korsleting (erh)") sign the article off.
    const bool signed_off = words.back().end == s.size() && editor_code(view(s, words.back()));
    if (title_case) {
        for (std::size_t k = 1; k < n - (signed_off && n == words.size() ? 1 : 0); ++k) {
            // "... di Rp 16.100 per dollar": the unit after "per" belongs to the headline.
            if (lowercase_content(view(s, words[k])) && bare_word(view(s, words[k - 1])) != "per") {
                first_lower = k;
                break;
            }
        }
    }
    // ... and its capitalised subject ends at the last capitalised word before it.
    std::size_t run_end = first_lower;
    while (
        run_end > 1 && run_end < n + 1 &&
        (!capitalised(view(s, words[run_end - 1])) || digit(view(s, words[run_end - 1]).front()))) {
        --run_end;
    }
    run_end = run_end == 0 ? 0 : run_end - 1;
    const std::string_view rest = std::string_view(s).substr(words[0].begin);
    // At a join the text after it opens a paragraph, and a section heading glued in front of
    // that paragraph ("...Keluarga Saya Kemiskinan dan Amanah PemimpinKemiskinan yang ...")
    // names what its first sentence is about: the sentence's subject, among its first words,
    // marks where the heading starts. A word recurring later in the paragraph says nothing: a
    // headline shares words with the article it links from.
    std::string opening_sentence;
    if (limit_is_join) {
        const auto opening = words_from(s, limit, std::min(s.size(), limit + 200));
        const std::size_t stop =
            opening.empty() ? limit : opening[std::min(opening.size(), kOpeningWords) - 1].end;
        opening_sentence.reserve(stop - limit + 2);
        opening_sentence.push_back(' ');
        opening_sentence.append(ascii_lower(std::string_view(s).substr(limit, stop - limit)));
        opening_sentence.push_back(' ');
    }
    int best_score = 0;
    std::size_t best = 0;
    for (std::size_t k = kMinHeadlineWords; k < n; ++k) {
        const auto prev = view(s, words[k - 1]);
        const auto next = view(s, words[k]);
        // Past the first lowercase word only a question or exclamation closed by a word that
        // opens sentences ends the headline: "... Mana yang Lebih Praktis? Selain itu, ...".
        const bool asked_then_opened = (prev.back() == '?' || prev.back() == '!') &&
                                       sentence_opener(next) && !headline_tail(next);
        if (k > first_lower && !asked_then_opened) {
            continue;
        }
        if (function_word(bare_word(prev)) || prev.back() == ',' || prev.back() == ':' ||
            prev.back() == '-') {
            continue;
        }
        if (currency_marker(bare_word(next))) {
            continue; // a currency inside the headline
        }
        if (count_word(prev) && k + 1 < n && !lowercase_content(view(s, words[k + 1]))) {
            // "Bagikan 7 Hal yang Bikin ...": the counted noun goes with its number; "... ke
            // Posisi 27 Inflasi jasa turun" opens a sentence after the number.
            continue;
        }
        const bool quote = opens_quote(s, words[k].begin);
        const bool list_item =
            next.size() >= 2 && next.size() <= 3 && digit(next[0]) && next.back() == '.';
        if (!quote && !list_item && !(capitalised(next) && !digit(next.front()))) {
            continue;
        }
        int score = 0;
        if (quote) {
            score += 6;
        }
        if (list_item) {
            score += next == "1." ? 9 : 7; // "1." opens a list; later numbers only continue it
        }
        // A Title Case headline uses the same words ("... Pati Setelah Ikuti Google Maps"), but
        // capitalises the word after them; a sentence puts a comma or a lowercase word there.
        // Only where the run ends at a join: without one, the capitalised subject of the next
        // sentence ("... Kelar Indeks Kospi Korea Selatan dibuka ...") has no sure start, and
        // the opener is the safer end.
        const bool opener_in_title = limit_is_join && title_case && k + 1 < n &&
                                     !next.ends_with(",") && headline_phrase_opener(next) &&
                                     capitalised(view(s, words[k + 1]));
        if (sentence_opener(next) && !opener_in_title) {
            score += 4;
        }
        if (date_token(prev)) {
            score += 3;
        }
        if (prev.back() == '?' || prev.back() == '!') {
            // "...dalam Islam? Begini Penjelasannya" goes on; "...Kenapa? Harga naik" does not.
            score += headline_tail(next) ? -3 : 3;
        }
        if (k + 1 < n &&
            (view(s, words[k + 1]) == "itu," || view(s, words[k + 1]) == "ini," ||
             (k + 2 < n && (view(s, words[k + 2]) == "itu," || view(s, words[k + 2]) == "ini,")))) {
            score += 4; // "Selain itu,", "Lebih dari itu," open a sentence
        }
        // Only a short Title Case run up to the join can be such a heading (not text that runs on
        // to a camel-case name such as "DarkTracer").
        const auto heading_like = [&] {
            if (n != words.size() || n - k > kMaxHeadingWords) {
                return false;
            }
            // A heading names a topic; a comma or a colon belongs to a headline's two clauses
            // ("..., Ini Kata X", "Calon Menteri X: Nama hingga Nama").
            for (std::size_t j = k; j < n; ++j) {
                const auto w = view(s, words[j]);
                if (lowercase_content(w) || w.back() == ',' || w.back() == ':') {
                    return false;
                }
            }
            return true;
        };
        if (!opening_sentence.empty() && bare_word(next).size() >= 5 && heading_like()) {
            // The paragraph's first word is glued to the heading's last, so it has no space before
            // it: the padding added above gives it one.
            std::string needle(1, ' ');
            needle.append(ascii_lower(bare_word(next)));
            needle.push_back(' ');
            if (opening_sentence.find(needle) != std::string::npos) {
                score += 3; // the heading's first word opens or recurs in the paragraph it heads
            }
        }
        if (bare_word(prev) == bare_word(next)) {
            score += 3; // "Hacker Bjorka Bjorka turut ..."
        }
        // Only after a lowercase headline: a Title Case one names offices itself ("..., Ini Kata
        // Menteri Keuangan").
        if (!title_case && (lowercase_content(prev) || digit(prev.front())) && !list_item &&
            subject_head(bare_word(next))) {
            score += 3;
        }
        if (title_case && first_lower < n && k <= run_end) {
            // The sentence's capitalised subject runs up to the first lowercase word; prefer the
            // longest such subject the article names elsewhere ("Poundsterling Inggris").
            const auto phrase =
                std::string_view(s).substr(words[k].begin, words[run_end].end - words[k].begin);
            const auto after = std::string_view(s).substr(words[n - 1].end);
            const auto no_predicate_up_to_run_end = [&] {
                return std::none_of(words.begin() + static_cast<std::ptrdiff_t>(k) + 1,
                                    words.begin() + static_cast<std::ptrdiff_t>(run_end) + 1,
                                    [&](const Word& w) { return headline_predicate(view(s, w)); });
            };
            // The office that opens the sentence's subject: "... Siang Ini Ketua Fed Jerome
            // Powell, dalam ...", "... Melemah Gubernur Bank of England, Andrew Bailey, ...".
            const bool office_subject = k < run_end && run_end - k < kMaxHeadingWords &&
                                        subject_head(bare_word(next)) && !office_governor(prev) &&
                                        capitalised(view(s, words[k + 1]));
            // "... Ibadah Wukuf di Arafah Area Raudhah diyakini ...": "di Arafah" is a whole
            // place phrase, and a class noun after it opens a new name, the sentence's subject.
            const bool place_subject = k < run_end && k >= 2 && place_head(bare_word(next)) &&
                                       place_preposition(view(s, words[k - 2])) &&
                                       capitalised(prev) && !digit(prev.front()) &&
                                       prev.back() != ',';
            // "... Bertemu Elon Musk Poundsterling Inggris menguat 0,03 persen, ...": a currency
            // and its country as the subject of a lowercase market verb.
            const bool currency_subject = k + 1 == run_end && currency_word(bare_word(next)) &&
                                          !function_word(bare_word(prev));
            const bool named_elsewhere =
                after.find(phrase) != std::string_view::npos ||
                std::string_view(s).substr(0, from).find(phrase) != std::string_view::npos;
            if ((office_subject || place_subject) && no_predicate_up_to_run_end()) {
                score += 4;
            } else if (k == run_end) {
                score += 2;
            } else if (currency_subject || named_elsewhere) {
                score += 3;
            }
        }
        if (!title_case && !quote && !list_item &&
            (lowercase_content(prev) || digit(prev.front()))) {
            // A common word capitalised after a lowercase one opens a sentence; a name does not.
            std::string lowered(bare_word(next));
            lowered = ascii_lower(lowered);
            score += !lowered.empty() && rest.find(" " + lowered + " ") != std::string_view::npos
                         ? 3
                         : 1;
        }
        if (score > best_score) {
            best_score = score;
            best = k;
        }
    }
    if (best > 0) {
        return words[best - 1].end;
    }
    if (limit_is_join && n == words.size() && !truncated) {
        return limit; // nothing better: the headline runs to the join
    }
    if (!truncated && n == words.size() && limit == s.size() && headline_like(s, from, limit)) {
        return limit; // the link closes the line
    }
    return words[std::min(n, first_lower) - 1].end;
}

// Two or more lowercase content words among the first six: a sentence, not a Title Case headline
// ("Sehubungan dengan data tersebut, ..." against "Harga Emas Naik Lagi Hari Ini").
bool sentence_case_lead(const std::string& s, std::size_t from, std::size_t to) {
    return lowercase_after_first(s, words_from(s, from, to), kLeadWords) >= 2;
}

// At most one lowercase content word in the whole segment: a Title Case headline, not a sentence
// that runs on to a camel-case name ("Tenaga medis dari RSUD ... untuk Kaukus#KaukusPemuda").
bool title_case_run(const std::string& s, std::size_t from, std::size_t to) {
    const auto words = words_from(s, from, to);
    return lowercase_after_first(s, words, words.size()) < 2;
}

bool opens_sentence(const std::string& s, std::size_t from, std::size_t to) {
    const auto words = words_from(s, from, to);
    // A Title Case headline may open with the same word ("Tak Hanya ...", "Jadi Tersangka ..."),
    // but capitalises the next one and puts no comma after it ("Namun, Kepala ...").
    const std::string_view first = view(s, words.front());
    const bool opener_then_lower = words.size() > 1 && sentence_opener(first) &&
                                   (first.ends_with(",") || lower(view(s, words[1]).front()));
    return opener_then_lower || sentence_case_lead(s, from, to);
}

// Is the segment [from, join) a section heading of the paragraph glued after it? A paragraph,
// not another headline, follows, and among its first words it names the heading's own first
// word, its topic ("Syarat PenjaminanAda sejumlah syarat yang ..."). Related links share other
// words with the article, so those say nothing.
bool heads_next_paragraph(const std::string& s, std::size_t from, std::size_t join) {
    if (join == std::string::npos) {
        return false;
    }
    const std::size_t after = next_join(s, join, std::min(s.size(), join + kMaxHeadlineBytes));
    if (headline_like(s, join, after == std::string::npos ? s.size() : after)) {
        return false;
    }
    const auto heading = words_from(s, from, join);
    const auto opening = words_from(s, join, std::min(s.size(), join + 200));
    if (heading.empty()) {
        return false;
    }
    const auto topic = ascii_lower(bare_word(view(s, heading.front())));
    const auto named = [&](const Word& o) { return ascii_lower(bare_word(view(s, o))) == topic; };
    return topic.size() >= 4 &&
           std::any_of(opening.begin(),
                       opening.begin() +
                           static_cast<std::ptrdiff_t>(std::min(opening.size(), kOpeningWords)),
                       named);
}

// A list item's dash or bullet standing as a word at p: "- Headline".
bool list_item_at(const std::string& s, std::size_t p) {
    if (p == std::string::npos || p >= s.size()) {
        return false;
    }
    const std::string_view rest = std::string_view(s).substr(p);
    return rest.substr(0, 2) == "- " || rest.substr(0, 4) == "\xE2\x80\xA2 ";
}

// Where the related piece that starts at `from` (just after the marker) ends.
std::size_t related_end(const std::string& s, std::size_t from, bool glued, bool colon,
                        std::size_t max_headlines) {
    const std::size_t limit = std::min(s.size(), from + kMaxHeadlineBytes * max_headlines);
    if (!glued) {
        // "Baca Juga: - <headline>! - <headline> <article>": links listed with dashes or bullets
        // go one after another; each ends as a single link would.
        std::size_t start = from;
        std::size_t end = from;
        for (std::size_t item = 0; item < kMaxListedHeadlines; ++item) {
            const std::size_t join =
                next_join(s, start, std::min(s.size(), start + kMaxHeadlineBytes));
            const bool at_join = join != std::string::npos;
            end = spaced_end(
                s, start, at_join ? join : std::min(s.size(), start + kMaxHeadlineBytes), at_join);
            if (!list_item_at(s, from) || !list_item_at(s, s.find_first_not_of(' ', end))) {
                break;
            }
            start = s.find_first_not_of(' ', end);
        }
        return end;
    }
    std::size_t pos = from;
    std::size_t end = from;
    std::size_t headlines = 0;
    while (headlines < max_headlines && pos < s.size()) {
        const bool hover = s.compare(pos, 19, "Artikel ini telah t") == 0;
        const std::size_t join = next_join(s, pos, limit);
        const std::size_t seg_end = join == std::string::npos ? s.size() : join;
        // Bisnis hover text "  Artikel ini telah t..." hangs on a headline: not a headline itself.
        std::size_t text_end = seg_end;
        if (const auto h = s.find(" Artikel ini telah t", pos);
            h != std::string::npos && h < seg_end) {
            text_end = h;
        }
        // Right after the marker, a segment that opens like a sentence ("Sementara itu ...",
        // "Adapun mitra resmi yang ...") is the article again, however its words are joined.
        // A quotation straight after a glued marker ('Baca Juga"Kalau Sabtu ...," ucapnya.') is
        // the article's: the scraper dropped the linked headline.
        if (!hover && headlines == 0 && (opens_quote(s, pos) || opens_sentence(s, pos, text_end))) {
            return pos;
        }
        // A Title Case lead that turns into a sentence before the join ("57 HP Kebagian HyperOS
        // 3 Perusahaan meminta penggunanya ... mengunduhfirmwareHyperOS"): the headline ends
        // where the sentence starts, not at the join.
        if (!hover && headlines == 0 && headline_like(s, pos, text_end) &&
            !sentence_case_lead(s, pos, text_end) && !title_case_run(s, pos, text_end)) {
            return spaced_end(s, pos, text_end, join != std::string::npos);
        }
        if (!hover && !headline_like(s, pos, text_end)) {
            if (headlines == 0) {
                // A glued marker straight before a sentence-case sentence: the scraper dropped
                // the linked headline ("...jelasnya.Baca JugaSehubungan dengan data tersebut,
                // ..."), so only the marker goes and the sentence stays whole.
                return sentence_case_lead(s, pos, text_end) ? pos
                                                            : spaced_end(s, pos, text_end, false);
            }
            break;
        }
        // Under a marker with a colon a short segment, a numbered one or one that names what the
        // next paragraph is about is a section heading glued in front of that paragraph.
        if (!hover && headlines > 0 && colon &&
            (list_number_at(s, pos) || !title_case_run(s, pos, text_end) ||
             words_from(s, pos, text_end).size() < kMinListedHeadlineWords ||
             heads_next_paragraph(s, pos, join))) {
            break;
        }
        end = seg_end;
        pos = seg_end;
        if (!hover) {
            ++headlines;
        }
        if (join == std::string::npos) {
            break;
        }
    }
    return end;
}

// The marker is words inside a quotation rather than a link: an opening quote right before it,
// or a lowercase word after it ("Baca juga: jangan mudah percaya ...," tulis X), since a linked
// headline opens with a capital ("iPhone" and the like aside).
bool quoted_words(const std::string& s, std::size_t begin, std::size_t head) {
    // A straight quote opens only at the start or after a space: "...tutupnya."Baca Juga:X" closes.
    const bool straight = begin > 0 && (s[begin - 1] == '"' || s[begin - 1] == '\'') &&
                          (begin == 1 || s[begin - 2] == ' ');
    const bool after_quote =
        straight || (begin >= 3 && s.compare(begin - 3, 3, "\xE2\x80\x9C") == 0);
    const bool lowercase_next = head + 1 < s.size() && lower(s[head]) && !upper(s[head + 1]);
    return after_quote || lowercase_next;
}

// A marker opened by a bracket, "(Baca juga: <headline>)": where the bracket closes (nested
// brackets of the headline skipped), or npos when none closes within a headline's length.
std::size_t closing_bracket(const std::string& s, std::size_t begin, std::size_t head) {
    if (begin == 0 || s[begin - 1] != '(') {
        return std::string::npos;
    }
    int depth = 0;
    const std::size_t limit = std::min(s.size(), head + kMaxHeadlineBytes);
    for (std::size_t p = head; p < limit; ++p) {
        if (s[p] == '(') {
            ++depth;
        } else if (s[p] == ')' && depth-- == 0) {
            return p;
        }
    }
    return std::string::npos;
}

// Does the text before `p` end with a sentence's closing mark?
bool sentence_closed_before(const std::string& s, std::size_t p) {
    const auto last = p == 0 ? std::string::npos : s.find_last_not_of(' ', p - 1);
    return last != std::string::npos &&
           std::string_view(".!?\"").find(s[last]) != std::string_view::npos;
}

// A related-article link or, after a video marker, a linked video title.
struct PieceKind {
    const char* rule;
    Category category;
};
constexpr PieceKind kRelatedPiece{"inline.related", Category::related};
constexpr PieceKind kVideoPiece{"inline.video-link", Category::video};

void cut_piece(Document& doc, std::size_t index, std::size_t begin, std::size_t end,
               const PieceKind& kind) {
    Line& line = doc.lines[index];
    std::string piece = collapse_spaces(line.text.substr(begin, end - begin));
    std::string left = line.text.substr(0, begin);
    std::string right = line.text.substr(end);
    std::string rest = left;
    if (!left.empty() && !right.empty() && left.back() != ' ' && right.front() != ' ' &&
        lower(right.front())) {
        rest += ' ';
    }
    rest = collapse_spaces(rest + right);
    const bool empty = std::none_of(rest.begin(), rest.end(), [](char c) {
        return upper(c) || lower(c) || digit(c) || static_cast<unsigned char>(c) >= 0x80;
    });
    if (empty) {
        doc.remove(index, kind.rule, kind.category);
        return;
    }
    line.cuts.push_back(Cut{kind.rule, kind.category, std::move(piece)});
    line.text = std::move(rest);
}

} // namespace

void cut_inline_related(Document& doc, const Context& /*ctx*/) {
    // The marker: "Baca juga:", "Baca Juga :", "BACA JUGA -", "Lihat Juga :", glued "Baca JugaX"
    // (no colon) and CNN's "Pilihan RedaksiX"; other templates' words for it ("Simak juga:",
    // "Baca pula:", "Baca juga>>", "Berita Terkait:", "Baca Berita Lainnya:"). Prose such as "(Baca
    // juga di paragraf 3)" has neither a colon nor a glued capital and stays. A video marker, with
    // its colon or straight before a capitalised title ("Simak juga Video: <title> Israel telah
    // ...", "Simak juga Video <Title> Rancangan ..."), links a video the same way: its title ends
    // where the article resumes.
    static const std::string_view kMarker =
        R"((Pilihan Redaksi)(?=[A-Z])|(?:Baca|BACA|Lihat|LIHAT|Simak|SIMAK) (?:[Jj]uga|JUGA|[Pp]ula|PULA|[Ss]elengkapnya|SELENGKAPNYA)(?:(\s*(?::|>>|»))\s*|\s+-\s+|(?=[A-Z"]))|(?:Pilihan [Ee]ditor|PILIHAN EDITOR|Berita [Tt]erkait|BERITA TERKAIT|Artikel [Tt]erkait|Baca (?:[Bb]erita |[Aa]rtikel )?[Ll]ainnya)(\s*:)\s*|((?:Simak|SIMAK|Tonton|TONTON|Lihat|LIHAT|Saksikan|SAKSIKAN) (?:[Jj]uga |JUGA )?(?:[Vv]ideo|VIDEO)(?:\s*:|(?= [A-Z0-9])))\s*)";
    static const boost::regex marker{std::string(kMarker)};
    // Every branch of the marker opens with a word: a line without one after `from` is not
    // searched (literal_gate.hpp).
    static const std::optional<match::LiteralGate> gate = match::LiteralGate::of(kMarker);
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        std::size_t from = 0;
        for (int guard = 0; guard < 16; ++guard) {
            Line& line = doc.lines[i];
            if (!line.kept_text()) {
                break;
            }
            boost::smatch m;
            const std::string& s = line.text;
            if (from >= s.size() || (gate && !gate->may_match(s, from)) ||
                !match::confirm_from(marker, s, from, m)) {
                break;
            }
            const auto begin = from + static_cast<std::size_t>(m.position(std::size_t{0}));
            const auto head = begin + static_cast<std::size_t>(m.length(0));
            // A short line that opens with the marker is the line rules' business.
            if (begin == 0 && word_count(s) < 30) {
                break;
            }
            const PieceKind& kind = m[4].matched ? kVideoPiece : kRelatedPiece;
            if (head >= s.size()) {
                cut_piece(doc, i, begin, s.size(), kind);
                break;
            }
            if (quoted_words(s, begin, head)) {
                from = head; // "Baca juga: jangan ...," tulis X: words someone wrote, no link
                continue;
            }
            if (const auto close = closing_bracket(s, begin, head); close != std::string::npos) {
                // "(Baca juga: <headline>)": the bracket says where the link ends. A full stop
                // after it ("...terdepan. (Baca juga: X).Diketahui") repeats the one before.
                std::size_t end = close + 1;
                if (end < s.size() && s[end] == '.' && sentence_closed_before(s, begin - 1)) {
                    ++end;
                }
                cut_piece(doc, i, begin - 1, end, kind);
                from = begin - 1;
                continue;
            }
            const bool glued = s[head - 1] != ' ';
            // Sites list several links under one marker and scrapers glue them all together:
            // Bisnis' "Baca Juga<h1><h2>", CNN's "Pilihan Redaksi<h1><h2>", "Baca Juga:<h1><h2>".
            const bool box = m[1].matched || (glued && !m[4].matched);
            const bool colon = m[2].matched || m[3].matched;
            const std::size_t max_headlines =
                !box ? 1 : (colon ? kMaxListedHeadlines : kMaxBoxHeadlines);
            std::size_t end = related_end(s, head, glued, colon, max_headlines);
            end = std::max(end, head);
            cut_piece(doc, i, begin, end, kind);
            from = begin;
        }
    }
}

} // namespace bersih::filters
