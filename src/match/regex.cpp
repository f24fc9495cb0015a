#include "match/regex.hpp"

namespace bersih::match {

bool confirm(const boost::regex& pattern, const std::string& text, boost::smatch& match) {
    return boost::regex_search(text, match, pattern);
}

bool confirm_from(const boost::regex& pattern, const std::string& text, std::size_t from,
                  boost::smatch& match) {
    return from <= text.size() &&
           boost::regex_search(text.begin() + static_cast<std::ptrdiff_t>(from), text.end(), match,
                               pattern);
}

bool confirm_at(const boost::regex& pattern, const std::string& text, std::size_t at,
                boost::smatch& match) {
    if (at > text.size()) {
        return false;
    }
    // `base` (the last argument) is where lookbehinds, `\A` and `^` see the text start; the
    // match's positions count from where the attempt starts, so they are moved back to it.
    const auto begin = text.begin();
    const bool found = boost::regex_search(
        begin + static_cast<std::ptrdiff_t>(at), text.end(), match, pattern,
        at > 0 ? boost::match_continuous | boost::match_prev_avail : boost::match_continuous,
        begin);
    if (found) {
        match.set_base(begin);
    }
    return found;
}

namespace {

// The yes-or-no searches: Boost's own overloads without results make a match_results of their
// own for each call, one heap allocation each; this one per thread is reused. `match_any` is
// what those overloads pass: any match answers the question.
boost::smatch& scratch_results() {
    thread_local boost::smatch results;
    return results;
}

} // namespace

bool confirm(const boost::regex& pattern, const std::string& text) {
    return boost::regex_search(text, scratch_results(), pattern, boost::match_any);
}

bool confirm_whole(const boost::regex& pattern, const std::string& text) {
    return boost::regex_match(text, scratch_results(), pattern, boost::match_any);
}

bool confirm_whole(const boost::regex& pattern, const std::string& text, boost::smatch& match) {
    return boost::regex_match(text, match, pattern);
}

std::vector<std::string> split(const std::string& text, const boost::regex& separator) {
    std::vector<std::string> out;
    boost::sregex_token_iterator it(text.begin(), text.end(), separator, -1);
    for (const boost::sregex_token_iterator end; it != end; ++it) {
        out.push_back(it->str());
    }
    return out;
}

} // namespace bersih::match
