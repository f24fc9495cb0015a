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

} // namespace bersih::match::syntax
