// JSON: an array of objects (or a single object), streamed: the array is split into its
// elements by a small bracket scanner, and each element is parsed on its own, so memory is one
// element (at most --max-record-bytes), not the whole file, even when it is all on one line.
#include "io/readers.hpp"

#include <fmt/format.h>

namespace bersih::io {
namespace {

class JsonReader final : public StructuredReader {
public:
    using StructuredReader::StructuredReader;

    bool next(Item& item) override {
        if (done_) {
            return false;
        }
        try {
            return scan(item);
        } catch (const ReadError& e) {
            return fail(item, e.what(), lines_->line_number());
        }
    }

private:
    enum class State { before, between, element, after };

    // Pieces, not lines: a minified array is one line of any size, and only the element being
    // read is held (up to --max-record-bytes).
    bool next_char(char& c) {
        while (pos_ >= piece_.size()) {
            if (piece_ended_line_ && state_ == State::element) {
                keep('\n');
            }
            if (!lines_->next_piece(piece_, piece_ended_line_)) {
                return false;
            }
            pos_ = 0;
        }
        c = piece_[pos_++];
        return true;
    }

    /// Add to the element being read, unless it has outgrown the bound: then it is read to its
    /// end holding nothing, and becomes an error record.
    void keep(char c) {
        if (oversized_) {
            return;
        }
        element_.push_back(c);
        if (element_.size() > options_.max_record_bytes) {
            oversized_ = true;
            element_ = std::string();
        }
    }

    bool emit(Item& item) {
        if (oversized_) {
            oversized_ = false;
            item = RecordError{path_, ++count_, element_line_,
                               too_large_reason(options_.max_record_bytes)};
            return true;
        }
        nlohmann::ordered_json object;
        std::vector<std::string> warnings;
        if (auto reason = parse_json_record(element_, object, warnings)) {
            element_.clear();
            item = RecordError{path_, ++count_, element_line_, std::move(*reason)};
            return true;
        }
        element_.clear();
        item = record_from(std::move(object), element_line_, std::move(warnings));
        return true;
    }

    void start_element(char c) {
        state_ = State::element;
        oversized_ = false;
        element_.assign(1, c);
        element_line_ = lines_->line_number();
        depth_ = (c == '{' || c == '[') ? 1 : 0;
        in_string_ = c == '"';
        escape_ = false;
    }

    bool scan(Item& item) {
        char c = 0;
        for (;;) {
            if (!next_char(c)) {
                if (state_ == State::element) {
                    return fail(item, "truncated JSON: the element is never closed", element_line_);
                }
                if (state_ == State::between) {
                    return fail(item, "truncated JSON: the array is never closed",
                                lines_->line_number());
                }
                done_ = true;
                return false;
            }
            switch (state_) {
            case State::before:
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    break;
                }
                if (c == '[') {
                    state_ = State::between;
                    break;
                }
                if (c == '{') {
                    single_ = true;
                    start_element(c);
                    break;
                }
                return fail(item, "not a JSON array or object", lines_->line_number());
            case State::between:
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',') {
                    break;
                }
                if (c == ']') {
                    state_ = State::after;
                    break;
                }
                start_element(c);
                if (depth_ == 0 && !in_string_) {
                    break; // a scalar: ends at ',' or ']'
                }
                break;
            case State::element:
                if (in_string_) {
                    keep(c);
                    if (escape_) {
                        escape_ = false;
                    } else if (c == '\\') {
                        escape_ = true;
                    } else if (c == '"') {
                        in_string_ = false;
                        if (depth_ == 0) {
                            state_ = single_ ? State::after : State::between;
                            return emit(item);
                        }
                    }
                    break;
                }
                if (depth_ == 0 && (c == ',' || c == ']')) {
                    state_ = c == ']' ? State::after : State::between;
                    return emit(item);
                }
                keep(c);
                if (c == '"') {
                    in_string_ = true;
                } else if (c == '{' || c == '[') {
                    ++depth_;
                } else if (c == '}' || c == ']') {
                    if (depth_ > 0 && --depth_ == 0) {
                        state_ = single_ ? State::after : State::between;
                        return emit(item);
                    }
                }
                break;
            case State::after:
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    break;
                }
                return fail(item, "unexpected text after the JSON value", lines_->line_number());
            }
        }
    }

    State state_ = State::before;
    std::string_view piece_; ///< into the line reader's buffer, valid until its next call
    std::size_t pos_ = 0;
    bool piece_ended_line_ = false;
    bool oversized_ = false;
    std::string element_;
    std::size_t element_line_ = 0;
    int depth_ = 0;
    bool in_string_ = false;
    bool escape_ = false;
    bool single_ = false;
};

} // namespace

std::unique_ptr<Reader> make_json_reader(std::string path, std::unique_ptr<LineReader> lines,
                                         const ReaderOptions& options) {
    return std::make_unique<JsonReader>(std::move(path), std::move(lines), options);
}

} // namespace bersih::io
