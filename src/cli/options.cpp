#include "cli/options.hpp"

#include "cli/output_paths.hpp"

#include <fmt/format.h>

#include <thread>

namespace bersih::cli {

void setup_options(CLI::App& app, CliOptions& options) {
    app.description(
        "bersih: clean scraped Indonesian news text into the article and its metadata.\n"
        "Reads each PATH (a file, a directory walked recursively, or '-'/none for standard "
        "input):\n"
        "plain text (one article, or several separated by a form-feed line), JSONL, CSV or a JSON\n"
        "array, plain or gzip/zstd compressed.");
    app.footer(
        "Examples:\n"
        "  bersih article.txt                      clean text to standard output\n"
        "  cat article.txt | bersih --format json  JSON with title, authors, dates, captions\n"
        "  bersih --format jsonl a.txt b.txt -o out.jsonl\n"
        "  bersih --format jsonl dump.jsonl.gz -o clean.jsonl.zst   every field kept, text "
        "cleaned\n"
        "  bersih --format jsonl --text-field isi_berita berita.csv\n"
        "  bersih --format jsonl --out-dir clean/ --glob '*.jsonl' dumps/\n"
        "  bersih --explain article.txt            show each removed line and its rule\n"
        "  bersih --list-rules                     every built-in rule\n"
        "  bersih --list-lexicon                   the word classes and outlet names\n"
        "\n"
        "Exit codes:\n"
        "  0  every input record was cleaned (an article that cleans to nothing is not a failure)\n"
        "  1  some input record failed (the others were still cleaned; see --errors), or a\n"
        "     --fail-over limit was passed (every output is still written)\n"
        "  2  usage or configuration error (bad option, bad rule file); nothing was cleaned");
    app.add_option("paths", options.inputs,
                   "Input files or directories; '-' or none reads standard input");
    app.add_option("-f,--format", options.format, "Output format")
        ->check(CLI::IsMember({"text", "json", "jsonl"}))
        ->capture_default_str();
    app.add_option("-o,--output", options.output,
                   "Write to FILE (temporary name, renamed when complete; .gz/.zst compress)");
    app.add_option("--out-dir", options.out_dir,
                   "Write one output per input file under DIR, mirroring the input tree");
    app.add_flag(
        "--explain", options.explain,
        "JSON gains \"removed\"; text mode prints each removed line with its rule to stderr");
    app.add_option("--rules", options.rule_files, "Add the rules of this TOML file (repeatable)")
        ->check(CLI::ExistingFile)
        ->allow_extra_args(false); // one file per --rules, so paths may follow
    app.add_option("--outlet", options.outlet,
                   "Use this outlet's profile instead of detecting it (e.g. detik, kompas)");
    app.add_option("-I,--input-format", options.input_format,
                   "Input format; auto: by extension (.jsonl .ndjson .csv .json, else text)")
        ->check(CLI::IsMember({"auto", "text", "jsonl", "ndjson", "csv", "json"}))
        ->capture_default_str();
    app.add_option("--delimiter", options.delimiter,
                   "Text input: a line holding only this separates articles (\\f = form feed)")
        ->capture_default_str();
    app.add_option("--text-field,--text-column", options.text_field,
                   "JSONL/CSV/JSON: the field holding the article (default text; else content, "
                   "isi_berita, ... when absent)");
    app.add_option("--title-field,--title-column", options.title_field,
                   "The field holding a known title (default title, else judul)");
    app.add_option("--id-field,--id-column", options.id_field, "The record id field (default id)");
    app.add_option("--url-field,--url-column", options.url_field,
                   "The URL field (default url, else link); its host picks the outlet profile");
    app.add_option("--date-field,--date-column", options.date_field,
                   "The publish-date field (default date, else tanggal, published, ...), used when "
                   "the text states no date");
    app.add_option("--outlet-field,--outlet-column", options.outlet_field,
                   "The field naming the outlet (default outlet, else source, media, ...): a "
                   "name or domain such as detik.com picks its profile");
    app.add_option("--glob", options.glob, "Directories: only files whose name matches PATTERN");
    app.add_option("--meta-prefix", options.meta_prefix,
                   "Structured input: prefix of the fields bersih adds to each record")
        ->capture_default_str();
    app.add_option("-j,--jobs", options.jobs, "Worker threads (0: every core)")
        ->capture_default_str();
    app.add_option("--errors", options.errors_file,
                   "Write one JSONL line {source, record, line, reason} per failed record to FILE");
    app.add_option("--stats", options.stats_file,
                   "Write run statistics (counts per rule, category, outlet) as JSON to FILE");
    app.add_flag("--strict", options.strict, "Stop at the first failed record (exit 1)");
    app.add_option("--utf8", options.utf8,
                   "Invalid UTF-8: replace by U+FFFD, or strict: reject the record")
        ->check(CLI::IsMember({"replace", "strict"}))
        ->capture_default_str();
    app.add_option("--max-record-bytes", options.max_record_bytes,
                   "A larger record (line, article, JSON element) fails with its reason and the "
                   "run goes on; suffixes k, M, G (KiB, MiB, GiB)")
        ->transform(CLI::AsSizeValue(false))
        ->default_str("64M");
    app.add_flag("--progress", options.progress,
                 "Show a progress bar on stderr even when it is not a terminal");
    setup_gate_options(app, options.gates);
    app.add_flag("--list-rules", options.list_rules, "List every rule and exit");
    app.add_flag("--list-lexicon", options.list_lexicon,
                 "List the word classes, months and outlet names the stages read, and exit");
    app.add_flag("--check-rules", options.check_rules,
                 "Check every rule against its examples and exit (0 when all pass)");
    app.add_flag("-q,--quiet", options.quiet, "Print no warnings, progress or summary");
    app.add_flag("-V,--version", options.version, "Print the version and exit");
    setup_learn_options(app, options);
}

std::string unescape(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out.push_back(text[i]);
            continue;
        }
        switch (text[++i]) {
        case 'f':
            out.push_back('\f');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case '\\':
            out.push_back('\\');
            break;
        default:
            out.push_back('\\');
            out.push_back(text[i]);
        }
    }
    return out;
}

