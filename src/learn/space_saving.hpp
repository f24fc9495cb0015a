#pragma once
// A space-saving heavy-hitter summary (Metwally, Agrawal, El Abbadi 2005): at most `capacity`
// keys are counted; a new key takes the place of the key with the lowest count and inherits that
// count as its possible overestimate (`error`). Every key seen more than total/capacity times is
// kept, and count - error never exceeds its true count. Ties break on the slot number, so the
// summary depends only on the order of the offers: the same stream gives the same summary.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace bersih::learn {

/// What `bersih learn` keeps with each counted key.
struct Tally {
    std::uint64_t count = 0; ///< articles counted (an overestimate by at most `error`)
    std::uint64_t error = 0; ///< the count inherited from the key it replaced
    std::uint64_t prose = 0; ///< articles, since the key entered, in which its line read as prose
    std::uint64_t edge = 0;  ///< ... in which its line was above or below the article's prose
    std::vector<std::string> examples; ///< distinct lines, taken after the key's first article

    /// Articles counted for certain: count - error.
    [[nodiscard]] std::uint64_t sure() const noexcept { return count - error; }
};

class SpaceSaving {
public:
    explicit SpaceSaving(std::size_t capacity);

    /// Count one more article for `key`; the tally it went to (valid until the next offer).
    Tally& offer(std::string_view key);
    /// Keep at most `capacity` keys from now on, dropping the lowest counts first.
    void shrink(std::size_t capacity);

    [[nodiscard]] std::size_t size() const noexcept { return index_.size(); }
    [[nodiscard]] std::size_t capacity() const noexcept { return capacity_; }
    /// The tally of `key`, or nullptr when it is not counted now.
    [[nodiscard]] const Tally* find(std::string_view key) const;
    /// Every key with its tally, in key order.
    [[nodiscard]] std::vector<std::pair<std::string, const Tally*>> entries() const;

private:
    struct Slot {
        const std::string* key = nullptr;
        Tally tally;
    };
    void evict_lowest();

    std::size_t capacity_;
    std::vector<Slot> slots_;
    std::vector<std::size_t> free_;
    std::unordered_map<std::string, std::size_t> index_;       // key -> slot
    std::set<std::pair<std::uint64_t, std::size_t>> by_count_; // (count, slot), lowest first
};

} // namespace bersih::learn
