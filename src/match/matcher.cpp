#include "match/matcher.hpp"

#include "match/active_rules.hpp"
#include "match/embedded.hpp"
#include "match/patterns.hpp"

#include <algorithm>
#include <mutex>
#include <stdexcept>

namespace bersih::match {
namespace {

// What a scan's match callback needs: the lines' starts in the buffer and the rows to mark.
struct ScanState {
    const std::uint32_t* starts = nullptr;
    std::size_t lines = 0;
    std::size_t buffer_size = 0;
    std::uint64_t* hits = nullptr;
    std::size_t words = 0;
    std::uint32_t base = 0;
    std::size_t cursor = 0;      // the line of the last report: reports come mostly in offset order
    bool separator_ends = false; // a match may end with the separator after its line
    bool trailing_separator = true; // the last line is followed by '\n' too
};

// A match ending at `to` (exclusive) belongs to the line it ends in, or to the line before the
// separator it ends with (a pattern's final `$` is that separator: hyperscan_form). A match that
// ends with a separator without being one only adds a candidate.
int on_match(unsigned int id, unsigned long long /*from*/, unsigned long long to,
             unsigned int /*flags*/, void* context) {
    auto& s = *static_cast<ScanState*>(context);
    if (to <= s.starts[0]) {
        return 0;
    }
    const std::uint32_t* starts = s.starts;
    std::size_t k = s.cursor;
    if (!(starts[k] < to && (k + 1 == s.lines || starts[k + 1] >= to))) {
        const auto* after = std::lower_bound(starts, starts + s.lines, to); // first start >= to
        k = static_cast<std::size_t>(after - starts) - 1;
        s.cursor = k;
    }
    // A `multiline` or `lines` pattern's match of one line ends in that line: one that ends with
    // the separator crossed it (`\s`, `.` match '\n') and is no match of one line.
    const std::size_t end = k + 1 < s.lines        ? starts[k + 1] - 1
                            : s.trailing_separator ? s.buffer_size - 1
                                                   : s.buffer_size;
    if (!s.separator_ends && to > end) {
        return 0;
    }
    const std::size_t index = s.base + id;
    s.hits[k * s.words + index / 64] |= std::uint64_t{1} << (index % 64);
    return 0;
}

// '\r' and '\f', where Boost.Regex's ^ and $ match as at '\n'. Two memchr passes:
// find_first_of calls memchr on its two-byte set once per byte of the text (4% of a run).
bool has_line_separator(std::string_view text) {
    return text.find('\r') != std::string_view::npos || text.find('\f') != std::string_view::npos;
}

struct ScratchDeleter {
    void operator()(hs_scratch_t* scratch) const noexcept { hs_free_scratch(scratch); }
};
using ScratchPtr = std::unique_ptr<hs_scratch_t, ScratchDeleter>;

} // namespace

// Hyperscan needs one scratch space per concurrent scan: a pool of them, cloned from one
// allocated for every database of the matcher, lent to one scan at a time.
struct Matcher::Scratch {
    ScratchPtr prototype;
    std::mutex mutex;
    std::vector<ScratchPtr> free;

    class Lease {
    public:
        explicit Lease(Scratch& pool) : pool_(pool) {
            {
                const std::lock_guard<std::mutex> lock(pool_.mutex);
                if (!pool_.free.empty()) {
                    scratch_ = std::move(pool_.free.back());
                    pool_.free.pop_back();
                }
            }
            if (!scratch_) {
                hs_scratch_t* clone = nullptr;
                if (hs_clone_scratch(pool_.prototype.get(), &clone) != HS_SUCCESS) {
                    throw std::runtime_error("hyperscan: cannot allocate scratch space");
                }
                scratch_.reset(clone);
            }
        }
        ~Lease() {
            const std::lock_guard<std::mutex> lock(pool_.mutex);
            pool_.free.push_back(std::move(scratch_));
        }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        [[nodiscard]] hs_scratch_t* get() const noexcept { return scratch_.get(); }

