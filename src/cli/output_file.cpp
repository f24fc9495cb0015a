#include "cli/output_file.hpp"

#include <fmt/format.h>

#include "cli/signals.hpp"

#include <array>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace bersih::cli {

OutputFile::OutputFile(const std::string& path) : path_(path), target_(path) {
    if (path.empty() || path == "-") {
        file_ = stdout;
        return;
    }
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode)) {
        // A device, FIFO or terminal (/dev/null, /dev/stdout, a named pipe): written directly,
        // never replaced by a rename (which, run as root, would replace /dev/full itself).
        if (S_ISDIR(info.st_mode)) {
            error_ = fmt::format("cannot write '{}': Is a directory", path);
            return;
        }
        file_ = std::fopen(path.c_str(), "wb");
        if (file_ == nullptr) {
            error_ = fmt::format("cannot write '{}': {}", path, std::strerror(errno));
            return;
        }
        direct_ = true;
    } else {
        // Through a symlink, the file it names is replaced, not the link.
        std::array<char, PATH_MAX> resolved{};
        if (::lstat(path.c_str(), &info) == 0 && S_ISLNK(info.st_mode) &&
            ::realpath(path.c_str(), resolved.data()) != nullptr) {
            target_ = resolved.data();
        }
        // mkstemp: a name no other process, on this host or another sharing the folder, in this
        // PID namespace or another, can hold (a name from the PID alone was shared between two
        // containers, and both runs wrote one file).
        std::string name = target_ + ".tmp-bersih-XXXXXX";
        const int fd = ::mkstemp(name.data());
        if (fd < 0) {
            error_ = fmt::format("cannot write '{}': {}", path, std::strerror(errno));
            return;
        }
        temp_path_ = name;
        // mkstemp creates 0600; the output gets the mode a plain create would give it.
        const mode_t mask = ::umask(0);
        ::umask(mask);
        static_cast<void>(::fchmod(fd, static_cast<mode_t>(0666U & ~mask)));
        file_ = ::fdopen(fd, "wb");
        if (file_ == nullptr) {
            error_ = fmt::format("cannot write '{}': {}", path, std::strerror(errno));
            ::close(fd);
            std::remove(temp_path_.c_str());
            temp_path_.clear();
            return;
        }
        // A signal that ends the run deletes the temporary (signals.cpp).
        signal_slot_ = signals::remember_temporary(temp_path_);
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
    signals::forget(signal_slot_);
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
        error_ =
            fmt::format("cannot write '{}': {}", path_.empty() ? "-" : path_, std::strerror(errno));
    }
}

bool OutputFile::commit() {
    if (file_ == nullptr) {
        return false;
    }
    const std::string shown = file_ == stdout ? std::string("standard output") : path_;
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
        if (!direct_ && error_.empty() && std::rename(temp_path_.c_str(), target_.c_str()) != 0) {
            error_ = fmt::format("cannot rename to '{}': {}", path_, std::strerror(errno));
        }
        if (!direct_ && error_.empty()) {
            temp_path_.clear(); // it is the output now
            signals::forget(signal_slot_);
            signal_slot_ = -1;
        }
    }
    committed_ = error_.empty();
    return committed_;
}

} // namespace bersih::cli
