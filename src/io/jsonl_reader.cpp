// JSONL: one JSON object per line; blank lines are skipped. A malformed line is an error record
// and the next line is read as usual.
#include "io/readers.hpp"

#include <fmt/format.h>

namespace bersih::io {
namespace {

bool blank(std::string_view line) {
    return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

} // namespace

std::string short_message(const char* what) {
    std::string_view text(what);
    if (const auto close = text.find("] ");
        text.starts_with("[json.exception") && close != std::string_view::npos) {
        text.remove_prefix(close + 2);
    }
    // Drop nlohmann's "; last read: '...'" echo of the input, which can be a whole article.
    if (const auto echo = text.find("; last read:"); echo != std::string_view::npos) {
        text = text.substr(0, echo);
    }
    return std::string(text);
}

namespace {

class JsonlReader final : public Reader {
public:
    JsonlReader(std::string path, std::unique_ptr<LineReader> lines, ReaderOptions options)
        : path_(std::move(path)), lines_(std::move(lines)), options_(std::move(options)) {
        lines_->skip_bom();
    }

    bool next(Item& item) override {
        if (done_) {
            return false;
        }
        std::string_view line;
        try {
            do {
                if (!lines_->next(line)) {
                    done_ = true;
                    return false;
                }
            } while (blank(line) && !lines_->too_long());
        } catch (const ReadError& e) {
            done_ = true;
            item = RecordError{path_, count_ + 1, lines_->line_number() + 1, e.what()};
            return true;
        }
        Record record;
        record.source = path_;
        record.record = ++count_;
        record.line = lines_->line_number();
        record.multi = true;
        if (lines_->too_long()) {
            item = RecordError{path_, record.record, record.line,
                               too_large_reason(options_.max_record_bytes)};
            return true;
        }
        std::string repaired;
        if (const auto bad = first_invalid_utf8(line)) {
            if (options_.utf8_strict) {
                item = RecordError{
                    path_, record.record, record.line,
                    fmt::format("invalid UTF-8 at byte {} of the line (--utf8 strict)", *bad + 1)};
                return true;
            }
            repaired = replace_invalid_utf8(line);
            line = repaired;
            record.invalid_utf8 = true;
        }
        nlohmann::ordered_json object;
        if (auto reason = parse_json_record(line, object, record.warnings)) {
            item = RecordError{path_, record.record, record.line, std::move(*reason)};
            return true;
        }
        if (auto reason = record_from_object(std::move(object), options_, record)) {
            item = RecordError{path_, record.record, record.line, std::move(*reason)};
            return true;
        }
        // The whole line was checked above (or repaired), and JSON escapes decode to valid
        // UTF-8 or fail to parse: the text needs no second look.
        record.utf8_checked = true;
        item = std::move(record);
        return true;
    }
    [[nodiscard]] std::uint64_t bytes_read() const noexcept override { return lines_->raw_bytes(); }

private:
    std::string path_;
    std::unique_ptr<LineReader> lines_;
    ReaderOptions options_;
    std::size_t count_ = 0;
    bool done_ = false;
};

} // namespace

std::unique_ptr<Reader> make_jsonl_reader(std::string path, std::unique_ptr<LineReader> lines,
                                          const ReaderOptions& options) {
    return std::make_unique<JsonlReader>(std::move(path), std::move(lines), options);
}

} // namespace bersih::io
