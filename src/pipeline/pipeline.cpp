#include "bersih/pipeline.hpp"

#include "bersih/dates.hpp"
#include "bersih/io.hpp"
#include "bersih/normalize.hpp"
#include "filters/context.hpp"
#include "match/active_rules.hpp"
#include "match/matcher.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace bersih {
namespace {

// Regexes run on bytes: a named group can start or end inside a multi-byte character. Drop such
// partial characters at the ends of a value and replace any other invalid sequence by U+FFFD,
// so the output is always valid UTF-8 (JSON serialisation depends on it).
void repair_utf8(std::string& text) {
    if (!io::first_invalid_utf8(text)) {
        return; // valid: the usual case, checked eight ASCII bytes at a time
    }
    const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    const auto size = static_cast<utf8proc_ssize_t>(text.size());
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t i = 0;
    std::string out;
    out.reserve(text.size());
    while (i < size) {
        const auto len = data[i] < 0x80 ? 1 : utf8proc_iterate(data + i, size - i, &cp);
        if (len > 0) {
            out.append(text, static_cast<std::size_t>(i), static_cast<std::size_t>(len));
            i += len;
            continue;
        }
        // A partial character at either end is dropped; anything else is marked.
        const bool at_start = out.empty();
        utf8proc_ssize_t j = i + 1;
        while (j < size && (data[j] & 0xC0U) == 0x80U) {
            ++j;
        }
        if (!at_start && j < size) {
            out += "\xEF\xBF\xBD";
        }
        i = at_start ? i + 1 : j;
    }
    text = std::move(out);
}

void repair_utf8(Document& doc) {
    for_each_text(doc.meta, [](std::string& text) { repair_utf8(text); });
    for (auto& paragraph : doc.paragraphs) {
        repair_utf8(paragraph);
    }
    for (auto& line : doc.lines) {
        repair_utf8(line.text);
        for (auto& cut : line.cuts) {
            repair_utf8(cut.text);
        }
    }
}

} // namespace

struct Pipeline::Impl {
    Impl(RuleSet rules_, DiagnosticSink sink_)
        : rules(std::move(rules_)), sink(std::move(sink_)), matcher(rules), outlet_names(rules),
          none(rules.rules, {}) {}

    RuleSet rules;
    DiagnosticSink sink;
    match::Matcher matcher;        ///< every rule's pattern, compiled or loaded once
    OutletIndex outlet_names;      ///< the outlets by name
    match::ActiveRuleCache active; ///< the rules of each outlet, chosen once
    match::ActiveRules none;       ///< before the outlet is known: no rule
};

Pipeline::Pipeline(RuleSet rules, DiagnosticSink sink)
    : impl_(std::make_unique<Impl>(std::move(rules), std::move(sink))) {}
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

const RuleSet& Pipeline::rules() const noexcept { return impl_->rules; }

Document Pipeline::clean(std::string_view raw, std::string source, const Options& options) const {
    NormalizeStats stats;
    Document doc = Document::from_text(normalize_text(raw, &stats), std::move(source));
    // A title from the input record (a CSV or JSON field) is as untrusted as the text: normalise
    // it the same way, so invalid UTF-8 never reaches the output (found by fuzz_pipeline).
    Options resolved = options;
    if (resolved.title) {
        resolved.title = collapse_spaces(normalize_text(*resolved.title));
    }
    filters::Context ctx{impl_->rules,        resolved,    impl_->sink, impl_->matcher,
                         impl_->outlet_names, impl_->none, {}};

    // The stages run in this order; each one only marks lines, so any stage can see what the
    // earlier ones decided and why.
    filters::detect_outlet(doc, ctx);
    ctx.active_rules = impl_->active.for_outlet(impl_->rules.rules, doc.meta.outlet);
    filters::mark_title(doc, ctx);
    filters::drop_scraper_duplicates(doc, ctx);
    filters::repair_split_datelines(doc, ctx);
    filters::drop_table_of_contents(doc, ctx);
    filters::apply_extract_rules(doc, ctx);
    filters::drop_credit_lines(doc, ctx);
    filters::recognise_datelines(doc, ctx);
    filters::drop_pull_quotes(doc, ctx);
    filters::infer_title(doc, ctx);
    filters::apply_drop_rules(doc, ctx);
    filters::drop_glued_copies_after_cuts(doc, ctx);
    // Related boxes scraped as a heading plus one headline per line, before the links inside lines.
    filters::drop_widget_lists(doc, ctx);
    filters::cut_inline_related(doc, ctx);
    filters::mark_image_titles(doc, ctx);
    filters::apply_truncate_rules(doc, ctx);
    filters::mark_heuristic_boilerplate(doc, ctx); // what no rule names, by its score
    filters::names_from_credits(doc, ctx);
    filters::dates_from_header(doc, ctx);
    filters::assemble_paragraphs(doc, ctx);
    repair_utf8(doc);
    // A time the text prints without a zone is in the outlet's own zone, when its profile names
    // one. A date from the record's field is left as it is: a scraper may have written it in UTC.
    if (doc.meta.published && doc.meta.outlet) {
        const auto& outlets = impl_->rules.outlets;
        const auto profile = std::find_if(outlets.begin(), outlets.end(),
                                          [&](const auto& o) { return o.id == *doc.meta.outlet; });
        if (profile != outlets.end() && !profile->time_zone.empty()) {
            doc.meta.published =
                with_default_zone(std::move(*doc.meta.published), profile->time_zone);
        }
    }
    if (!doc.meta.published && options.published) {
        doc.meta.published = parse_date(*options.published);
    }
    for (const auto& [rule, limit] : ctx.regex_limits) {
        doc.regex_limit_skips += limit.skipped;
    }

    if (stats.invalid_utf8 > 0 && impl_->sink) {
        impl_->sink(Diagnostic{doc.source, 0,
                               std::to_string(stats.invalid_utf8) +
                                   " invalid UTF-8 sequence(s) replaced by U+FFFD"});
    }
    return doc;
}

} // namespace bersih
