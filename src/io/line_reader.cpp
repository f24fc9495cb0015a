#include "io/line_reader.hpp"

#include <cstring>

namespace bersih::io {
namespace {
constexpr std::size_t kBuffer = std::size_t{256} * 1024;
constexpr std::size_t kBinaryProbe = std::size_t{8} * 1024;
} // namespace

LineReader::LineReader(std::unique_ptr<ByteSource> source) : source_(std::move(source)) {
    buffer_.resize(kBuffer);
}

bool LineReader::fill() {
    if (eof_) {
        return false;
    }
    if (begin_ > 0) {
        // Move the partial line to the front.
        std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
    }
    if (end_ == buffer_.size()) {
        buffer_.resize(buffer_.size() * 2); // a line longer than the buffer
    }
    const std::size_t n = source_->read(buffer_.data() + end_, buffer_.size() - end_);
    if (n == 0) {
        eof_ = true;
        return false;
    }
    end_ += n;
    return true;
}

bool LineReader::looks_binary() {
    while (end_ < kBinaryProbe && fill()) {
    }
    const std::size_t probe = std::min(end_ - begin_, kBinaryProbe);
    return std::memchr(buffer_.data() + begin_, '\0', probe) != nullptr;
}

void LineReader::skip_bom() {
    while (end_ - begin_ < 3 && fill()) {
    }
    if (has_bom(std::string_view(buffer_.data() + begin_, end_ - begin_))) {
        begin_ += 3;
    }
}

bool LineReader::next(std::string_view& line) {
    too_long_ = false;
    std::size_t scanned = begin_;
    for (;;) {
        const void* nl = std::memchr(buffer_.data() + scanned, '\n', end_ - scanned);
        if (nl != nullptr) {
            const auto pos =
                static_cast<std::size_t>(static_cast<const char*>(nl) - buffer_.data());
            too_long_ = too_long_ || pos - begin_ > max_line_;
            line = too_long_ ? std::string_view()
                             : std::string_view(buffer_.data() + begin_, pos - begin_);
            begin_ = pos + 1;
            ++line_number_;
            return true;
        }
        if (end_ - begin_ > max_line_) {
            // Longer than any record may be: drop what is held and read on to the line's end
            // (a gzip bomb of one 2 GiB line would otherwise be held whole).
            too_long_ = true;
            begin_ = end_;
        }
        const std::size_t offset = end_ - begin_;
        if (!fill()) {
            if (end_ > begin_ || too_long_) {
                too_long_ = too_long_ || end_ - begin_ > max_line_;
                line = too_long_ ? std::string_view()
                                 : std::string_view(buffer_.data() + begin_, end_ - begin_);
                begin_ = end_;
                ++line_number_;
                return true;
            }
            return false;
        }
        scanned = begin_ + offset;
    }
}

bool LineReader::next_piece(std::string_view& piece, bool& ends_line) {
    if (begin_ == end_ && !fill()) {
        return false;
    }
    if (!in_line_) {
        ++line_number_;
    }
    const void* nl = std::memchr(buffer_.data() + begin_, '\n', end_ - begin_);
    if (nl != nullptr) {
        const auto pos = static_cast<std::size_t>(static_cast<const char*>(nl) - buffer_.data());
        piece = std::string_view(buffer_.data() + begin_, pos - begin_);
        begin_ = pos + 1;
        ends_line = true;
    } else {
        piece = std::string_view(buffer_.data() + begin_, end_ - begin_);
        begin_ = end_;
        ends_line = false;
    }
    in_line_ = !ends_line;
    return true;
}

} // namespace bersih::io
