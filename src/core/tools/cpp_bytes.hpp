#pragma once
// For the build-time tools that embed generated data in the binary as C++ source.
#include <array>
#include <cstdio>
#include <ostream>
#include <string_view>

namespace bersih::tools {

/// `bytes` as adjacent string literals of octal escapes (never ambiguous with what follows).
inline void write_cpp_bytes(std::ostream& out, std::string_view bytes) {
    out << "\"";
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i > 0 && i % 40 == 0) {
            out << "\"\n\"";
        }
        const auto b = static_cast<unsigned char>(bytes[i]);
        std::array<char, 6> escape{};
        std::snprintf(escape.data(), escape.size(), "\\%03o", b);
        out << escape.data();
    }
    out << "\"";
}

} // namespace bersih::tools
