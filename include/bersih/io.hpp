#pragma once
// Readers for scrape dumps: plain text, JSONL, CSV and JSON arrays, plain or gzip/zstd compressed.
// A reader turns one input into a stream of records, or error records for the parts it cannot
// read; it never throws for bad input, so one bad record costs that record, not the run.
#include "bersih/io_compress.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace bersih::io {

enum class InputFormat { automatic, text, jsonl, csv, json };

/// "text", "jsonl", "csv", "json"; nullopt otherwise ("auto" gives automatic).
std::optional<InputFormat> input_format_from_string(std::string_view name) noexcept;
std::string_view to_string(InputFormat format) noexcept;
/// The format a path's extension names (".jsonl", ".ndjson", ".csv", ".json", each optionally
/// followed by ".gz" or ".zst"); text for anything else and for "-".
InputFormat format_from_extension(std::string_view path) noexcept;

/// How records are found in the input. A field left unset by the user (`*_explicit` false) may
/// be found under a common alternative name (e.g. "content", "isi_berita", "judul").
struct ReaderOptions {
    InputFormat format = InputFormat::automatic;
    std::string delimiter = "\f"; ///< text: a line holding only this separates records
    std::string text_field = "text";
    bool text_field_explicit = false;
    std::string title_field = "title";
    bool title_field_explicit = false;
    std::string id_field = "id";
    std::string url_field = "url";
    bool url_field_explicit = false;
    std::string date_field = "date"; ///< a publish date, used when the text states none
    bool date_field_explicit = false;
    std::string outlet_field = "outlet"; ///< the outlet's name or domain, which picks its profile
    bool outlet_field_explicit = false;
    /// Structured input with invalid UTF-8: false replaces each bad byte by U+FFFD (and marks the
    /// record), true makes the record an error.
    bool utf8_strict = false;
    /// The largest record a reader holds (--max-record-bytes): a larger one is an error record
    /// and reading goes on past it, so memory stays near this bound whatever the input.
    std::size_t max_record_bytes = std::size_t{64} << 20U;
};

/// "record of more than N bytes (--max-record-bytes)": the reason a too large record failed.
std::string too_large_reason(std::size_t max_record_bytes);

/// One article as read from the input.
// NOLINTNEXTLINE(bugprone-exception-escape): nlohmann::json's noexcept move only asserts its
// invariant, which holds for every value the readers build.
struct Record {
    std::string source;     ///< input path, "-" for standard input
    std::size_t record = 0; ///< 1-based record number within the source
    std::size_t line = 0;   ///< 1-based line where the record starts (0 when unknown)
    std::string text;       ///< the raw article text
    std::optional<std::string> title;
    std::optional<std::string> id;
    std::optional<std::string> url;
    std::optional<std::string> date;   ///< the record's own publish date, as the scraper wrote it
    std::optional<std::string> outlet; ///< the outlet the scraper named ("detik.com", "Kompas")
    std::string text_key;              ///< structured input: the key that held the text
    nlohmann::ordered_json
        fields;                ///< structured input: every field of the input record; null for text
    bool multi = false;        ///< the source holds (or may hold) several records
    bool invalid_utf8 = false; ///< invalid UTF-8 was replaced while reading
    bool utf8_checked = false; ///< the reader made sure `text` is valid UTF-8
    /// What the reader noticed but could read past (a repeated key, extra CSV columns): each is
    /// shown as a warning about this record.
    std::vector<std::string> warnings;

    [[nodiscard]] bool structured() const noexcept { return fields.is_object(); }
};

/// A record (or a whole input) that could not be read.
struct RecordError {
    std::string source;
    std::size_t record = 0;
    std::size_t line = 0;
    std::string reason;
};

using Item = std::variant<Record, RecordError>;

class Reader {
public:
    virtual ~Reader() = default;
    /// The next record or error; false at the end of the input. Never throws for bad input.
    virtual bool next(Item& item) = 0;
    /// Bytes consumed so far from the underlying file (compressed size for compressed input).
    [[nodiscard]] virtual std::uint64_t bytes_read() const noexcept = 0;
};

/// Open `path` ("-" is standard input), detecting compression by magic bytes and the format by
/// `options.format` or the extension. Never fails: an unreadable input yields one error record.
std::unique_ptr<Reader> open_reader(const std::string& path, const ReaderOptions& options);
/// A reader that yields just `error` (for an input that cannot be used at all).
std::unique_ptr<Reader> make_error_reader(RecordError error);
/// The same over an already open byte source (tests, fuzzers); `name` is the records' source. The
/// format is options.format, or the extension of `name` when automatic.
std::unique_ptr<Reader> open_reader(std::unique_ptr<ByteSource> source, const std::string& name,
                                    const ReaderOptions& options);

} // namespace bersih::io

namespace bersih::io {

/// Offset of the first byte that is not part of valid UTF-8 (overlong forms, surrogates and
/// code points above U+10FFFF are invalid); nullopt when all of `text` is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text) noexcept;
/// `text` with each byte that is not part of valid UTF-8 replaced by U+FFFD.
std::string replace_invalid_utf8(std::string_view text);

} // namespace bersih::io
