#include "learn/line_key.hpp"

#include <functional>

namespace bersih::learn {
namespace {

bool ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool ascii_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool ascii_punct(char c) noexcept {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x80 && u > 0x20 && !ascii_digit(c) && !(c >= 'a' && c <= 'z') &&
           !(c >= 'A' && c <= 'Z');
}

std::string join(const std::vector<std::string_view>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        if (i > from) {
            out.push_back(' ');
        }
        out.append(words[i]);
    }
    return out;
}

} // namespace

std::string fold_line(std::string_view line) {
    std::string out;
    out.reserve(line.size());
    bool space = false;
    bool digits = false;
    for (const char c : line) {
        if (ascii_space(c)) {
            space = !out.empty();
            digits = false;
            continue;
        }
        if (space) {
            out.push_back(' ');
            space = false;
        }
        if (ascii_digit(c)) {
            if (!digits) {
                out.push_back('0');
            }
            digits = true;
            continue;
        }
        digits = false;
        out.push_back(c);
    }
    return out;
}

std::vector<std::string_view> words_of(std::string_view folded) {
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start < folded.size()) {
        auto end = folded.find(' ', start);
        if (end == std::string_view::npos) {
            end = folded.size();
        }
        if (end > start) {
            words.push_back(folded.substr(start, end - start));
        }
        start = end + 1;
    }
    return words;
}

std::vector<std::string> keys_of(std::string_view folded, std::size_t max_head,
                                 std::size_t max_tail) {
    std::vector<std::string> keys;
    if (folded.empty()) {
        return keys;
    }
    keys.push_back(static_cast<char>(KeyKind::line) + std::string(folded));
    const auto words = words_of(folded);
    const std::size_t n = words.size();
    for (std::size_t k = 1; k <= max_head && k < n; ++k) {
        keys.push_back(static_cast<char>(KeyKind::head) + join(words, 0, k));
    }
    for (std::size_t k = 1; k <= max_tail && k < n; ++k) {
        keys.push_back(static_cast<char>(KeyKind::tail) + join(words, n - k, n));
    }
    return keys;
}

std::vector<KeySpan> key_spans(std::string_view folded, std::size_t max_head,
                               std::size_t max_tail) {
    std::vector<KeySpan> spans;
    if (folded.empty()) {
        return spans;
    }
    spans.push_back({KeyKind::line, 0, folded.size()});
    std::vector<std::size_t> spaces; // folded: single spaces, no space at either end
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (folded[i] == ' ') {
            spaces.push_back(i);
        }
    }
    for (std::size_t k = 1; k <= max_head && k <= spaces.size(); ++k) {
        spans.push_back({KeyKind::head, 0, spaces[k - 1]});
    }
    for (std::size_t k = 1; k <= max_tail && k <= spaces.size(); ++k) {
        spans.push_back({KeyKind::tail, spaces[spaces.size() - k] + 1, folded.size()});
    }
    return spans;
}

std::string key_text(std::string_view folded, const KeySpan& span) {
    std::string key(1, static_cast<char>(span.kind));
    key.append(folded.substr(span.begin, span.end - span.begin));
    return key;
}

std::uint64_t key_hash(KeyKind kind, std::string_view fixed) noexcept {
    const auto h = static_cast<std::uint64_t>(std::hash<std::string_view>{}(fixed));
    return h * 0x9e3779b97f4a7c15ULL + static_cast<unsigned char>(kind);
}

KeyKind kind_of(std::string_view key) noexcept {
    return key.empty() ? KeyKind::line : static_cast<KeyKind>(key.front());
}

std::string_view fixed_of(std::string_view key) noexcept {
    return key.empty() ? key : key.substr(1);
}

std::string escape_fixed(std::string_view fixed) {
    std::string out;
    out.reserve(fixed.size() * 2);
    for (const char c : fixed) {
        if (c == '0') {
            out += "\\d+";
        } else if (c == '\'') {
            out += "\\x27";
        } else if (c == ' ') {
            out.push_back(' ');
        } else if (ascii_punct(c)) {
            out.push_back('\\');
            out.push_back(c);
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::string pattern_of(std::string_view key) {
    const std::string fixed = escape_fixed(fixed_of(key));
    switch (kind_of(key)) {
    case KeyKind::head:
        return "^" + fixed + " .+$";
    case KeyKind::tail:
        return "^.+ " + fixed + "$";
    case KeyKind::line:
        break;
    }
    return "^" + fixed + "$";
}

} // namespace bersih::learn
