// Scraper duplicates: text the scraper captured twice. Regexes cannot see these, because what makes
// a line boilerplate is that the same words occur elsewhere in the record.
//
// 1. Glued copies. A get_text() without separator fused a whole section (or the whole body) into
// one
//    line, and the paragraph-per-line copy follows it (okezone, kapanlagi):
//        "Para satu.Para dua.Baca Juga:Judul lainPara tiga."
//        "Para satu." / "Para dua." / "Para tiga."
//    The glued line goes when the lines after it are found inside it, in order, from its start.
// 2. Repeated blocks. A run of paragraphs immediately followed by the same run again (kapanlagi
//    sections). Repetition that is not adjacent (an author re-using a paragraph after an ad slot, a
//    chorus in a lyrics page) is deliberate and stays.
// 3. Pull quotes. A line above the dateline that is repeated word for word further down (tribun):
//    the top copy is the page's pull quote.
#include "filters/context.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace bersih::filters {
namespace {

constexpr std::size_t kMinGluedChars = 80; // a glued copy holds at least one real paragraph
constexpr std::size_t kMinPieceChars = 20; // pieces shorter than this prove nothing
constexpr std::size_t kMaxLeadOffset =
    24; // the first piece starts the glued line (a dateline may differ)
constexpr std::size_t kMinRepeatWords =
    8; // a repeated block must hold a line that reads like a paragraph
constexpr std::size_t kMaxBlockLines = 40; // longest repeated block looked for

// Lowercase, no whitespace: the comparison the corpus labels use. Every byte is written and the
// end moves only past kept ones: no branch per byte, and no push_back. Raw pointers, because a
// store through a std::string's char reference may alias the strings themselves, which made the
// compiler reload both strings' pointers on every byte.
std::string squeeze(const std::string& text) {
    std::string out(text.size(), '\0');
    char* const dst = out.data();
    const char* const src = text.data();
    const std::size_t length = text.size();
    std::size_t size = 0;
    for (std::size_t i = 0; i < length; ++i) {
        // Arithmetic, not conditions: written as conditions, the compiler branched on every
        // space, and a branch per word mispredicts.
        const auto c = static_cast<unsigned char>(src[i]);
        const unsigned upper = static_cast<unsigned>(static_cast<unsigned char>(c - 'A') < 26U);
        dst[size] = static_cast<char>(c | (upper << 5U));
        size += static_cast<std::size_t>((c != ' ') & (c != '\t'));
    }
    out.resize(size);
    return out;
}

// squeeze(text).size(), counted without building it (the loop vectorises): most lines differ from
// a pull-quote candidate in length already.
std::size_t squeezed_size(const std::string& text) noexcept {
    std::size_t size = 0;
    for (const char c : text) {
        size += static_cast<std::size_t>(c != ' ' && c != '\t');
    }
    return size;
}

std::vector<std::size_t> text_lines(const Document& doc) {
    std::vector<std::size_t> out;
    out.reserve(doc.lines.size());
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        if (doc.lines[i].kept_text()) {
            out.push_back(i);
        }
    }
    return out;
}

// The squeezed text of kept lines, by line index, made when first asked for: the second glued
// copy pass looks only at the lines the rules cut and the few lines after each. A key made late
// equals one made up front: the passes edit only the line they are looking at, after taking its
// key, and look only at the lines after it.
class SqueezedKeys {
public:
    explicit SqueezedKeys(const Document& doc)
        : doc_(doc), keys_(doc.lines.size()), made_(doc.lines.size(), 0),
          sizes_(doc.lines.size(), kUnknown) {}

    std::string_view operator()(std::size_t line) {
        if (made_[line] == 0) {
            keys_[line] = squeeze(doc_.lines[line].text);
            made_[line] = 1;
        }
        return keys_[line];
    }

    /// The key's size, counted without making the key: most comparisons fail on sizes.
    std::size_t size(std::size_t line) {
        if (sizes_[line] == kUnknown) {
            sizes_[line] =
                made_[line] != 0 ? keys_[line].size() : squeezed_size(doc_.lines[line].text);
        }
        return sizes_[line];
    }

private:
    static constexpr std::size_t kUnknown = static_cast<std::size_t>(-1);
    const Document& doc_;
    std::vector<std::string> keys_;
    std::vector<char> made_;
    std::vector<std::size_t> sizes_;
};

// Where the glued copy starts inside the line at k (in squeezed characters), or npos when the
// lines after it are not found inside it. The copy starts at the line's start (a dateline may
// differ) or, when the paragraph copy lacks the first paragraph, at a sentence start after it.
std::size_t glued_copy_start(SqueezedKeys& key_of, const std::vector<std::size_t>& order,
                             std::size_t k) {
    const auto keys = [&](std::size_t n) { return key_of(order[n]); };
    const auto size = [&](std::size_t n) { return key_of.size(order[n]); };
    const std::size_t glued_size = size(k);
    std::size_t pos = 0;
    std::size_t start = std::string::npos;
    std::size_t found = 0;
    std::size_t covered = 0;
    for (std::size_t j = k + 1; j < order.size(); ++j) {
        if (size(j) < kMinPieceChars || size(j) >= glued_size) {
            break;
        }
        const std::string_view glued = keys(k);
        const std::string_view piece = keys(j);
        const std::size_t at = glued.find(piece, pos);
        if (at == std::string::npos) {
            break;
        }
        if (found == 0) {
            const bool sentence_start =
                at >= kMinGluedChars / 2 &&
                std::string_view(".!?\"").find(glued[at - 1]) != std::string_view::npos;
            if (at > kMaxLeadOffset && !sentence_start) {
                break;
            }
            start = at <= kMaxLeadOffset ? 0 : at;
        }
        pos = at + piece.size();
        covered += piece.size();
        ++found;
    }
    // Two pieces, or one that is most of the copy; and together most of the glued text.
    if (found == 0) {
        return std::string::npos;
    }
    const std::size_t copy = glued_size - start;
    if (covered * 2 < copy || (found == 1 && size(k + 1) * 3 < copy * 2)) {
        return std::string::npos;
    }
    return start;
}

