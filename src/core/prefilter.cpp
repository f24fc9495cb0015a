#include "core/prefilter.hpp"

#include <algorithm>
#include <deque>
#include <limits>
#include <stdexcept>
#include <string>

namespace bersih {
namespace {

std::uint8_t fold(std::uint8_t byte) {
    return (byte >= 'A' && byte <= 'Z') ? static_cast<std::uint8_t>(byte - 'A' + 'a') : byte;
}

void set_bit(RuleBits& bits, std::size_t index) {
    bits[index / 64] |= std::uint64_t{1} << (index % 64);
}

bool test_bit(const std::uint64_t* bits, std::size_t index) {
    return ((bits[index / 64] >> (index % 64)) & 1U) != 0;
}

} // namespace

Prefilter::Prefilter(const std::vector<Rule>& rules)
    : rule_count_(rules.size()), words_((rules.size() + 63) / 64) {
    always_.assign(words_, 0);

    // Byte classes: every byte that occurs in a needle (case folded) gets its own class; all
    // other bytes share class 0, which always leads back to the root.
    class_of_.fill(0);
    for (const auto& rule : rules) {
        for (const auto& needle : rule.needles) {
            for (const char c : needle) {
                const auto b = fold(static_cast<std::uint8_t>(c));
                if (class_of_[b] == 0) {
                    class_of_[b] = static_cast<std::uint8_t>(classes_++);
                    if (classes_ > 255) {
                        throw std::length_error("prefilter: too many distinct needle bytes");
                    }
                }
            }
        }
    }
    for (std::size_t b = 'A'; b <= 'Z'; ++b) {
        class_of_[b] = class_of_[b - 'A' + 'a'];
    }

    // The trie. goto_[state * classes_ + class], 0 meaning "no edge" (the root is never a child).
    std::vector<std::uint32_t> go(classes_, 0);
    std::vector<std::vector<std::uint32_t>> own_outputs(1);
    for (std::size_t r = 0; r < rules.size(); ++r) {
        if (rules[r].needles.empty()) {
            set_bit(always_, r);
            continue;
        }
        for (const auto& needle : rules[r].needles) {
            if (needle.empty()) {
                set_bit(always_, r);
                continue;
            }
            longest_needle_ = std::max(longest_needle_, needle.size());
            std::uint32_t state = 0;
            for (const char c : needle) {
                const std::uint32_t cls = class_of_[fold(static_cast<std::uint8_t>(c))];
                std::uint32_t& next = go[state * classes_ + cls];
                if (next == 0) {
                    next = static_cast<std::uint32_t>(own_outputs.size());
                    own_outputs.emplace_back();
                    go.resize(go.size() + classes_, 0);
                }
                state = go[state * classes_ + cls];
            }
            own_outputs[state].push_back(static_cast<std::uint32_t>(r));
        }
    }
    state_count_ = own_outputs.size();
    if (state_count_ * classes_ > std::numeric_limits<std::uint32_t>::max()) {
        throw std::length_error("prefilter: too many states");
    }

    // Breadth-first: failure links, full transitions, and outputs merged along failure links.
    std::vector<std::uint32_t> fail(state_count_, 0);
    std::vector<std::vector<std::uint32_t>> all_outputs(state_count_);
    delta_.assign(state_count_ * classes_, 0);
    std::deque<std::uint32_t> queue;
    for (std::uint32_t c = 0; c < classes_; ++c) {
        const std::uint32_t child = go[c];
        delta_[c] = child;
        if (child != 0) {
            fail[child] = 0;
            queue.push_back(child);
        }
    }
    all_outputs[0] = own_outputs[0];
    while (!queue.empty()) {
        const std::uint32_t state = queue.front();
        queue.pop_front();
        auto& outs = all_outputs[state];
        outs = own_outputs[state];
        const auto& inherited = all_outputs[fail[state]];
        outs.insert(outs.end(), inherited.begin(), inherited.end());
        std::sort(outs.begin(), outs.end());
        outs.erase(std::unique(outs.begin(), outs.end()), outs.end());
        for (std::uint32_t c = 0; c < classes_; ++c) {
            const std::uint32_t child = go[state * classes_ + c];
            if (child != 0) {
                fail[child] = delta_[fail[state] * classes_ + c];
                delta_[state * classes_ + c] = child;
                queue.push_back(child);
            } else {
                delta_[state * classes_ + c] = delta_[fail[state] * classes_ + c];
            }
        }
    }
    // The root (where every scan starts, row 0) has no outputs: empty needles are in always_.
    renumber_outputs_last(delta_, all_outputs);
}

// States with outputs get the highest numbers: the scan then tells them by one comparison of the
// next row with first_output_row_, and its critical path (one load per byte) carries no flag
// to mask off. Entries hold the next state already multiplied by the number of classes, so the
// path has no multiply either.
void Prefilter::renumber_outputs_last(const std::vector<std::uint32_t>& delta,
                                      const std::vector<std::vector<std::uint32_t>>& outputs) {
    std::vector<std::uint32_t> new_id(state_count_);
    std::vector<std::uint32_t> old_id;
    old_id.reserve(state_count_);
    for (const bool with_output : {false, true}) {
        if (with_output) {
            output_states_from_ = static_cast<std::uint32_t>(old_id.size());
        }
        for (std::uint32_t s = 0; s < state_count_; ++s) {
            if (outputs[s].empty() != with_output) {
                new_id[s] = static_cast<std::uint32_t>(old_id.size());
                old_id.push_back(s);
            }
        }
    }
    first_output_row_ = output_states_from_ * classes_;
    std::vector<std::uint32_t> table(delta.size());
    out_begin_.assign(state_count_ - output_states_from_ + 1, 0);
    for (std::uint32_t t = 0; t < state_count_; ++t) {
        const std::uint32_t s = old_id[t];
        for (std::uint32_t c = 0; c < classes_; ++c) {
            table[t * classes_ + c] = new_id[delta[s * classes_ + c]] * classes_;
        }
        if (t >= output_states_from_) {
            const std::size_t k = t - output_states_from_;
            out_begin_[k + 1] = out_begin_[k] + static_cast<std::uint32_t>(outputs[s].size());
            outputs_.insert(outputs_.end(), outputs[s].begin(), outputs[s].end());
        }
    }
    delta_ = std::move(table);
    // A row is an exact multiple of classes_: dividing it is a shift and a multiply by the odd
    // part's inverse modulo 2^32 (a division instruction costs tens of cycles per output).
    std::uint32_t odd = classes_;
    class_shift_ = 0;
    while ((odd & 1U) == 0) {
        odd >>= 1U;
        ++class_shift_;
    }
    class_inverse_ = odd; // Newton's iteration: each step doubles the correct low bits
    for (int i = 0; i < 5; ++i) {
        class_inverse_ *= 2U - odd * class_inverse_;
    }
}

void Prefilter::scan(std::string_view text, RuleBits& hits) const {
    walk<false>(text, hits, nullptr);
}

void Prefilter::scan(std::string_view text, RuleBits& hits, ByteSet& present) const {
    walk<true>(text, hits, &present);
}

template <bool WithBytes>
void Prefilter::walk(std::string_view text, RuleBits& hits, ByteSet* present) const {
    hits = always_;
    // A long line's byte set is marked during the walk, one store per byte, and folded once; a
    // short line's is built by bytes_present, for which the fold would cost more than the line.
    if constexpr (WithBytes) {
        if (!delta_.empty() && text.size() >= kByteFlagsFrom) {
            std::array<std::uint8_t, 256> seen{};
            walk_lanes(text, hits, seen.data());
            *present = byte_set_of_flags(seen);
            return;
        }
        *present = bytes_present(text);
    }
    if (!delta_.empty()) {
        walk_lanes(text, hits, nullptr);
    }
}

void Prefilter::walk_lanes(std::string_view text, RuleBits& hits, std::uint8_t* seen) const {
    const auto* data = reinterpret_cast<const std::uint8_t*>(text.data());
    const std::size_t size = text.size();
    const std::uint32_t* delta = delta_.data();
    const std::uint8_t* class_of = class_of_.data();
    const std::uint32_t first_output_row = first_output_row_;
    const auto step = [&](std::uint32_t& row, unsigned byte) {
        if (seen != nullptr) { // the same way for every byte: the branch is always predicted
            seen[byte] = 1;
        }
        row = delta[row + class_of[byte]];
        if (row >= first_output_row) {
            const std::uint32_t state =
                ((row >> class_shift_) * class_inverse_) - output_states_from_;
            for (std::uint32_t k = out_begin_[state]; k < out_begin_[state + 1]; ++k) {
                set_bit(hits, outputs_[k]);
            }
        }
    };
    // Each byte's step waits for the previous step's load: two walks, over the two halves of a
    // long line, run side by side in about the time of one. The second starts longest_needle_ - 1
    // bytes before the middle, so it sees whole any needle that ends in its half.
    std::size_t first_end = 0;   // the first walk covers [0, first_end)
    std::size_t second_from = 0; // the second [second_from, size)
    if (size >= 4 * longest_needle_) {
        first_end = size / 2;
        second_from = first_end - (longest_needle_ - 1);
    }
    std::uint32_t row_a = 0; // the current states times the number of classes
    std::uint32_t row_b = 0;
    for (std::size_t i = 0; i < first_end; ++i) {
        step(row_a, data[i]);
        step(row_b, data[second_from + i]);
    }
    for (std::size_t i = second_from + first_end; i < size; ++i) {
        step(row_b, data[i]);
    }
}

namespace {

// The rows of the last document seen on this thread, each with the text it was computed for:
// the rule stages build their candidates one after the other on mostly unchanged lines, so a
// line whose text is the same reuses its row (a comparison instead of a scan). The text check
// makes reuse safe whatever document comes next.
struct RowCache {
    RuleBits active;
    std::vector<std::string> texts;
    std::vector<char> valid;
    std::vector<std::uint64_t> rows;
};

RowCache& row_cache() {
    thread_local RowCache cache;
    return cache;
}

} // namespace

ActiveRules::ActiveRules(const std::vector<Rule>& rules, std::vector<const Rule*> active)
    : list(std::move(active)) {
    const std::size_t words = (rules.size() + 63) / 64;
    bits.assign(words, 0);
    guarded.assign(words, 0);
    position.assign(rules.size(), 0);
    for (std::size_t p = 0; p < list.size(); ++p) {
        const auto r = static_cast<std::size_t>(list[p] - rules.data());
        set_bit(bits, r);
        position[r] = static_cast<std::uint32_t>(p);
        if (!rules[r].guard.empty()) {
            set_bit(guarded, r);
        }
    }
}

LineCandidates::LineCandidates(const Prefilter& prefilter, const std::vector<Rule>& rules,
                               const std::vector<const Rule*>& active, const Document& doc)
    : LineCandidates(prefilter, rules, ActiveRules(rules, active), doc) {}

LineCandidates::LineCandidates(const Prefilter& prefilter, const std::vector<Rule>& rules,
                               ActiveRules&& own, const Document& doc)
    : prefilter_(prefilter), rules_(rules), doc_(doc), own_(std::move(own)), active_(*own_) {
    scan_all();
}

LineCandidates::LineCandidates(const Prefilter& prefilter, const std::vector<Rule>& rules,
                               const ActiveRules& active, const Document& doc)
    : prefilter_(prefilter), rules_(rules), doc_(doc), active_(active) {
    scan_all();
}

void LineCandidates::scan_all() {
    const Document& doc = doc_;
    const std::size_t words = prefilter_.words();
    RowCache& cache = row_cache();
    if (cache.active != active_.bits || cache.texts.size() != doc.lines.size()) {
        cache.active = active_.bits;
        cache.texts.resize(doc.lines.size());
        cache.valid.assign(doc.lines.size(), 0);
        cache.rows.assign(doc.lines.size() * words, 0);
    }
    hits_.assign(doc.lines.size() * words, 0);
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        rescan(i);
    }
}

