#include "bersih/pipeline.hpp"

#include "bersih/normalize.hpp"
#include "filters/context.hpp"

#include <algorithm>

namespace bersih {

struct Pipeline::Impl {
    RuleSet rules;
    DiagnosticSink sink;
    Prefilter prefilter = Prefilter(rules.rules); ///< built once: every rule's needles
};

Pipeline::Pipeline(RuleSet rules, DiagnosticSink sink)
    : impl_(std::make_unique<Impl>(Impl{std::move(rules), std::move(sink)})) {}
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

const RuleSet& Pipeline::rules() const noexcept { return impl_->rules; }

Document Pipeline::clean(std::string_view raw, std::string source, const Options& options) const {
    NormalizeStats stats;
    Document doc = Document::from_text(normalize_text(raw, &stats), std::move(source));
    filters::Context ctx{impl_->rules, options, impl_->sink, {}};
    ctx.prefilter = &impl_->prefilter;

    // The stages run in this order; each one only marks lines, so any stage can see what the
    // earlier ones decided and why.
    filters::detect_outlet(doc, ctx);
    for (const auto& rule : impl_->rules.rules) {
        if (rule.applies_to(doc.meta.outlet)) {
            ctx.active.push_back(&rule);
        }
    }
    // The outlet's own rules first: they know its template ("POSMETRO MEDAN -" is no city) better
    // than the generic ones, and the first extract rule to fill a field wins.
    std::stable_partition(ctx.active.begin(), ctx.active.end(), [](const Rule* rule) {
        return !rule->outlets.empty() &&
               std::find(rule->outlets.begin(), rule->outlets.end(), "*") == rule->outlets.end();
    });
    filters::mark_title(doc, ctx);
    filters::drop_scraper_duplicates(doc, ctx);
    filters::repair_split_datelines(doc, ctx);
    filters::drop_table_of_contents(doc, ctx);
    filters::apply_extract_rules(doc, ctx);
    filters::drop_pull_quotes(doc, ctx);
    filters::infer_title(doc, ctx);
    filters::apply_drop_rules(doc, ctx);
    filters::cut_inline_related(doc, ctx);
    filters::mark_image_titles(doc, ctx);
    filters::apply_truncate_rules(doc, ctx);
    filters::assemble_paragraphs(doc, ctx);

    if (stats.invalid_utf8 > 0 && impl_->sink) {
        impl_->sink(Diagnostic{doc.source, 0,
                               std::to_string(stats.invalid_utf8) +
                                   " invalid UTF-8 sequence(s) replaced by U+FFFD"});
    }
    return doc;
}

} // namespace bersih
