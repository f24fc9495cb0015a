#pragma once
// The command line: CLI11 binds raw values here, then resolve() checks them once.
#include <CLI/CLI.hpp>

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
    bool explain = false;
    bool list_rules = false;
    bool check_rules = false;
    bool version = false;
    bool quiet = false;
    std::vector<std::string> rule_files;
    std::optional<std::string> outlet;

    // resolved
    OutputFormat output_format = OutputFormat::text;
};

/// Declare every option on `app`, binding to `options`.
void setup_options(CLI::App& app, CliOptions& options);

/// Check combinations and convert raw strings. Throws CLI::ValidationError on misuse.
void resolve(CliOptions& options);

} // namespace bersih::cli
