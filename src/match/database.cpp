#include "match/database.hpp"

#include "match/hyperscan_form.hpp"
#include "match/literal_start.hpp"

#include <stdexcept>

namespace bersih::match {
namespace {

struct CompileErrorDeleter {
    void operator()(hs_compile_error_t* error) const noexcept { hs_free_compile_error(error); }
};
using CompileErrorPtr = std::unique_ptr<hs_compile_error_t, CompileErrorDeleter>;

// How one pattern goes in: its flags, or no way at all.
enum class Mode { exact, prefilter, literal, none, skipped };

// Whether Hyperscan takes `expression` with `flags`, and the pattern cannot match empty (an empty
// match is one Hyperscan does not report per line: such a pattern is always a candidate).
bool accepted(const std::string& expression, unsigned flags) {
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* raw_error = nullptr;
    const hs_error_t status = hs_expression_info(expression.c_str(), flags, &info, &raw_error);
    const CompileErrorPtr error(raw_error);
    if (status != HS_SUCCESS || info == nullptr) {
        return false;
    }
    const bool can_be_empty = info->min_width == 0;
    std::free(info); // allocated with hs's misc allocator, malloc by default
    return !can_be_empty;
}

unsigned flags_of(const PatternSpec& spec, Mode mode, ScanKind kind) {
    unsigned flags = kind == ScanKind::multiline ? kMultilineFlags
                     : kind == ScanKind::lines   ? kLinesFlags
                                                 : 0U;
    if (spec.icase) {
        flags |= HS_FLAG_CASELESS;
    }
    if (mode == Mode::prefilter) {
        flags |= HS_FLAG_PREFILTER;
    }
    return flags;
}

// The database of the patterns whose mode is `literal`, as their literals.
DatabasePtr compile_literals(const std::vector<PatternSpec>& patterns,
                             const std::vector<std::string>& literals,
                             const std::vector<Mode>& modes, const hs_platform_info_t* platform) {
    std::vector<const char*> expressions;
    std::vector<std::size_t> lengths;
    std::vector<unsigned> flags;
    std::vector<unsigned> ids;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        if (modes[i] == Mode::literal) {
            expressions.push_back(literals[i].data());
            lengths.push_back(literals[i].size());
            flags.push_back(patterns[i].icase ? HS_FLAG_CASELESS : 0U);
            ids.push_back(static_cast<unsigned>(i));
        }
    }
    if (expressions.empty()) {
        return nullptr;
    }
    hs_database_t* db = nullptr;
    hs_compile_error_t* raw_error = nullptr;
    const hs_error_t status = hs_compile_lit_multi(
        expressions.data(), flags.data(), ids.data(), lengths.data(),
        static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, platform, &db, &raw_error);
    const CompileErrorPtr error(raw_error);
    if (status != HS_SUCCESS) {
        throw std::runtime_error(std::string("hyperscan: ") +
                                 (error ? error->message : "compile failed"));
    }
    return DatabasePtr(db);
}

} // namespace

hs_platform_info_t generic_platform() {
    hs_platform_info_t platform{};
    platform.tune = HS_TUNE_FAMILY_GENERIC;
    platform.cpu_features = 0; // no HS_CPU_FEATURES_AVX2 / AVX512 / AVX512VBMI
    return platform;
}

std::uint64_t fingerprint(const std::vector<PatternSpec>& patterns) {
    std::uint64_t hash = 1469598103934665603ULL; // FNV-1a
    const auto add = [&](unsigned char byte) {
        hash ^= byte;
        hash *= 1099511628211ULL;
    };
    for (const auto& p : patterns) {
        for (const char c : p.text) {
            add(static_cast<unsigned char>(c));
        }
        add(0);
        add(p.icase ? 1 : 0);
        add(p.group);
    }
    return hash;
}

