#include "cli/record_output.hpp"

#include "bersih/serialize.hpp"

#include <fmt/format.h>

namespace bersih::cli {
namespace {

constexpr auto kReplace = nlohmann::ordered_json::error_handler_t::replace;

std::string explain_lines(const Document& doc) {
    std::string out;
    for (const auto& item : removed_json(doc)) {
        out += fmt::format("{}:{}: {} [{}] {}\n", doc.source, item["line"].get<std::size_t>(),
                           item["rule"].get<std::string>(), item["category"].get<std::string>(),
                           item["text"].get<std::string>());
    }
    return out;
}

} // namespace

RecordOutput render_record(const Document& doc, io::Record& record, const CliOptions& options) {
    RecordOutput out;
    out.empty = doc.paragraphs.empty();
    if (options.output_format == OutputFormat::text) {
        out.bytes = to_text(doc);
        if (options.explain) {
            out.explain = explain_lines(doc);
        }
        return out;
    }
    nlohmann::ordered_json contract = to_json(doc, SerializeOptions{options.explain});
    nlohmann::ordered_json value;
    if (record.structured()) {
        value = std::move(record.fields);
        value[record.text_key] = std::move(contract["text"]);
        for (const char* field : kContractFields) {
            value[options.meta_prefix + field] = std::move(contract[field]);
        }
        if (options.explain) {
            value[options.meta_prefix + "removed"] = std::move(contract["removed"]);
        }
    } else {
        value = std::move(contract);
    }
    if (options.output_format == OutputFormat::jsonl) {
        out.bytes = value.dump(-1, ' ', false, kReplace);
        out.bytes.push_back('\n');
    } else {
        out.bytes = value.dump(2, ' ', false, kReplace);
    }
    return out;
}

void collect_stats(const Document& doc, RecordStats& stats) {
    for (const auto& line : doc.lines) {
        if (!line.kept() && !line.rule.empty()) {
            ++stats.rules[line.rule];
            ++stats.categories[std::string(to_string(line.category))];
        }
        for (const auto& cut : line.cuts) {
            ++stats.rules[cut.rule];
            ++stats.categories[std::string(to_string(cut.category))];
        }
    }
}

} // namespace bersih::cli
