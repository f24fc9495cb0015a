#pragma once
// A fixed regex of a filter stage with its line guard (guard.cpp): the cheap byte tests run
// first, so a stage that tries a pattern on most lines of a record pays for Boost.Regex only on
// the lines that could match. Sound for regex_match too: a text the pattern matches whole is
// one it finds.
#include "bersih/rules.hpp"

#include <boost/regex.hpp>

#include <string>

namespace bersih::filters {

class GuardedRegex {
public:
    explicit GuardedRegex(const std::string& pattern)
        : regex_(pattern), guard_(line_guard(pattern, false)) {}

    [[nodiscard]] bool match(const std::string& text) const {
        return guard_.may_match(text, bytes_present(text)) && boost::regex_match(text, regex_);
    }

private:
    boost::regex regex_;
    LineGuard guard_;
};

} // namespace bersih::filters
