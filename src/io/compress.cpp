// Byte sources (plain, gzip via zlib, zstd via libzstd) and output compressors.
#include "bersih/io_compress.hpp"

#include <fmt/format.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace bersih::io {
namespace {

constexpr std::size_t kChunk = std::size_t{256} * 1024;

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

/// The undecoded bytes of a file or of memory; `head` holds bytes already peeked.
class RawSource {
public:
    RawSource(int fd, bool owned, std::string name)
        : fd_(fd), owned_(owned), name_(std::move(name)) {}
    explicit RawSource(std::string bytes) : memory_(std::move(bytes)), in_memory_(true) {}
    ~RawSource() {
        if (owned_ && fd_ >= 0) {
            ::close(fd_);
        }
    }
    RawSource(const RawSource&) = delete;
    RawSource& operator=(const RawSource&) = delete;

    std::size_t read(char* data, std::size_t size) {
        if (in_memory_) {
            const std::size_t n = std::min(size, memory_.size() - memory_pos_);
            std::memcpy(data, memory_.data() + memory_pos_, n);
            memory_pos_ += n;
            raw_ += n;
            return n;
        }
        for (;;) {
            const ssize_t n = ::read(fd_, data, size);
            if (n >= 0) {
                raw_ += static_cast<std::uint64_t>(n);
                return static_cast<std::size_t>(n);
            }
            if (errno != EINTR) {
                throw ReadError(fmt::format("cannot read '{}': {}", name_, std::strerror(errno)));
            }
        }
    }
    [[nodiscard]] std::uint64_t raw_bytes() const noexcept { return raw_; }

private:
    int fd_ = -1;
    bool owned_ = false;
    std::string name_;
    std::string memory_;
    std::size_t memory_pos_ = 0;
    bool in_memory_ = false;
    std::uint64_t raw_ = 0;
};

/// Plain bytes: the peeked head first, then the rest of the file.
class PlainSource final : public ByteSource {
public:
    PlainSource(std::unique_ptr<RawSource> raw, std::string head)
        : raw_(std::move(raw)), head_(std::move(head)) {}
    std::size_t read(char* data, std::size_t size) override {
        if (head_pos_ < head_.size()) {
            const std::size_t n = std::min(size, head_.size() - head_pos_);
            std::memcpy(data, head_.data() + head_pos_, n);
            head_pos_ += n;
            return n;
        }
        return raw_->read(data, size);
    }
    [[nodiscard]] std::uint64_t raw_bytes() const noexcept override { return raw_->raw_bytes(); }

private:
    std::unique_ptr<RawSource> raw_;
    std::string head_;
    std::size_t head_pos_ = 0;
};

/// Compressed input: feeds `in_` from the head, then from the file.
class CompressedBase : public ByteSource {
public:
    CompressedBase(std::unique_ptr<RawSource> raw, std::string head)
        : raw_(std::move(raw)), in_(std::move(head)) {
        in_.reserve(kChunk);
    }
    [[nodiscard]] std::uint64_t raw_bytes() const noexcept override { return raw_->raw_bytes(); }

protected:
    /// Refill in_ when consumed; false at the end of the file.
    bool refill() {
        if (in_pos_ < in_.size()) {
            return true;
        }
        in_.resize(kChunk);
        const std::size_t n = raw_->read(in_.data(), in_.size());
        in_.resize(n);
        in_pos_ = 0;
        return n > 0;
    }
    std::unique_ptr<RawSource> raw_;
    std::string in_;
    std::size_t in_pos_ = 0;
};

class GzipSource final : public CompressedBase {
public:
    GzipSource(std::unique_ptr<RawSource> raw, std::string head)
        : CompressedBase(std::move(raw), std::move(head)) {
        if (inflateInit2(&z_, 15 + 32) != Z_OK) {
            throw ReadError("cannot start the gzip decoder");
        }
    }
    ~GzipSource() override { inflateEnd(&z_); }
    GzipSource(const GzipSource&) = delete;
    GzipSource& operator=(const GzipSource&) = delete;