    private:
        Scratch& pool_;
        ScratchPtr scratch_;
    };
};

namespace {

DatabasePtr deserialize(std::string_view bytes) {
    hs_database_t* db = nullptr;
    if (bytes.empty() || hs_deserialize_database(bytes.data(), bytes.size(), &db) != HS_SUCCESS) {
        return nullptr;
    }
    return DatabasePtr(db);
}

// Whether the embedded database was built from the first patterns of `all`.
bool embedded_fits(const EmbeddedDatabase& embedded, const std::vector<PatternSpec>& all) {
    if (all.size() < embedded.pattern_count) {
        return false;
    }
    const std::vector<PatternSpec> prefix(
        all.begin(), all.begin() + static_cast<std::ptrdiff_t>(embedded.pattern_count));
    return fingerprint(prefix) == embedded.fingerprint;
}

} // namespace

void Matcher::add_part(std::vector<Part>& parts, std::vector<std::uint32_t>& always,
                       CompiledPatterns compiled, std::uint32_t base, ScanKind kind) {
    for (const auto i : compiled.always) {
        always.push_back(base + i);
    }
    if (compiled.database) {
        parts.push_back(Part{std::move(compiled.database), base, kind});
    }
    if (compiled.literals) {
        parts.push_back(Part{std::move(compiled.literals), base, kind});
    }
}

Matcher::Matcher(const RuleSet& rules)
    : rules_(&rules.rules), scratch_(std::make_unique<Scratch>()) {
    const EmbeddedDatabases& embedded = embedded_databases();
    words_ = (rules.rules.size() + 63) / 64;

    // Rules, a database per group: the built-in prefix from the embedded databases, the rest
    // compiled here.
    std::vector<PatternSpec> all = rule_patterns(rules.rules);
    std::size_t first_own = 0;
    std::array<std::vector<std::uint32_t>, kRuleGroups> always;
    if (embedded.rules[0].pattern_count > 0 && embedded_fits(embedded.rules[0], all)) {
        std::array<DatabasePtr, kRuleGroups> databases;
        bool loaded = true;
        for (std::size_t g = 0; g < kRuleGroups; ++g) {
            databases[g] = deserialize(embedded.rules[g].serialized);
            loaded = loaded && (databases[g] || embedded.rules[g].serialized.empty());
        }
        if (loaded) {
            for (std::size_t g = 0; g < kRuleGroups; ++g) {
                if (databases[g]) {
                    rule_parts_[g].push_back(Part{std::move(databases[g]), 0, ScanKind::lines});
                }
                always[g].assign(embedded.rules[g].always.begin(), embedded.rules[g].always.end());
            }
            first_own = embedded.rules[0].pattern_count;
            embedded_rules_ = true;
        }
    }
    if (first_own < all.size()) {
        const std::vector<PatternSpec> own(all.begin() + static_cast<std::ptrdiff_t>(first_own),
                                           all.end());
        for (std::size_t g = 0; g < kRuleGroups; ++g) {
            add_part(
                rule_parts_[g], always[g],
                compile_group(own, nullptr, ScanKind::record_lines, static_cast<std::uint8_t>(g)),
                static_cast<std::uint32_t>(first_own), ScanKind::record_lines);
        }
    }
    for (std::size_t g = 0; g < kRuleGroups; ++g) {
        always_rules_bits_[g].assign(words_, 0);
        for (const auto r : always[g]) {
            always_rules_bits_[g][r / 64] |= std::uint64_t{1} << (r % 64);
            always_rules_.push_back(r);
        }
    }

    // Outlet signatures, the same way.
    std::vector<PatternSpec> signatures = signature_patterns(rules.outlets);
    signature_count_ = signatures.size();
    first_own = 0;
    if (embedded.signatures.pattern_count > 0 && embedded_fits(embedded.signatures, signatures)) {
        if (DatabasePtr db = deserialize(embedded.signatures.serialized);
            db || embedded.signatures.serialized.empty()) {
            if (db) {
                signature_parts_.push_back(Part{std::move(db), 0});
            }
            always_signatures_.assign(embedded.signatures.always.begin(),
                                      embedded.signatures.always.end());
            first_own = embedded.signatures.pattern_count;
        }
    }
    if (first_own < signatures.size()) {
        add_part(signature_parts_, always_signatures_,
                 compile_patterns(std::vector<PatternSpec>(
                                      signatures.begin() + static_cast<std::ptrdiff_t>(first_own),
                                      signatures.end()),
                                  nullptr, ScanKind::multiline),
                 static_cast<std::uint32_t>(first_own), ScanKind::multiline);
    }

    lookbehinds_.reserve(rules.rules.size());
    for (const auto& rule : rules.rules) {
        lookbehinds_.push_back(LeadingLookbehind::of(rule.pattern_text, rule.pattern.flags()));
    }

    // One scratch space big enough for every database.
    hs_scratch_t* scratch = nullptr;
    for (const auto* parts :
         {&rule_parts_[0], &rule_parts_[1], &rule_parts_[2], &signature_parts_}) {
        for (const auto& part : *parts) {
            if (hs_alloc_scratch(part.database.get(), &scratch) != HS_SUCCESS) {
                hs_free_scratch(scratch);
                throw std::runtime_error("hyperscan: cannot allocate scratch space");
            }
        }
    }
    scratch_->prototype.reset(scratch);
}

Matcher::~Matcher() = default;

void Matcher::scan(const std::vector<Part>& parts, std::string_view buffer,
                   const std::vector<std::uint32_t>& starts, std::uint64_t* hits, std::size_t words,
                   bool trailing_separator) const {
    if (parts.empty() || starts.empty()) {
        return;
    }
    const Scratch::Lease scratch(*scratch_);
    for (const auto& part : parts) {
        ScanState state{starts.data(),
                        starts.size(),
                        buffer.size(),
                        hits,
                        words,
                        part.base,
                        0,
                        part.kind == ScanKind::record_lines,
                        trailing_separator};
        const hs_error_t status =
            hs_scan(part.database.get(), buffer.data(), static_cast<unsigned>(buffer.size()), 0,
                    scratch.get(), on_match, &state);
        if (status != HS_SUCCESS) {
            throw std::runtime_error("hyperscan: scan failed");
        }
    }
}

void Matcher::scan_rules(RuleGroup group, std::string_view buffer,
                         const std::vector<std::uint32_t>& starts, std::uint64_t* hits) const {
    const auto g = static_cast<std::size_t>(group);
    scan(rule_parts_[g], buffer, starts, hits, words_, true);
    for (std::size_t k = 0; k < starts.size(); ++k) {
        for (std::size_t w = 0; w < words_; ++w) {
            hits[k * words_ + w] |= always_rules_bits_[g][w];
        }
    }
}

bool Matcher::confirm(const Rule& rule, const std::string& text, boost::smatch& match) const {
    const auto r = static_cast<std::size_t>(&rule - rules_->data());
    if (r < lookbehinds_.size() && lookbehinds_[r]) {
        return lookbehinds_[r]->search(rule.pattern.regex(), text, match);
    }
    return match::confirm(rule.pattern.regex(), text, match);
}

void Matcher::signature_candidates(std::string_view text, Bits& maybe) const {
    const std::size_t words = (signature_count_ + 63) / 64;
    if (has_line_separator(text)) { // see RecordScan::scan_lines
        maybe.assign(words, ~std::uint64_t{0});
        return;
    }
    maybe.assign(words, 0);
    static const std::vector<std::uint32_t> whole{0};
    scan(signature_parts_, text, whole, maybe.data(), words, false);
    for (const auto s : always_signatures_) {
        maybe[s / 64] |= std::uint64_t{1} << (s % 64);
    }
}

RecordScan::RecordScan(const Matcher& matcher, const ActiveRules& active, const Document& doc,
                       RuleGroup group)
    : matcher_(matcher), active_(active), doc_(doc), group_(group) {
    const std::size_t words = matcher.words();
    hits_.assign(doc.lines.size() * words, 0);
    stale_.assign(doc.lines.size(), 0);
    // Each rule group is run by one stage: a line is scanned once per stage, and again when a
    // cut changes it.
    std::vector<std::size_t> lines;
    lines.reserve(doc.lines.size());
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        if (doc.lines[i].kept_text()) {
            lines.push_back(i);
        }
    }
    scan_lines(lines);
}

