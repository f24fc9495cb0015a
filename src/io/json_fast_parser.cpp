// A JSON parser for the common case of a record line, in front of nlohmann's: its lexer copies
// every byte of a string twice through push_back (one copy kept for error messages) and the
// parser copies the finished string once more, which made reading the largest cost of a JSONL run
// after the rules. This one copies each string once and leaves everything unusual to nlohmann:
// whatever it does not take (a syntax error, a control byte or invalid UTF-8 in a string, a lone
// surrogate, a BOM, very deep nesting) returns nullopt, and nlohmann's parse then gives the value
// or the exact error message as before. Numbers are handed to nlohmann one token at a time, so
// their types and values are nlohmann's own.
#include "core/json_bytes.hpp"
#include "core/utf8_sequence.hpp"
#include "io/readers.hpp"

#include <cstdint>
#include <cstring>

namespace bersih::io {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kMaxDepth = 256; // deeper input goes to nlohmann, which does not recurse

class FastParser {
public:
    explicit FastParser(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

    std::optional<Json> document() {
        Json value;
        skip_space();
        if (!parse_value(value, 0)) {
            return std::nullopt;
        }
        skip_space();
        if (p_ != end_) {
            return std::nullopt;
        }
        return value;
    }

private:
    void skip_space() noexcept {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) {
            ++p_;
        }
    }

    bool consume(char c) noexcept {
        skip_space();
        if (p_ != end_ && *p_ == c) {
            ++p_;
            return true;
        }
        return false;
    }

    bool literal(std::string_view word) noexcept {
        if (static_cast<std::size_t>(end_ - p_) < word.size() ||
            std::memcmp(p_, word.data(), word.size()) != 0) {
            return false;
        }
        p_ += word.size();
        return true;
    }

    bool parse_value(Json& out, std::size_t depth) {
        if (p_ == end_ || depth > kMaxDepth) {
            return false;
        }
        switch (*p_) {
        case '{':
            return parse_object(out, depth);
        case '[':
            return parse_array(out, depth);
        case '"': {
            std::string text;
            if (!parse_string(text)) {
                return false;
            }
            out = std::move(text);
            return true;
        }
        case 't':
            out = true;
            return literal("true");
        case 'f':
            out = false;
            return literal("false");
        case 'n':
            out = nullptr;
            return literal("null");
        default:
            return parse_number(out);
        }
    }

    bool parse_object(Json& out, std::size_t depth) {
        ++p_; // '{'
        out = Json::object();
        if (consume('}')) {
            return true;
        }
        do {
            skip_space();
            std::string key;
            if (p_ == end_ || *p_ != '"' || !parse_string(key) || !consume(':')) {
                return false;
            }
            skip_space();
            Json value;
            if (!parse_value(value, depth + 1)) {
                return false;
            }
            // A repeated key keeps its first place and takes the last value, as in nlohmann.
            out[std::move(key)] = std::move(value);
        } while (consume(','));
        return consume('}');
    }

    bool parse_array(Json& out, std::size_t depth) {
        ++p_; // '['
        out = Json::array();
        if (consume(']')) {
            return true;
        }
        do {
            skip_space();
            Json value;
            if (!parse_value(value, depth + 1)) {
                return false;
            }
            out.push_back(std::move(value));
        } while (consume(','));
        return consume(']');
    }

    // The token is the longest run of number characters; nlohmann reads it alone, which gives
    // its own integer/unsigned/float choice and value, and rejects what it would reject in place.
    bool parse_number(Json& out) {
        const char* start = p_;
        while (p_ != end_ && ((*p_ >= '0' && *p_ <= '9') || *p_ == '-' || *p_ == '+' ||
                              *p_ == '.' || *p_ == 'e' || *p_ == 'E')) {
            ++p_;
        }
        if (p_ == start) {
            return false;
        }
        out = Json::parse(std::string_view(start, static_cast<std::size_t>(p_ - start)), nullptr,
                          false);
        return !out.is_discarded() && out.is_number();
    }

