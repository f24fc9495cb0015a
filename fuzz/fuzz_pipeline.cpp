// The whole pipeline with the built-in rules on arbitrary bytes, as one record, then serialised
// to JSON (with --explain's "removed") and to text. Checks: nothing throws, the output is valid
// UTF-8, "empty" agrees with the paragraphs, the direct JSON writer agrees with nlohmann, and
// cleaning is deterministic.
//
// The first line of the input is also tried as the record's title (as a JSONL "title" field would
// give it), and the second run forces the detik profile, so the outlet rules are reached too.
#include "bersih/pipeline.hpp"
#include "bersih/serialize.hpp"
#include "fuzz_check.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace {

const bersih::Pipeline& pipeline() {
    static const bersih::Pipeline instance(bersih::RuleSet::builtin());
    return instance;
}

void check(const bersih::Document& doc) {
    const std::string json = bersih::to_json(doc, bersih::SerializeOptions{true}).dump();
    FUZZ_CHECK(bersih::fuzz::valid_utf8(json));
    // The writer the command line uses writes the same bytes as the json value.
    std::string written;
    bersih::append_contract_json(written, doc, bersih::SerializeOptions{true}, -1);
    FUZZ_CHECK(written == json);
    const std::string text = bersih::to_text(doc);
    FUZZ_CHECK(bersih::fuzz::valid_utf8(text));
    for (const auto& paragraph : doc.paragraphs) {
        FUZZ_CHECK(!paragraph.empty());
        FUZZ_CHECK(bersih::fuzz::valid_utf8(paragraph));
    }
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        FUZZ_CHECK(doc.lines[i].number == i + 1);
        FUZZ_CHECK(doc.lines[i].paragraph < static_cast<int>(doc.paragraphs.size()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view raw(reinterpret_cast<const char*>(data), size);
    const auto& p = pipeline();

    const bersih::Document doc = p.clean(raw, "fuzz");
    check(doc);
    // Same input, same output.
    const bersih::Document again = p.clean(raw, "fuzz");
    FUZZ_CHECK(bersih::to_json(doc, bersih::SerializeOptions{true}).dump() ==
               bersih::to_json(again, bersih::SerializeOptions{true}).dump());

    bersih::Options options;
    options.outlet = "detik";
    options.title = std::string(raw.substr(0, raw.find('\n')));
    check(p.clean(raw, "fuzz", options));
    return 0;
}
