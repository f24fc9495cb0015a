#include "cli/batch.hpp"

#include "bersih/io.hpp"
#include "bersih/io_paths.hpp"
#include "bersih/serialize.hpp"
#include "cli/diagnostics.hpp"
#include "cli/fail_over.hpp"
#include "cli/interrupt.hpp"
#include "cli/ordered_batches.hpp"
#include "cli/output.hpp"
#include "cli/output_file.hpp"
#include "cli/output_paths.hpp"
#include "cli/record_output.hpp"
#include "cli/rejects.hpp"
#include "cli/report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>
#include <unistd.h>
#include <variant>
#include <vector>

namespace bersih::cli {
namespace {

constexpr std::size_t kBatchRecords = 256;
constexpr std::size_t kBatchBytes = 1 << 20;
constexpr std::size_t kShownErrors = 20;

/// One record on its way through the pipeline.
struct Slot {
    io::Item item;
    std::size_t input = 0;   // index into the expanded inputs
    std::uint64_t bytes = 0; // input bytes consumed when it was read
    RecordOutput output;
    std::string outlet;
    std::unique_ptr<RecordStats> stats;
    bool invalid_utf8 = false;
    gates::RecordMeasures measures; ///< for the record gates, taken in the parallel stage
};

struct Batch {
    std::vector<Slot> slots;
};

/// The serial reading stage: every input in order, each opened when its turn comes.
class RecordSource {
public:
    RecordSource(const std::vector<io::InputFile>& inputs, const io::ReaderOptions& options,
                 std::unique_ptr<io::Reader> stdin_reader)
        : inputs_(inputs), options_(options), stdin_reader_(std::move(stdin_reader)) {}

    bool next(Slot& slot) {
        for (;;) {
            if (!reader_) {
                if (index_ >= inputs_.size()) {
                    return false;
                }
                const auto& input = inputs_[index_];
                if (input.path == "-" && stdin_reader_) {
                    reader_ = std::move(stdin_reader_);
                    continue;
                }
                reader_ =
                    input.error
                        ? io::make_error_reader(io::RecordError{input.path, 1, 0, *input.error})
                        : io::open_reader(input.path, options_);
            }
            if (reader_->next(slot.item)) {
                slot.input = index_;
                slot.bytes = done_bytes_ + reader_->bytes_read();
                return true;
            }
            done_bytes_ += reader_->bytes_read();
            reader_.reset();
            ++index_;
        }
    }
    [[nodiscard]] std::uint64_t bytes() const {
        return done_bytes_ + (reader_ ? reader_->bytes_read() : 0);
    }

private:
    const std::vector<io::InputFile>& inputs_;
    const io::ReaderOptions& options_;
    std::unique_ptr<io::Reader> stdin_reader_;
    std::unique_ptr<io::Reader> reader_;
    std::size_t index_ = 0;
    std::uint64_t done_bytes_ = 0;
};

/// The parallel stage: clean and serialise one record. Never throws.
void process(Slot& slot, const Pipeline& pipeline, const gates::ResidueScorer& residue,
             const CliOptions& options, bool want_stats) {
    auto* record = std::get_if<io::Record>(&slot.item);
    if (record == nullptr) {
        return;
    }
    try {
        slot.invalid_utf8 = record->invalid_utf8;
        const auto bad = record->utf8_checked ? std::nullopt : io::first_invalid_utf8(record->text);
        if (bad) {
            slot.invalid_utf8 = true;
            if (options.utf8_strict) {
                slot.item = io::RecordError{
                    record->source, record->record, record->line,
                    fmt::format("invalid UTF-8 at byte {} of the text (--utf8 strict)", *bad)};
                return;
            }
        }
        Options core{options.outlet, record->title, record->date};
        // The record's own outlet field, else its URL's host, picks the profile; the text's
        // signatures decide only when neither names a known outlet.
        const RuleSet& rules = pipeline.rules();
        const OutletProfile* named = record->outlet ? rules.find_outlet(*record->outlet) : nullptr;
        if (named == nullptr && record->url) {
            named = rules.outlet_for_url(*record->url);
        }
        if (!core.outlet && named != nullptr) {
            core.outlet = named->id;
        }
        std::string source =
            record->multi ? fmt::format("{}:{}", record->source, record->record) : record->source;
        Document doc = pipeline.clean(record->text, std::move(source), core);
        const auto& gate_settings = options.gates.settings;
        if (gate_settings.any() || gate_settings.measure) {
            slot.measures = gates::measure_record(doc, residue, gate_settings);
            if (options.output_format == OutputFormat::jsonl) {
                doc.figures = RecordFigures{slot.measures.words, slot.measures.residue};
            }
        }
        slot.output = render_record(doc, *record, options);
        slot.outlet = doc.meta.outlet.value_or("unknown");
        if (want_stats) {
            slot.stats = std::make_unique<RecordStats>();
            collect_stats(doc, *slot.stats);
        }
    } catch (const std::exception& e) {
        slot.item = io::RecordError{record->source, record->record, record->line,
                                    fmt::format("internal error while cleaning: {}", e.what())};
    }
}

/// The serial writing stage and everything it counts.
class Writer {
public:
    Writer(const CliOptions& options, const std::vector<io::InputFile>& inputs, Report& report)
        : options_(options), router_(options, inputs), report_(report),
          gates_(options.gates.settings) {
        if (options.errors_file) {
            errors_ = std::make_unique<OutputFile>(*options.errors_file);
        }
        if (options.gates.rejects_file) {
            rejects_ = std::make_unique<OutputFile>(*options.gates.rejects_file);
        }
        if (options.gates.settings.any()) {
            report_.show_rejected();
        }
    }

