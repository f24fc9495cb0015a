#include "bersih/pattern.hpp"

namespace bersih {

Pattern::Pattern(std::string text, boost::regex::flag_type flags)
    : state_(std::make_shared<State>()) {
    state_->text = std::move(text);
    state_->flags = flags;
}

Pattern Pattern::compiled(std::string text, boost::regex::flag_type flags) {
    Pattern pattern(std::move(text), flags);
    (void)pattern.regex(); // compiles now, so that a bad expression throws here
    return pattern;
}

const boost::regex& Pattern::regex() const {
    static const boost::regex empty;
    if (!state_) {
        return empty;
    }
    std::call_once(state_->once,
                   [&state = *state_] { state.regex.assign(state.text, state.flags); });
    return state_->regex;
}

const std::string& Pattern::str() const noexcept {
    static const std::string empty;
    return state_ ? state_->text : empty;
}

boost::regex::flag_type Pattern::flags() const noexcept {
    if (!state_) {
        return boost::regex::perl;
    }
    return state_->flags;
}

} // namespace bersih
