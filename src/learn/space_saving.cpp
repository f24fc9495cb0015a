#include "learn/space_saving.hpp"

#include <algorithm>

namespace bersih::learn {

SpaceSaving::SpaceSaving(std::size_t capacity) : capacity_(std::max<std::size_t>(1, capacity)) {}

void SpaceSaving::evict_lowest() {
    const auto lowest = by_count_.begin();
    const std::size_t slot = lowest->second;
    by_count_.erase(lowest);
    index_.erase(*slots_[slot].key);
    slots_[slot] = Slot{};
    free_.push_back(slot);
}

Tally& SpaceSaving::offer(std::string_view key) {
    const std::string owned(key);
    if (const auto it = index_.find(owned); it != index_.end()) {
        Slot& slot = slots_[it->second];
        by_count_.erase({slot.tally.count, it->second});
        ++slot.tally.count;
        by_count_.emplace(slot.tally.count, it->second);
        return slot.tally;
    }
    std::uint64_t inherited = 0;
    if (index_.size() >= capacity_) {
        inherited = by_count_.begin()->first;
        evict_lowest();
    }
    std::size_t slot = 0;
    if (!free_.empty()) {
        slot = free_.back();
        free_.pop_back();
    } else {
        slot = slots_.size();
        slots_.emplace_back();
    }
    const auto inserted = index_.emplace(owned, slot).first;
    Slot& fresh = slots_[slot];
    fresh.key = &inserted->first; // node-based map: the key's address survives rehashing
    fresh.tally = Tally{inherited + 1, inherited, 0, 0, {}};
    by_count_.emplace(fresh.tally.count, slot);
    return fresh.tally;
}

void SpaceSaving::shrink(std::size_t capacity) {
    capacity_ = std::max<std::size_t>(1, capacity);
    while (index_.size() > capacity_) {
        evict_lowest();
    }
}

const Tally* SpaceSaving::find(std::string_view key) const {
    const auto it = index_.find(std::string(key));
    return it == index_.end() ? nullptr : &slots_[it->second].tally;
}

std::vector<std::pair<std::string, const Tally*>> SpaceSaving::entries() const {
    std::vector<std::pair<std::string, const Tally*>> out;
    out.reserve(index_.size());
    for (const auto& [key, slot] : index_) {
        out.emplace_back(key, &slots_[slot].tally);
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

} // namespace bersih::learn
