// The options of `bersih learn` and of --adapt. The subcommand takes the inputs, formats and
// field options of cleaning, bound to the same CliOptions fields, so resolve() reads them alike.
#include "cli/options.hpp"

namespace bersih::cli {
namespace {

void add_learn_settings(CLI::App& app, CliOptions& options) {
    app.add_option("--min-articles", options.min_articles,
                   "Learn a line or template seen in at least N articles of an outlet")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    app.add_option("--min-share", options.min_share,
                   "... and in at least this share of the outlet's articles")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    app.add_option("--prose-share", options.prose_share,
                   "A candidate that reads as prose is learnt only in at least this share")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    app.add_option("--memory", options.learn_memory,
                   "Bytes for the per-outlet counters (shared by the outlets); suffixes k, M, G")
        ->transform(CLI::AsSizeValue(false))
        ->default_str("24M");
}

} // namespace

void setup_learn_options(CLI::App& app, CliOptions& options) {
    app.add_flag("--adapt", options.adapt,
                 "Learn the input's own boilerplate first (as `bersih learn`), then clean with "
                 "the built-in rules plus the learned ones");
    app.add_option("--adapt-sample", options.adapt_sample,
                   "--adapt over standard input: learn from its first N records, held in memory")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();

    CLI::App* learn = app.add_subcommand(
        "learn", "Learn the lines and line templates that repeat across an outlet's articles and "
                 "write them as a rule pack (review it, then use it with --rules)");
    learn->footer("Examples:\n"
                  "  bersih learn -I jsonl dump.jsonl.gz -o learned.toml\n"
                  "  bersih learn --outlet-field media --min-share 0.05 dumps/ -o learned.toml\n"
                  "\n"
                  "Exit codes:\n"
                  "  0  the pack was written\n"
                  "  1  a record could not be read (the pack is still written), or the pack could "
                  "not be written\n"
                  "  2  usage error");
    learn->parse_complete_callback([&options] { options.learn_command = true; });
    learn->add_option("paths", options.inputs,
                      "Input files or directories; '-' or none reads standard input");
    learn->add_option("-o,--output", options.output,
                      "Write the rule pack to FILE (default: standard output)");
    learn
        ->add_option("--rules", options.rule_files,
                     "Add the rules of this TOML file before learning (repeatable)")
        ->check(CLI::ExistingFile)
        ->allow_extra_args(false);
    learn->add_option("--outlet", options.outlet, "Use this outlet's profile for every record");
    learn->add_option("-I,--input-format", options.input_format, "Input format")
        ->check(CLI::IsMember({"auto", "text", "jsonl", "ndjson", "csv", "json"}))
        ->capture_default_str();
    learn
        ->add_option("--delimiter", options.delimiter,
                     "Text input: a line holding only this separates articles")
        ->capture_default_str();
    learn->add_option("--text-field,--text-column", options.text_field,
                      "The field holding the article");
    learn->add_option("--title-field,--title-column", options.title_field,
                      "The field holding a known title");
    learn->add_option("--id-field,--id-column", options.id_field, "The record id field");
    learn->add_option("--url-field,--url-column", options.url_field,
                      "The URL field; its host picks the outlet");
    learn->add_option("--date-field,--date-column", options.date_field, "The publish-date field");
    learn->add_option("--outlet-field,--outlet-column", options.outlet_field,
                      "The field naming the outlet, which groups the counts");
    learn->add_option("--glob", options.glob, "Directories: only files whose name matches PATTERN");
    learn->add_option("-j,--jobs", options.jobs, "Worker threads (0: every core)")
        ->capture_default_str();
    learn->add_option("--utf8", options.utf8, "Invalid UTF-8: replace, or strict: skip the record")
        ->check(CLI::IsMember({"replace", "strict"}))
        ->capture_default_str();
    learn
        ->add_option("--max-record-bytes", options.max_record_bytes,
                     "A larger record is skipped; suffixes k, M, G")
        ->transform(CLI::AsSizeValue(false))
        ->default_str("64M");
    learn->add_flag("-q,--quiet", options.quiet, "Print no warnings or summary");
    add_learn_settings(*learn, options);
    add_learn_settings(app, options);
}

} // namespace bersih::cli
