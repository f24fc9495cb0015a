#include "cli/record_output.hpp"

#include "bersih/serialize.hpp"
#include "cli/diagnostics.hpp"

#include <fmt/format.h>

namespace bersih::cli {
namespace {

std::string explain_lines(const Document& doc) {
    std::string out;
    for (const auto& item : removed_json(doc)) {
        // For the terminal: control characters of the source name and the text escaped.
        out += fmt::format("{}:{}: {} [{}] {}\n", escape_controls(doc.source),
                           item["line"].get<std::size_t>(), item["rule"].get<std::string>(),
                           item["category"].get<std::string>(),
                           escape_controls(item["text"].get<std::string>()));
    }
    return out;
}

} // namespace

RecordOutput render_record(const Document& doc, const io::Record& record,
                           const CliOptions& options) {
    RecordOutput out;
    out.empty = doc.paragraphs.empty();
    if (options.output_format == OutputFormat::text) {
        out.bytes = to_text(doc);
        if (options.explain) {
            out.explain = explain_lines(doc);
        }
        return out;
    }
    const int indent = options.output_format == OutputFormat::jsonl ? -1 : 2;
    const SerializeOptions serialize{options.explain};
    // The text appears twice (paragraphs and text); one allocation instead of a dozen doublings.
    std::size_t kept = 0;
    for (const auto& paragraph : doc.paragraphs) {
        kept += paragraph.size();
    }
    out.bytes.reserve(2 * kept + 4096);
    if (record.structured()) {
        append_record_json(out.bytes, record.fields, record.text_key, options.meta_prefix, doc,
                           serialize, indent);
    } else {
        append_contract_json(out.bytes, doc, serialize, indent);
    }
    if (options.output_format == OutputFormat::jsonl) {
        out.bytes.push_back('\n');
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
