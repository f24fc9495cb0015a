#include "bersih/normalize.hpp"

#include "bytes16.hpp"
#include "markup.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <utility>

namespace bersih {
namespace {

// The named references seen in scraped Indonesian news; others are left as they are.
constexpr std::array<std::pair<std::string_view, char32_t>, 34> kEntities{{
    {"amp", U'&'},         {"lt", U'<'},          {"gt", U'>'},          {"quot", U'"'},
    {"apos", U'\''},       {"nbsp", U'\u00A0'},   {"ndash", U'\u2013'},  {"mdash", U'\u2014'},
    {"lsquo", U'\u2018'},  {"rsquo", U'\u2019'},  {"ldquo", U'\u201C'},  {"rdquo", U'\u201D'},
    {"sbquo", U'\u201A'},  {"bdquo", U'\u201E'},  {"hellip", U'\u2026'}, {"laquo", U'\u00AB'},
    {"raquo", U'\u00BB'},  {"copy", U'\u00A9'},   {"reg", U'\u00AE'},    {"trade", U'\u2122'},
    {"bull", U'\u2022'},   {"middot", U'\u00B7'}, {"deg", U'\u00B0'},    {"eacute", U'\u00E9'},
    {"egrave", U'\u00E8'}, {"aacute", U'\u00E1'}, {"ouml", U'\u00F6'},   {"uuml", U'\u00FC'},
    {"times", U'\u00D7'},  {"divide", U'\u00F7'}, {"shy", U'\u00AD'},    {"zwj", U'\u200D'},
    {"zwnj", U'\u200C'},   {"euro", U'\u20AC'},
}};

void append_utf8(std::string& out, char32_t cp) {
    std::array<utf8proc_uint8_t, 4> buf{};
    const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf.data());
    out.append(reinterpret_cast<const char*>(buf.data()), static_cast<std::size_t>(n));
}

bool is_invisible(char32_t cp) {
    return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF ||
           cp == 0x200E || cp == 0x200F;
}

bool is_space(char32_t cp) {
    if (cp == U'\t' || cp == U'\v' || cp == U'\f') {
        return true;
    }
    return cp >= 0x80 &&
           utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ZS;
}

std::optional<char32_t> numeric_reference(std::string_view body) {
    // body is what stands between "&#" and ";".
    if (body.empty()) {
        return std::nullopt;
    }
    int base = 10;
    if (body.front() == 'x' || body.front() == 'X') {
        base = 16;
        body.remove_prefix(1);
    }
    std::uint32_t value = 0;
    const auto [ptr, ec] = std::from_chars(body.data(), body.data() + body.size(), value, base);
    if (ec != std::errc{} || ptr != body.data() + body.size() || value == 0 || value > 0x10FFFF ||
        (value >= 0xD800 && value <= 0xDFFF)) {
        return std::nullopt;
    }
    return static_cast<char32_t>(value);
}

// Writes normalised text: spaces owed until a visible character follows on the same line, so that
// runs fold into one space and lines come out trimmed without a second pass over each line.
class TidyWriter {
public:
    // Room for `in` unchanged: only U+FFFD for an invalid byte makes the text longer (grow()).
    explicit TidyWriter(std::size_t input_size) : out_(input_size, '\0') {}

