#include "cli/options.hpp"

namespace bersih::cli {

void setup_options(CLI::App& app, CliOptions& options) {
    app.description(
        "bersih: clean scraped Indonesian news text into the article and its metadata.\n"
        "Reads each PATH (or standard input for '-' or no PATH) as one article.");
    app.footer(
        "Examples:\n"
        "  bersih article.txt                      clean text to standard output\n"
        "  cat article.txt | bersih --format json  JSON with title, authors, dates, captions\n"
        "  bersih --format jsonl a.txt b.txt -o out.jsonl\n"
        "  bersih --explain article.txt            show each removed line and its rule\n"
        "  bersih --list-rules                     every built-in rule\n"
        "\n"
        "Exit codes:\n"
        "  0  every input was cleaned\n"
        "  1  some input failed (the others were still cleaned)\n"
        "  2  usage or configuration error (bad option, bad rule file); nothing was cleaned");
    app.add_option("paths", options.inputs, "Input files; '-' or none reads standard input");
    app.add_option("-f,--format", options.format, "Output format")
        ->check(CLI::IsMember({"text", "json", "jsonl"}))
        ->capture_default_str();
    app.add_option("-o,--output", options.output,
                   "Write to FILE (written to a temporary name, renamed when complete)");
    app.add_flag("--explain", options.explain,
                 "JSON gains \"removed\"; text mode prints each removed line with its rule to stderr");
    app.add_option("--rules", options.rule_files, "Add the rules of this TOML file (repeatable)")
        ->check(CLI::ExistingFile);
    app.add_option("--outlet", options.outlet,
                   "Use this outlet's profile instead of detecting it (e.g. detik, kompas)");
    app.add_flag("--list-rules", options.list_rules, "List every rule and exit");
    app.add_flag("--check-rules", options.check_rules,
                 "Check every rule against its examples and exit (0 when all pass)");
    app.add_flag("-q,--quiet", options.quiet, "Print no warnings");
    app.add_flag("-V,--version", options.version, "Print the version and exit");
}

void resolve(CliOptions& options) {
    if (options.format == "json") {
        options.output_format = OutputFormat::json;
    } else if (options.format == "jsonl") {
        options.output_format = OutputFormat::jsonl;
    } else {
        options.output_format = OutputFormat::text;
    }
    if (options.inputs.empty()) {
        options.inputs.emplace_back("-");
    }
}

} // namespace bersih::cli
