// The json reader over arbitrary bytes (see fuzz_reader.hpp).
#include "fuzz_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    bersih::fuzz::run_reader(&bersih::io::make_json_reader, data, size);
    return 0;
}
