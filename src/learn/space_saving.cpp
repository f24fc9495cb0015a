#include "learn/space_saving.hpp"

#include "gates/text_hash.hpp"

#include <algorithm>
#include <functional>

namespace bersih::learn {
namespace {

// splitmix64's finaliser spreads the hash over the low bits the index uses.
std::uint64_t mix(std::uint64_t x) noexcept { return gates::mix64(x); }

} // namespace

std::uint64_t key_hash(std::string_view key) noexcept {
    return static_cast<std::uint64_t>(std::hash<std::string_view>{}(key));
}

SpaceSaving::SpaceSaving(std::size_t capacity) : capacity_(std::max<std::size_t>(1, capacity)) {}

std::size_t SpaceSaving::probe(std::uint64_t hash) const noexcept {
    const std::size_t mask = index_.size() - 1;
    std::size_t i = static_cast<std::size_t>(mix(hash)) & mask;
    while (index_[i] != 0 && slots_[index_[i] - 1].hash != hash) {
        i = (i + 1) & mask;
    }
    return i;
}

void SpaceSaving::index_grow() {
    std::vector<std::uint32_t> old = std::move(index_);
    index_.assign(std::max<std::size_t>(16, old.size() * 2), 0);
    for (const auto entry : old) {
        if (entry != 0) {
            index_[probe(slots_[entry - 1].hash)] = entry;
        }
    }
}

void SpaceSaving::index_insert(std::uint64_t hash, std::uint32_t slot) {
    if ((size_ + 1) * 2 > index_.size()) {
        index_grow();
    }
    index_[probe(hash)] = slot + 1;
}

void SpaceSaving::index_erase(std::uint64_t hash) {
    const std::size_t mask = index_.size() - 1;
    std::size_t hole = probe(hash);
    index_[hole] = 0;
    // Backward shift: move up every entry of the run after the hole that may sit in it.
    for (std::size_t i = (hole + 1) & mask; index_[i] != 0; i = (i + 1) & mask) {
        const std::size_t home = static_cast<std::size_t>(mix(slots_[index_[i] - 1].hash)) & mask;
        const bool movable = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
        if (movable) {
            index_[hole] = index_[i];
            index_[i] = 0;
            hole = i;
        }
    }
}

void SpaceSaving::detach(std::uint32_t slot) {
    Slot& s = slots_[slot];
    Bucket& b = buckets_[s.bucket];
    (s.prev == kNone ? b.head : slots_[s.prev].next) = s.next;
    (s.next == kNone ? b.tail : slots_[s.next].prev) = s.prev;
    s.prev = s.next = kNone;
}

void SpaceSaving::append(std::uint32_t slot, std::uint32_t bucket) {
    Slot& s = slots_[slot];
    Bucket& b = buckets_[bucket];
    s.bucket = bucket;
    s.prev = b.tail;
    s.next = kNone;
    (b.tail == kNone ? b.head : slots_[b.tail].next) = slot;
    b.tail = slot;
}

std::uint32_t SpaceSaving::bucket_after(std::uint32_t bucket, std::uint64_t count) {
    // The bucket of `count`, right after `bucket` (kNone: at the front of the list).
    const std::uint32_t next = bucket == kNone ? lowest_ : buckets_[bucket].next;
    if (next != kNone && buckets_[next].count == count) {
        return next;
    }
    std::uint32_t fresh = 0;
    if (!free_buckets_.empty()) {
        fresh = free_buckets_.back();
        free_buckets_.pop_back();
    } else {
        fresh = static_cast<std::uint32_t>(buckets_.size());
        buckets_.emplace_back();
    }
    buckets_[fresh] = Bucket{count, kNone, kNone, bucket, next};
    if (next != kNone) {
        buckets_[next].prev = fresh;
    }
    (bucket == kNone ? lowest_ : buckets_[bucket].next) = fresh;
    return fresh;
}

void SpaceSaving::drop_bucket_if_empty(std::uint32_t bucket) {
    Bucket& b = buckets_[bucket];
    if (b.head != kNone) {
        return;
    }
    (b.prev == kNone ? lowest_ : buckets_[b.prev].next) = b.next;
    if (b.next != kNone) {
        buckets_[b.next].prev = b.prev;
    }
    free_buckets_.push_back(bucket);
}

void SpaceSaving::evict_lowest() {
    const std::uint32_t bucket = lowest_;
    const std::uint32_t slot = buckets_[bucket].head;
    detach(slot);
    drop_bucket_if_empty(bucket);
    index_erase(slots_[slot].hash);
    slots_[slot] = Slot{};
    free_slots_.push_back(slot);
    --size_;
}

Tally& SpaceSaving::offer(std::uint64_t hash) {
    if (!index_.empty()) {
        if (const auto entry = index_[probe(hash)]; entry != 0) {
            const std::uint32_t slot = entry - 1;
            Slot& s = slots_[slot];
            const std::uint32_t from = s.bucket;
            const std::uint32_t to = bucket_after(from, s.tally.count + 1);
            detach(slot);
            append(slot, to);
            drop_bucket_if_empty(from);
            ++s.tally.count;
            return s.tally;
        }
    }
    std::uint64_t inherited = 0;
    if (size_ >= capacity_) {
        inherited = buckets_[lowest_].count;
        evict_lowest();
    }
    std::uint32_t slot = 0;
    if (!free_slots_.empty()) {
        slot = free_slots_.back();
        free_slots_.pop_back();
    } else {
        slot = static_cast<std::uint32_t>(slots_.size());
        slots_.emplace_back();
    }
    slots_[slot].hash = hash;
    slots_[slot].tally.count = inherited + 1;
    slots_[slot].tally.error = inherited;
    // The new count is at most one above the lowest: its bucket is the first or second.
    std::uint32_t before = kNone;
    if (lowest_ != kNone && buckets_[lowest_].count <= inherited + 1 &&
        buckets_[lowest_].count != inherited + 1) {
        before = lowest_;
    }
    append(slot, bucket_after(before, inherited + 1));
    index_insert(hash, slot);
    ++size_;
    return slots_[slot].tally;
}

Tally& SpaceSaving::offer(std::string_view key) {
    Tally& tally = offer(key_hash(key));
    if (tally.key.empty()) {
        tally.key = std::string(key);
    }
    return tally;
}

void SpaceSaving::shrink(std::size_t capacity) {
    capacity_ = std::max<std::size_t>(1, capacity);
    while (size_ > capacity_) {
        evict_lowest();
    }
}

const Tally* SpaceSaving::find(std::uint64_t hash) const {
    if (index_.empty()) {
        return nullptr;
    }
    const auto entry = index_[probe(hash)];
    return entry == 0 ? nullptr : &slots_[entry - 1].tally;
}

std::vector<const Tally*> SpaceSaving::entries() const {
    std::vector<std::pair<std::uint64_t, const Tally*>> all;
    all.reserve(size_);
    for (const auto& slot : slots_) {
        if (slot.bucket != kNone) {
            all.emplace_back(slot.hash, &slot.tally);
        }
    }
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
        return a.second->key != b.second->key ? a.second->key < b.second->key : a.first < b.first;
    });
    std::vector<const Tally*> out;
    out.reserve(all.size());
    for (const auto& [hash, tally] : all) {
        out.push_back(tally);
    }
    return out;
}

} // namespace bersih::learn
