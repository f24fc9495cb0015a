#pragma once
// Helpers for the reader tests: read every item of an in-memory input.
#include "bersih/io.hpp"

#include <string>
#include <variant>
#include <vector>

namespace bersih::test {

inline std::vector<io::Item> read_all(std::string bytes, const std::string& name,
                                      io::ReaderOptions options = {}) {
    auto reader = io::open_reader(io::memory_source(std::move(bytes)), name, options);
    std::vector<io::Item> items;
    io::Item item;
    while (reader->next(item)) {
        items.push_back(std::move(item));
    }
    return items;
}

inline const io::Record& record(const io::Item& item) { return std::get<io::Record>(item); }
inline const io::RecordError& error(const io::Item& item) {
    return std::get<io::RecordError>(item);
}
inline bool is_error(const io::Item& item) { return std::holds_alternative<io::RecordError>(item); }

} // namespace bersih::test
