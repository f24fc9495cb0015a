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
                                         const ReaderOptions& options);  // text_reader.cpp
std::unique_ptr<Reader> make_jsonl_reader(std::string path, std::unique_ptr<LineReader> lines,
                                          const ReaderOptions& options); // jsonl_reader.cpp
std::unique_ptr<Reader> make_csv_reader(std::string path, std::unique_ptr<LineReader> lines,
                                        const ReaderOptions& options);   // csv_reader.cpp
std::unique_ptr<Reader> make_json_reader(std::string path, std::unique_ptr<LineReader> lines,
                                         const ReaderOptions& options);  // json_reader.cpp

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

/// A reader that yields one error, for inputs that cannot be opened at all. reader.cpp
std::unique_ptr<Reader> make_failed_reader(RecordError error);

} // namespace bersih::io
