#include "markup.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>

namespace bersih::markup {
namespace {

// text.find_first_of({a, b}, from) in two memchr passes: find_first_of calls memchr on its set
// once per byte of the text.
std::size_t first_of(std::string_view text, char a, char b, std::size_t from) {
    const std::size_t at_a = text.find(a, from);
    const std::size_t at_b =
        text.substr(0, at_a == std::string_view::npos ? text.size() : at_a).find(b, from);
    return at_b != std::string_view::npos ? at_b : at_a;
}

bool is_ascii_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_ascii_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lower(x) == lower(y); });
}

template <std::size_t N>
bool in_list(std::string_view name, const std::array<std::string_view, N>& list) noexcept {
    return std::any_of(list.begin(), list.end(),
                       [name](std::string_view item) { return iequals(name, item); });
}

void append_code_point(std::string& out, std::uint32_t cp) {
    std::array<utf8proc_uint8_t, 4> buf{};
    const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf.data());
    out.append(reinterpret_cast<const char*>(buf.data()), static_cast<std::size_t>(n));
}

// ---- Python list literal -------------------------------------------------------------------

// Decodes one escape after the backslash at text[i]; returns the index after it.
std::size_t decode_escape(std::string_view text, std::size_t i, std::string& out) {
    const char c = text[i + 1];
    const auto hex = [&](std::size_t digits) -> std::size_t {
        std::uint32_t value = 0;
        const char* first = text.data() + i + 2;
        if (i + 2 + digits > text.size()) {
            return 0;
        }
        const auto [ptr, ec] = std::from_chars(first, first + digits, value, 16);
        if (ec != std::errc{} || ptr != first + digits || value == 0 || value > 0x10FFFF ||
            (value >= 0xD800 && value <= 0xDFFF)) {
            return 0;
        }
        append_code_point(out, value);
        return i + 2 + digits;
    };
    switch (c) {
    case 'n':
        out.push_back('\n');
        return i + 2;
    case 'r':
        out.push_back('\r');
        return i + 2;
    case 't':
        out.push_back('\t');
        return i + 2;
    case '\\':
    case '\'':
    case '"':
        out.push_back(c);
        return i + 2;
    case 'x':
        if (const auto next = hex(2); next != 0) {
            return next;
        }
        break;
    case 'u':
        if (const auto next = hex(4); next != 0) {
            return next;
        }
        break;
    case 'U':
        if (const auto next = hex(8); next != 0) {
            return next;
        }
        break;
    default:
        break;
    }
    out.push_back('\\'); // not an escape Python writes: keep it as it stands
    return i + 1;
}

std::size_t skip_spaces(std::string_view text, std::size_t i) noexcept {
    while (i < text.size() && is_ascii_space(text[i])) {
        ++i;
    }
    return i;
}

// A scraper that cut the body out of a script string leaves its closing `";` after the text:
// an item ending in `";` whose other double quotes are balanced.
void drop_stray_string_end(std::string& item) {
    if (item.size() < 2 || item.compare(item.size() - 2, 2, "\";") != 0) {
        return;
    }
    if (std::count(item.begin(), item.end(), '"') % 2 == 1) {
        item.resize(item.size() - 2);
    }
}

// ---- HTML tags -------------------------------------------------------------------------------

// Elements that break the text into blocks: their tags become line breaks.
constexpr std::array<std::string_view, 44> kBlockTags{
    "p",       "br",     "div",        "li",      "ul",         "ol",      "h1",      "h2",
    "h3",      "h4",     "h5",         "h6",      "table",      "tr",      "td",      "th",
    "thead",   "tbody",  "tfoot",      "caption", "blockquote", "section", "article", "header",
    "footer",  "figure", "figcaption", "hr",      "pre",        "dl",      "dt",      "dd",
    "aside",   "nav",    "main",       "address", "center",     "form",    "details", "summary",
    "picture", "video",  "audio",      "body"};
// Inline elements and empty ones: their tags vanish.
constexpr std::array<std::string_view, 36> kInlineTags{
    "a",   "b",    "i",    "u",    "em",    "strong", "span",  "small",  "sup",
    "sub", "font", "img",  "abbr", "cite",  "code",   "mark",  "s",      "strike",
    "del", "ins",  "q",    "time", "label", "button", "input", "source", "wbr",
    "big", "tt",   "meta", "link", "html",  "head",   "title", "embed",  "object"};
