// A JSON record, exactly: the fast parser when it takes the text, else nlohmann's SAX parser
// building the value here, so that (1) nesting is bounded (kMaxJsonDepth: deeper values would be
// copied and destroyed by recursion later), (2) repeated keys are reported, and (3) numbers keep
// their text. nlohmann's SAX events give a float's text but not an integer's, and a number out of
// double range (1e400) is an error to it; so the number tokens are found first by a small scan
// (outside strings, in document order, as the events come), an out-of-range one is handed to
// nlohmann as "0", and each number event takes the next token's text: when nlohmann would print
// the number differently, the text is kept (raw_number.hpp).
#include "core/raw_number.hpp"
#include "io/readers.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

namespace bersih::io {
namespace {

using Json = nlohmann::ordered_json;

struct NumberToken {
    std::size_t begin = 0;
    std::size_t size = 0;
};

bool number_char(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

/// The number tokens of `text`, outside strings, in order.
std::vector<NumberToken> number_tokens(std::string_view text) {
    std::vector<NumberToken> tokens;
    bool in_string = false;
    bool escape = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (escape) {
                escape = false;
            } else if (c == '\\') {
                escape = true;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            std::size_t end = i;
            while (end < text.size() && number_char(text[end])) {
                ++end;
            }
            tokens.push_back({i, end - i});
            i = end - 1;
        }
    }
    return tokens;
}

/// Whether nlohmann would refuse the number as out of double range.
bool out_of_range(std::string_view token) {
    if (token.size() < 16 && token.find_first_of("eE") == std::string_view::npos) {
        return false;
    }
    const std::string copy(token);
    return !std::isfinite(std::strtod(copy.c_str(), nullptr));
}

class Builder {
public:
    Builder(std::string_view original, std::vector<NumberToken> tokens,
            std::vector<std::string>& warnings)
        : original_(original), tokens_(std::move(tokens)), warnings_(warnings) {}

    bool null() { return put(Json(nullptr)); }
    bool boolean(bool value) { return put(Json(value)); }
    bool number_integer(Json::number_integer_t value) {
        return number(Json(value), std::to_string(value));
    }
    bool number_unsigned(Json::number_unsigned_t value) {
        return number(Json(value), std::to_string(value));
    }
    bool number_float(Json::number_float_t value, const std::string& /*text*/) {
        return number(Json(value), {});
    }
    bool string(std::string& value) { return put(Json(std::move(value))); }
    bool binary(Json::binary_t& value) { return put(Json::binary(std::move(value))); }
    bool start_object(std::size_t /*size*/) { return open(Json::object()); }
    bool start_array(std::size_t /*size*/) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(std::string& name) {
        Json& object = *stack_.back();
        if (object.contains(name)) {
            warnings_.push_back(fmt::format("duplicate key '{}': the last value is kept", name));
        }
        // A repeated key keeps its first place and takes the last value, as in nlohmann.
        slot_ = &object[name];
        return true;
    }
    bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                     const nlohmann::detail::exception& error) {
        error_ = fmt::format("malformed JSON: {}", short_message(error.what()));
        return false;
    }

    Json root;
    std::string error_;

private:
    bool number(Json value, const std::string& printed) {
        if (next_token_ < tokens_.size()) {
            const auto& token = tokens_[next_token_++];
            const auto text = original_.substr(token.begin, token.size);
            if (printed.empty() || text != printed) {
                // A float, or an integer nlohmann would print otherwise ("-0"): as written.
                return put(raw_number(text));
            }
        }
        return put(std::move(value));
    }

    bool put(Json value) {
        if (stack_.empty()) {
            root = std::move(value);
            return true;
        }
        Json& container = *stack_.back();
        if (container.is_array()) {
            container.push_back(std::move(value));
        } else {
            *slot_ = std::move(value);
        }
        return true;
    }

    bool open(Json container) {
        if (stack_.size() >= kMaxJsonDepth) {
            error_ = fmt::format("JSON nested deeper than {} levels", kMaxJsonDepth);
            return false;
        }
        Json* placed = nullptr;
        if (stack_.empty()) {
            root = std::move(container);
            placed = &root;
        } else if (stack_.back()->is_array()) {
            stack_.back()->push_back(std::move(container));
            placed = &stack_.back()->back();
        } else {
            *slot_ = std::move(container);
            placed = slot_;
        }
        // Pointers stay valid: a container grows only while it is the innermost open one.
        stack_.push_back(placed);
        return true;
    }

    bool close() {
        stack_.pop_back();
        return true;
    }

    std::string_view original_;
    std::vector<NumberToken> tokens_;
    std::size_t next_token_ = 0;
    std::vector<std::string>& warnings_;
    std::vector<Json*> stack_;
    Json* slot_ = nullptr;
};

} // namespace

std::optional<std::string> parse_json_record(std::string_view text, nlohmann::ordered_json& out,
                                             std::vector<std::string>& warnings) {
    std::vector<std::string> duplicates;
    if (auto fast = parse_json_fast(text, &duplicates)) {
        for (const auto& key : duplicates) {
            warnings.push_back(fmt::format("duplicate key '{}': the last value is kept", key));
        }
        out = std::move(*fast);
        return std::nullopt;
    }
    auto tokens = number_tokens(text);
    // nlohmann refuses a number out of double range: it parses "0" in its place, and the token's
    // text is what is kept.
    std::string patched;
    std::size_t copied = 0;
    for (const auto& token : tokens) {
        const auto number = text.substr(token.begin, token.size);
        if (out_of_range(number)) {
            patched.append(text.substr(copied, token.begin - copied));
            patched.push_back('0');
            copied = token.begin + token.size;
        }
    }
    std::string_view parsed = text;
    if (copied > 0) {
        patched.append(text.substr(copied));
        parsed = patched;
    }
    std::vector<std::string> found;
    Builder builder(text, std::move(tokens), found);
    if (!Json::sax_parse(parsed, &builder)) {
        return builder.error_.empty() ? std::string("malformed JSON") : builder.error_;
    }
    warnings.insert(warnings.end(), found.begin(), found.end());
    out = std::move(builder.root);
    return std::nullopt;
}

} // namespace bersih::io
