#pragma once
#include <boost/regex.hpp>

#include <memory>
#include <mutex>
#include <string>

namespace bersih {

/// A rule's regular expression: its Perl text and Boost.Regex flags, compiled on first use. The
/// built-in rules were compiled when the build read them (core/rule_snapshot.hpp), so a run
/// compiles only the patterns its records reach; user rules are compiled as they load, which is
/// where a bad pattern must be reported. Copies share the compiled form; compiling is safe from
/// several threads at once.
class Pattern {
public:
    Pattern() = default;
    /// Compiled when regex() is first called: for text known to compile.
    Pattern(std::string text, boost::regex::flag_type flags);
    /// Already compiled (and so checked); throws boost::regex_error as boost::regex does.
    static Pattern compiled(std::string text, boost::regex::flag_type flags);

    /// The compiled expression (an empty one for a default Pattern).
    [[nodiscard]] const boost::regex& regex() const;
    [[nodiscard]] const std::string& str() const noexcept;
    [[nodiscard]] boost::regex::flag_type flags() const noexcept;
    [[nodiscard]] bool icase() const noexcept { return (flags() & boost::regex::icase) != 0; }

private:
    struct State {
        std::string text;
        boost::regex::flag_type flags = boost::regex::perl;
        std::once_flag once;
        boost::regex regex;
    };
    std::shared_ptr<State> state_;
};

} // namespace bersih
