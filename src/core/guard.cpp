// Line guards: cheap byte tests that every match of a pattern passes, for the rules that have no
// literal needle (literals.cpp). A date line must hold a digit, a photo caption "(Foto: ...)" must
// end in ')', a "JAKARTA -" dateline must start with a capital. The analysis reads the pattern
// the way Boost.Regex (perl syntax, bytes) does and gives up on anything it does not know: an
// unknown construct either matches any byte or, where it could change the meaning of the rest
// (inline flags, \Q...\E, conditionals), drops the guard altogether.
#include "bersih/rules.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>
#include <optional>

namespace bersih {
namespace {

void add(ByteSet& set, unsigned byte) { set[byte / 64] |= std::uint64_t{1} << (byte % 64); }

bool has(const ByteSet& set, unsigned byte) { return ((set[byte / 64] >> (byte % 64)) & 1U) != 0; }

ByteSet unite(const ByteSet& a, const ByteSet& b) {
    return {a[0] | b[0], a[1] | b[1], a[2] | b[2], a[3] | b[3]};
}

bool meets(const ByteSet& a, const ByteSet& b) {
    return ((a[0] & b[0]) | (a[1] & b[1]) | (a[2] & b[2]) | (a[3] & b[3])) != 0;
}

int size_of(const ByteSet& set) {
    return std::popcount(set[0]) + std::popcount(set[1]) + std::popcount(set[2]) +
           std::popcount(set[3]);
}

ByteSet fold_case(ByteSet set) {
    for (unsigned c = 'a'; c <= 'z'; ++c) {
        if (has(set, c) || has(set, c - 'a' + 'A')) {
            add(set, c);
            add(set, c - 'a' + 'A');
        }
    }
    return set;
}

// What is known of one piece of a pattern (an atom, a group, a sequence).
struct Info {
    bool nullable = false;   ///< may match the empty string
    bool zero_width = false; ///< never consumes anything (anchor, lookaround)
    bool first_any = false;  ///< the first byte of a non-empty match is unknown
    bool last_any = false;
    ByteSet first{};
    ByteSet last{};
    std::vector<ByteSet> required;
    bool start_anchor = false; ///< a bare '^'
    bool end_anchor = false;   ///< a bare '$'
    /// A lookahead "(?=X$)": what X consumes runs to the end of the line, so as the last element
    /// of a branch it tells the line's last byte as if X were matched there.
    std::shared_ptr<const Info> end_tail;
};

// What \s matches: the C locale's spaces (bersih never sets a locale), plus NEL and NBSP in
// case one ever does; a wider set only weakens the guard.
ByteSet whitespace() {
    ByteSet set{};
    for (const unsigned b : {9U, 10U, 11U, 12U, 13U, 32U, 0x85U, 0xA0U}) {
        add(set, b);
    }
    return set;
}

Info any_byte() {
    Info info;
    info.first_any = info.last_any = true;
    return info;
}

Info unknown() { // could match anything, the empty string included
    Info info = any_byte();
    info.nullable = true;
    return info;
}

Info zero_width() {
    Info info;
    info.nullable = info.zero_width = true;
    return info;
}

Info one_of(const ByteSet& set) {
    Info info;
    info.first = info.last = set;
    info.required = {set};
    return info;
}

struct GiveUp {};

class Analyser {
public:
    Analyser(std::string_view p, bool icase) : p_(p), icase_(icase) {}

    // The top level: one branch per alternative.
    std::vector<LineGuard::Branch> top() {
        std::vector<LineGuard::Branch> branches;
        for (;;) {
            const auto elements = sequence();
            branches.push_back(branch(elements));
            if (i_ >= p_.size()) {
                break;
            }
            if (p_[i_] != '|') {
                throw GiveUp{}; // an unbalanced ')'
            }
            ++i_;
        }
        return branches;
    }

private:
    std::string_view p_;
    bool icase_;
    std::size_t i_ = 0;

    ByteSet folded(ByteSet set) const { return icase_ ? fold_case(set) : set; }

