#include "core/json_writer.hpp"

#include "core/bytes16.hpp"
#include "core/json_bytes.hpp"
#include "core/raw_number.hpp"
#include "core/utf8_sequence.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace bersih {
namespace {

void append_escape(std::string& out, unsigned char c) {
    switch (c) {
    case '\b':
        out += "\\b";
        break;
    case '\t':
        out += "\\t";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\f':
        out += "\\f";
        break;
    case '\r':
        out += "\\r";
        break;
    case '"':
        out += "\\\"";
        break;
    case '\\':
        out += "\\\\";
        break;
    default: {
        constexpr std::string_view kHex = "0123456789abcdef";
        const std::array<char, 6> escaped{'\\', 'u', '0', '0', kHex[c >> 4U], kHex[c & 0xFU]};
        out.append(escaped.data(), escaped.size());
        break;
    }
    }
}

bool needs_escape(unsigned char c) noexcept { return c < 0x20 || c == '"' || c == '\\'; }

// `text`, known to be valid UTF-8: only the bytes JSON escapes need a look, sixteen at a time;
// a block that holds one is gone through byte by byte.
void append_escaped_valid(std::string& out, std::string_view text) {
    const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = begin + text.size();
    const auto* copied = begin; // bytes before this one are in `out`
    const auto* p = begin;
    const auto escape_at = [&](const unsigned char* at) {
        out.append(reinterpret_cast<const char*>(copied), static_cast<std::size_t>(at - copied));
        append_escape(out, *at);
        copied = at + 1;
    };
    while (end - p >= static_cast<std::ptrdiff_t>(bytes16::kSize)) {
        const bytes16::Bytes16 c = bytes16::load(p);
        const auto look = (c < 0x20) | (c == '"') | (c == '\\');
        std::uint64_t halves[2];
        bytes16::halves(look, halves);
        if ((halves[0] | halves[1]) != 0) {
            for (std::size_t k = 0; k < bytes16::kSize; ++k) {
                if (needs_escape(p[k])) {
                    escape_at(p + k);
                }
            }
        }
        p += bytes16::kSize;
    }
    for (; p < end; ++p) {
        if (needs_escape(*p)) {
            escape_at(p);
        }
    }
    out.append(reinterpret_cast<const char*>(copied), static_cast<std::size_t>(end - copied));
}

} // namespace

bool append_escaped_utf8(std::string& out, std::string_view text) {
    if (long_and_valid_utf8(text)) {
        append_escaped_valid(out, text);
        return true;
    }
    const std::size_t start = out.size();
    const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = begin + text.size();
    const auto* copied = begin; // bytes before this one are in `out`
    const auto* p = begin;
    while (p < end) {
        while (end - p >= 8 && !json_word_needs_look(p)) {
            p += 8;
        }
        if (p == end) {
            break;
        }
        const unsigned char c = *p;
        if (c >= 0x80) {
            const std::size_t len =
                valid_utf8_sequence_length(p, static_cast<std::size_t>(end - p));
            if (len == 0) {
                out.resize(start);
                return false;
            }
            p += len;
        } else if (c < 0x20 || c == '"' || c == '\\') {
            out.append(reinterpret_cast<const char*>(copied), static_cast<std::size_t>(p - copied));
            append_escape(out, c);
            copied = ++p;
        } else {
            ++p;
        }
    }
    out.append(reinterpret_cast<const char*>(copied), static_cast<std::size_t>(end - copied));
    return true;
}

void append_json_string(std::string& out, std::string_view text) {
    out.push_back('"');
    if (append_escaped_utf8(out, text)) {
        out.push_back('"');
        return;
    }
    out.pop_back();
    out += nlohmann::ordered_json(text).dump(-1, ' ', false,
                                             nlohmann::ordered_json::error_handler_t::replace);
}

void JsonWriter::next_element() {
    auto& count = open_.back();
    if (count > 0) {
        out_.push_back(',');
    }
    ++count;
    if (indent_ >= 0) {
        out_.push_back('\n');
        out_.append(open_.size() * static_cast<std::size_t>(indent_), ' ');
    }
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
    } else if (!open_.empty()) {
        next_element();
    }
}

