#include "core/rule_snapshot.hpp"

#include <cstdint>
#include <stdexcept>
#include <vector>

namespace bersih {
namespace {

// Bumped whenever the layout below changes; the build writes and reads with the same code, so
// a mismatch means bytes from another tree.
constexpr std::string_view kMagic = "bersih-rules-1";

class ByteWriter {
public:
    void number(std::uint64_t value) {
        while (value >= 0x80) {
            out_.push_back(static_cast<char>((value & 0x7F) | 0x80));
            value >>= 7;
        }
        out_.push_back(static_cast<char>(value));
    }
    void text(std::string_view value) {
        number(value.size());
        out_.append(value);
    }
    void texts(const std::vector<std::string>& values) {
        number(values.size());
        for (const auto& value : values) {
            text(value);
        }
    }
    // An optional pattern: present or not, then its text (its flags are the rule's).
    void pattern(const std::optional<Pattern>& value) {
        number(value ? 1 : 0);
        if (value) {
            text(value->str());
        }
    }
    [[nodiscard]] std::string take() { return std::move(out_); }

private:
    std::string out_;
};

class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

    std::uint64_t number() {
        std::uint64_t value = 0;
        for (unsigned shift = 0; shift < 64; shift += 7) {
            const auto byte = static_cast<unsigned char>(next());
            value |= std::uint64_t{byte & 0x7FU} << shift;
            if ((byte & 0x80U) == 0) {
                return value;
            }
        }
        throw std::runtime_error("rule snapshot: malformed number");
    }
    // A count of items that follow: each takes a byte at least.
    std::size_t count() {
        const auto value = number();
        if (value > bytes_.size() - at_) {
            throw std::runtime_error("rule snapshot: truncated");
        }
        return static_cast<std::size_t>(value);
    }
    std::string text() {
        const auto size = count();
        std::string value(bytes_.substr(at_, size));
        at_ += size;
        return value;
    }
    std::vector<std::string> texts() {
        std::vector<std::string> values(count());
        for (auto& value : values) {
            value = text();
        }
        return values;
    }
    template <class Enum>
    Enum choice() {
        return static_cast<Enum>(number());
    }
    [[nodiscard]] bool done() const noexcept { return at_ == bytes_.size(); }

private:
    char next() {
        if (at_ == bytes_.size()) {
            throw std::runtime_error("rule snapshot: truncated");
        }
        return bytes_[at_++];
    }

    std::string_view bytes_;
    std::size_t at_ = 0;
};

boost::regex::flag_type flags_of(bool icase) {
    boost::regex::flag_type flags = boost::regex::perl;
    if (icase) {
        flags |= boost::regex::icase;
    }
    return flags;
}

void write_rule(ByteWriter& out, const Rule& rule) {
    out.text(rule.id);
    out.number(static_cast<std::uint64_t>(rule.category));
    out.number(static_cast<std::uint64_t>(rule.scope));
    out.number(static_cast<std::uint64_t>(rule.kind));
    out.text(rule.pattern_text);
    out.number(rule.pattern.icase() ? 1 : 0);
    out.pattern(rule.end);
    out.pattern(rule.prev_line);
    out.pattern(rule.next_line);
    out.number(rule.max_lines);
    out.number(rule.then_drop);
    out.number(rule.off_topic ? 1 : 0);
    out.number(static_cast<std::uint64_t>(rule.heads_list));
    out.text(rule.field);
    out.number(static_cast<std::uint64_t>(rule.rest_category));
    out.texts(rule.outlets);
    out.texts(rule.must_match);
    out.texts(rule.must_not_match);
    out.text(rule.description);
    out.text(rule.file);
    out.number(rule.line);
}

void read_rule(ByteReader& in, Rule& rule) {
    rule.id = in.text();
    rule.category = in.choice<Category>();
    rule.scope = in.choice<Scope>();
    rule.kind = in.choice<RuleKind>();
    rule.pattern_text = in.text();
    const auto flags = flags_of(in.number() != 0);
    rule.pattern = Pattern(rule.pattern_text, flags);
    for (auto* optional : {&rule.end, &rule.prev_line, &rule.next_line}) {
        if (in.number() != 0) {
            optional->emplace(in.text(), flags);
        }
    }
    rule.max_lines = in.number();
    rule.then_drop = in.number();
    rule.off_topic = in.number() != 0;
    rule.heads_list = in.choice<WidgetList>();
    rule.field = in.text();
    rule.rest_category = in.choice<Category>();
    rule.outlets = in.texts();
    rule.must_match = in.texts();
    rule.must_not_match = in.texts();
    rule.description = in.text();
    rule.file = in.text();
    rule.line = in.number();
}

void write_outlet(ByteWriter& out, const OutletProfile& profile) {
    out.text(profile.id);
    out.text(profile.name);
    out.texts(profile.signature_texts);
    out.text(profile.time_zone);
    out.texts(profile.aliases);
    out.texts(profile.domains);
    out.text(profile.file);
}

void read_outlet(ByteReader& in, OutletProfile& profile) {
    profile.id = in.text();
    profile.name = in.text();
    profile.signature_texts = in.texts();
    // Signatures are case-sensitive (rule_loader.cpp).
    for (const auto& text : profile.signature_texts) {
        profile.signatures.emplace_back(text, flags_of(false));
    }
    profile.time_zone = in.text();
    profile.aliases = in.texts();
    profile.domains = in.texts();
    profile.file = in.text();
}

} // namespace

std::string write_rule_snapshot(const RuleSet& rules) {
    ByteWriter out;
    out.text(kMagic);
    out.number(rules.rules.size());
    for (const auto& rule : rules.rules) {
        write_rule(out, rule);
    }
    out.number(rules.outlets.size());
    for (const auto& profile : rules.outlets) {
        write_outlet(out, profile);
    }
    return out.take();
}

RuleSet read_rule_snapshot(std::string_view bytes) {
    ByteReader in(bytes);
    if (in.text() != kMagic) {
        throw std::runtime_error("rule snapshot: written by another version");
    }
    RuleSet set;
    set.rules.resize(in.count());
    for (auto& rule : set.rules) {
        read_rule(in, rule);
    }
    set.outlets.resize(in.count());
    for (auto& profile : set.outlets) {
        read_outlet(in, profile);
    }
    if (!in.done()) {
        throw std::runtime_error("rule snapshot: bytes after the last outlet");
    }
    return set;
}

} // namespace bersih