void resolve(CliOptions& options) {
    if (options.format == "json") {
        options.output_format = OutputFormat::json;
    } else if (options.format == "jsonl") {
        options.output_format = OutputFormat::jsonl;
    } else {
        options.output_format = OutputFormat::text;
    }
    resolve_gate_options(options.gates, options.output_format == OutputFormat::jsonl);
    if (options.inputs.empty()) {
        options.inputs.emplace_back("-");
    }
    for (const auto& input : options.inputs) {
        // `--rules a.toml b.toml` takes a.toml only (one file per --rules): b.toml would be
        // cleaned as an article into the output.
        if (input.ends_with(".toml")) {
            throw CLI::ValidationError(
                "paths", fmt::format("'{}' looks like a rule file, not an input: give each rule "
                                     "file its own flag (--rules {})",
                                     input, input));
        }
    }
    if (options.meta_prefix.empty()) {
        throw CLI::ValidationError("--meta-prefix",
                                   "must not be empty: bersih's fields would overwrite the "
                                   "record's own (title, text, ...)");
    }
    if (options.output && options.out_dir) {
        throw CLI::ValidationError("--output and --out-dir", "use one or the other");
    }
    if (options.out_dir) {
        for (const auto& input : options.inputs) {
            if (input == "-") {
                throw CLI::ValidationError("--out-dir",
                                           "needs file or directory inputs, not standard input");
            }
        }
    }
    if (auto collision = output_collision(options)) {
        throw CLI::ValidationError(*collision);
    }
    auto& reader = options.reader;
    reader.format =
        io::input_format_from_string(options.input_format).value_or(io::InputFormat::automatic);
    reader.delimiter = unescape(options.delimiter);
    if (reader.delimiter.empty()) {
        throw CLI::ValidationError("--delimiter", "must not be empty (an empty line would split "
                                                  "every paragraph into an article)");
    }
    if (reader.delimiter.find('\n') != std::string::npos) {
        throw CLI::ValidationError("--delimiter", "must fit on one line");
    }
    if (options.text_field) {
        reader.text_field = *options.text_field;
        reader.text_field_explicit = true;
    }
    if (options.title_field) {
        reader.title_field = *options.title_field;
        reader.title_field_explicit = true;
    }
    if (options.id_field) {
        reader.id_field = *options.id_field;
    }
    if (options.url_field) {
        reader.url_field = *options.url_field;
        reader.url_field_explicit = true;
    }
    if (options.date_field) {
        reader.date_field = *options.date_field;
        reader.date_field_explicit = true;
    }
    if (options.outlet_field) {
        reader.outlet_field = *options.outlet_field;
        reader.outlet_field_explicit = true;
    }
    options.walk.glob = options.glob;
    options.utf8_strict = options.utf8 == "strict";
    reader.utf8_strict = options.utf8_strict;
    if (options.max_record_bytes == 0) {
        throw CLI::ValidationError("--max-record-bytes", "must be at least 1");
    }
    reader.max_record_bytes = static_cast<std::size_t>(options.max_record_bytes);
    if (options.jobs == 0) {
        options.jobs = std::max(1U, std::thread::hardware_concurrency());
    }
}

} // namespace bersih::cli