void JsonWriter::close(char bracket) {
    const std::size_t count = open_.back();
    open_.pop_back();
    // nlohmann writes an empty container as "{}" / "[]" even when indenting.
    if (count > 0 && indent_ >= 0) {
        out_.push_back('\n');
        out_.append(open_.size() * static_cast<std::size_t>(indent_), ' ');
    }
    out_.push_back(bracket);
}

void JsonWriter::begin_object() {
    before_value();
    out_.push_back('{');
    open_.push_back(0);
}

void JsonWriter::end_object() { close('}'); }

void JsonWriter::begin_array() {
    before_value();
    out_.push_back('[');
    open_.push_back(0);
}

void JsonWriter::end_array() { close(']'); }

void JsonWriter::key(std::string_view name) {
    next_element();
    append_json_string(out_, name);
    out_ += indent_ >= 0 ? ": " : ":";
    after_key_ = true;
}

void JsonWriter::string(std::string_view text) {
    before_value();
    append_json_string(out_, text);
}

void JsonWriter::optional_string(const std::optional<std::string>& text) {
    if (text) {
        string(*text);
    } else {
        before_value();
        out_ += "null";
    }
}

void JsonWriter::boolean(bool value) {
    before_value();
    out_ += value ? "true" : "false";
}

void JsonWriter::number(std::size_t value) {
    before_value();
    std::array<char, 24> digits{};
    const auto result = std::to_chars(digits.data(), digits.data() + digits.size(), value);
    out_.append(digits.data(), result.ptr);
}

void JsonWriter::joined(const std::vector<std::string>& texts, std::string_view separator) {
    before_value();
    const std::size_t start = out_.size();
    out_.push_back('"');
    bool valid = true;
    for (std::size_t i = 0; i < texts.size() && valid; ++i) {
        valid =
            (i == 0 || append_escaped_utf8(out_, separator)) && append_escaped_utf8(out_, texts[i]);
    }
    if (valid) {
        out_.push_back('"');
        return;
    }
    // Invalid UTF-8 next to a separator is replaced differently than on its own: join first.
    out_.resize(start);
    std::string text;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (i > 0) {
            text += separator;
        }
        text += texts[i];
    }
    append_json_string(out_, text);
}

void JsonWriter::strings(const std::vector<std::string>& texts) {
    begin_array();
    for (const auto& text : texts) {
        string(text);
    }
    end_array();
}

void JsonWriter::scalar(const nlohmann::ordered_json& json) {
    if (json.is_string()) {
        string(json.get_ref<const std::string&>());
        return;
    }
    before_value();
    if (const auto raw = raw_number_text(json)) {
        out_ += *raw; // a number as the input wrote it (raw_number.hpp)
        return;
    }
    // Numbers (nlohmann's own float formatting), booleans, null: rare in a record, and nlohmann's
    // text for them is the reference.
    out_ += json.dump();
}

void JsonWriter::value(const nlohmann::ordered_json& json) {
    // Iterative, with the open containers on a heap stack: a record nested 50,000 levels deep
    // must not overflow the call stack (the readers refuse such records, but the writer is also
    // handed values from elsewhere).
    struct Open {
        const nlohmann::ordered_json* container;
        nlohmann::ordered_json::const_iterator next;
    };
    std::vector<Open> open;
    const nlohmann::ordered_json* pending = &json;
    for (;;) {
        if (pending != nullptr) {
            if (pending->is_object()) {
                begin_object();
                open.push_back({pending, pending->cbegin()});
            } else if (pending->is_array()) {
                begin_array();
                open.push_back({pending, pending->cbegin()});
            } else {
                scalar(*pending);
            }
            pending = nullptr;
        }
        if (open.empty()) {
            return;
        }
        Open& top = open.back();
        if (top.next == top.container->cend()) {
            if (top.container->is_object()) {
                end_object();
            } else {
                end_array();
            }
            open.pop_back();
            continue;
        }
        if (top.container->is_object()) {
            key(top.next.key());
        }
        pending = &*top.next;
        ++top.next;
    }
}

} // namespace bersih