namespace {

CompiledPatterns compile_selected(const std::vector<PatternSpec>& patterns,
                                  const hs_platform_info_t* platform, ScanKind kind,
                                  const std::uint8_t* group) {
    CompiledPatterns out;
    std::vector<std::string> forms;
    std::vector<Mode> modes;
    forms.reserve(patterns.size());
    std::vector<std::string> literals(patterns.size());
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        const PatternSpec& spec = patterns[i];
        if (group != nullptr && spec.group != *group) {
            forms.emplace_back();
            modes.push_back(Mode::skipped);
            continue;
        }
        if (kind == ScanKind::record_lines) {
            if (auto literal = required_literal(spec.text, spec.icase)) {
                literals[i] = std::move(*literal);
                forms.emplace_back();
                modes.push_back(Mode::literal);
                continue;
            }
        }
        // A rule's match lies in one line; a signature's may span the text.
        auto form =
            hyperscan_form(spec.text, kind == ScanKind::record_lines, kind != ScanKind::multiline);
        Mode mode = Mode::none; // no form: a candidate on every line
        if (form && kind != ScanKind::multiline) {
            // A rule's form from its first literal on scans faster (literal_start.hpp).
            if (auto start = literal_start(*form);
                start && (accepted(*start, flags_of(spec, Mode::exact, kind)) ||
                          accepted(*start, flags_of(spec, Mode::prefilter, kind)))) {
                form = std::move(start);
            }
        }
        if (form && accepted(*form, flags_of(spec, Mode::exact, kind))) {
            mode = Mode::exact;
        } else if (form && accepted(*form, flags_of(spec, Mode::prefilter, kind))) {
            mode = Mode::prefilter;
        }
        forms.push_back(form ? std::move(*form) : std::string());
        modes.push_back(mode);
    }
    // hs_expression_info checks each pattern alone; should the whole set still fail on one
    // pattern (too large a pattern, say), that pattern is demoted and the set compiled again.
    for (;;) {
        std::vector<const char*> expressions;
        std::vector<unsigned> flags;
        std::vector<unsigned> ids;
        for (std::size_t i = 0; i < patterns.size(); ++i) {
            if (modes[i] == Mode::exact || modes[i] == Mode::prefilter) {
                expressions.push_back(forms[i].c_str());
                flags.push_back(flags_of(patterns[i], modes[i], kind));
                ids.push_back(static_cast<unsigned>(i));
            }
        }
        if (expressions.empty()) {
            break;
        }
        hs_database_t* db = nullptr;
        hs_compile_error_t* raw_error = nullptr;
        const hs_error_t status = hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                                                   static_cast<unsigned>(expressions.size()),
                                                   HS_MODE_BLOCK, platform, &db, &raw_error);
        const CompileErrorPtr error(raw_error);
        if (status == HS_SUCCESS) {
            out.database.reset(db);
            break;
        }
        if (!error || error->expression < 0 ||
            static_cast<std::size_t>(error->expression) >= ids.size()) {
            throw std::runtime_error(std::string("hyperscan: ") +
                                     (error ? error->message : "compile failed"));
        }
        const unsigned failed = ids[static_cast<std::size_t>(error->expression)];
        modes[failed] = modes[failed] == Mode::exact ? Mode::prefilter : Mode::none;
    }
    out.literals = compile_literals(patterns, literals, modes, platform);
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        switch (modes[i]) {
        case Mode::literal:
            ++out.literal;
            break;
        case Mode::exact:
            ++out.exact;
            break;
        case Mode::prefilter:
            ++out.prefiltered;
            break;
        case Mode::none:
            out.always.push_back(static_cast<std::uint32_t>(i));
            break;
        case Mode::skipped:
            break;
        }
    }
    return out;
}

} // namespace

CompiledPatterns compile_patterns(const std::vector<PatternSpec>& patterns,
                                  const hs_platform_info_t* platform, ScanKind kind) {
    return compile_selected(patterns, platform, kind, nullptr);
}

CompiledPatterns compile_group(const std::vector<PatternSpec>& patterns,
                               const hs_platform_info_t* platform, ScanKind kind,
                               std::uint8_t group) {
    return compile_selected(patterns, platform, kind, &group);
}

} // namespace bersih::match