    static LineGuard::Branch branch(const std::vector<Info>& elements) {
        LineGuard::Branch b;
        std::size_t from = 0;
        std::size_t to = elements.size();
        const bool anchored_start = !elements.empty() && elements.front().start_anchor;
        const bool tail = to > from && elements.back().end_tail != nullptr;
        const bool anchored_end = to > from && (elements.back().end_anchor || tail);
        if (anchored_start) {
            ++from;
        }
        if (anchored_end && to > from) {
            --to;
        }
        std::vector<Info> body(elements.begin() + static_cast<std::ptrdiff_t>(from),
                               elements.begin() + static_cast<std::ptrdiff_t>(to));
        if (tail) {
            body.push_back(*elements.back().end_tail);
        }
        const Info seq = combine_sequence(body);
        if (anchored_start && !seq.nullable && !seq.first_any) {
            b.first_known = true;
            b.first = seq.first;
        }
        if (anchored_end && !seq.nullable && !seq.last_any) {
            b.last_known = true;
            b.last = seq.last;
        }
        b.required = seq.required;
        return b;
    }

    static Info combine_sequence(const std::vector<Info>& elements) {
        Info out;
        out.nullable = true;
        for (const auto& e : elements) {
            out.nullable = out.nullable && e.nullable;
            out.required.insert(out.required.end(), e.required.begin(), e.required.end());
        }
        for (const auto& e : elements) {
            if (e.zero_width) {
                continue;
            }
            out.first_any = out.first_any || e.first_any;
            out.first = unite(out.first, e.first);
            if (!e.nullable) {
                break;
            }
        }
        // Not std::views::reverse: clang 14 (the fuzz build) cannot compile it over libstdc++ 12.
        // NOLINTNEXTLINE(modernize-loop-convert)
        for (auto it = elements.rbegin(); it != elements.rend(); ++it) {
            if (it->zero_width) {
                continue;
            }
            out.last_any = out.last_any || it->last_any;
            out.last = unite(out.last, it->last);
            if (!it->nullable) {
                break;
            }
        }
        out.zero_width = std::all_of(elements.begin(), elements.end(),
                                     [](const Info& e) { return e.zero_width; });
        return out;
    }

    static Info combine_alternatives(const std::vector<Info>& alternatives) {
        if (alternatives.size() == 1) {
            Info only = alternatives.front();
            only.start_anchor = only.end_anchor = false;
            return only;
        }
        Info out;
        bool all_required = true;
        ByteSet required{};
        out.zero_width = true;
        for (const auto& a : alternatives) {
            out.nullable = out.nullable || a.nullable;
            out.zero_width = out.zero_width && a.zero_width;
            out.first_any = out.first_any || a.first_any;
            out.last_any = out.last_any || a.last_any;
            out.first = unite(out.first, a.first);
            out.last = unite(out.last, a.last);
            if (a.required.empty()) {
                all_required = false;
            } else {
                // The most selective set of each alternative: one of them must be met.
                required =
                    unite(required, *std::min_element(a.required.begin(), a.required.end(),
                                                      [](const ByteSet& x, const ByteSet& y) {
                                                          return size_of(x) < size_of(y);
                                                      }));
            }
        }
        if (all_required) {
            out.required = {required};
        }
        return out;
    }

    // Elements up to '|', ')' or the end.
    std::vector<Info> sequence() {
        std::vector<Info> elements;
        while (i_ < p_.size() && p_[i_] != '|' && p_[i_] != ')') {
            Info atom = this->atom();
            elements.push_back(quantified(std::move(atom)));
        }
        return elements;
    }

    // A group's body: alternatives up to the closing ')', which is consumed.
    Info group_body() {
        std::vector<Info> alternatives;
        for (const auto& elements : group_alternatives()) {
            alternatives.push_back(combine_sequence(elements));
        }
        return combine_alternatives(alternatives);
    }

    std::vector<std::vector<Info>> group_alternatives() {
        std::vector<std::vector<Info>> alternatives;
        for (;;) {
            alternatives.push_back(sequence());
            if (i_ >= p_.size()) {
                throw GiveUp{}; // unclosed group
            }
            if (p_[i_++] == ')') {
                break;
            }
        }
        return alternatives;
    }

