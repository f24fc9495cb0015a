#include "cli/run.hpp"

#include "bersih/pipeline.hpp"
#include "bersih/serialize.hpp"
#include "bersih/version.hpp"
#include "cli/options.hpp"
#include "cli/output_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>

namespace bersih::cli {
namespace {

void print_error(std::string_view message) { fmt::print(stderr, "bersih: error: {}\n", message); }

std::optional<std::string> read_input(const std::string& path, std::string& error) {
    if (path == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = fmt::format("cannot read '{}': {}", path, std::strerror(errno));
        return std::nullopt;
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
        error = fmt::format("cannot read '{}': {}", path, std::strerror(errno));
        return std::nullopt;
    }
    return text;
}

std::string read_file(const std::string& path) {
    std::string error;
    auto text = read_input(path, error);
    if (!text) {
        throw RuleError(error);
    }
    return *text;
}

RuleSet load_rules(const CliOptions& options) {
    RuleSet rules = RuleSet::builtin();
    for (const auto& file : options.rule_files) {
        rules.add(RuleSource{file, read_file(file)});
    }
    return rules;
}

void list_rules(const RuleSet& rules) {
    for (const auto& rule : rules.rules) {
        std::string outlets;
        for (const auto& o : rule.outlets) {
            outlets += (outlets.empty() ? "" : ",") + o;
        }
        fmt::print("{:<40} {:<15} {:<11} {:<9} {}\n", rule.id, to_string(rule.kind),
                   to_string(rule.category), to_string(rule.scope), outlets.empty() ? "*" : outlets);
    }
}

void explain_to_stderr(const Document& doc) {
    for (const auto& item : removed_json(doc)) {
        fmt::print(stderr, "{}:{}: {} [{}] {}\n", doc.source, item["line"].get<std::size_t>(),
                   item["rule"].get<std::string>(), item["category"].get<std::string>(),
                   item["text"].get<std::string>());
    }
}

int run(CliOptions& options) {
    if (options.version) {
        fmt::print("bersih {} (git {})\n", version(), git_revision());
        return ExitCode::ok;
    }
    RuleSet rules;
    try {
        rules = load_rules(options);
    } catch (const RuleError& e) {
        print_error(e.what());
        return ExitCode::usage_error;
    }
    if (options.list_rules) {
        list_rules(rules);
        return ExitCode::ok;
    }
    if (options.check_rules) {
        const auto failures = rules.check_examples();
        for (const auto& failure : failures) {
            print_error(failure);
        }
        fmt::print("{} rules, {} example failures\n", rules.rules.size(), failures.size());
        return failures.empty() ? ExitCode::ok : ExitCode::input_failed;
    }

    std::set<std::string> warned;
    const bool quiet = options.quiet;
    const Pipeline pipeline(std::move(rules), [&warned, quiet](const Diagnostic& d) {
        if (quiet || !warned.insert(d.message).second) {
            return;
        }
        fmt::print(stderr, "bersih: warning: {}:{}: {}\n", d.source, d.line, d.message);
    });

    OutputFile out(options.output.value_or("-"));
    if (out.failed()) {
        print_error(out.error());
        return ExitCode::usage_error;
    }
    const bool array = options.output_format == OutputFormat::json && options.inputs.size() > 1;
    if (array) {
        out.write("[\n");
    }
    std::size_t failed = 0;
    std::size_t written = 0;
    const SerializeOptions serialize{options.explain};
    for (const auto& path : options.inputs) {
        std::string error;
        const auto raw = read_input(path, error);
        if (!raw) {
            print_error(error);
            ++failed;
            continue;
        }
        const Document doc = pipeline.clean(*raw, path, Options{options.outlet, std::nullopt});
        switch (options.output_format) {
        case OutputFormat::text:
            if (written > 0) {
                out.write("\f\n");
            }
            out.write(to_text(doc));
            if (options.explain) {
                explain_to_stderr(doc);
            }
            break;
        case OutputFormat::json: {
            std::string text = to_json(doc, serialize).dump(2);
            if (array) {
                text = (written > 0 ? ",\n" : "") + text;
            } else {
                text += '\n';
            }
            out.write(text);
            break;
        }
        case OutputFormat::jsonl:
            out.write(to_json(doc, serialize).dump() + "\n");
            break;
        }
        ++written;
    }
    if (array) {
        out.write("\n]\n");
    }
    if (!out.commit()) {
        print_error(out.error());
        return ExitCode::input_failed;
    }
    return failed > 0 ? ExitCode::input_failed : ExitCode::ok;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"bersih"};
    CliOptions options;
    setup_options(app, options);
    try {
        app.parse(argc, argv);
        resolve(options);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return ExitCode::usage_error;
    }
    try {
        return run(options);
    } catch (const std::exception& e) {
        print_error(e.what());
        return ExitCode::input_failed;
    }
}

} // namespace bersih::cli
