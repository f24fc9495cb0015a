#pragma once
// The command line: CLI11 binds raw values here, then resolve() checks them once and fills the
// resolved fields that the rest of the CLI uses.
#include "bersih/io.hpp"
#include "bersih/io_paths.hpp"
#include "cli/gate_options.hpp"

#include <CLI/CLI.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bersih::cli {

enum class OutputFormat { text, json, jsonl };

/// Exit codes, as documented in --help and the README.
enum ExitCode : int { ok = 0, input_failed = 1, usage_error = 2 };

struct CliOptions {
    std::vector<std::string> inputs;
    std::string format = "text";
    std::optional<std::string> output;
    std::optional<std::string> out_dir;
    bool explain = false;
    bool list_rules = false;
    bool list_lexicon = false;
    bool check_rules = false;
    bool version = false;
    bool quiet = false;
    std::vector<std::string> rule_files;
    std::optional<std::string> outlet;

    // batch
    std::string input_format = "auto";
    std::string delimiter = "\\f";
    std::optional<std::string> text_field;
    std::optional<std::string> title_field;
    std::optional<std::string> id_field;
    std::optional<std::string> url_field;
    std::optional<std::string> date_field;
    std::optional<std::string> outlet_field;
    std::string glob;
    std::string meta_prefix = "bersih_";
    unsigned jobs = 0;
    std::optional<std::string> errors_file;
    std::optional<std::string> stats_file;
    bool strict = false;
    std::string utf8 = "replace";
    std::uint64_t max_record_bytes = std::uint64_t{64} << 20U;
    bool progress = false;
    GateOptions gates; ///< record gates, --rejects, --fail-over (gate_options.hpp)

    // learning (cli/learn_options.cpp): `bersih learn` and --adapt
    bool learn_command = false;
    bool adapt = false;
    std::size_t adapt_sample = 5000;
    std::size_t min_articles = 5;
    double min_share = 0.02;
    double prose_share = 0.30;
    std::uint64_t learn_memory = std::uint64_t{24} << 20U;

    // resolved
    OutputFormat output_format = OutputFormat::text;
    io::ReaderOptions reader;
    io::WalkOptions walk;
    bool utf8_strict = false;
};

/// Declare every option on `app`, binding to `options`.
void setup_options(CLI::App& app, CliOptions& options);

/// Declare the `learn` subcommand and --adapt (learn_options.cpp).
void setup_learn_options(CLI::App& app, CliOptions& options);

/// Check combinations and convert raw strings. Throws CLI::ValidationError on misuse.
void resolve(CliOptions& options);

/// "\f", "\t", "\n", "\\" in a command-line value become the characters they name.
std::string unescape(std::string_view text);

} // namespace bersih::cli
