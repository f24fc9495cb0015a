#pragma once
// Shared by the fuzz_reader_* targets: one reader over arbitrary bytes held in memory
// (decompressed first when they start with gzip or zstd magic bytes, as a file would be).
// Checks: no exception escapes (readers turn bad input into error records), the reader ends,
// record numbers count up from 1, and a record's text is what the record says.
#include "bersih/io.hpp"
#include "bersih/io_compress.hpp"
#include "fuzz_check.hpp"
#include "io/line_reader.hpp"
#include "io/readers.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <variant>

namespace bersih::fuzz {

using ReaderFactory = std::unique_ptr<io::Reader> (*)(std::string, std::unique_ptr<io::LineReader>,
                                                      const io::ReaderOptions&);

inline void run_reader(ReaderFactory make, const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    io::ReaderOptions options;
    std::unique_ptr<io::Reader> reader;
    try {
        reader = make("fuzz", std::make_unique<io::LineReader>(io::memory_source(std::move(bytes))),
                      options);
    } catch (const io::ReadError&) {
        return; // the input cannot even be opened (e.g. a broken compressed header)
    }
    // Every item consumes input, so there are never more items than bytes (plus one error).
    const std::size_t limit = 2 * size + 16;
    std::size_t items = 0;
    std::size_t last_record = 0;
    io::Item item;
    while (reader->next(item)) {
        FUZZ_CHECK(++items <= limit);
        if (const auto* record = std::get_if<io::Record>(&item)) {
            FUZZ_CHECK(record->source == "fuzz");
            FUZZ_CHECK(record->record > last_record);
            last_record = record->record;
            if (record->structured()) {
                (void)record->fields.dump(-1, ' ', false,
                                          nlohmann::ordered_json::error_handler_t::replace);
            }
        } else {
            const auto& error = std::get<io::RecordError>(item);
            FUZZ_CHECK(!error.reason.empty());
            FUZZ_CHECK(error.record >= last_record);
            last_record = error.record;
        }
    }
}

} // namespace bersih::fuzz
