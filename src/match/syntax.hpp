#pragma once
// Steps over the pieces of a Perl (Boost.Regex) pattern that hold other syntax: shared by the
// readers of patterns in this layer (hyperscan_form.cpp, lookbehind.cpp).
#include <cstddef>
#include <string_view>

namespace bersih::match::syntax {

/// The index after the ']' of the character class opened at `at` ('['), or the pattern's size
/// when it does not close.
std::size_t class_end(std::string_view p, std::size_t at);
/// The index after the ')' of the group opened at `open` ('('), classes, escapes and `\Q...\E`
/// stepped over; npos when it does not close.
std::size_t group_end(std::string_view p, std::size_t open);

/// A quantifier as Boost reads it ('*', '+', '?', "{n}", "{n,}", "{n,m}" with white space
/// anywhere inside the braces), with its lazy '?' or possessive '+'.
struct Repeat {
    std::size_t end = 0;       ///< after the quantifier; where it was asked for when there is none
    bool may_be_empty = false; ///< '*', '?' or a lower bound of 0: the atom may be absent
};
/// The quantifier at `at` of `p` (`end == at`: none there, a '{' that opens no repeat included).
Repeat repeat_at(std::string_view p, std::size_t at);

inline bool is_ascii_alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace bersih::match::syntax