// The byte offset in `text` of its n-th character that is not a space.
std::size_t offset_of_squeezed(const std::string& text, std::size_t n) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ' || text[i] == '\t') {
            continue;
        }
        if (seen == n) {
            return i;
        }
        ++seen;
    }
    return text.size();
}

/// `only_cut_lines`: look for copies starting at lines the rules cut (the second pass).
void drop_glued_copies(Document& doc, SqueezedKeys& keys, bool only_cut_lines = false) {
    const auto order = text_lines(doc);
    for (std::size_t k = 0; k + 1 < order.size(); ++k) {
        if ((only_cut_lines && doc.lines[order[k]].cuts.empty()) ||
            keys.size(order[k]) < kMinGluedChars) {
            continue;
        }
        const std::size_t start = glued_copy_start(keys, order, k);
        if (start == 0) {
            doc.remove(order[k], "core.glued-duplicate", Category::duplicate);
        } else if (start != std::string::npos) {
            // Keep the first paragraph, which only the glued line has; cut the copy after it.
            Line& line = doc.lines[order[k]];
            const std::size_t at = offset_of_squeezed(line.text, start);
            line.cuts.push_back(
                Cut{"core.glued-duplicate", Category::duplicate, line.text.substr(at)});
            line.text.erase(at);
            while (!line.text.empty() && line.text.back() == ' ') {
                line.text.pop_back();
            }
        }
    }
}

void drop_repeated_blocks(Document& doc, SqueezedKeys& key_of) {
    const auto order = text_lines(doc);
    const auto keys = [&](std::size_t n) { return key_of(order[n]); };
    const auto size = [&](std::size_t n) { return key_of.size(order[n]); };
    std::vector<bool> gone(order.size(), false);
    std::size_t k = 0;
    while (k < order.size()) {
        std::size_t matched = 0;
        // The longest block starting at k that is repeated right after itself.
        for (std::size_t n = std::min((order.size() - k) / 2, kMaxBlockLines); n >= 1; --n) {
            bool same = true;
            bool prose = false;
            for (std::size_t d = 0; d < n && same; ++d) {
                same = !gone[k + d] && size(k + d) == size(k + n + d) &&
                       keys(k + d) == keys(k + n + d);
                // Counted only for lines that repeat: most blocks fail on their first line, and
                // counting words for each of the 40 block lengths tried cost more than the rest.
                prose = prose || (same && is_prose(doc.lines[order[k + d]].text));
            }
            if (same && prose) {
                matched = n;
                break;
            }
        }
        if (matched == 0) {
            ++k;
            continue;
        }
        for (std::size_t d = 0; d < matched; ++d) {
            gone[k + matched + d] = true;
            doc.remove(order[k + matched + d], "core.repeated-block", Category::duplicate);
        }
        k += matched;
    }
}

} // namespace

void drop_scraper_duplicates(Document& doc, const Context& /*ctx*/) {
    // Repeated blocks first: a glued line scraped twice in a row ("A.Widget" / "A.Widget" / "A.")
    // loses its second copy here, so the glued-copy pass then finds the paragraph copy ("A.")
    // right after the first one instead of taking the second and leaving the first behind.
    SqueezedKeys keys(doc);
    drop_repeated_blocks(doc, keys);
    drop_glued_copies(doc, keys);
}

void drop_glued_copies_after_cuts(Document& doc, const Context& /*ctx*/) {
    // A glued copy that starts with a caption (or holds a widget the rules cut) only matches the
    // lines after it once those cuts are made: look again at the lines the rules cut. Keys are
    // made only for those lines and the lines compared after them.
    SqueezedKeys keys(doc);
    drop_glued_copies(doc, keys, true);
}

void drop_pull_quotes(Document& doc, const Context& /*ctx*/) {
    // The dateline line: removed as a dateline, or kept with the dateline cut from its front.
    std::size_t dateline = doc.lines.size();
    for (std::size_t i = 0; i < doc.lines.size() && dateline == doc.lines.size(); ++i) {
        const Line& line = doc.lines[i];
        if (!line.kept() && line.category == Category::dateline) {
            dateline = i;
        }
        for (const auto& cut : line.cuts) {
            if (cut.category == Category::dateline) {
                dateline = i;
            }
        }
    }
    for (std::size_t i = 0; i < dateline && i < doc.lines.size(); ++i) {
        if (!doc.lines[i].kept_text() || word_count(doc.lines[i].text) < kMinRepeatWords) {
            continue;
        }
        const std::string key = squeeze(doc.lines[i].text);
        for (std::size_t j = dateline + 1; j < doc.lines.size(); ++j) {
            const std::string& text = doc.lines[j].text;
            if (doc.lines[j].kept_text() && squeezed_size(text) == key.size() &&
                squeeze(text) == key) {
                doc.remove(i, "core.pull-quote", Category::duplicate);
                break;
            }
        }
    }
}

} // namespace bersih::filters