    std::size_t read(char* data, std::size_t size) override {
        if (size == 0) {
            return 0;
        }
        if (!error_.empty()) {
            throw ReadError(error_);
        }
        for (;;) {
            if (!refill()) {
                if (in_stream_) {
                    throw ReadError("truncated gzip stream");
                }
                return 0;
            }
            z_.next_in = reinterpret_cast<Bytef*>(in_.data() + in_pos_);
            z_.avail_in = static_cast<uInt>(in_.size() - in_pos_);
            z_.next_out = reinterpret_cast<Bytef*>(data);
            z_.avail_out = static_cast<uInt>(std::min<std::size_t>(size, 1U << 30));
            if (!in_stream_) {
                inflateReset(&z_); // a further gzip member follows
                in_stream_ = true;
            }
            const int rc = inflate(&z_, Z_NO_FLUSH);
            in_pos_ = in_.size() - z_.avail_in;
            const auto produced =
                static_cast<std::size_t>(reinterpret_cast<char*>(z_.next_out) - data);
            if (rc == Z_STREAM_END) {
                in_stream_ = false;
            } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                error_ =
                    fmt::format("corrupt gzip stream: {}", z_.msg != nullptr ? z_.msg : "error");
                // The bytes decoded by this call come first (a CRC error is found only after the
                // member's last chunk is decoded): the error is raised on the next read.
                if (produced > 0) {
                    return produced;
                }
                throw ReadError(error_);
            }
            if (produced > 0) {
                return produced;
            }
        }
    }

private:
    z_stream z_{};
    bool in_stream_ = true;
    std::string error_; ///< a decoding error, raised after the bytes decoded before it
};

class ZstdSource final : public CompressedBase {
public:
    ZstdSource(std::unique_ptr<RawSource> raw, std::string head)
        : CompressedBase(std::move(raw), std::move(head)), dctx_(ZSTD_createDCtx()) {
        if (dctx_ == nullptr) {
            throw ReadError("cannot start the zstd decoder");
        }
    }
    ~ZstdSource() override { ZSTD_freeDCtx(dctx_); }
    ZstdSource(const ZstdSource&) = delete;
    ZstdSource& operator=(const ZstdSource&) = delete;

    std::size_t read(char* data, std::size_t size) override {
        if (size == 0) {
            return 0;
        }
        for (;;) {
            if (!refill()) {
                if (pending_ != 0) {
                    throw ReadError("truncated zstd stream");
                }
                return 0;
            }
            ZSTD_inBuffer in{in_.data(), in_.size(), in_pos_};
            ZSTD_outBuffer out{data, size, 0};
            const std::size_t rc = ZSTD_decompressStream(dctx_, &out, &in);
            in_pos_ = in.pos;
            if (ZSTD_isError(rc) != 0U) {
                throw ReadError(fmt::format("corrupt zstd stream: {}", ZSTD_getErrorName(rc)));
            }
            pending_ = rc;
            if (out.pos > 0) {
                return out.pos;
            }
        }
    }

private:
    ZSTD_DCtx* dctx_;
    std::size_t pending_ = 1;
};

std::unique_ptr<ByteSource> wrap(std::unique_ptr<RawSource> raw) {
    std::string head(4, '\0');
    std::size_t got = 0;
    while (got < head.size()) {
        const std::size_t n = raw->read(head.data() + got, head.size() - got);
        if (n == 0) {
            break;
        }
        got += n;
    }
    head.resize(got);
    switch (compression_from_magic(head)) {
    case Compression::gzip:
        return std::make_unique<GzipSource>(std::move(raw), std::move(head));
    case Compression::zstd:
        return std::make_unique<ZstdSource>(std::move(raw), std::move(head));
    case Compression::none:
        break;
    }
    return std::make_unique<PlainSource>(std::move(raw), std::move(head));
}

