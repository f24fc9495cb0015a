#include "match/literal_gate.hpp"

#include "match/syntax.hpp"

#include <algorithm>

namespace bersih::match {
namespace {

// The top-level branches of `p`, or nothing when a group does not close.
std::optional<std::vector<std::string_view>> branches(std::string_view p) {
    std::vector<std::string_view> out;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < p.size();) {
        if (p[i] == '\\') {
            i += 2;
        } else if (p[i] == '[') {
            i = syntax::class_end(p, i);
        } else if (p[i] == '(') {
            i = syntax::group_end(p, i);
            if (i == std::string_view::npos) {
                return std::nullopt;
            }
        } else if (p[i] == '|') {
            out.push_back(p.substr(begin, i - begin));
            begin = ++i;
        } else {
            ++i;
        }
    }
    out.push_back(p.substr(std::min(begin, p.size())));
    return out;
}

std::optional<std::vector<std::string>> starts_of(std::string_view p, int depth);

// The literals one of which a match of `branch` starts with.
std::optional<std::vector<std::string>> branch_starts(std::string_view branch, int depth) {
    std::string prefix;
    std::size_t i = 0;
    while (i < branch.size()) {
        const char c = branch[i];
        char byte = c;
        std::size_t end = i + 1;
        if (c == '\\') {
            if (i + 1 >= branch.size() || syntax::is_ascii_alnum(branch[i + 1]) ||
                static_cast<unsigned char>(branch[i + 1]) >= 0x80) {
                break; // a class, an assertion, a reference: no literal
            }
            byte = branch[i + 1];
            end = i + 2;
        } else if (std::string_view(".^$[()|*+?{").find(c) != std::string_view::npos) {
            break;
        }
        if (syntax::repeat_at(branch, end).end != end) {
            break; // a repeated byte may be absent or be more than one
        }
        prefix += byte;
        i = end;
    }
    if (prefix.size() >= kMinGateLiteral) {
        return std::vector<std::string>{prefix};
    }
    // A group that opens the branch, present at least once: its starts are the branch's.
    if (!prefix.empty() || i >= branch.size() || branch[i] != '(' || depth > 4) {
        return std::nullopt;
    }
    const std::size_t close = syntax::group_end(branch, i);
    if (close == std::string_view::npos) {
        return std::nullopt;
    }
    if (syntax::repeat_at(branch, close).may_be_empty) {
        return std::nullopt; // '*', '?', "{0,n}": the group may be absent
    }
    const std::string_view group = branch.substr(i, close - i);
    std::size_t body = 1;
    if (group.starts_with("(?:")) {
        body = 3;
    } else if (group.starts_with("(?<") && group.size() > 3 && group[3] != '=' && group[3] != '!') {
        body = group.find('>') + 1; // a named group
    } else if (group.starts_with("(?")) {
        return std::nullopt; // a lookaround, flags, a comment
    }
    return starts_of(group.substr(body, group.size() - 1 - body), depth + 1);
}

std::optional<std::vector<std::string>> starts_of(std::string_view p, int depth) {
    const auto parts = branches(p);
    if (!parts) {
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (const auto branch : *parts) {
        auto starts = branch_starts(branch, depth);
        if (!starts) {
            return std::nullopt;
        }
        out.insert(out.end(), starts->begin(), starts->end());
    }
    return out;
}

} // namespace

LiteralGate::LiteralGate(std::vector<std::string> literals) : literals_(std::move(literals)) {
    std::sort(literals_.begin(), literals_.end());
    literals_.erase(std::unique(literals_.begin(), literals_.end()), literals_.end());
    for (std::size_t i = 0; i < literals_.size(); ++i) {
        if (i == 0 || literals_[i].front() != literals_[i - 1].front()) {
            first_bytes_.push_back(i);
        }
    }
    first_bytes_.push_back(literals_.size());
}

std::optional<LiteralGate> LiteralGate::of(std::string_view pattern) {
    auto starts = starts_of(pattern, 0);
    if (!starts || starts->empty()) {
        return std::nullopt;
    }
    return LiteralGate(std::move(*starts));
}

bool LiteralGate::may_match(std::string_view text, std::size_t from) const noexcept {
    // One memchr pass per first byte (a handful of capitals), a comparison at each of its hits.
    for (std::size_t g = 0; g + 1 < first_bytes_.size(); ++g) {
        const std::size_t begin = first_bytes_[g];
        const std::size_t end = first_bytes_[g + 1];
        const char first = literals_[begin].front();
        for (std::size_t at = text.find(first, from); at != std::string_view::npos;
             at = text.find(first, at + 1)) {
            const std::string_view rest = text.substr(at);
            for (std::size_t k = begin; k < end; ++k) {
                if (rest.starts_with(literals_[k])) {
                    return true;
                }
            }
        }
    }
    return false;
}

} // namespace bersih::match