// Namespace prefixes of the Office markup a CMS keeps from pasted text (`<o:p>`, `<w:sdt>`).
constexpr std::array<std::string_view, 4> kOfficePrefixes{"o", "w", "v", "st1"};
// Elements whose content is no article text: dropped with it.
constexpr std::array<std::string_view, 6> kOpaqueTags{"script", "style",    "noscript",
                                                      "iframe", "template", "svg"};
// Attributes HTML writes without a value; any other attribute must carry one, so that
// `a<b dan c>d` is no tag.
constexpr std::array<std::string_view, 20> kBooleanAttributes{
    "allowfullscreen", "async",      "defer", "hidden",   "disabled",    "checked",  "selected",
    "autoplay",        "controls",   "loop",  "muted",    "playsinline", "readonly", "required",
    "multiple",        "novalidate", "open",  "nomodule", "itemscope",   "lazy"};

// A figure's caption is written as WordPress's caption shortcode, the form a scrape of a post's
// source has, so that one rule (cms.caption-shortcode) takes both into `captions` and --explain
// names it.
constexpr std::string_view kCaptionOpen = "[caption]";
constexpr std::string_view kCaptionClose = "[/caption]";

enum class TagKind { block, inline_, opaque };

struct Tag {
    std::size_t end = 0; ///< index after the closing `>`
    TagKind kind = TagKind::inline_;
    bool closing = false;
    std::string_view name;
};

bool attribute_name_char(char c) noexcept {
    return is_ascii_letter(c) || is_ascii_digit(c) || c == '-' || c == '_' || c == ':' ||
           c == '.' || c == '@';
}

// Reads attributes from i up to `>` or `/>`; returns the index after `>`, or 0.
std::size_t read_attributes(std::string_view text, std::size_t i) {
    constexpr std::size_t kMaxTag = 4000;
    const std::size_t limit = std::min(text.size(), i + kMaxTag);
    for (;;) {
        const std::size_t after_space = skip_spaces(text, i);
        if (after_space >= limit) {
            return 0;
        }
        if (text[after_space] == '>') {
            return after_space + 1;
        }
        if (text[after_space] == '/' && after_space + 1 < limit && text[after_space + 1] == '>') {
            return after_space + 2;
        }
        if (after_space == i) {
            return 0; // attributes are separated by spaces
        }
        i = after_space;
        const std::size_t name_start = i;
        if (!is_ascii_letter(text[i]) && text[i] != '_' && text[i] != ':' && text[i] != '@') {
            return 0;
        }
        while (i < limit && attribute_name_char(text[i])) {
            ++i;
        }
        const std::string_view name = text.substr(name_start, i - name_start);
        const std::size_t before_equals = skip_spaces(text, i);
        if (before_equals >= limit || text[before_equals] != '=') {
            if (!in_list(name, kBooleanAttributes) && name.rfind("data-", 0) != 0) {
                return 0;
            }
            continue;
        }
        i = skip_spaces(text, before_equals + 1);
        if (i >= limit) {
            return 0;
        }
        if (text[i] == '"' || text[i] == '\'') {
            // Searched within the tag's limit only, so that many unclosed quotes stay linear.
            const auto close = text.substr(0, limit).find(text[i], i + 1);
            if (close == std::string_view::npos) {
                return 0;
            }
            i = close + 1;
        } else {
            const std::size_t value_start = i;
            while (i < limit && !is_ascii_space(text[i]) && text[i] != '>' && text[i] != '<' &&
                   text[i] != '"' && text[i] != '\'' && text[i] != '=' && text[i] != '`') {
                ++i;
            }
            if (i == value_start) {
                return 0;
            }
        }
    }
}

