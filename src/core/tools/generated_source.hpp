#pragma once
// For the build-time tools that write data for the binary as a C++ source file: the steps every
// such tool shares (its one argument, the file written whole or not at all, the messages).
#include <array>
#include <cstdio>
#include <exception>
#include <fstream>
#include <iostream>
#include <ostream>
#include <string>
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

/// The main() of a generator named `tool`, called as `tool OUTPUT.cpp`: `write(out)` writes the
/// file's text into OUTPUT.cpp.tmp, which then replaces OUTPUT.cpp, so an interrupted build
/// leaves no half file. Returns the exit status: 2 for a wrong call, 1 when `write` throws or
/// the file cannot be written.
template <class Write>
int generate_source(int argc, char** argv, std::string_view tool, Write&& write) {
    if (argc != 2) {
        std::cerr << "usage: " << tool << " OUTPUT.cpp\n";
        return 2;
    }
    const std::string path = argv[1];
    try {
        std::ofstream out(path + ".tmp", std::ios::binary);
        write(out);
        out.close();
        if (!out || std::rename((path + ".tmp").c_str(), path.c_str()) != 0) {
            std::cerr << tool << ": cannot write " << path << "\n";
            return 1;
        }
    } catch (const std::exception& e) {
        std::cerr << tool << ": " << e.what() << "\n";
        return 1;
    }
    return 0;
}

} // namespace bersih::tools