void LineCandidates::rescan(std::size_t index) {
    const std::size_t words = prefilter_.words();
    std::uint64_t* row = hits_.data() + index * words;
    const Line& line = doc_.lines[index];
    if (!line.kept_text()) {
        std::fill(row, row + words, 0);
        return;
    }
    RowCache& cache = row_cache();
    const bool cached = index < cache.texts.size() && cache.active == active_.bits &&
                        cache.rows.size() == cache.texts.size() * words;
    if (cached && cache.valid[index] != 0 && cache.texts[index] == line.text) {
        std::copy_n(cache.rows.data() + index * words, words, row);
        return;
    }
    thread_local RuleBits bits;
    ByteSet present{};
    prefilter_.scan(line.text, bits, present);
    for (std::size_t w = 0; w < words; ++w) {
        row[w] = bits[w] & active_.bits[w];
    }
    // Line guards: a rule whose cheap byte tests fail here cannot match (guard.cpp). Only the
    // candidates are tested, word by word, not every guarded rule.
    for (std::size_t w = 0; w < words; ++w) {
        std::uint64_t todo = row[w] & active_.guarded[w];
        while (todo != 0) {
            const auto bit = static_cast<std::size_t>(__builtin_ctzll(todo));
            todo &= todo - 1;
            if (!rules_[w * 64 + bit].guard.may_match(line.text, present)) {
                row[w] &= ~(std::uint64_t{1} << bit);
            }
        }
    }
    if (cached) {
        cache.texts[index] = line.text;
        cache.valid[index] = 1;
        std::copy_n(row, words, cache.rows.data() + index * words);
    }
}

bool LineCandidates::may_match(std::size_t index, const Rule& rule) const {
    const auto r = static_cast<std::size_t>(&rule - rules_.data());
    return test_bit(hits_.data() + index * prefilter_.words(), r);
}

const std::vector<const Rule*>& LineCandidates::candidates(std::size_t index) {
    order_.clear();
    const std::size_t words = prefilter_.words();
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
    scratch_.clear();
    for (const auto p : order_) {
        scratch_.push_back(active_.list[p]);
    }
    return scratch_;
}

} // namespace bersih