    void space() noexcept { owed_space_ = line_has_text_; }
    void newline() noexcept {
        out_[size_++] = '\n';
        owed_space_ = false;
        line_has_text_ = false;
    }
    void visible(const char* bytes, std::size_t n) noexcept {
        if (owed_space_) {
            out_[size_++] = ' ';
            owed_space_ = false;
        }
        std::memcpy(out_.data() + size_, bytes, n);
        size_ += n;
        line_has_text_ = true;
    }
    void grow(std::size_t extra) { out_.resize(out_.size() + extra); }
    std::string take() {
        out_.resize(size_);
        return std::move(out_);
    }

private:
    std::string out_;
    std::size_t size_ = 0;
    bool owed_space_ = false;
    bool line_has_text_ = false;
};

// ASCII bytes copied as they are: everything but NUL, CR, LF, tab, VT, FF and space.
constexpr std::array<bool, 128> kPlainAscii = [] {
    std::array<bool, 128> plain{};
    for (std::size_t c = 1; c < plain.size(); ++c) {
        plain[c] =
            std::string_view("\r\n\t\v\f ").find(static_cast<char>(c)) == std::string_view::npos;
    }
    return plain;
}();

bool plain_ascii(char c) noexcept {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x80 && kPlainAscii[byte];
}

// Whether eight bytes, after a byte that is not a space, are copied as they are: printable ASCII
// (0x20 to 0x7E), no two spaces together, not ending in a space. Then every space stands
// between two visible bytes, which is what folding leaves. Most prose passes, eight bytes a step.
bool prose_word(const char* p) noexcept {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
    std::uint64_t word = 0;
    std::memcpy(&word, p, sizeof word);
    const std::uint64_t control = (word - kOnes * 0x20U) & ~word; // some byte below 0x20
    const std::uint64_t high = (word + kOnes) | word;             // some byte 0x7F or above
    if (((control | high) & kHighBits) != 0) {
        return false;
    }
    // Exactly the space bytes (high bit set in each), no borrow between bytes.
    const std::uint64_t x = word ^ (kOnes * ' ');
    const std::uint64_t spaces = ~(((x & kLow7) + kLow7) | x) & kHighBits;
    static_assert(std::endian::native == std::endian::little, "byte order of the word");
    return (spaces & (spaces >> 8U)) == 0 && (spaces >> 56U) == 0;
}

// Decode UTF-8, replacing invalid sequences, mapping spaces and dropping invisible characters,
// then fold spaces and trim lines, in one pass.
std::string clean_and_tidy(std::string_view in, NormalizeStats* stats) {
    TidyWriter out(in.size());
    const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(in.data());
    std::size_t i = 0;
    while (i < in.size()) {
        if (plain_ascii(in[i])) {
            // A single space between plain bytes is what folding would write: copy it with them,
            // so that a line of ASCII prose is one copy.
            std::size_t end = i + 1;
            for (;;) {
                if (end + 8 <= in.size() && in[end - 1] != ' ' && prose_word(in.data() + end)) {
                    end += 8;
                } else if (end < in.size() &&
                           (plain_ascii(in[end]) ||
                            (in[end] == ' ' && end + 1 < in.size() && plain_ascii(in[end + 1])))) {
                    ++end;
                } else {
                    break;
                }
            }
            out.visible(in.data() + i, end - i);
            i = end;
            continue;
        }
        const auto byte = static_cast<unsigned char>(in[i]);
        if (byte < 0x80) {
            if (byte == 0) {
                if (stats != nullptr) {
                    ++stats->nul_bytes;
                }
            } else if (byte == '\r' || byte == '\n') {
                out.newline();
                if (byte == '\r' && i + 1 < in.size() && in[i + 1] == '\n') {
                    ++i;
                }
            } else {
                out.space(); // space, tab, VT, FF
            }
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        const auto len =
            utf8proc_iterate(data + i, static_cast<utf8proc_ssize_t>(in.size() - i), &cp);
        if (len < 0) {
            out.grow(2);
            out.visible("\xEF\xBF\xBD", 3);
            if (stats != nullptr) {
                ++stats->invalid_utf8;
            }
            ++i;
            continue;
        }
        const auto code = static_cast<char32_t>(cp);
        if (is_space(code)) {
            out.space();
        } else if (code == 0x2028 || code == 0x2029) {
            // U+0085 (NEL) is not taken as a break: in scraped news it is mojibake (the byte 0x85
            // of UTF-8 Arabic or of a cp1252 ellipsis read as Latin-1), and breaking there cut
            // such text into one-word paragraphs. It stays, so a later fixer can still undo it.
            out.newline();
        } else if (!is_invisible(code)) {
            out.visible(in.data() + i, static_cast<std::size_t>(len));
        }
        i += static_cast<std::size_t>(len);
    }
    return out.take();
}

} // namespace

std::string decode_html_entities(std::string_view text) {
    if (text.find('&') == std::string_view::npos) {
        return std::string(text);
    }
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] != '&') {
            // Copy up to the next '&' at once.
            const auto amp = std::min(text.find('&', i), text.size());
            out.append(text, i, amp - i);
            i = amp;
            continue;
        }
        const auto semi = text.find(';', i + 1);
        if (semi == std::string_view::npos || semi - i > 12) {
            out.push_back(text[i++]);
            continue;
        }
        const auto body = text.substr(i + 1, semi - i - 1);
        std::optional<char32_t> cp;
        if (!body.empty() && body.front() == '#') {
            cp = numeric_reference(body.substr(1));
        } else {
            for (const auto& [name, value] : kEntities) {
                if (name == body) {
                    cp = value;
                    break;
                }
            }
        }
        if (cp) {
            append_utf8(out, *cp);
            i = semi + 1;
        } else {
            out.push_back(text[i++]);
        }
    }
    return out;
}