    /// Setup problems (an output that cannot be created).
    [[nodiscard]] std::string setup_error() const {
        if (router_.failed()) {
            return router_.error();
        }
        if (errors_ && errors_->failed()) {
            return errors_->error();
        }
        if (rejects_ && rejects_->failed()) {
            return rejects_->error();
        }
        return {};
    }

    void write(Batch& batch) {
        for (auto& slot : batch.slots) {
            if (stopped_) {
                return;
            }
            if (const auto* error = std::get_if<io::RecordError>(&slot.item)) {
                fail(*error);
            } else {
                if (const auto* record = std::get_if<io::Record>(&slot.item)) {
                    warn(*record);
                    if (reject(slot, *record)) {
                        report_.progress(slot.bytes);
                        continue;
                    }
                }
                router_.write(slot.input, slot.output.bytes, slot.output.empty);
                if (!slot.output.explain.empty()) {
                    write_stderr(slot.output.explain);
                }
                report_.record_out(slot.output.empty, slot.outlet, slot.stats.get());
                if (router_.failed()) {
                    stopped_ = true; // the output is broken (disk full, ...): stop reading
                }
            }
            if (slot.invalid_utf8) {
                report_.invalid_utf8();
            }
            report_.progress(slot.bytes);
        }
    }

    [[nodiscard]] bool stopped() const noexcept { return stopped_; }

    /// Commit the outputs; false with a message printed when one failed.
    bool finish() {
        bool ok = true;
        if (options_.strict && report_.failed() > 0) {
            // A --strict run that failed is a failed run: its partial output replaces nothing.
            router_.abandon();
            if (options_.output && *options_.output != "-" && !options_.quiet) {
                eprint("bersih: --strict: a record failed; '{}' was not written", *options_.output);
            }
        } else if (!router_.finish()) {
            eprint("bersih: error: {}", router_.error());
            ok = false;
        }
        report_.not_written(router_.lost(), router_.lost_empty());
        if (errors_ && !errors_->commit()) {
            eprint("bersih: error: {}", errors_->error());
            ok = false;
        }
        if (rejects_ && !rejects_->commit()) {
            eprint("bersih: error: {}", rejects_->error());
            ok = false;
        }
        if (shown_errors_ > kShownErrors && !options_.quiet) {
            eprint("bersih: {} more failed record(s) not shown{}", shown_errors_ - kShownErrors,
                   options_.errors_file ? " (see --errors)" : "; --errors FILE lists them all");
        }
        return ok;
    }

private:
    /// The record gates, in input order: true when the record was dropped (counted, and logged
    /// to --rejects). A record that cleaned to nothing is counted as empty, not judged.
    bool reject(const Slot& slot, const io::Record& record) {
        if (!options_.gates.settings.any() || slot.output.empty) {
            return false;
        }
        const auto rejection = gates_.judge(slot.measures);
        if (!rejection) {
            return false;
        }
        report_.record_rejected(rejection->gate);
        if (rejects_) {
            rejects_->write(record_log_line(record.source, record.record, record.line,
                                            rejection->gate, rejection->reason));
        }
        return true;
    }

    /// What the reader noticed about a record it could read (a repeated key, extra columns).
    void warn(const io::Record& record) {
        if (options_.quiet) {
            return;
        }
        for (const auto& warning : record.warnings) {
            if (++shown_warnings_ <= kShownErrors) {
                report_.clear_line();
                eprint("bersih: warning: {}:{}: record {}: {}", record.source, record.line,
                       record.record, warning);
            } else if (shown_warnings_ == kShownErrors + 1) {
                eprint("bersih: warning: further record warnings not shown");
            }
        }
    }

    void fail(const io::RecordError& error) {
        report_.record_failed();
        if (errors_) {
            errors_->write(
                record_log_line(error.source, error.record, error.line, "", error.reason));
        }
        if (options_.quiet) {
            // counted, and listed by --errors
        } else if (++shown_errors_ <= kShownErrors || options_.strict) {
            report_.clear_line(); // keep the progress bar off the message
            if (error.line > 0) {
                eprint("bersih: error: {}:{}: record {}: {}", error.source, error.line,
                       error.record, error.reason);
            } else if (error.reason.find(error.source) != std::string::npos) {
                eprint("bersih: error: {}", error.reason);
            } else {
                eprint("bersih: error: {}: {}", error.source, error.reason);
            }
        }
        if (options_.strict) {
            stopped_ = true;
        }
    }

