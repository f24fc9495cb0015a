#pragma once
// The readers behind open_reader(), one per file; not part of the public API.
#include "bersih/io.hpp"
#include "io/line_reader.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bersih::io {

std::unique_ptr<Reader> make_text_reader(std::string path, std::unique_ptr<LineReader> lines,
                                         const ReaderOptions& options); // text_reader.cpp
std::unique_ptr<Reader> make_jsonl_reader(std::string path, std::unique_ptr<LineReader> lines,
                                          const ReaderOptions& options); // jsonl_reader.cpp
std::unique_ptr<Reader> make_csv_reader(std::string path, std::unique_ptr<LineReader> lines,
                                        const ReaderOptions& options); // csv_reader.cpp
std::unique_ptr<Reader> make_json_reader(std::string path, std::unique_ptr<LineReader> lines,
                                         const ReaderOptions& options); // json_reader.cpp

/// Fill `record` (text, title, id, url, fields) from one input object; the reason when the
/// object cannot be used (missing text field, wrong field type). record_fields.cpp
std::optional<std::string> record_from_object(nlohmann::ordered_json&& object,
                                              const ReaderOptions& options, Record& record);

/// Split a whole CSV text into records of fields; nullopt on an unbalanced quote (tests).
/// csv_reader.cpp
std::optional<std::vector<std::vector<std::string>>> csv_split(std::string_view text);

/// nlohmann's exception message, short: no "[json.exception...]" prefix, no echo of the input.
/// jsonl_reader.cpp
std::string short_message(const char* what);

/// The deepest nesting of objects and arrays a JSON record may have; a deeper record is a failed
/// record (documented in the README). Values deeper than this would be copied and written by
/// recursion elsewhere.
inline constexpr std::size_t kMaxJsonDepth = 256;

/// One JSON text parsed as nlohmann::ordered_json::parse parses it, for the usual record; nullopt
/// for anything the fast path leaves to the exact parser (errors, fractions and exponents, -0,
/// nesting deeper than kMaxJsonDepth). Each repeated key of an object is appended to
/// `duplicates`. json_fast_parser.cpp
std::optional<nlohmann::ordered_json>
parse_json_fast(std::string_view text, std::vector<std::string>* duplicates = nullptr);

/// One JSON record: the fast parser when it takes the text, else nlohmann's parser with every
/// number that nlohmann would print differently kept as written (raw_number.hpp). Returns the
/// reason when the text is not JSON or nests deeper than kMaxJsonDepth; each repeated key adds a
/// warning to `warnings`. json_record_parser.cpp
std::optional<std::string> parse_json_record(std::string_view text, nlohmann::ordered_json& out,
                                             std::vector<std::string>& warnings);

/// Common ground of the readers of structured files (CSV, JSON arrays): the file's lines with the
/// BOM skipped, the options, the count of records so far and whether the input has ended.
/// reader.cpp
class StructuredReader : public Reader {
public:
    StructuredReader(std::string path, std::unique_ptr<LineReader> lines, ReaderOptions options);
    [[nodiscard]] std::uint64_t bytes_read() const noexcept final { return lines_->raw_bytes(); }

protected:
    /// The next record, numbered, from one parsed object that began on `line`: a Record, or the
    /// error record saying why the object cannot be one (missing text field, wrong type).
    Item record_from(nlohmann::ordered_json&& object, std::size_t line,
                     std::vector<std::string> warnings = {});
    /// End the input with an error record for the record being read.
    bool fail(Item& item, std::string reason, std::size_t line);

    std::string path_;
    std::unique_ptr<LineReader> lines_;
    ReaderOptions options_;
    std::size_t count_ = 0; ///< records (and error records) yielded so far
    bool done_ = false;
};

/// A reader that yields one error, for inputs that cannot be opened at all. reader.cpp
std::unique_ptr<Reader> make_failed_reader(RecordError error);

} // namespace bersih::io
