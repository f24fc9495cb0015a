#include "cli/run.hpp"

#include "bersih/lexicon.hpp"
#include "bersih/pipeline.hpp"
#include "bersih/version.hpp"
#include "cli/batch.hpp"
#include "cli/diagnostics.hpp"
#include "cli/learn.hpp"
#include "cli/options.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <mutex>
#include <set>

namespace bersih::cli {
namespace {

constexpr std::size_t kMaxWarnings = 50;

void print_error(std::string_view message) { eprint("bersih: error: {}", message); }

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) {
        throw RuleError(fmt::format("cannot read '{}': {}", path, std::strerror(errno)));
    }
    return text;
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
                   to_string(rule.category), to_string(rule.scope),
                   outlets.empty() ? "*" : outlets);
    }
}

// The word classes, patterns and months of rules/lexicon.toml and the outlets' names, aliases and
// domains.
void list_lexicon(const RuleSet& rules) {
    const Lexicon& lexicon = Lexicon::builtin();
    for (const auto& word_class : lexicon.classes()) {
        fmt::print("class {:<28} {}\n", word_class.id(), fmt::join(word_class.words(), " "));
    }
    for (const auto& pattern : lexicon.patterns()) {
        fmt::print("pattern {:<26} {}\n", pattern.id, pattern.text);
    }
    for (const auto& [number, names] : lexicon.months()) {
        fmt::print("month {:<28} {}\n", number, fmt::join(names, " "));
    }
    for (const auto& outlet : rules.outlets) {
        std::vector<std::string> names{outlet.name};
        names.insert(names.end(), outlet.aliases.begin(), outlet.aliases.end());
        names.insert(names.end(), outlet.domains.begin(), outlet.domains.end());
        fmt::print("outlet {:<27} {}\n", outlet.id, fmt::join(names, " | "));
    }
}

/// Warnings from the core, from any worker thread: each distinct message once, at most
/// kMaxWarnings in all.
class WarningPrinter {
public:
    explicit WarningPrinter(bool quiet) : quiet_(quiet) {}
    void operator()(const Diagnostic& d) {
        if (quiet_) {
            return;
        }
        const std::lock_guard lock(mutex_);
        if (!seen_.insert(d.message).second) {
            return;
        }
        if (seen_.size() <= kMaxWarnings) {
            eprint("bersih: warning: {}:{}: {}", d.source, d.line, d.message);
        } else if (seen_.size() == kMaxWarnings + 1) {
            eprint("bersih: warning: further warnings not shown");
        }
    }

private:
    bool quiet_;
    std::mutex mutex_;
    std::set<std::string> seen_;
};

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
    if (options.list_lexicon) {
        list_lexicon(rules);
        return ExitCode::ok;
    }
    if (options.outlet) {
        // A misspelt --outlet would silently run with no outlet rules at all.
        const OutletProfile* profile = rules.find_outlet(*options.outlet);
        if (profile == nullptr) {
            std::string known;
            for (const auto& o : rules.outlets) {
                known += (known.empty() ? "" : ", ") + o.id;
            }
            print_error(fmt::format("unknown outlet '{}' (known: {})", *options.outlet, known));
            return ExitCode::usage_error;
        }
        options.outlet = profile->id;
    }
    if (options.check_rules) {
        const auto failures = rules.check_examples();
        for (const auto& failure : failures) {
            print_error(failure);
        }
        fmt::print("{} rules, {} example failures\n", rules.rules.size(), failures.size());
        return failures.empty() ? ExitCode::ok : ExitCode::input_failed;
    }
    auto warnings = std::make_shared<WarningPrinter>(options.quiet);
    const auto sink = [warnings](const Diagnostic& d) { (*warnings)(d); };
    if (options.learn_command) {
        return run_learn(options, Pipeline(std::move(rules), sink));
    }
    std::unique_ptr<io::Reader> stdin_reader;
    if (options.adapt) {
        // First pass: learn with the rules loaded so far; then clean with those plus the learned.
        auto outcome = learn_from_inputs(options, Pipeline(load_rules(options), sink), true);
        try {
            rules.add(RuleSource{"learned (--adapt)", outcome.pack});
        } catch (const RuleError& e) {
            print_error(e.what());
            return ExitCode::usage_error;
        }
        stdin_reader = std::move(outcome.stdin_replay);
        if (!options.quiet) {
            eprint("bersih: --adapt: {} rules learned from {} articles", outcome.rules,
                   outcome.articles);
        }
    }
    const Pipeline pipeline(std::move(rules), sink);
    return run_batch(options, pipeline, std::move(stdin_reader));
}

int parse_and_run(int argc, char** argv) {
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
    return run(options);
}

} // namespace

int main(int argc, char** argv) {
    // Nothing escapes: a failure the run could not attribute to a record still gets a message
    // and the documented exit code rather than std::terminate.
    try {
        return parse_and_run(argc, argv);
    } catch (const std::exception& e) {
        print_error(e.what());
        return ExitCode::input_failed;
    } catch (...) {
        print_error("unexpected error");
        return ExitCode::input_failed;
    }
}

} // namespace bersih::cli
