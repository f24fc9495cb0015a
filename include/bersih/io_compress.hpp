#pragma once
// Byte streams: reading files that may be gzip or zstd compressed (detected by magic bytes), and
// compressing output chosen by the file name (".gz", ".zst").
#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace bersih::io {

enum class Compression { none, gzip, zstd };

/// By extension: ".gz" gzip, ".zst"/".zstd" zstd, otherwise none.
Compression compression_from_extension(std::string_view path) noexcept;
/// By the first bytes of a stream: 1f 8b gzip, 28 b5 2f fd zstd, otherwise none.
Compression compression_from_magic(std::string_view head) noexcept;

/// An input that cannot be read further: what() says why ("truncated gzip stream", ...).
class ReadError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A source of decompressed bytes.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    /// Read up to `size` bytes; 0 at the end. Throws ReadError.
    virtual std::size_t read(char* data, std::size_t size) = 0;
    /// Bytes taken from the underlying file so far.
    [[nodiscard]] virtual std::uint64_t raw_bytes() const noexcept = 0;
};

/// Open a file ("-": standard input) and wrap it in the decompressor its magic bytes name.
/// Throws ReadError when the file cannot be opened.
std::unique_ptr<ByteSource> open_source(const std::string& path);
/// Wrap bytes held in memory (for tests and fuzzers); decompressed like a file.
std::unique_ptr<ByteSource> memory_source(std::string bytes);

/// Compresses a stream of bytes, appending the compressed bytes to `out`.
class Compressor {
public:
    virtual ~Compressor() = default;
    virtual void write(std::string_view bytes, std::string& out) = 0;
    /// End the stream; nothing may be written after.
    virtual void finish(std::string& out) = 0;
};

/// nullptr for Compression::none.
std::unique_ptr<Compressor> make_compressor(Compression compression);

} // namespace bersih::io
