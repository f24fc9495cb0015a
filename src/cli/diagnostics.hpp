#pragma once
// Messages to standard error. A full or closed standard error (2>/dev/full, 2>&-) must not end
// the run: fmt::print throws on a failed write, so every message goes through here, where a
// failed write is ignored. Names and text quoted in a message come from the input, so control
// characters in them are escaped: a file name or a record holding an escape sequence must not
// drive the terminal.
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>

namespace bersih::cli {

/// `text` with each control character (C0 but tab, DEL, C1) written as \xNN or \u00NN.
std::string escape_controls(std::string_view text);

/// Write `bytes` to standard error as they are; a failed write is ignored. Never throws.
void write_stderr(std::string_view bytes) noexcept;

/// One message line: `text` with control characters escaped, then a newline. Never throws.
void print_line(std::string_view text) noexcept;

/// fmt-formatted print_line. Never throws.
template <typename... Args>
void eprint(fmt::format_string<Args...> format, Args&&... args) noexcept {
    try {
        print_line(fmt::format(format, std::forward<Args>(args)...));
    } catch (...) { // NOLINT(bugprone-empty-catch): a message that cannot be made is dropped
    }
}

} // namespace bersih::cli
