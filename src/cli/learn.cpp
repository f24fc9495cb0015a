#include "cli/learn.hpp"

#include "bersih/io_paths.hpp"
#include "cli/diagnostics.hpp"
#include "cli/ordered_batches.hpp"
#include "cli/output_file.hpp"
#include "learn/pack_writer.hpp"
#include "learn/template_miner.hpp"

#include <deque>
#include <variant>
#include <vector>

namespace bersih::cli {
namespace {

constexpr std::size_t kBatchRecords = 256;

/// Records held from standard input, then the rest of it.
class ReplayReader : public io::Reader {
public:
    ReplayReader(std::deque<io::Item> held, std::unique_ptr<io::Reader> rest)
        : held_(std::move(held)), rest_(std::move(rest)) {}

    bool next(io::Item& item) override {
        if (!held_.empty()) {
            item = std::move(held_.front());
            held_.pop_front();
            return true;
        }
        return rest_->next(item);
    }
    [[nodiscard]] std::uint64_t bytes_read() const noexcept override { return rest_->bytes_read(); }

private:
    std::deque<io::Item> held_;
    std::unique_ptr<io::Reader> rest_;
};

/// Every record of the inputs in order; standard input cut to its sample when asked.
class LearnSource {
public:
    LearnSource(const CliOptions& options, bool hold_stdin)
        : options_(options), inputs_(io::expand_inputs(options.inputs, options.walk)),
          hold_stdin_(hold_stdin) {}

    /// The next readable record; false at the end.
    bool next(io::Record& out) {
        for (;;) {
            if (!reader_) {
                if (index_ >= inputs_.size()) {
                    return false;
                }
                const auto& input = inputs_[index_];
                holding_ = hold_stdin_ && input.path == "-" && !stdin_reader_;
                reader_ =
                    input.error
                        ? io::make_error_reader(io::RecordError{input.path, 1, 0, *input.error})
                        : io::open_reader(input.path, options_.reader);
            }
            const bool sampled = holding_ && (held_.size() >= options_.adapt_sample ||
                                              held_bytes_ >= kAdaptSampleBytes);
            io::Item item;
            if (!sampled && reader_->next(item)) {
                if (holding_) {
                    held_.push_back(item);
                }
                if (auto* record = std::get_if<io::Record>(&item)) {
                    held_bytes_ += holding_ ? record->text.size() : 0;
                    out = std::move(*record);
                    return true;
                }
                ++failed_;
                continue;
            }
            if (holding_) {
                stdin_reader_ =
                    std::make_unique<ReplayReader>(std::move(held_), std::move(reader_));
                holding_ = false;
            }
            reader_.reset();
            ++index_;
        }
    }

    [[nodiscard]] std::uint64_t failed() const noexcept { return failed_; }
    std::unique_ptr<io::Reader> take_stdin() { return std::move(stdin_reader_); }

private:
    const CliOptions& options_;
    std::vector<io::InputFile> inputs_;
    bool hold_stdin_;
    std::size_t index_ = 0;
    std::unique_ptr<io::Reader> reader_;
    bool holding_ = false;
    std::deque<io::Item> held_;
    std::uint64_t held_bytes_ = 0;
    std::unique_ptr<io::Reader> stdin_reader_;
    std::uint64_t failed_ = 0;
};

struct Batch {
    std::vector<io::Record> records;
    std::vector<learn::Observation> observations;
};

learn::MinerSettings settings_of(const CliOptions& options) {
    learn::MinerSettings settings;
    settings.min_articles = options.min_articles;
    settings.min_share = options.min_share;
    settings.prose_share = options.prose_share;
    settings.memory = options.learn_memory;
    return settings;
}

/// Clean one record as the cleaning pass would (the same outlet choice as batch.cpp) and read
/// what it offers to learn.
learn::Observation observe(const io::Record& record, const Pipeline& pipeline,
                           const CliOptions& options, const learn::MinerSettings& settings) {
    try {
        if (options.utf8_strict && !record.utf8_checked && io::first_invalid_utf8(record.text)) {
            return {}; // the cleaning pass rejects it
        }
        Options core{options.outlet, record.title, record.date};
        const RuleSet& rules = pipeline.rules();
        const OutletProfile* named = record.outlet ? rules.find_outlet(*record.outlet) : nullptr;
        if (named == nullptr && record.url) {
            named = rules.outlet_for_url(*record.url);
        }
        if (!core.outlet && named != nullptr) {
            core.outlet = named->id;
        }
        return learn::observe(pipeline.clean(record.text, record.source, core), settings);
    } catch (const std::exception&) {
        return {}; // the cleaning pass reports it
    }
}

bool fill(Batch& batch, LearnSource& source) {
    io::Record record;
    while (batch.records.size() < kBatchRecords && source.next(record)) {
        batch.records.push_back(std::move(record));
        record = io::Record{};
    }
    return !batch.records.empty();
}

} // namespace

LearnOutcome learn_from_inputs(const CliOptions& options, const Pipeline& pipeline,
                               bool hold_stdin) {
    const auto settings = settings_of(options);
    learn::TemplateMiner miner(settings);
    LearnSource source(options, hold_stdin);
    const auto observe_all = [&](Batch& batch) {
        batch.observations.reserve(batch.records.size());
        for (const auto& record : batch.records) {
            batch.observations.push_back(observe(record, pipeline, options, settings));
        }
        batch.records.clear(); // the text is not needed any more
        batch.records.shrink_to_fit();
    };
    // The miner counts in input order (the serial last stage), so the summary, and the pack, is
    // the same for every -j.
    const auto count = [&](const Batch& batch) {
        for (const auto& observation : batch.observations) {
            miner.add(observation);
        }
    };
    run_ordered_batches<Batch>(
        options.jobs, [&](Batch& batch) { return fill(batch, source); }, observe_all,
        [&](const Batch& batch) {
            count(batch);
            return true;
        });
    LearnOutcome outcome;
    const auto rules = miner.mine(pipeline.rules());
    outcome.pack = learn::write_pack(rules, settings, miner.articles());
    outcome.rules = rules.size();
    outcome.articles = miner.articles();
    outcome.failed = source.failed();
    outcome.stdin_replay = source.take_stdin();
    return outcome;
}

int run_learn(const CliOptions& options, const Pipeline& pipeline) {
    const auto outcome = learn_from_inputs(options, pipeline, false);
    OutputFile out(options.output.value_or("-"));
    out.write(outcome.pack);
    if (!out.commit()) {
        eprint("bersih: error: {}", out.error());
        return ExitCode::input_failed;
    }
    if (!options.quiet) {
        eprint("bersih learn: {} rules from {} articles{}", outcome.rules, outcome.articles,
               outcome.failed > 0 ? fmt::format("; {} records could not be read", outcome.failed)
                                  : std::string{});
    }
    return outcome.failed > 0 ? ExitCode::input_failed : ExitCode::ok;
}

} // namespace bersih::cli