    // A positive lookaround matches inside the line: the bytes its body needs are in the line.
    static Info lookaround(const Info& body) {
        Info info = zero_width();
        info.required = body.required;
        return info;
    }

    // "(?=X)"; i_ stands after "?=". When X is one sequence ending in '$', keep what it consumes
    // before the '$' as the tail of the line (see Info::end_tail).
    Info lookahead() {
        auto alternatives = group_alternatives();
        std::vector<Info> bodies;
        bodies.reserve(alternatives.size());
        for (const auto& elements : alternatives) {
            bodies.push_back(combine_sequence(elements));
        }
        Info info = lookaround(combine_alternatives(bodies));
        if (alternatives.size() == 1 && !alternatives.front().empty() &&
            alternatives.front().back().end_anchor) {
            auto& elements = alternatives.front();
            elements.pop_back();
            info.end_tail = std::make_shared<const Info>(combine_sequence(elements));
        }
        return info;
    }

    Info quantified(Info atom) {
        if (i_ >= p_.size()) {
            return atom;
        }
        std::size_t min = 1;
        const char c = p_[i_];
        if (c == '*' || c == '?') {
            min = 0;
            ++i_;
        } else if (c == '+') {
            ++i_;
        } else if (c == '{') {
            const auto close = p_.find('}', i_);
            if (close == std::string_view::npos) {
                return atom; // a literal '{' was already taken as an atom? no: see atom()
            }
            const auto inside = p_.substr(i_ + 1, close - i_ - 1);
            if (inside.empty() ||
                inside.find_first_not_of("0123456789,") != std::string_view::npos ||
                inside.front() == ',') {
                throw GiveUp{};
            }
            min = inside.front() == '0' ? 0 : 1;
            i_ = close + 1;
        } else {
            return atom;
        }
        if (i_ < p_.size() && (p_[i_] == '?' || p_[i_] == '+')) {
            ++i_; // lazy or possessive
        }
        if (atom.start_anchor || atom.end_anchor) {
            throw GiveUp{};
        }
        if (min == 0) {
            atom.nullable = true;
            atom.required.clear();
            atom.end_tail = nullptr; // an optional lookahead proves nothing
        }
        return atom;
    }

    Info atom() {
        const char c = p_[i_++];
        switch (c) {
        case '^': {
            Info info = zero_width();
            info.start_anchor = true;
            return info;
        }
        case '$': {
            Info info = zero_width();
            info.end_anchor = true;
            return info;
        }
        case '.':
            return any_byte();
        case '(':
            return group();
        case '[':
            return bracket();
        case '\\':
            return escape();
        case '*':
        case '+':
        case '?':
        case '{':
            throw GiveUp{}; // a quantifier with nothing before it
        default: {
            ByteSet set{};
            add(set, static_cast<unsigned char>(c));
            return one_of(folded(set));
        }
        }
    }

    Info group() {
        if (i_ >= p_.size() || p_[i_] != '?') {
            return group_body(); // capturing
        }
        const auto rest = p_.substr(i_);
        if (rest.starts_with("?:") || rest.starts_with("?>")) {
            i_ += 2;
            return group_body();
        }
        if (rest.starts_with("?=")) {
            i_ += 2;
            return lookahead();
        }
        if (rest.starts_with("?<=")) {
            i_ += 3;
            return lookaround(group_body());
        }
        if (rest.starts_with("?!") || rest.starts_with("?<!")) {
            i_ += rest[1] == '!' ? std::size_t{2} : std::size_t{3};
            group_body();
            return zero_width();
        }
        if (rest.starts_with("?<") || rest.starts_with("?'") || rest.starts_with("?P<")) {
            const char close = rest[1] == '\'' ? '\'' : '>';
            const auto end = p_.find(close, i_ + 2);
            if (end == std::string_view::npos) {
                throw GiveUp{};
            }
            i_ = end + 1;
            return group_body();
        }
        if (rest.starts_with("?#")) {
            const auto end = p_.find(')', i_);
            if (end == std::string_view::npos) {
                throw GiveUp{};
            }
            i_ = end + 1;
            return zero_width();
        }
        // (?i:...) and friends: flags change the body's meaning; (?i) the rest's; (?(...)...) is
        // a conditional. Only a scoped flag group is survivable, as an unknown.
        std::size_t j = i_ + 1;
        while (j < p_.size() &&
               ((p_[j] >= 'a' && p_[j] <= 'z') || (p_[j] >= 'A' && p_[j] <= 'Z') || p_[j] == '-')) {
            ++j;
        }
        if (j > i_ + 1 && j < p_.size() && p_[j] == ':') {
            i_ = j + 1;
            group_body();
            return unknown();
        }
        throw GiveUp{};
    }

