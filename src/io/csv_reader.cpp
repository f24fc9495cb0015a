// CSV (RFC 4180): a header row names the columns; fields may be quoted, with doubled quotes and
// newlines inside quotes; a UTF-8 BOM and CRLF line ends are accepted. Parsed by hand in this one
// file on purpose: Debian 12 packages no C++ CSV library worth a dependency for this (the
// candidates are unpackaged header-only projects), and RFC 4180 is small. Lenient where scrapers
// are sloppy: a quote inside an unquoted field is kept as text, short rows are allowed; text
// after a closing quote (an undoubled quote inside a quoted field) fails the record, and extra
// fields are a warning.
#include "io/readers.hpp"

#include <fmt/format.h>

#include <set>
#include <vector>

namespace bersih::io {

/// Splits CSV records out of lines; exposed for the unit tests through csv_split_record().
class CsvParser {
public:
    /// Feed one line (without '\n'). True when a record is complete; its fields are in fields().
    bool feed(std::string_view line) {
        if (!in_record_) {
            fields_.clear();
            field_.clear();
            in_record_ = true;
            stray_quote_ = false;
        }
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (in_quotes_) {
                if (c == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field_.push_back('"');
                        ++i;
                    } else {
                        in_quotes_ = false;
                        after_quote_ = true;
                    }
                } else {
                    field_.push_back(c);
                }
                continue;
            }
            if (after_quote_ && c != ',' && !(c == '\r' && i + 1 == line.size())) {
                // Text after a closing quote: a quote in the middle of a quoted field that was
                // not doubled. The field's real end is unknown, and the records after it may
                // have been read into it.
                stray_quote_ = true;
            }
            after_quote_ = false;
            if (c == ',') {
                fields_.push_back(std::move(field_));
                field_.clear();
                at_start_ = true;
                continue;
            }
            if (c == '"' && at_start_) {
                in_quotes_ = true;
                at_start_ = false;
                continue;
            }
            if (c == '\r' && i + 1 == line.size()) {
                continue;
            }
            field_.push_back(c);
            at_start_ = false;
        }
        if (in_quotes_) {
            field_.push_back('\n'); // a newline inside a quoted field
            return false;
        }
        fields_.push_back(std::move(field_));
        field_.clear();
        at_start_ = true;
        after_quote_ = false;
        in_record_ = false;
        return true;
    }
    /// Whether the record just completed had text after a closing quote (see feed()).
    [[nodiscard]] bool stray_quote() const noexcept { return stray_quote_; }
    [[nodiscard]] bool in_quotes() const noexcept { return in_quotes_; }
    [[nodiscard]] bool in_record() const noexcept { return in_record_; }
    std::vector<std::string>& fields() noexcept { return fields_; }

private:
    std::vector<std::string> fields_;
    std::string field_;
    bool in_quotes_ = false;
    bool in_record_ = false;
    bool at_start_ = true;
    bool after_quote_ = false;
    bool stray_quote_ = false;
};

/// Split one complete CSV text into records of fields (for tests). nullopt on an unbalanced quote.
std::optional<std::vector<std::vector<std::string>>> csv_split(std::string_view text) {
    CsvParser parser;
    std::vector<std::vector<std::string>> records;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        if (parser.feed(text.substr(start, end - start))) {
            records.push_back(parser.fields());
        }
        start = end + 1;
    }
    if (parser.in_quotes()) {
        return std::nullopt;
    }
    return records;
}

namespace {

class CsvReader final : public StructuredReader {
public:
    using StructuredReader::StructuredReader;

    bool next(Item& item) override {
        if (done_) {
            return false;
        }
        try {
            if (!header_read_) {
                header_read_ = true;
                std::size_t start = 0;
                if (!read_record(start)) {
                    done_ = true;
                    return unbalanced(item, 1, start);
                }
                set_header(parser_.fields());
            }
            std::size_t start = 0;
            if (!read_record(start)) {
                done_ = true;
                return unbalanced(item, count_ + 1, start);
            }
            if (parser_.stray_quote()) {
                item = RecordError{
                    path_, ++count_, start,
                    fmt::format("stray quote: text follows a closing quote (lines {}-{}); an "
                                "unescaped quote inside a quoted field may have merged records "
                                "here (write it as \"\")",
                                start, lines_->line_number())};
                return true;
            }
            auto& fields = parser_.fields();
            std::vector<std::string> warnings;
            if (fields.size() > header_.size()) {
                warnings.push_back(fmt::format("{} fields where the header names {}; the extra "
                                               "kept as column_{}...",
                                               fields.size(), header_.size(), header_.size() + 1));
            }
            nlohmann::ordered_json object = nlohmann::ordered_json::object();
            for (std::size_t i = 0; i < fields.size(); ++i) {
                const std::string name =
                    i < header_.size() ? header_[i] : fmt::format("column_{}", i + 1);
                object[name] = std::move(fields[i]);
            }
            item = record_from(std::move(object), start, std::move(warnings));
            return true;
        } catch (const ReadError& e) {
            return fail(item, e.what(), lines_->line_number() + 1);
        }
    }

private:
    // Read the next non-blank record into parser_. False at the end: then `start` is the line of
    // an unclosed quoted field, or 0 at a clean end.
    bool read_record(std::size_t& start) {
        std::string_view line;
        start = 0;
        std::size_t bytes = 0;
        while (lines_->next(line)) {
            if (!parser_.in_record() && (line.empty() || line == "\r") && !lines_->too_long()) {
                continue;
            }
            if (!parser_.in_record()) {
                start = lines_->line_number();
            }
            bytes += line.size() + 1;
            if (lines_->too_long() || bytes > options_.max_record_bytes) {
                // Where the next record starts is unknown (inside quotes?): the file ends here.
                throw ReadError(too_large_reason(options_.max_record_bytes));
            }
            if (parser_.feed(line)) {
                return true;
            }
        }
        if (!parser_.in_quotes()) {
            start = 0;
        }
        return false;
    }

    bool unbalanced(Item& item, std::size_t record, std::size_t start) {
        if (start == 0) {
            return false; // clean end of input
        }
        item =
            RecordError{path_, record, start,
                        fmt::format("unbalanced quote: the quoted field opened on line {} is never "
                                    "closed",
                                    start)};
        return true;
    }

    void set_header(const std::vector<std::string>& names) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < names.size(); ++i) {
            std::string name = names[i].empty() ? fmt::format("column_{}", i + 1) : names[i];
            for (int n = 2; !seen.insert(name).second; ++n) {
                name = fmt::format("{}_{}", names[i], n);
            }
            header_.push_back(std::move(name));
        }
    }

    CsvParser parser_;
    std::vector<std::string> header_;
    bool header_read_ = false;
};

} // namespace

std::unique_ptr<Reader> make_csv_reader(std::string path, std::unique_ptr<LineReader> lines,
                                        const ReaderOptions& options) {
    return std::make_unique<CsvReader>(std::move(path), std::move(lines), options);
}

} // namespace bersih::io
