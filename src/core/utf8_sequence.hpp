#pragma once
// One UTF-8 sequence checked by hand (Unicode Table 3-7: no overlong forms, no surrogates, nothing
// above U+10FFFF). Shared by the --utf8 strict validator and the JSON writer, which must agree on
// what is valid: the writer copies valid sequences as they are and leaves the rest to nlohmann.
#include <simdjson.h>

#include <cstddef>
#include <string_view>

namespace bersih {

/// Whether simdjson's SIMD validator (the same Table 3-7) finds `text` valid, asked only of texts
/// long enough to repay the call into its dispatched kernel: false says "look byte by byte".
inline bool long_and_valid_utf8(std::string_view text) noexcept {
    constexpr std::size_t kLongText = 64;
    return text.size() >= kLongText && simdjson::validate_utf8(text.data(), text.size());
}

/// Length of the valid multi-byte sequence starting at `s` (whose first byte is >= 0x80), or 0
/// when the bytes there (at most `n`) are not one.
inline std::size_t valid_utf8_sequence_length(const unsigned char* s, std::size_t n) noexcept {
    const unsigned char c = s[0];
    std::size_t len = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) {
            lo = 0xA0;
        } else if (c == 0xED) {
            hi = 0x9F;
        }
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) {
            lo = 0x90;
        } else if (c == 0xF4) {
            hi = 0x8F;
        }
    } else {
        return 0;
    }
    if (len > n || s[1] < lo || s[1] > hi) {
        return 0;
    }
    for (std::size_t k = 2; k < len; ++k) {
        if (s[k] < 0x80 || s[k] > 0xBF) {
            return 0;
        }
    }
    return len;
}

} // namespace bersih
