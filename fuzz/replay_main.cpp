// Replays a fuzz target without libFuzzer: every file named on the command line, and every file
// below every directory named, is passed once to LLVMFuzzerTestOneInput. Used by ctest over the
// committed seed corpus and regression inputs, so any compiler can check them.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

bool replay(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "replay: cannot read %s\n", file.c_str());
        return false;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    return true;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        std::error_code ec;
        if (std::filesystem::is_directory(arg, ec)) {
            for (const auto& entry : std::filesystem::recursive_directory_iterator(arg)) {
                if (entry.is_regular_file()) {
                    files.push_back(entry.path());
                }
            }
        } else if (std::filesystem::exists(arg, ec)) {
            files.push_back(arg);
        }
        // A missing directory (no regressions yet) is not an error.
    }
    std::sort(files.begin(), files.end());
    std::size_t failed = 0;
    for (const auto& file : files) {
        if (!replay(file)) {
            ++failed;
        }
    }
    std::printf("replayed %zu input(s)\n", files.size() - failed);
    return failed == 0 ? 0 : 1;
}
