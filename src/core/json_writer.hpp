#pragma once
// JSON text written straight into a string, byte for byte as nlohmann's
// dump(indent, ' ', false, error_handler_t::replace) writes the same value, without building the
// json value first: building it copied every string once more and nlohmann's escaper looks at
// each byte through a UTF-8 decoder, which made serialisation the largest single cost of a
// JSONL run.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bersih {

/// Append `text` as a JSON string (quotes included), escaped as nlohmann escapes it: \b \t \n \f
/// \r \" \\, other bytes below 0x20 as \u00xx, everything else (UTF-8 included) as it is. A
/// string that is not valid UTF-8 is handed to nlohmann, whose replace handler decides where the
/// U+FFFD go.
void append_json_string(std::string& out, std::string_view text);
/// The inside of that string (no quotes), when `text` is valid UTF-8; false, with `out` as it was,
/// when it is not.
bool append_escaped_utf8(std::string& out, std::string_view text);

/// Writes one JSON value: containers are opened and closed, members named with key(); the
/// separators and the indentation are the writer's business.
class JsonWriter {
public:
    /// indent < 0: everything on one line; otherwise that many spaces per level.
    JsonWriter(std::string& out, int indent) : out_(out), indent_(indent) {}

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// Name the member whose value is written next.
    void key(std::string_view name);

    void string(std::string_view text);
    void optional_string(const std::optional<std::string>& text);
    void boolean(bool value);
    void number(std::size_t value);
    /// Any nlohmann value, containers written member by member (iteratively: any depth). A number
    /// kept as raw text (raw_number.hpp) is written as that text.
    void value(const nlohmann::ordered_json& json);
    /// An array of strings.
    void strings(const std::vector<std::string>& texts);
    /// One string: `texts` joined by `separator`, without joining them first.
    void joined(const std::vector<std::string>& texts, std::string_view separator);

private:
    void scalar(const nlohmann::ordered_json& json);
    void before_value();
    void next_element();
    void close(char bracket);

    std::string& out_;
    int indent_;
    std::vector<std::size_t> open_; ///< elements written so far in each open container
    bool after_key_ = false;
};

} // namespace bersih