// The tag that opens at text[i] == '<', if it reads as one.
std::optional<Tag> read_tag(std::string_view text, std::size_t i) {
    Tag tag;
    std::size_t j = i + 1;
    if (j < text.size() && text[j] == '/') {
        tag.closing = true;
        ++j;
    }
    const std::size_t name_start = j;
    while (j < text.size() &&
           (is_ascii_letter(text[j]) || (j > name_start && is_ascii_digit(text[j])))) {
        ++j;
    }
    tag.name = text.substr(name_start, j - name_start);
    if (tag.name.empty()) {
        return std::nullopt;
    }
    if (j + 1 < text.size() && text[j] == ':' && in_list(tag.name, kOfficePrefixes) &&
        is_ascii_letter(text[j + 1])) {
        // `<o:p>`, `<w:sdt>`: the Office markup of text pasted from a word processor, inline.
        ++j;
        while (j < text.size() && (is_ascii_letter(text[j]) || is_ascii_digit(text[j]))) {
            ++j;
        }
        tag.name = text.substr(name_start, j - name_start);
        tag.kind = TagKind::inline_;
    } else if (in_list(tag.name, kBlockTags)) {
        tag.kind = TagKind::block;
    } else if (in_list(tag.name, kOpaqueTags)) {
        tag.kind = TagKind::opaque;
    } else if (!in_list(tag.name, kInlineTags)) {
        return std::nullopt;
    }
    if (tag.closing) {
        const std::size_t k = skip_spaces(text, j);
        if (k < text.size() && text[k] == '>') {
            tag.end = k + 1;
            return tag;
        }
        return std::nullopt;
    }
    if (j < text.size() && text[j] != '>' && text[j] != '/' && !is_ascii_space(text[j])) {
        return std::nullopt;
    }
    tag.end = read_attributes(text, j);
    if (tag.end == 0) {
        return std::nullopt;
    }
    return tag;
}

// Index after the `</name>` that closes an opaque element opened before `from`, or npos.
std::size_t find_closing(std::string_view text, std::size_t from, std::string_view name) {
    for (auto lt = text.find("</", from); lt != std::string_view::npos;
         lt = text.find("</", lt + 2)) {
        const auto tag = read_tag(text, lt);
        if (tag && tag->closing && iequals(tag->name, name)) {
            return tag->end;
        }
    }
    return std::string_view::npos;
}

// "SCRIPT" -> "script ": the key an element name has in a list of names.
std::string lower_name(std::string_view name) {
    std::string out;
    out.reserve(name.size() + 1);
    for (const char c : name) {
        out.push_back(lower(c));
    }
    out.push_back(' ');
    return out;
}

// `<!-- ... -->`, `<!DOCTYPE ...>`: the index after it, or 0. `comments_end` turns false once a
// comment found no end: no later one can, and the text is not searched again.
std::size_t read_declaration(std::string_view text, std::size_t i, bool& comments_end) {
    const auto rest = text.substr(i);
    if (rest.rfind("<!--", 0) == 0 && comments_end) {
        const auto end = text.find("-->", i + 4);
        comments_end = end != std::string_view::npos;
        return comments_end ? end + 3 : 0;
    }
    constexpr std::size_t kMaxDoctype = 300;
    if (rest.size() > 9 && iequals(rest.substr(0, 9), "<!doctype")) {
        const auto end = rest.substr(0, kMaxDoctype).find('>');
        return end == std::string_view::npos ? 0 : i + end + 1;
    }
    return 0;
}

bool sentence_end(char c) noexcept {
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ':';
}

} // namespace

std::optional<std::string> unwrap_python_list(std::string_view text) {
    std::size_t i = skip_spaces(text, 0);
    if (i >= text.size() || text[i] != '[') {
        return std::nullopt;
    }
    i = skip_spaces(text, i + 1);
    std::string out;
    out.reserve(text.size());
    bool first = true;
    while (i < text.size() && (text[i] == '\'' || text[i] == '"')) {
        const char quote = text[i++];
        std::string item;
        bool closed = false;
        while (i < text.size()) {
            const char c = text[i];
            if (c == quote) {
                closed = true;
                ++i;
                break;
            }
            if (c == '\n' || c == '\r') {
                if (skip_spaces(text, i) == text.size()) {
                    break; // the file's last line break after a cut-off item
                }
                return std::nullopt; // a Python string literal holds no raw line break
            }
            if (c == '\\' && i + 1 < text.size()) {
                i = decode_escape(text, i, item);
                continue;
            }
            item.push_back(c);
            ++i;
        }
        if (!closed) {
            // A dump that cut the field at its length limit: the last item runs to the end.
            if (item.empty()) {
                return std::nullopt;
            }
            if (!first) {
                out += "\n\n";
            }
            return out + item;
        }
        drop_stray_string_end(item);
        if (!first) {
            out += "\n\n";
        }
        out += item;
        first = false;
        i = skip_spaces(text, i);
        if (i < text.size() && text[i] == ',') {
            i = skip_spaces(text, i + 1);
        } else {
            break;
        }
    }
    if (first || i >= text.size() || text[i] != ']' || skip_spaces(text, i + 1) != text.size()) {
        return std::nullopt;
    }
    return out;
}

