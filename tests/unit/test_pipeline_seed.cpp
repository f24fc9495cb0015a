// The seed articles in ../shared/seed/ must come out exactly as their *.expected.json (every
// field listed there) and *.expected.txt say. Skipped when that folder is absent.
#include "bersih/pipeline.hpp"
#include "bersih/serialize.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<fs::path> seed_inputs(const fs::path& dir) {
    std::vector<fs::path> inputs;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const auto name = entry.path().filename().string();
        if (entry.is_regular_file() && name.ends_with(".txt") && !name.ends_with(".expected.txt")) {
            inputs.push_back(entry.path());
        }
    }
    std::sort(inputs.begin(), inputs.end());
    return inputs;
}

fs::path with_suffix(const fs::path& input, const std::string& suffix) {
    return input.parent_path() / (input.stem().string() + suffix);
}

} // namespace

TEST_CASE("seed: every seed article matches its expected JSON and text", "[pipeline][seed]") {
    const fs::path dir = fs::path(BERSIH_SHARED_DIR) / "seed";
    if (!fs::is_directory(dir)) {
        WARN("skipped: no seed folder at " << dir.string());
        return;
    }
    const auto inputs = seed_inputs(dir);
    REQUIRE_FALSE(inputs.empty());
    const bersih::Pipeline pipeline(bersih::RuleSet::builtin());
    for (const auto& input : inputs) {
        INFO("seed " << input.string());
        const auto doc = pipeline.clean(read_all(input), input.string());
        const auto actual = bersih::to_json(doc);

        const auto json_path = with_suffix(input, ".expected.json");
        if (fs::exists(json_path)) {
            const auto expected = nlohmann::ordered_json::parse(read_all(json_path));
            REQUIRE(expected.is_object());
            for (const auto& [key, value] : expected.items()) {
                INFO("field " << key);
                REQUIRE(actual.contains(key));
                CHECK(actual[key].dump(2) == value.dump(2));
            }
        }
        const auto text_path = with_suffix(input, ".expected.txt");
        if (fs::exists(text_path)) {
            CHECK(bersih::to_text(doc) == read_all(text_path));
        }
    }
}

TEST_CASE("seed: every removed line of a seed article names a rule", "[pipeline][seed]") {
    const fs::path dir = fs::path(BERSIH_SHARED_DIR) / "seed";
    if (!fs::is_directory(dir)) {
        WARN("skipped: no seed folder at " << dir.string());
        return;
    }
    const bersih::Pipeline pipeline(bersih::RuleSet::builtin());
    for (const auto& input : seed_inputs(dir)) {
        const auto doc = pipeline.clean(read_all(input), input.string());
        for (const auto& line : doc.lines) {
            INFO(input.filename().string() << ":" << line.number << ": " << line.text);
            if (!line.kept() && !line.blank()) {
                CHECK_FALSE(line.rule.empty());
            }
            if (line.kept_text()) {
                CHECK(line.paragraph >= 0);
            }
        }
    }
}