namespace {

constexpr std::size_t kBlock = bytes16::kSize;

// Whether any of the sixteen bytes at `p` is '\t', '\n', '\v', '\f' or '\r', or a space before
// a space (p[16] read as the byte after the last).
bool needs_change(const unsigned char* p) noexcept {
    const bytes16::Bytes16 c = bytes16::load(p);
    const bytes16::Bytes16 next = bytes16::load(p + 1);
    const auto control = (c - 9) < 5;
    const auto doubled = (c == ' ') & (next == ' ');
    const auto bad = control | doubled;
    std::uint64_t halves[2];
    bytes16::halves(bad, halves);
    return (halves[0] | halves[1]) != 0;
}

// How many bytes at the start of `text` collapse_spaces keeps as they are, ending at a non-space
// (a multiple of 16, less the spaces that end it): most lines need no change.
std::size_t unchanged_prefix(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    if (n == 0 || p[0] <= ' ') {
        return 0;
    }
    std::size_t i = 0;
    while (i + kBlock + 1 <= n && !needs_change(p + i)) {
        i += kBlock;
    }
    while (i > 0 && p[i - 1] == ' ') {
        --i;
    }
    return i;
}

} // namespace

std::string collapse_spaces(std::string_view text) {
    std::string out(text.size(), '\0');
    std::size_t size = 0;
    bool owed_space = false;
    std::size_t byte_steps = 0; // bytes to copy one by one before looking for a block again
    while (!text.empty()) {
        // Text that needs no change is copied in blocks: a cut leaves one double space in a long
        // line, and the bytes after it are as clean as those before.
        if (!owed_space && byte_steps == 0) {
            const std::size_t clean = unchanged_prefix(text);
            text.copy(out.data() + size, clean);
            size += clean;
            text.remove_prefix(clean);
            if (text.empty()) {
                break;
            }
            byte_steps = clean == 0 ? kBlock : 0;
        }
        byte_steps -= byte_steps > 0 ? 1 : 0;
        const char c = text.front();
        text.remove_prefix(1);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            owed_space = size > 0;
            continue;
        }
        if (owed_space) {
            out[size++] = ' ';
            owed_space = false;
        }
        out[size++] = c;
    }
    out.resize(size);
    return out;
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

std::string title_case_city(std::string_view city) {
    bool has_lower = false;
    for (const char c : city) {
        has_lower = has_lower || (c >= 'a' && c <= 'z');
    }
    std::string out(city);
    if (has_lower) {
        return out;
    }
    bool word_start = true;
    for (char& c : out) {
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (letter && !word_start && c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
        word_start = !letter && c != '\'';
    }
    return out;
}

std::string normalize_text(std::string_view raw, NormalizeStats* stats) {
    if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") {
        raw.remove_prefix(3);
    }
    // A body stored as a Python list literal first: its quotes and escapes hide everything else.
    std::string unwrapped;
    if (auto items = markup::unwrap_python_list(raw)) {
        unwrapped = std::move(*items);
        raw = unwrapped;
    }
    // Entities next: `&nbsp;` must become a space like a literal NBSP does. A dump that encoded
    // the page twice writes `&amp;nbsp;`: a second pass decodes what the first one uncovered.
    std::string decoded;
    if (raw.find('&') != std::string_view::npos) {
        const bool twice = raw.find("&amp;") != std::string_view::npos;
        decoded = decode_html_entities(raw);
        if (twice && decoded.find('&') != std::string::npos) {
            decoded = decode_html_entities(decoded);
        }
        raw = decoded;
    }
    // Then tags (an encoded `&lt;p&gt;` is a tag too), markdown, and escaped or tabbed paragraph
    // breaks.
    std::string untagged;
    if (raw.find('<') != std::string_view::npos) {
        if (auto text = markup::strip_html_tags(raw)) {
            untagged = std::move(*text);
            raw = untagged;
        }
    }
    std::string unmarked;
    const bool markdown_hint = raw.find("](") != std::string_view::npos ||
                               raw.find("**") != std::string_view::npos || raw.starts_with("#") ||
                               raw.find("\n#") != std::string_view::npos;
    if (markdown_hint) {
        if (auto text = markup::strip_markdown(raw)) {
            unmarked = std::move(*text);
            raw = unmarked;
        }
    }
    std::string broken;
    // Two memchr scans: find_first_of with a set calls memchr once per byte of the text.
    if (raw.find('\\') != std::string_view::npos || raw.find('\t') != std::string_view::npos) {
        if (auto text = markup::restore_line_breaks(raw)) {
            broken = std::move(*text);
            raw = broken;
        }
    }
    return clean_and_tidy(raw, stats);
}

} // namespace bersih