void RecordScan::scan_lines(const std::vector<std::size_t>& lines) {
    const std::size_t words = matcher_.words();
    if (lines.empty() || words == 0) {
        return;
    }
    thread_local std::string buffer;
    thread_local std::vector<std::uint32_t> starts;
    thread_local std::vector<std::uint64_t> rows;
    thread_local std::vector<std::size_t> scanned_lines;
    buffer.clear();
    starts.clear();
    scanned_lines.clear();
    rows.assign(lines.size() * words, 0);
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const std::string& text = doc_.lines[lines[k]].text;
        if (has_line_separator(text) || text.find('\n') != std::string::npos) {
            // Boost's ^ and $ also match at '\r' and '\f', Hyperscan's only at '\n'; and the
            // built-in rules' `.` does not match '\n' (ScanKind::lines). Normalised text holds
            // none of them; should a line hold one, every rule is a candidate there.
            std::fill_n(rows.data() + k * words, words, ~std::uint64_t{0});
            continue;
        }
        if (buffer.empty()) {
            buffer += '\n'; // the separator before the first line
        }
        scanned_lines.push_back(k);
        starts.push_back(static_cast<std::uint32_t>(buffer.size()));
        buffer += text;
        buffer += '\n';
    }
    if (!buffer.empty()) {
        thread_local std::vector<std::uint64_t> found;
        found.assign(scanned_lines.size() * words, 0);
        matcher_.scan_rules(group_, buffer, starts, found.data());
        for (std::size_t n = 0; n < scanned_lines.size(); ++n) {
            std::copy_n(found.data() + n * words, words, rows.data() + scanned_lines[n] * words);
        }
    }
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const std::uint64_t* scanned = rows.data() + k * words;
        std::uint64_t* row = hits_.data() + lines[k] * words;
        for (std::size_t w = 0; w < words; ++w) {
            row[w] = scanned[w] & active_.bits[w];
        }
    }
}

