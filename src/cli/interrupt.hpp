#pragma once
// Ending a batch run on SIGINT, SIGTERM or SIGHUP without losing its account. A signal handler
// may only call async-signal-safe functions, which rules out writing the --stats JSON; so while a
// batch runs these signals are blocked in every thread and one watcher thread takes them from a
// signalfd (woken through an eventfd when the run ends normally). On a signal it removes the
// temporary output files (no partial output is ever left), calls the run's own handler (which
// writes the stats and the summary), then lets the signal end the process with its default action,
// so the shell sees the usual 128+N status.
#include <csignal>
#include <functional>
#include <thread>

namespace bersih::cli {

class InterruptWatch {
public:
    /// Blocks the signals in the calling thread, so every thread it starts later (the worker
    /// pool) inherits the mask; construct it before any other thread exists. Signals ignored when
    /// the process started (nohup, a background job of a script) are left ignored.
    explicit InterruptWatch(std::function<void(int signo)> on_interrupt);
    /// Stops the watcher and restores the calling thread's signal mask.
    ~InterruptWatch();
    InterruptWatch(const InterruptWatch&) = delete;
    InterruptWatch& operator=(const InterruptWatch&) = delete;

private:
    void watch();

    std::function<void(int)> on_interrupt_;
    sigset_t watched_{};
    sigset_t previous_mask_{};
    int signal_fd_ = -1;
    int wake_fd_ = -1;
    std::thread watcher_;
};

} // namespace bersih::cli
