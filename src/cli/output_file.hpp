#pragma once
// Where results go: standard output, or a file that appears only once it is complete.
#include "bersih/io_compress.hpp"

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace bersih::cli {

class OutputFile {
public:
    /// "-" or empty means standard output. Otherwise writes go to a temporary file beside `path`
    /// that commit() renames into place; if commit() is never called the temporary is removed,
    /// and a signal that ends the process removes it too. An existing device or FIFO
    /// (/dev/null, /dev/full, a named pipe) is written directly.
    /// A file name ending in .gz or .zst is written compressed.
    explicit OutputFile(const std::string& path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    void write(std::string_view bytes);
    /// Flush and move into place. Returns false (with error()) when anything failed.
    bool commit();
    [[nodiscard]] const std::string& error() const noexcept { return error_; }
    [[nodiscard]] bool failed() const noexcept { return !error_.empty(); }

private:
    std::FILE* file_ = nullptr;
    std::string path_;
    std::string temp_path_;
    std::string target_; ///< what the temporary is renamed to (a symlink's target)
    std::string error_;
    bool committed_ = false;
    bool direct_ = false;  ///< a device or FIFO, written in place (no temporary)
    int signal_slot_ = -1; ///< the temporary's slot in the signal registry (signals.hpp)
    std::unique_ptr<io::Compressor> compressor_;
    std::string compressed_;

    void write_raw(std::string_view bytes);
};

} // namespace bersih::cli
