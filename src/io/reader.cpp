// Format names and detection, and open_reader(): compression by magic bytes, format by option or
// extension, binary inputs refused, and every failure to open turned into an error record.
#include "bersih/io.hpp"
#include "io/readers.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>

namespace bersih::io {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

class FailedReader final : public Reader {
public:
    explicit FailedReader(RecordError error) : error_(std::move(error)) {}
    bool next(Item& item) override {
        if (done_) {
            return false;
        }
        done_ = true;
        item = error_;
        return true;
    }
    [[nodiscard]] std::uint64_t bytes_read() const noexcept override { return 0; }

private:
    RecordError error_;
    bool done_ = false;
};

/// "UTF-16LE" or "UTF-16BE" when `head` starts with that byte-order mark, or has a NUL at every
/// other byte as ASCII text in UTF-16 has; nullopt otherwise.
std::optional<std::string_view> utf16_name(std::string_view head) {
    if (head.starts_with("\xFF\xFE")) {
        return "UTF-16LE";
    }
    if (head.starts_with("\xFE\xFF")) {
        return "UTF-16BE";
    }
    const std::size_t pairs = std::min<std::size_t>(head.size() / 2, 64);
    if (pairs < 4) {
        return std::nullopt;
    }
    std::size_t low_nul = 0;
    std::size_t high_nul = 0;
    for (std::size_t i = 0; i < pairs; ++i) {
        low_nul += head[2 * i + 1] == '\0' && head[2 * i] != '\0' ? 1U : 0U;
        high_nul += head[2 * i] == '\0' && head[2 * i + 1] != '\0' ? 1U : 0U;
    }
    if (low_nul == pairs) {
        return "UTF-16LE";
    }
    if (high_nul == pairs) {
        return "UTF-16BE";
    }
    return std::nullopt;
}

} // namespace

std::string too_large_reason(std::size_t max_record_bytes) {
    return fmt::format("record of more than {} bytes (--max-record-bytes); skipped",
                       max_record_bytes);
}

std::optional<InputFormat> input_format_from_string(std::string_view name) noexcept {
    constexpr std::array<std::pair<std::string_view, InputFormat>, 6> kNames{{
        {"auto", InputFormat::automatic},
        {"text", InputFormat::text},
        {"jsonl", InputFormat::jsonl},
        {"ndjson", InputFormat::jsonl},
        {"csv", InputFormat::csv},
        {"json", InputFormat::json},
    }};
    for (const auto& [n, f] : kNames) {
        if (n == name) {
            return f;
        }
    }
    return std::nullopt;
}

std::string_view to_string(InputFormat format) noexcept {
    switch (format) {
    case InputFormat::automatic:
        return "auto";
    case InputFormat::text:
        return "text";
    case InputFormat::jsonl:
        return "jsonl";
    case InputFormat::csv:
        return "csv";
    case InputFormat::json:
        return "json";
    }
    return "text";
}

InputFormat format_from_extension(std::string_view path) noexcept {
    for (const auto suffix : {".gz", ".zst", ".zstd"}) {
        if (ends_with(path, suffix)) {
            path.remove_suffix(std::string_view(suffix).size());
            break;
        }
    }
    if (ends_with(path, ".jsonl") || ends_with(path, ".ndjson")) {
        return InputFormat::jsonl;
    }
    if (ends_with(path, ".csv")) {
        return InputFormat::csv;
    }
    if (ends_with(path, ".json")) {
        return InputFormat::json;
    }
    return InputFormat::text;
}

StructuredReader::StructuredReader(std::string path, std::unique_ptr<LineReader> lines,
                                   ReaderOptions options)
    : path_(std::move(path)), lines_(std::move(lines)), options_(std::move(options)) {
    lines_->skip_bom();
}

Item StructuredReader::record_from(nlohmann::ordered_json&& object, std::size_t line,
                                   std::vector<std::string> warnings) {
    Record record;
    record.warnings = std::move(warnings);
    record.source = path_;
    record.record = ++count_;
    record.line = line;
    record.multi = true;
    if (auto reason = record_from_object(std::move(object), options_, record)) {
        return RecordError{path_, record.record, record.line, std::move(*reason)};
    }
    return record;
}

bool StructuredReader::fail(Item& item, std::string reason, std::size_t line) {
    done_ = true;
    item = RecordError{path_, count_ + 1, line, std::move(reason)};
    return true;
}

std::unique_ptr<Reader> make_failed_reader(RecordError error) {
    return std::make_unique<FailedReader>(std::move(error));
}

std::unique_ptr<Reader> make_error_reader(RecordError error) {
    return make_failed_reader(std::move(error));
}

std::unique_ptr<Reader> open_reader(std::unique_ptr<ByteSource> source, const std::string& name,
                                    const ReaderOptions& options) {
    const InputFormat format =
        options.format == InputFormat::automatic ? format_from_extension(name) : options.format;
    try {
        auto lines = std::make_unique<LineReader>(std::move(source));
        lines->set_max_line(options.max_record_bytes);
        const bool binary = lines->looks_binary();
        if (auto utf16 = utf16_name(lines->buffered())) {
            return make_failed_reader(RecordError{
                name, 1, 0,
                fmt::format("{} text, not UTF-8; skipped (convert it first: iconv -f {} -t UTF-8)",
                            *utf16, *utf16)});
        }
        if (binary) {
            return make_failed_reader(
                RecordError{name, 1, 0, "binary file (NUL byte in the first 8 KB); skipped"});
        }
        switch (format) {
        case InputFormat::jsonl:
            return make_jsonl_reader(name, std::move(lines), options);
        case InputFormat::csv:
            return make_csv_reader(name, std::move(lines), options);
        case InputFormat::json:
            return make_json_reader(name, std::move(lines), options);
        case InputFormat::automatic:
        case InputFormat::text:
            break;
        }
        return make_text_reader(name, std::move(lines), options);
    } catch (const ReadError& e) {
        return make_failed_reader(RecordError{name, 1, 0, e.what()});
    }
}

std::unique_ptr<Reader> open_reader(const std::string& path, const ReaderOptions& options) {
    try {
        return open_reader(open_source(path), path, options);
    } catch (const ReadError& e) {
        return make_failed_reader(RecordError{path, 1, 0, e.what()});
    }
}

} // namespace bersih::io