    static int hex_digit(char c) noexcept {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    // Four hex digits after "\u"; -1 when they are not.
    long hex4() noexcept {
        if (end_ - p_ < 4) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hex_digit(*p_++);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    static void append_utf8(std::string& out, std::uint32_t cp) {
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0U | (cp >> 6U)));
            out.push_back(static_cast<char>(0x80U | (cp & 0x3FU)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0U | (cp >> 12U)));
            out.push_back(static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU)));
            out.push_back(static_cast<char>(0x80U | (cp & 0x3FU)));
        } else {
            out.push_back(static_cast<char>(0xF0U | (cp >> 18U)));
            out.push_back(static_cast<char>(0x80U | ((cp >> 12U) & 0x3FU)));
            out.push_back(static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU)));
            out.push_back(static_cast<char>(0x80U | (cp & 0x3FU)));
        }
    }

    // After "\u": one code point, a surrogate pair taken together; false for a lone surrogate.
    bool unicode_escape(std::string& out) {
        const long first = hex4();
        if (first < 0 || (first >= 0xDC00 && first <= 0xDFFF)) {
            return false;
        }
        auto cp = static_cast<std::uint32_t>(first);
        if (first >= 0xD800 && first <= 0xDBFF) {
            if (!literal("\\u")) {
                return false;
            }
            const long second = hex4();
            if (second < 0xDC00 || second > 0xDFFF) {
                return false;
            }
            cp =
                0x10000U + ((cp - 0xD800U) << 10U) + (static_cast<std::uint32_t>(second) - 0xDC00U);
        }
        append_utf8(out, cp);
        return true;
    }

    bool escape(std::string& out) {
        if (p_ == end_) {
            return false;
        }
        const char c = *p_++;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out.push_back(c);
            return true;
        case 'b':
            out.push_back('\b');
            return true;
        case 'f':
            out.push_back('\f');
            return true;
        case 'n':
            out.push_back('\n');
            return true;
        case 'r':
            out.push_back('\r');
            return true;
        case 't':
            out.push_back('\t');
            return true;
        case 'u':
            return unicode_escape(out);
        default:
            return false;
        }
    }

    // Bytes from here to the closing quote (one not escaped by an odd run of backslashes), or to
    // the end: the decoded string is never longer, so reserving this many spares the string its
    // doublings and its slack (the article text is held until the record is written).
    [[nodiscard]] std::size_t raw_string_length() const noexcept {
        const char* from = p_;
        for (;;) {
            const void* found = std::memchr(from, '"', static_cast<std::size_t>(end_ - from));
            if (found == nullptr) {
                return static_cast<std::size_t>(end_ - p_);
            }
            const char* quote = static_cast<const char*>(found);
            std::size_t backslashes = 0;
            for (const char* b = quote; b != p_ && b[-1] == '\\'; --b) {
                ++backslashes;
            }
            if (backslashes % 2 == 0) {
                return static_cast<std::size_t>(quote - p_);
            }
            from = quote + 1;
        }
    }

    // From the opening quote; runs of plain bytes are appended whole.
    bool parse_string(std::string& out) {
        ++p_; // '"'
        out.reserve(raw_string_length());
        const char* run = p_;
        while (p_ != end_) {
            while (end_ - p_ >= 8 && !json_word_needs_look(p_)) {
                p_ += 8;
            }
            if (p_ == end_) {
                break;
            }
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                out.append(run, p_);
                ++p_;
                return true;
            }
            if (c == '\\') {
                out.append(run, p_);
                ++p_;
                if (!escape(out)) {
                    return false;
                }
                run = p_;
            } else if (c < 0x20) {
                return false; // nlohmann rejects control bytes in strings
            } else if (c >= 0x80) {
                const std::size_t len =
                    valid_utf8_sequence_length(reinterpret_cast<const unsigned char*>(p_),
                                               static_cast<std::size_t>(end_ - p_));
                if (len == 0) {
                    return false;
                }
                p_ += len;
            } else {
                ++p_;
            }
        }
        return false; // unterminated
    }

    const char* p_;
    const char* end_;
};

} // namespace

std::optional<nlohmann::ordered_json> parse_json_fast(std::string_view text) {
    return FastParser(text).document();
}

} // namespace bersih::io
