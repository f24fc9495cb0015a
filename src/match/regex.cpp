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

bool confirm(const boost::regex& pattern, const std::string& text) {
    return boost::regex_search(text, pattern);
}

bool confirm_whole(const boost::regex& pattern, const std::string& text) {
    return boost::regex_match(text, pattern);
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