    // A bracket expression; i_ stands after '['.
    Info bracket() {
        bool negated = false;
        if (i_ < p_.size() && p_[i_] == '^') {
            negated = true;
            ++i_;
        }
        ByteSet set{};
        bool any = false;
        bool first = true;
        int previous = -1; // last single byte, for a range
        for (;;) {
            if (i_ >= p_.size()) {
                throw GiveUp{};
            }
            const char c = p_[i_];
            if (c == ']' && !first) {
                ++i_;
                break;
            }
            first = false;
            if (c == '[' && i_ + 1 < p_.size() &&
                (p_[i_ + 1] == ':' || p_[i_ + 1] == '=' || p_[i_ + 1] == '.')) {
                const auto end = p_.find(']', i_ + 2);
                if (end == std::string_view::npos) {
                    throw GiveUp{};
                }
                i_ = end + 1;
                any = true; // a POSIX class: not worth modelling
                previous = -1;
                continue;
            }
            if (c == '-' && previous >= 0 && i_ + 1 < p_.size() && p_[i_ + 1] != ']') {
                ++i_;
                const auto to = class_byte();
                if (!to) {
                    throw GiveUp{}; // a range to a class escape
                }
                if (static_cast<int>(*to) < previous) {
                    throw GiveUp{};
                }
                for (auto b = static_cast<unsigned>(previous); b <= *to; ++b) {
                    add(set, b);
                }
                previous = -1;
                continue;
            }
            if (c == '\\' && i_ + 1 < p_.size() && p_[i_ + 1] == 'd') {
                i_ += 2;
                for (unsigned b = '0'; b <= '9'; ++b) {
                    add(set, b);
                }
                previous = -1;
                continue;
            }
            const auto byte = class_byte();
            if (!byte) {
                any = true; // \s, \w, \p{..} inside a class
                previous = -1;
                continue;
            }
            add(set, *byte);
            previous = static_cast<int>(*byte);
        }
        if (negated || any) {
            return any_byte();
        }
        return one_of(folded(set));
    }

    // One byte of a bracket expression, or nullopt for a class escape (consumed either way).
    std::optional<unsigned> class_byte() {
        const char c = p_[i_++];
        if (c != '\\') {
            return static_cast<unsigned char>(c);
        }
        if (i_ >= p_.size()) {
            throw GiveUp{};
        }
        const char e = p_[i_++];
        if (const auto b = simple_escape(e)) {
            return b;
        }
        if (e == 'p' || e == 'P') {
            skip_property();
            return std::nullopt;
        }
        if (std::string_view("sSwWdDhHvV").find(e) != std::string_view::npos) {
            return std::nullopt;
        }
        throw GiveUp{};
    }

    // An escape standing for one byte: \xHH, control letters, escaped punctuation.
    std::optional<unsigned> simple_escape(char e) {
        switch (e) {
        case 't':
            return 9;
        case 'n':
            return 10;
        case 'r':
            return 13;
        case 'f':
            return 12;
        case 'e':
            return 27;
        case 'a':
            return 7;
        case 'x': {
            if (i_ + 1 < p_.size() && is_hex(p_[i_]) && is_hex(p_[i_ + 1])) {
                const unsigned value = hex(p_[i_]) * 16 + hex(p_[i_ + 1]);
                i_ += 2;
                return value;
            }
            throw GiveUp{};
        }
        default:
            break;
        }
        const auto u = static_cast<unsigned char>(e);
        if (u < 0x80 &&
            !((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))) {
            return u; // escaped punctuation or space
        }
        return std::nullopt;
    }

