#pragma once
// A space-saving heavy-hitter summary (Metwally, Agrawal, El Abbadi 2005): at most `capacity`
// keys are counted; a new key takes the place of a key with the lowest count and inherits that
// count as its possible overestimate (`error`). Every key seen more than total/capacity times is
// kept, and count - error never exceeds its true count.
//
// Keys are 64-bit hashes (computed by the caller, in parallel); the text of a key is stored only
// once the caller sets it. Counts live in the "stream summary" of the paper: slots grouped in
// buckets of equal count, the buckets in a list by count, so an increment and an eviction cost
// O(1). Within a bucket the slot that entered it first is evicted first: the summary depends only
// on the order of the offers, so the same stream gives the same summary.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bersih::learn {

/// What `bersih learn` keeps with each counted key.
struct Tally {
    std::uint64_t count = 0; ///< articles counted (an overestimate by at most `error`)
    std::uint64_t error = 0; ///< the count inherited from the key it replaced
    std::uint64_t prose = 0; ///< articles, since the key entered, in which its line read as prose
    std::uint64_t edge = 0;  ///< ... in which its line was above or below the article's prose
    std::string key;         ///< the key's text, once the caller stored it (empty before)
    std::vector<std::string> examples; ///< distinct lines, taken after the key's first article

    /// Articles counted for certain: count - error.
    [[nodiscard]] std::uint64_t sure() const noexcept { return count - error; }
};

/// The hash `offer(std::string_view)` counts a key under.
std::uint64_t key_hash(std::string_view key) noexcept;

class SpaceSaving {
public:
    explicit SpaceSaving(std::size_t capacity);

    /// Count one more article for the key of this hash; the tally it went to (valid until the
    /// next offer or shrink).
    Tally& offer(std::uint64_t hash);
    /// The same for a key given as text (stored with the tally).
    Tally& offer(std::string_view key);
    /// Keep at most `capacity` keys from now on, dropping the lowest counts first.
    void shrink(std::size_t capacity);

    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] std::size_t capacity() const noexcept { return capacity_; }
    /// The tally of a key, or nullptr when it is not counted now.
    [[nodiscard]] const Tally* find(std::uint64_t hash) const;
    [[nodiscard]] const Tally* find(std::string_view key) const { return find(key_hash(key)); }
    /// Every counted tally, ordered by key text, then hash.
    [[nodiscard]] std::vector<const Tally*> entries() const;

private:
    static constexpr std::uint32_t kNone = 0xffffffffU;
    struct Slot {
        std::uint64_t hash = 0;
        Tally tally;
        std::uint32_t bucket = kNone;
        std::uint32_t prev = kNone;
        std::uint32_t next = kNone;
    };
    struct Bucket {
        std::uint64_t count = 0;
        std::uint32_t head = kNone; // first in: evicted first
        std::uint32_t tail = kNone;
        std::uint32_t prev = kNone; // lower counts
        std::uint32_t next = kNone; // higher counts
    };

    void detach(std::uint32_t slot);
    void append(std::uint32_t slot, std::uint32_t bucket);
    std::uint32_t bucket_after(std::uint32_t bucket, std::uint64_t count);
    void drop_bucket_if_empty(std::uint32_t bucket);
    void evict_lowest();

    // The hash index: open addressing, linear probing, deletion by backward shift.
    [[nodiscard]] std::size_t probe(std::uint64_t hash) const noexcept;
    void index_insert(std::uint64_t hash, std::uint32_t slot);
    void index_erase(std::uint64_t hash);
    void index_grow();

    std::size_t capacity_;
    std::size_t size_ = 0;
    std::vector<Slot> slots_;
    std::vector<std::uint32_t> free_slots_;
    std::vector<Bucket> buckets_;
    std::vector<std::uint32_t> free_buckets_;
    std::uint32_t lowest_ = kNone;     // the bucket of the lowest count
    std::vector<std::uint32_t> index_; // slot + 1, 0 = empty
};

} // namespace bersih::learn