std::optional<std::string> strip_html_tags(std::string_view text) {
    std::string out;
    std::string unclosed; // names of opaque elements without a closing tag, each followed by ' '
    bool comments_end = true;
    bool found = false;
    std::size_t copied = 0; // text before this index is in `out`
    for (auto lt = text.find('<'); lt != std::string_view::npos; lt = text.find('<', lt + 1)) {
        if (text.compare(lt, 9, "<![CDATA[") == 0) {
            // Script text (a flattened `// <![CDATA[ ... // ]]>`): no tag inside it is markup,
            // and the script rules take the whole section.
            const auto close = text.find("]]>", lt + 9);
            if (close == std::string_view::npos) {
                break;
            }
            lt = close + 2;
            continue;
        }
        std::size_t end = read_declaration(text, lt, comments_end);
        bool block = false;
        std::string_view caption_mark; // what a <figcaption> tag leaves, see below
        if (end == 0) {
            const auto tag = read_tag(text, lt);
            if (!tag) {
                continue;
            }
            end = tag->end;
            block = tag->kind == TagKind::block;
            if (iequals(tag->name, "figcaption")) {
                caption_mark = tag->closing ? kCaptionClose : kCaptionOpen;
            }
            if (tag->kind == TagKind::opaque && !tag->closing) {
                // An element that was not closed once is not closed later either: no search
                // again, so that a text of unclosed `<script>` tags stays linear.
                const auto close = unclosed.find(lower_name(tag->name)) != std::string::npos
                                       ? std::string_view::npos
                                       : find_closing(text, end, tag->name);
                if (close == std::string_view::npos) {
                    unclosed += lower_name(tag->name);
                }
                if (close != std::string_view::npos) {
                    end = close;
                }
                block = true;
            }
        }
        if (!found) {
            out.reserve(text.size());
            found = true;
        }
        out.append(text, copied, lt - copied);
        if (caption_mark == kCaptionClose) {
            out += caption_mark; // on the caption's line, before the break
        }
        if (block) {
            out.push_back('\n');
        }
        if (caption_mark == kCaptionOpen) {
            out += caption_mark;
        }
        copied = end;
        lt = end - 1;
    }
    if (!found) {
        return std::nullopt;
    }
    out.append(text, copied);
    return out;
}

std::optional<std::string> restore_line_breaks(std::string_view text) {
    std::string out;
    bool found = false;
    std::size_t copied = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        std::size_t run_end = i;
        if (c == '\\') {
            // A run of `\n` / `\r` escapes, not itself escaped and not starting a lower-case word
            // (`C:\new` stays).
            while (run_end + 1 < text.size() && text[run_end] == '\\' &&
                   (text[run_end + 1] == 'n' || text[run_end + 1] == 'r')) {
                run_end += 2;
            }
            const bool escaped = i > 0 && text[i - 1] == '\\';
            const bool word_follows =
                run_end < text.size() && text[run_end] >= 'a' && text[run_end] <= 'z';
            if (run_end == i || escaped || word_follows) {
                ++i;
                continue;
            }
        } else if (c == '\t') {
            // Two or more tabs (spaces between them allowed) after a sentence end.
            std::size_t tabs = 0;
            while (run_end < text.size() && (text[run_end] == '\t' || text[run_end] == ' ')) {
                tabs += text[run_end] == '\t' ? 1U : 0U;
                ++run_end;
            }
            std::size_t before = i;
            while (before > 0 && text[before - 1] == ' ') {
                --before;
            }
            if (tabs < 2 || before == 0 || !sentence_end(text[before - 1]) ||
                run_end == text.size() || text[run_end] == '\n' || text[run_end] == '\r') {
                i = run_end;
                continue;
            }
        } else {
            const auto next = first_of(text, '\\', '\t', i);
            i = next == std::string_view::npos ? text.size() : next;
            continue;
        }
        if (!found) {
            out.reserve(text.size());
            found = true;
        }
        out.append(text, copied, i - copied);
        if (c == '\\') {
            // One break per `\n`, and per `\r` that no `\n` follows (`\r\n` is one break).
            for (std::size_t k = i; k < run_end; k += 2) {
                if (text[k + 1] == 'n' || k + 2 >= run_end || text[k + 3] != 'n') {
                    out.push_back('\n');
                }
            }
        } else {
            out.push_back('\n');
        }
        copied = run_end;
        i = run_end;
    }
    if (!found) {
        return std::nullopt;
    }
    out.append(text, copied);
    return out;
}

} // namespace bersih::markup
