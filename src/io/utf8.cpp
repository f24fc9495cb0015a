// A UTF-8 validator (--utf8, the JSONL reader, the pipeline's last repair): simdjson's SIMD
// validator says whether a long text is valid; where it is not, and for short texts, eight ASCII
// bytes at a time, then the sequences by hand. Both follow Unicode Table 3-7.
#include "bersih/io.hpp"
#include "core/utf8_sequence.hpp"

#include <cstring>

namespace bersih::io {

std::optional<std::size_t> first_invalid_utf8(std::string_view text) noexcept {
    if (long_and_valid_utf8(text)) {
        return std::nullopt;
    }
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t word = 0;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const std::size_t len = valid_utf8_sequence_length(s + i, n - i);
        if (len == 0) {
            return i;
        }
        i += len;
    }
    return std::nullopt;
}

std::string replace_invalid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    while (!text.empty()) {
        const auto bad = first_invalid_utf8(text);
        if (!bad) {
            out.append(text);
            break;
        }
        out.append(text.substr(0, *bad));
        out.append("\xEF\xBF\xBD");
        text.remove_prefix(*bad + 1);
    }
    return out;
}

} // namespace bersih::io
