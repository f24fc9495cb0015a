#include "cli/output_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace bersih::cli {

OutputFile::OutputFile(const std::string& path) : path_(path) {
    if (path.empty() || path == "-") {
        file_ = stdout;
        return;
    }
    temp_path_ = fmt::format("{}.tmp-bersih-{}", path, ::getpid());
    file_ = std::fopen(temp_path_.c_str(), "wb");
    if (file_ == nullptr) {
        error_ = fmt::format("cannot write '{}': {}", path, std::strerror(errno));
        return;
    }
    compressor_ = io::make_compressor(io::compression_from_extension(path));
}

OutputFile::~OutputFile() {
    if (file_ != nullptr && file_ != stdout) {
        std::fclose(file_);
        file_ = nullptr;
    }
    if (!committed_ && !temp_path_.empty()) {
        std::remove(temp_path_.c_str());
    }
}

void OutputFile::write(std::string_view bytes) {
    if (file_ == nullptr || !error_.empty() || bytes.empty()) {
        return;
    }
    if (compressor_) {
        compressed_.clear();
        compressor_->write(bytes, compressed_);
        write_raw(compressed_);
        return;
    }
    write_raw(bytes);
}

void OutputFile::write_raw(std::string_view bytes) {
    if (bytes.empty() || !error_.empty()) {
        return;
    }
    if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
        error_ = fmt::format("cannot write '{}': {}", path_.empty() ? "-" : path_, std::strerror(errno));
    }
}

bool OutputFile::commit() {
    if (file_ == nullptr) {
        return false;
    }
    const std::string shown = temp_path_.empty() ? std::string("standard output") : path_;
    if (compressor_ && error_.empty()) {
        compressed_.clear();
        compressor_->finish(compressed_);
        write_raw(compressed_);
        compressor_.reset();
    }
    if (error_.empty() && std::fflush(file_) != 0) {
        error_ = fmt::format("cannot write '{}': {}", shown, std::strerror(errno));
    }
    if (file_ != stdout) {
        if (std::fclose(file_) != 0 && error_.empty()) {
            error_ = fmt::format("cannot write '{}': {}", shown, std::strerror(errno));
        }
        file_ = nullptr;
        if (error_.empty() && std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
            error_ = fmt::format("cannot rename to '{}': {}", path_, std::strerror(errno));
        }
    }
    committed_ = error_.empty();
    return committed_;
}

} // namespace bersih::cli
