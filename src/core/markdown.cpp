// Markdown left by scrapers that write it (trafilatura's markdown output, reader services,
// crawlers for LLM data): the syntax is markup like HTML tags, not text, so it is undone before
// the lines are split, and the rules see "SUKAMAJU, Site.id - ..." rather than
// "**SUKAMAJU, Site.id** - ...". Only a record that reads as markdown is touched: a plain article
// with a stray "**" or "[1]" stays as it is.
#include "markup.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace bersih::markup {
namespace {

constexpr std::size_t kMinSignals = 2; // one link or one bold word is no proof of markdown
constexpr std::size_t kMaxHeadingLevel = 6;

bool starts_heading(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && line[n] == '#') {
        ++n;
    }
    return n >= 1 && n <= kMaxHeadingLevel && n < line.size() && line[n] == ' ';
}

// The end of "(url)" or "(url "title")" opening at p, or npos.
std::size_t link_target_end(std::string_view s, std::size_t p) {
    if (p >= s.size() || s[p] != '(') {
        return std::string_view::npos;
    }
    const std::size_t close = s.find(')', p);
    if (close == std::string_view::npos || close == p + 1) {
        return std::string_view::npos;
    }
    const std::string_view target = s.substr(p + 1, close - p - 1);
    const std::size_t space = target.find(' ');
    const std::string_view url = target.substr(0, space);
    const bool address = url.starts_with("http://") || url.starts_with("https://") ||
                         url.starts_with("/") || url.starts_with("www.") ||
                         url.starts_with("mailto:");
    const bool titled =
        space == std::string_view::npos || target.substr(space + 1).starts_with('"');
    return address && titled ? close + 1 : std::string_view::npos;
}

// "[text](url)" at p (the '['): where it ends and where its text ends, or npos.
std::size_t link_end(std::string_view s, std::size_t p, std::size_t& text_end) {
    text_end = s.find(']', p + 1);
    if (text_end == std::string_view::npos) {
        return std::string_view::npos;
    }
    const std::string_view inner = s.substr(p + 1, text_end - p - 1);
    if (inner.find('[') != std::string_view::npos) {
        return std::string_view::npos;
    }
    return link_target_end(s, text_end + 1);
}

std::size_t count_signals(std::string_view text) {
    std::size_t signals = 0;
    std::size_t p = 0;
    while ((p = text.find("](", p)) != std::string_view::npos && signals < kMinSignals) {
        if (link_target_end(text, p + 1) != std::string_view::npos) {
            ++signals;
        }
        p += 2;
    }
    std::size_t start = 0;
    while (start < text.size() && signals < kMinSignals) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        if (starts_heading(line)) {
            ++signals;
        }
        start = end + 1;
    }
    if (const std::size_t bold = text.find("**");
        bold != std::string_view::npos && text.find("**", bold + 3) != std::string_view::npos) {
        ++signals;
    }
    return signals;
}

// "**x**" and "__x__" pairs in one line: both markers go when they enclose text that does not
// start or end with a space.
std::string drop_strong(std::string_view line) {
    std::string out;
    std::size_t p = 0;
    while (p < line.size()) {
        const bool marker =
            p + 1 < line.size() && (line[p] == '*' || line[p] == '_') && line[p + 1] == line[p];
        if (marker) {
            const std::string_view pair = line.substr(p, 2);
            const std::size_t close = line.find(pair, p + 2);
            if (close != std::string_view::npos && close > p + 2 && line[p + 2] != ' ' &&
                line[close - 1] != ' ') {
                out.append(line.substr(p + 2, close - p - 2));
                p = close + 2;
                continue;
            }
        }
        out.push_back(line[p]);
        ++p;
    }
    return out;
}

// Images go, links keep their text.
std::string drop_links(std::string_view line) {
    std::string out;
    std::size_t p = 0;
    while (p < line.size()) {
        const bool image = line[p] == '!' && p + 1 < line.size() && line[p + 1] == '[';
        const std::size_t open = image ? p + 1 : p;
        if (line[open] == '[') {
            std::size_t text_end = 0;
            if (const std::size_t end = link_end(line, open, text_end);
                end != std::string_view::npos) {
                if (!image) {
                    out.append(line.substr(open + 1, text_end - open - 1));
                }
                p = end;
                continue;
            }
        }
        out.push_back(line[p]);
        ++p;
    }
    return out;
}

// A line wrapped whole in one "*" or "_" (an italic caption): the markers go.
std::string drop_line_emphasis(std::string line) {
    const std::size_t first = line.find_first_not_of(' ');
    const std::size_t last = line.find_last_not_of(' ');
    if (first == std::string::npos || last <= first + 1) {
        return line;
    }
    const char m = line[first];
    const bool wrapped = (m == '*' || m == '_') && line[last] == m && line[first + 1] != m &&
                         line[first + 1] != ' ' && line[last - 1] != ' ' && line[last - 1] != m;
    return wrapped ? line.substr(first + 1, last - first - 1) : line;
}

std::string strip_line(std::string_view line) {
    if (starts_heading(line)) {
        line.remove_prefix(line.find(' ') + 1);
        while (!line.empty() && (line.back() == '#' || line.back() == ' ')) {
            line.remove_suffix(1);
        }
    }
    return drop_line_emphasis(drop_strong(drop_links(line)));
}

} // namespace

std::optional<std::string> strip_markdown(std::string_view text) {
    if (count_signals(text) < kMinSignals) {
        return std::nullopt;
    }
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        out += strip_line(text.substr(start, end - start));
        if (end < text.size()) {
            out.push_back('\n');
        }
        start = end + 1;
    }
    return out;
}

} // namespace bersih::markup