class GzipCompressor final : public Compressor {
public:
    GzipCompressor() {
        if (deflateInit2(&z_, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            throw std::runtime_error("cannot start the gzip encoder");
        }
    }
    ~GzipCompressor() override { deflateEnd(&z_); }
    GzipCompressor(const GzipCompressor&) = delete;
    GzipCompressor& operator=(const GzipCompressor&) = delete;
    void write(std::string_view bytes, std::string& out) override { run(bytes, out, Z_NO_FLUSH); }
    void finish(std::string& out) override { run({}, out, Z_FINISH); }

private:
    void run(std::string_view bytes, std::string& out, int flush) {
        z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
        z_.avail_in = static_cast<uInt>(bytes.size());
        for (;;) {
            const std::size_t old = out.size();
            out.resize(old + kChunk);
            z_.next_out = reinterpret_cast<Bytef*>(out.data() + old);
            z_.avail_out = static_cast<uInt>(kChunk);
            const int rc = deflate(&z_, flush);
            out.resize(old + kChunk - z_.avail_out);
            if (rc == Z_STREAM_END ||
                (flush == Z_NO_FLUSH && z_.avail_in == 0 && z_.avail_out > 0)) {
                return;
            }
            if (rc != Z_OK && rc != Z_BUF_ERROR) {
                throw std::runtime_error("gzip encoder failed");
            }
        }
    }
    z_stream z_{};
};

class ZstdCompressor final : public Compressor {
public:
    ZstdCompressor() : cctx_(ZSTD_createCCtx()) {
        if (cctx_ == nullptr) {
            throw std::runtime_error("cannot start the zstd encoder");
        }
    }
    ~ZstdCompressor() override { ZSTD_freeCCtx(cctx_); }
    ZstdCompressor(const ZstdCompressor&) = delete;
    ZstdCompressor& operator=(const ZstdCompressor&) = delete;
    void write(std::string_view bytes, std::string& out) override {
        run(bytes, out, ZSTD_e_continue);
    }
    void finish(std::string& out) override { run({}, out, ZSTD_e_end); }

private:
    void run(std::string_view bytes, std::string& out, ZSTD_EndDirective mode) {
        ZSTD_inBuffer in{bytes.data(), bytes.size(), 0};
        for (;;) {
            const std::size_t old = out.size();
            out.resize(old + kChunk);
            ZSTD_outBuffer o{out.data() + old, kChunk, 0};
            const std::size_t rc = ZSTD_compressStream2(cctx_, &o, &in, mode);
            out.resize(old + o.pos);
            if (ZSTD_isError(rc) != 0U) {
                throw std::runtime_error(
                    fmt::format("zstd encoder failed: {}", ZSTD_getErrorName(rc)));
            }
            if (mode == ZSTD_e_end ? rc == 0 : in.pos == in.size) {
                return;
            }
        }
    }
    ZSTD_CCtx* cctx_;
};

} // namespace

Compression compression_from_extension(std::string_view path) noexcept {
    if (ends_with(path, ".gz")) {
        return Compression::gzip;
    }
    if (ends_with(path, ".zst") || ends_with(path, ".zstd")) {
        return Compression::zstd;
    }
    return Compression::none;
}

Compression compression_from_magic(std::string_view head) noexcept {
    if (head.size() >= 2 && head[0] == '\x1f' && head[1] == '\x8b') {
        return Compression::gzip;
    }
    if (head.size() >= 4 && head.substr(0, 4) == std::string_view("\x28\xb5\x2f\xfd", 4)) {
        return Compression::zstd;
    }
    return Compression::none;
}

std::unique_ptr<ByteSource> open_source(const std::string& path) {
    if (path == "-") {
        return wrap(std::make_unique<RawSource>(STDIN_FILENO, false, "-"));
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        throw ReadError(fmt::format("cannot read '{}': {}", path, std::strerror(errno)));
    }
    return wrap(std::make_unique<RawSource>(fd, true, path));
}

std::unique_ptr<ByteSource> memory_source(std::string bytes) {
    return wrap(std::make_unique<RawSource>(std::move(bytes)));
}

std::unique_ptr<Compressor> make_compressor(Compression compression) {
    switch (compression) {
    case Compression::gzip:
        return std::make_unique<GzipCompressor>();
    case Compression::zstd:
        return std::make_unique<ZstdCompressor>();
    case Compression::none:
        break;
    }
    return nullptr;
}

} // namespace bersih::io
