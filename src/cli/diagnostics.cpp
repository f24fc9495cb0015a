#include "cli/diagnostics.hpp"

#include <array>
#include <cstdio>

namespace bersih::cli {

std::string escape_controls(std::string_view text) {
    constexpr std::string_view kHex = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t') || c == 0x7F) {
            const std::array<char, 4> escaped{'\\', 'x', kHex[c >> 4U], kHex[c & 0xFU]};
            out.append(escaped.data(), escaped.size());
        } else if (c == 0xC2 && i + 1 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            // C1 controls (U+0080..U+009F) in UTF-8: U+009B alone starts a terminal sequence.
            const auto c1 = static_cast<unsigned char>(text[++i]);
            const std::array<char, 6> escaped{'\\', 'u', '0', '0', kHex[c1 >> 4U], kHex[c1 & 0xFU]};
            out.append(escaped.data(), escaped.size());
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    return out;
}

void write_stderr(std::string_view bytes) noexcept {
    if (!bytes.empty()) {
        static_cast<void>(std::fwrite(bytes.data(), 1, bytes.size(), stderr));
        static_cast<void>(std::fflush(stderr));
        std::clearerr(stderr); // a full stderr stays full; later messages try again, harmlessly
    }
}

void print_line(std::string_view text) noexcept {
    try {
        std::string line = escape_controls(text);
        line.push_back('\n');
        write_stderr(line);
    } catch (...) { // NOLINT(bugprone-empty-catch): out of memory for a message: drop it
    }
}

} // namespace bersih::cli
