#pragma once
// Buffered line splitting over a ByteSource, with line numbers. Memory is the buffer (256 KB)
// plus the longest line seen.
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
    /// False at the end. Throws ReadError.
    bool next(std::string_view& line);
    /// Number of the line last returned (1-based).
    [[nodiscard]] std::size_t line_number() const noexcept { return line_number_; }
    /// Whether the first bytes of the input (up to 8 KB) contain a NUL byte. Throws ReadError.
    bool looks_binary();
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
    bool eof_ = false;
};

/// Whether `text` starts with a UTF-8 byte-order mark.
inline bool has_bom(std::string_view text) { return text.substr(0, 3) == "\xEF\xBB\xBF"; }

} // namespace bersih::io
