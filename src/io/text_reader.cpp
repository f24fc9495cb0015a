// Plain text: the whole input is one article, or several separated by a delimiter line (by
// default a line holding only a form feed, as `bersih --format text` writes between articles).
#include "io/readers.hpp"

namespace bersih::io {
namespace {

class TextReader final : public Reader {
public:
    TextReader(std::string path, std::unique_ptr<LineReader> lines, const ReaderOptions& options)
        : path_(std::move(path)), lines_(std::move(lines)), delimiter_(options.delimiter),
          max_bytes_(options.max_record_bytes) {}

    bool next(Item& item) override {
        if (done_) {
            return false;
        }
        Record record;
        record.source = path_;
        record.record = ++count_;
        record.line = lines_->line_number() + 1;
        try {
            std::string_view line;
            bool delimited = false;
            bool any = false;
            bool too_large = false;
            while (lines_->next(line)) {
                std::string_view bare = line;
                if (!bare.empty() && bare.back() == '\r') {
                    bare.remove_suffix(1);
                }
                if (bare == delimiter_ && !lines_->too_long()) {
                    delimited = true;
                    seen_delimiter_ = true;
                    break;
                }
                any = true;
                if (too_large || lines_->too_long() ||
                    record.text.size() + line.size() + 1 > max_bytes_) {
                    too_large = true; // read on to the delimiter, holding nothing
                    record.text = std::string();
                    continue;
                }
                record.text.append(line);
                record.text.push_back('\n');
            }
            if (!delimited) {
                done_ = true;
                // Text after the last delimiter, or an input without any (even an empty one).
                if (!any && seen_delimiter_) {
                    return false;
                }
            }
            record.multi = seen_delimiter_;
            if (too_large) {
                item = RecordError{path_, record.record, record.line, too_large_reason(max_bytes_)};
                return true;
            }
            item = std::move(record);
            return true;
        } catch (const ReadError& e) {
            done_ = true;
            item = RecordError{path_, record.record, record.line, e.what()};
            return true;
        }
    }
    [[nodiscard]] std::uint64_t bytes_read() const noexcept override { return lines_->raw_bytes(); }

private:
    std::string path_;
    std::unique_ptr<LineReader> lines_;
    std::string delimiter_;
    std::size_t max_bytes_;
    std::size_t count_ = 0;
    bool seen_delimiter_ = false;
    bool done_ = false;
};

} // namespace

std::unique_ptr<Reader> make_text_reader(std::string path, std::unique_ptr<LineReader> lines,
                                         const ReaderOptions& options) {
    return std::make_unique<TextReader>(std::move(path), std::move(lines), options);
}

} // namespace bersih::io
