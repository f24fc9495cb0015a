// What the line scorer reads of one line: its words and numbers, the cue groups covering it, and
// the shapes of page furniture (author blocks, tag lists, breadcrumbs, a title with a site suffix).
#include "filters/line_features.hpp"

#include "bersih/normalize.hpp"
#include "filters/ascii.hpp"
#include "filters/context.hpp"

#include <algorithm>
#include <array>

namespace bersih::filters::scoring {
namespace {

constexpr std::size_t kMaxSegmentWords = 4; // a breadcrumb item
constexpr std::size_t kMaxSuffixWords = 4;  // " - Kompas.com", " | Republika Online"
constexpr std::size_t kMaxAuthorWords = 10; // the names after an author label
constexpr std::size_t kMaxTagWords = 4;     // one item of a tag list

constexpr std::string_view kTrim = ".,:;!?\"'()[]{}<>|/\\*";

std::string strip_token(std::string_view raw) {
    // Multi-byte quotes and guillemets around a word: “ ” ‘ ’ « » ›.
    static constexpr std::array<std::string_view, 7> kWide = {
        "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",
        "\xC2\xAB",     "\xC2\xBB",     "\xE2\x80\xBA"};
    bool changed = true;
    while (changed && !raw.empty()) {
        changed = false;
        if (kTrim.find(raw.front()) != std::string_view::npos) {
            raw.remove_prefix(1);
            changed = true;
        } else if (kTrim.find(raw.back()) != std::string_view::npos) {
            raw.remove_suffix(1);
            changed = true;
        }
        for (const std::string_view wide : kWide) {
            if (raw.starts_with(wide)) {
                raw.remove_prefix(wide.size());
                changed = true;
            }
            if (raw.ends_with(wide)) {
                raw.remove_suffix(wide.size());
                changed = true;
            }
        }
    }
    // A dash alone is a separator; a dash at either end of a word ("A-") is not part of it.
    while (!raw.empty() && raw.back() == '-') {
        raw.remove_suffix(1);
    }
    while (!raw.empty() && raw.front() == '-') {
        raw.remove_prefix(1);
    }
    return ascii_lower(raw);
}

// Letters and digits only: "Kompas.com" and "kompas com" compare equal.
std::string alnum(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (lower(c) || digit(c)) {
            out += c;
        } else if (upper(c)) {
            out += static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

bool separator(std::string_view raw) {
    return raw == ">" || raw == "\xC2\xBB" || raw == "\xE2\x80\xBA" || raw == "/" || raw == "|";
}

// The text before a site suffix: "Judul Berita - Kompas.com" -> "Judul Berita".
std::string_view without_site_suffix(std::string_view text) {
    for (const std::string_view sep :
         {" - ", " | ", " : ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " -- "}) {
        const std::size_t at = text.rfind(sep);
        if (at != std::string_view::npos && at > 0) {
            const std::string suffix(text.substr(at + sep.size()));
            if (!suffix.empty() && word_count(suffix) <= kMaxSuffixWords) {
                return text.substr(0, at);
            }
        }
    }
    return text;
}

} // namespace

std::vector<Token> tokens_of(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t p = 0;
    while (p < text.size()) {
        while (p < text.size() && text[p] == ' ') {
            ++p;
        }
        const std::size_t begin = p;
        while (p < text.size() && text[p] != ' ') {
            ++p;
        }
        if (p == begin) {
            break;
        }
        Token token{text.substr(begin, p - begin), strip_token(text.substr(begin, p - begin))};
        token.number =
            !token.word.empty() && std::none_of(token.word.begin(), token.word.end(), [](char c) {
                return lower(c) || static_cast<unsigned char>(c) >= 0x80;
            });
        tokens.push_back(std::move(token));
    }
    return tokens;
}

bool SiteNames::contains(const std::string& word) const {
    for (const std::string_view tld : {".com", ".co.id", ".co", ".id", ".net", ".tv", ".org"}) {
        if (word.size() > tld.size() + 1 && std::string_view(word).ends_with(tld)) {
            return true;
        }
    }
    if (!names_) {
        names_.emplace();
        for (const OutletProfile& o : rules_.outlets) {
            names_->insert(alnum(o.id));
            names_->insert(alnum(o.name));
            for (const std::string& alias : o.aliases) {
                names_->insert(alnum(alias));
            }
        }
    }
    const std::string flat = alnum(word);
    return flat.size() >= 3 && names_->contains(flat);
}

// The words of a line, without the neutral tokens (numbers, separators).
std::vector<std::string> words_of(const std::vector<Token>& tokens) {
    std::vector<std::string> words;
    for (const auto& t : tokens) {
        if (!t.word.empty() && !t.number) {
            words.push_back(t.word);
        }
    }
    return words;
}

std::vector<bool> SiteNames::of_words(const std::vector<std::string>& words) const {
    std::vector<bool> out(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        out[i] = contains(words[i]);
    }
    return out;
}

Cover cover(const std::vector<std::string>& words, const CueGroup& group, const SiteNames& sites) {
    return cover(words, group, sites.of_words(words));
}

Cover cover(const std::vector<std::string>& words, const CueGroup& group,
            const std::vector<bool>& site_words) {
    Cover c;
    bool gap = false;
    std::size_t i = 0;
    std::string phrase;
    while (i < words.size()) {
        // The longest phrase of the group at i: grown a word at a time while it is the start of a
        // longer one.
        std::size_t matched = 0;
        bool anchor = false;
        phrase.clear();
        const std::size_t limit = std::min(group.longest, words.size() - i);
        for (std::size_t len = 1; len <= limit; ++len) {
            if (len > 1) {
                phrase += ' ';
            }
            phrase += words[i + len - 1];
            if (const auto it = group.phrases.find(phrase); it != group.phrases.end()) {
                matched = len;
                anchor = it->second;
            }
            if (!group.starts.contains(phrase)) {
                break;
            }
        }
        c.anchor = c.anchor || (matched > 0 && anchor);
        if (matched == 0 && site_words[i]) {
            matched = 1;
        }
        if (matched == 0) {
            gap = true;
            ++i;
            continue;
        }
        c.covered += matched;
        i += matched;
    }
    c.full = !gap && c.anchor && !words.empty();
    return c;
}

std::size_t stop_words_in(const std::vector<std::string>& words, const ScorerLexicon& lexicon) {
    return static_cast<std::size_t>(std::count_if(
        words.begin(), words.end(), [&](const auto& w) { return lexicon.stop_words.contains(w); }));
}

bool starts_upper(std::string_view raw) {
    while (!raw.empty() && kTrim.find(raw.front()) != std::string_view::npos) {
        raw.remove_prefix(1);
    }
    return !raw.empty() && (upper(raw.front()) || digit(raw.front()));
}

// "#pemilu #dpr #anggaran": a line of hashtags.
bool hashtags(const std::vector<Token>& tokens) {
    return tokens.size() >= 2 && std::all_of(tokens.begin(), tokens.end(), [](const Token& t) {
               return t.raw.size() > 1 && t.raw.front() == '#';
           });
}

namespace {

// "Tag: pemilu, dpr, anggaran" / "Topik: A | B": short items without a stop word.
bool short_items(const std::vector<Token>& tokens, std::size_t from, const ScorerLexicon& lexicon) {
    std::size_t items = 0;
    std::size_t words = 0;
    for (std::size_t k = from; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (!t.word.empty() && !t.number) {
            if (lexicon.stop_words.contains(t.word) || ++words > kMaxTagWords) {
                return false;
            }
        }
        const bool ends_item = t.raw.ends_with(",") || t.raw.ends_with(";") || t.raw == "|" ||
                               k + 1 == tokens.size() || tokens[k + 1].raw.starts_with("#");
        if (ends_item && words > 0) {
            ++items;
            words = 0;
        }
    }
    return items > 0;
}

} // namespace

// "Penulis: Nama Orang", "(Editor: Nama/Outlet.com)", "Penulis:": an author label and names;
// "Tag: pemilu, dpr": a tag label and items.
bool label_line(const std::vector<Token>& tokens, const LabelGroup& group,
                const ScorerLexicon& lexicon, const SiteNames& sites) {
    std::size_t i = 0;
    while (i < tokens.size() && tokens[i].word.empty()) {
        ++i;
    }
    std::size_t label_end = 0;
    for (std::size_t len = std::min(group.longest, tokens.size() - i); len > 0; --len) {
        std::string label = tokens[i].word;
        for (std::size_t k = 1; k < len; ++k) {
            label += ' ';
            label += tokens[i + k].word;
        }
        if (group.labels.contains(label)) {
            label_end = i + len;
            break;
        }
    }
    if (label_end == 0) {
        return false;
    }
    // The label is followed by a colon ("Penulis:" or "Penulis :").
    const bool colon = tokens[label_end - 1].raw.ends_with(":") ||
                       (label_end < tokens.size() && tokens[label_end].raw == ":");
    if (!colon) {
        return false;
    }
    if (group.shape == LabelGroup::Shape::items) {
        return short_items(tokens, label_end, lexicon);
    }
    std::size_t names = 0;
    for (std::size_t k = label_end; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (t.word.empty() || t.number) {
            continue;
        }
        if (lexicon.stop_words.contains(t.word) && !group.labels.contains(t.word)) {
            return false;
        }
        // Names and outlets are capitalised; "Nama/Outlet.com" is one token.
        if (!starts_upper(t.raw) && !sites.contains(t.word) && !group.labels.contains(t.word)) {
            return false;
        }
        ++names;
    }
    return names <= kMaxAuthorWords;
}

// "Home > News > Nasional", "Beranda » Ekonomi": short items between separators, at least one of
// them a section or site name, none holding a stop word.
bool breadcrumb(const std::vector<Token>& tokens, const ScorerLexicon& lexicon,
                const SiteNames& sites) {
    std::vector<std::vector<std::string>> segments(1);
    std::size_t separators = 0;
    for (const auto& t : tokens) {
        if (separator(t.raw)) {
            ++separators;
            segments.emplace_back();
        } else if (!t.word.empty() && !t.number) {
            segments.back().push_back(t.word);
        }
    }
    if (separators < 2) {
        return false;
    }
    bool named = false;
    for (const auto& segment : segments) {
        if (segment.empty() || segment.size() > kMaxSegmentWords ||
            stop_words_in(segment, lexicon) > 0) {
            return false;
        }
        for (const auto& group : lexicon.cues) {
            named = named || (group.reason == "section" && cover(segment, group, sites).full);
        }
        named = named || (segment.size() == 1 && sites.contains(segment.front()));
    }
    return named;
}

std::string comparable_title(std::string_view text) {
    return alnum(without_site_suffix(collapse_spaces(text)));
}

// The line ends like a sentence: '.', '!', '?' or an ellipsis, maybe inside quotes or brackets.
bool sentence_end(std::string_view t) {
    while (!t.empty() &&
           (t.back() == ')' || t.back() == '"' || t.back() == '\'' || t.back() == ' ')) {
        t.remove_suffix(1);
    }
    for (const std::string_view close : {"\xE2\x80\x9D", "\xE2\x80\x99"}) {
        if (t.ends_with(close)) {
            t.remove_suffix(close.size());
        }
    }
    return !t.empty() &&
           (t.back() == '.' || t.back() == '!' || t.back() == '?' || t.ends_with("\xE2\x80\xA6"));
}

bool reads_as_sentence(const std::string& text, std::size_t words, std::size_t stops) {
    // An opening quotation mark: a quote, however short.
    for (const std::string_view open : {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98"}) {
        if (std::string_view(text).starts_with(open)) {
            return true;
        }
    }
    return sentence_end(text) && (words >= 4 || stops >= 1);
}

bool list_item(std::string_view text) {
    if (text.starts_with("- ") || text.starts_with("* ") || text.starts_with("\xE2\x80\xA2") ||
        text.starts_with("\xE2\x80\x93 ")) {
        return true;
    }
    std::size_t i = 0;
    while (i < text.size() && digit(text[i])) {
        ++i;
    }
    return i > 0 && i < text.size() && (text[i] == '.' || text[i] == ')');
}

} // namespace bersih::filters::scoring