    const CliOptions& options_;
    OutputRouter router_;
    Report& report_;
    std::unique_ptr<OutputFile> errors_;
    std::unique_ptr<OutputFile> rejects_;
    gates::RecordGates gates_;
    std::size_t shown_errors_ = 0;
    std::size_t shown_warnings_ = 0;
    bool stopped_ = false;
};

bool fill(Batch& batch, RecordSource& source) {
    std::size_t bytes = 0;
    while (batch.slots.size() < kBatchRecords && bytes < kBatchBytes) {
        Slot slot;
        if (!source.next(slot)) {
            break;
        }
        if (const auto* record = std::get_if<io::Record>(&slot.item)) {
            bytes += record->text.size();
        }
        batch.slots.push_back(std::move(slot));
    }
    return !batch.slots.empty();
}

/// The end of a run happens once: normally, or from the interrupt watcher when a signal comes
/// first (then the normal end, if it is reached at all, finds it done).
class Closing {
public:
    template <typename F>
    void finish_once(F&& finish) {
        const std::lock_guard lock(mutex_);
        if (!done_) {
            done_ = true;
            finish();
        }
    }

private:
    std::mutex mutex_;
    bool done_ = false;
};

/// False when the statistics could not be written.
bool write_stats_and_summary(const CliOptions& options, const Report& report,
                             bool always_summarise) {
    bool ok = true;
    if (options.stats_file) {
        OutputFile stats(*options.stats_file);
        stats.write(report.stats_json());
        if (!stats.commit()) {
            eprint("bersih: error: {}", stats.error());
            ok = false;
        }
    }
    if (!options.quiet && (always_summarise || report.in() > 1 || report.failed() > 0)) {
        eprint("{}", report.summary());
    }
    return ok;
}

/// The inputs, each path expanded on its own so that a --glob matching nothing in a folder is
/// a warning rather than a silent empty run.
std::vector<io::InputFile> expand(const CliOptions& options) {
    std::vector<io::InputFile> inputs;
    for (const auto& path : options.inputs) {
        auto found = io::expand_inputs({path}, options.walk);
        const bool none = std::none_of(found.begin(), found.end(),
                                       [](const io::InputFile& input) { return !input.error; });
        if (!options.walk.glob.empty() && none && !options.quiet &&
            std::filesystem::is_directory(path)) {
            eprint("bersih: warning: --glob '{}' matches no file in '{}'", options.walk.glob, path);
        }
        inputs.insert(inputs.end(), std::make_move_iterator(found.begin()),
                      std::make_move_iterator(found.end()));
    }
    return inputs;
}

} // namespace

int run_batch(const CliOptions& options, const Pipeline& pipeline,
              std::unique_ptr<io::Reader> stdin_reader) {
    const auto inputs = expand(options);
    if (auto collision = out_dir_collision(options, inputs)) {
        eprint("bersih: error: {}", *collision);
        return ExitCode::usage_error;
    }
    std::uint64_t total = 0;
    for (const auto& input : inputs) {
        total += input.size;
    }
    const bool progress = !options.quiet && (options.progress || ::isatty(STDERR_FILENO) != 0);
    Report report(progress, total);
    Writer writer(options, inputs, report);
    if (auto error = writer.setup_error(); !error.empty()) {
        eprint("bersih: error: {}", error);
        return ExitCode::usage_error;
    }
    RecordSource source(inputs, options.reader, std::move(stdin_reader));
    // Before any worker thread exists, so that they all inherit the blocked signals.
    Closing closing;
    const InterruptWatch interrupts([&](int signo) {
        closing.finish_once([&] {
            report.interrupted(signo);
            static_cast<void>(write_stats_and_summary(options, report, true));
        });
    });
    const bool want_stats = options.stats_file.has_value();
    const gates::ResidueScorer residue(pipeline.rules());

    run_ordered_batches<Batch>(
        options.jobs, [&](Batch& batch) { return fill(batch, source); },
        [&](Batch& batch) {
            for (auto& slot : batch.slots) {
                process(slot, pipeline, residue, options, want_stats);
            }
        },
        [&](Batch& batch) {
            writer.write(batch);
            return !writer.stopped();
        });

    report.finish(source.bytes());
    const bool outputs_ok = writer.finish();
    bool stats_ok = true;
    closing.finish_once([&] { stats_ok = write_stats_and_summary(options, report, progress); });
    // After every output is written: a CI job reads the outputs and this one line (printed even
    // with -q, since it is why the job fails).
    const auto breach = fail_over_breach(options.gates.fail_over, report);
    if (breach) {
        eprint("{}", *breach);
    }
    return report.failed() > 0 || !outputs_ok || !stats_ok || breach ? ExitCode::input_failed
                                                                     : ExitCode::ok;
}

} // namespace bersih::cli