void RecordScan::rescan(std::size_t index) {
    const std::size_t words = matcher_.words();
    std::fill_n(hits_.data() + index * words, words, 0);
    if (doc_.lines[index].kept_text()) {
        scan_lines({index});
    }
}

bool RecordScan::may_match(std::size_t index, const Rule& rule) {
    refresh(index);
    const auto r = static_cast<std::size_t>(&rule - matcher_.rules().data());
    const std::uint64_t* row = hits_.data() + index * matcher_.words();
    return ((row[r / 64] >> (r % 64)) & 1U) != 0;
}

const std::vector<const Rule*>& RecordScan::candidates(std::size_t index) {
    refresh(index);
    order_.clear();
    const std::size_t words = matcher_.words();
    const std::uint64_t* row = hits_.data() + index * words;
    for (std::size_t w = 0; w < words; ++w) {
        std::uint64_t bits = row[w];
        while (bits != 0) {
            const auto bit = static_cast<std::size_t>(__builtin_ctzll(bits));
            order_.push_back(active_.position[w * 64 + bit]);
            bits &= bits - 1;
        }
    }
    std::sort(order_.begin(), order_.end());
    candidates_.clear();
    for (const auto p : order_) {
        candidates_.push_back(active_.list[p]);
    }
    return candidates_;
}

} // namespace bersih::match
