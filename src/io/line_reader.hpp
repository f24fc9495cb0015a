#pragma once
// Buffered line splitting over a ByteSource, with line numbers. Memory is the buffer (256 KB)
// plus the longest line held, at most the bound set by set_max_line().
#include "bersih/io_compress.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace bersih::io {

class LineReader {
public:
    explicit LineReader(std::unique_ptr<ByteSource> source);

    /// The next line without its '\n' (a '\r' before it is kept); valid until the next call.
    /// False at the end. Throws ReadError. A line longer than the bound (set_max_line) is not
    /// held: it is read past and returned empty, with too_long() true.
    bool next(std::string_view& line);
    /// Whether the line last returned by next() was longer than the bound.
    [[nodiscard]] bool too_long() const noexcept { return too_long_; }
    /// The longest line next() holds (--max-record-bytes); memory stays near this bound.
    void set_max_line(std::size_t bytes) noexcept { max_line_ = bytes; }
    /// The next piece of a line, for a reader that need not hold whole lines (a JSON array
    /// written on one line): up to the line's end or to the end of what is buffered, without
    /// the '\n'; `ends_line` tells whether the line ends there; line_number() is the piece's
    /// line. Valid until the next call; false at the end. Not to be mixed with next().
    bool next_piece(std::string_view& piece, bool& ends_line);
    /// Number of the line last returned (1-based).
    [[nodiscard]] std::size_t line_number() const noexcept { return line_number_; }
    /// Whether the first bytes of the input (up to 8 KB) contain a NUL byte. Throws ReadError.
    bool looks_binary();
    /// The bytes buffered and not yet read (after looks_binary(): the input's first 8 KB).
    [[nodiscard]] std::string_view buffered() const noexcept {
        return {buffer_.data() + begin_, end_ - begin_};
    }
    [[nodiscard]] std::uint64_t raw_bytes() const noexcept { return source_->raw_bytes(); }
    /// Skip a UTF-8 byte-order mark at the very start.
    void skip_bom();

private:
    bool fill(); // read more; false at the end
    std::unique_ptr<ByteSource> source_;
    std::string buffer_;
    std::size_t begin_ = 0; // first unread byte
    std::size_t end_ = 0;   // one past the last valid byte
    std::size_t line_number_ = 0;
    std::size_t max_line_ = static_cast<std::size_t>(-1);
    bool eof_ = false;
    bool too_long_ = false;
    bool in_line_ = false; ///< next_piece: the last piece did not end its line
};

/// Whether `text` starts with a UTF-8 byte-order mark.
inline bool has_bom(std::string_view text) { return text.substr(0, 3) == "\xEF\xBB\xBF"; }

} // namespace bersih::io