    static bool is_hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
    static unsigned hex(char c) {
        return c <= '9'   ? static_cast<unsigned>(c - '0')
               : c <= 'F' ? static_cast<unsigned>(c - 'A' + 10)
                          : static_cast<unsigned>(c - 'a' + 10);
    }

    void skip_property() {
        if (i_ < p_.size() && p_[i_] == '{') {
            const auto end = p_.find('}', i_);
            if (end == std::string_view::npos) {
                throw GiveUp{};
            }
            i_ = end + 1;
        } else if (i_ < p_.size()) {
            ++i_;
        }
    }

    Info escape() {
        if (i_ >= p_.size()) {
            throw GiveUp{};
        }
        const char e = p_[i_++];
        if (e == 'd') {
            ByteSet set{};
            for (unsigned b = '0'; b <= '9'; ++b) {
                add(set, b);
            }
            return one_of(set);
        }
        if (std::string_view("bBAzZG<>`'E").find(e) != std::string_view::npos) {
            return zero_width();
        }
        if (e == 's') {
            return one_of(whitespace());
        }
        if (std::string_view("DwWShHvVNXCR").find(e) != std::string_view::npos) {
            return any_byte();
        }
        if (e == 'p' || e == 'P') {
            skip_property();
            return any_byte();
        }
        if (const auto b = simple_escape(e)) {
            ByteSet set{};
            add(set, *b);
            return one_of(folded(set));
        }
        // Back-references (\1, \k<name>, \g{1}), \Q...\E, octal and anything else: give up.
        throw GiveUp{};
    }
};

} // namespace

ByteSet bytes_present(std::string_view text) noexcept {
    if (text.size() < kByteFlagsFrom) {
        ByteSet set{};
        for (const char c : text) {
            add(set, static_cast<unsigned char>(c));
        }
        return set;
    }
    // One store per byte: setting bits in the set itself makes each byte wait for the previous
    // one's read-modify-write of the same word.
    std::array<std::uint8_t, 256> seen{};
    for (const char c : text) {
        seen[static_cast<unsigned char>(c)] = 1;
    }
    return byte_set_of_flags(seen);
}

ByteSet byte_set_of_flags(const std::array<std::uint8_t, 256>& flags) noexcept {
    // Multiplying eight 0/1 bytes by this constant gathers them, without carries, into the top
    // byte: the flag of byte k lands on bit 56 + k.
    constexpr std::uint64_t kGather = 0x0102040810204080ULL;
    ByteSet set{};
    for (std::size_t chunk = 0; chunk < 32; ++chunk) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, flags.data() + chunk * 8, sizeof eight);
        if constexpr (std::endian::native == std::endian::big) {
            eight = __builtin_bswap64(eight);
        }
        set[chunk / 8] |= ((eight * kGather) >> 56U) << (8 * (chunk % 8));
    }
    return set;
}

bool LineGuard::may_match(std::string_view line, const ByteSet& present) const noexcept {
    if (branches.empty() || line.empty()) {
        return true;
    }
    // '^' and '$' also match around \n, \r and \f inside the text: no guard then.
    if (has(present, '\n') || has(present, '\r') || has(present, '\f')) {
        return true;
    }
    const auto front = static_cast<unsigned char>(line.front());
    const auto back = static_cast<unsigned char>(line.back());
    for (const auto& b : branches) {
        if ((b.first_known && !has(b.first, front)) || (b.last_known && !has(b.last, back))) {
            continue;
        }
        if (std::all_of(b.required.begin(), b.required.end(),
                        [&](const ByteSet& set) { return meets(set, present); })) {
            return true;
        }
    }
    return false;
}

LineGuard line_guard(std::string_view pattern, bool case_insensitive) {
    if (pattern.starts_with("(?i)")) {
        pattern.remove_prefix(4);
        case_insensitive = true;
    }
    LineGuard guard;
    try {
        guard.branches = Analyser(pattern, case_insensitive).top();
    } catch (const GiveUp&) {
        return {};
    }
    // A branch that proves nothing lets every line through: no guard at all.
    for (const auto& b : guard.branches) {
        if (!b.first_known && !b.last_known && b.required.empty()) {
            return {};
        }
    }
    return guard;
}

} // namespace bersih
