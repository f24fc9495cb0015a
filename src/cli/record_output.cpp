#include "cli/record_output.hpp"

#include "bersih/serialize.hpp"
#include "cli/diagnostics.hpp"

#include <fmt/format.h>

namespace bersih::cli {
namespace {

std::string explain_lines(const Document& doc) {
    // The removals of the "removed" array, one per line. For the terminal: control characters
    // of the source name and the text escaped.
    std::string out;
    for_each_removal(doc, [&](const Removal& removal) {
        if (removal.listed()) {
            out += fmt::format("{}:{}: {} [{}] {}\n", escape_controls(doc.source), removal.line,
                               removal.rule, to_string(removal.category),
                               escape_controls(removal.text));
        }
    });
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
    // Every removal, removed blank lines too (a rule id is never empty: the loader refuses one).
    for_each_removal(doc, [&](const Removal& removal) {
        ++stats.rules[std::string(removal.rule)];
        ++stats.categories[std::string(to_string(removal.category))];
    });
}

} // namespace bersih::cli
