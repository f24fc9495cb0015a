#pragma once
// Reading a run's records in batches, working on the batches in parallel and handing them on in
// input order: the one shape of every command that streams a dump (cleaning, `bersih learn`), so
// that its output is the same for every -j.

#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <atomic>
#include <memory>

namespace bersih::cli {

/// Runs, for each batch: `fill(Batch&)` (serial, in input order; false when the input is done),
/// `work(Batch&)` (on up to `jobs` threads at once) and `consume(Batch&)` (serial, in input
/// order; false stops the reading, as when an output failed). With `jobs` <= 1 everything runs on
/// the calling thread, one batch at a time.
template <class Batch, class Fill, class Work, class Consume>
void run_ordered_batches(unsigned jobs, Fill&& fill, Work&& work, Consume&& consume) {
    if (jobs <= 1) {
        for (;;) {
            Batch batch;
            if (!fill(batch)) {
                break;
            }
            work(batch);
            if (!consume(batch)) {
                break;
            }
        }
        return;
    }
    // Set by the last filter, read by the first: they may run on different threads.
    std::atomic<bool> stop{false};
    // Allow more workers than cores when asked for (-j 8 on 2 cores): TBB's default limit.
    const tbb::global_control limit(tbb::global_control::max_allowed_parallelism, jobs);
    tbb::task_arena arena(static_cast<int>(jobs));
    arena.execute([&] {
        tbb::parallel_pipeline(
            jobs * 2 + 1, tbb::make_filter<void, Batch*>(tbb::filter_mode::serial_in_order,
                                                         [&](tbb::flow_control& fc) -> Batch* {
                                                             auto batch = std::make_unique<Batch>();
                                                             if (stop.load() || !fill(*batch)) {
                                                                 fc.stop();
                                                                 return nullptr;
                                                             }
                                                             return batch.release();
                                                         }) &
                              tbb::make_filter<Batch*, Batch*>(tbb::filter_mode::parallel,
                                                               [&](Batch* batch) {
                                                                   work(*batch);
                                                                   return batch;
                                                               }) &
                              tbb::make_filter<Batch*, void>(
                                  tbb::filter_mode::serial_in_order, [&](Batch* batch) {
                                      const std::unique_ptr<Batch> owned(batch);
                                      if (!consume(*owned)) {
                                          stop.store(true);
                                      }
                                  }));
    });
}

} // namespace bersih::cli
