#pragma once
// Boost.Regex's search API, in the one place that knows it. A stage or helper that runs a regex
// (a rule's pattern on a candidate line, or a fixed pattern of its own) calls these; the regex
// object and its captures (boost::regex, boost::smatch) are still Boost's.
#include <boost/regex.hpp>

#include <string>
#include <vector>

namespace bersih::match {

/// Boost.Regex's search of `pattern` in `text`: whether it matches anywhere, with captures.
/// Throws std::runtime_error when Boost gives up on a pathological pattern (complexity or memory).
bool confirm(const boost::regex& pattern, const std::string& text, boost::smatch& match);
/// The same, without captures.
bool confirm(const boost::regex& pattern, const std::string& text);
/// The search of `pattern` in `text` from byte `from` on, as if the text began there (positions
/// in `match` count from `from`).
bool confirm_from(const boost::regex& pattern, const std::string& text, std::size_t from,
                  boost::smatch& match);
/// Boost.Regex's attempt of `pattern` at byte `at` of `text` only (match_continuous), the text
/// before it seen by lookbehinds, `^` and `\b` as in a search of the whole text: the match a
/// search of the whole text finds when it gets to `at`. Positions in `match` count from the
/// start of `text` (its prefix() starts at `at`).
bool confirm_at(const boost::regex& pattern, const std::string& text, std::size_t at,
                boost::smatch& match);
/// Whether `pattern` matches the whole of `text` (regex_match).
bool confirm_whole(const boost::regex& pattern, const std::string& text);
/// The same, with captures.
bool confirm_whole(const boost::regex& pattern, const std::string& text, boost::smatch& match);
/// The pieces of `text` between the matches of `separator`, in order (some may be empty).
std::vector<std::string> split(const std::string& text, const boost::regex& separator);

} // namespace bersih::match
