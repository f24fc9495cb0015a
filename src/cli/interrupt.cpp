#include "cli/interrupt.hpp"

#include "cli/signals.hpp"

#include <array>
#include <cstdint>
#include <poll.h>
#include <pthread.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace bersih::cli {
namespace {

constexpr std::array<int, 3> kInterrupts{SIGINT, SIGTERM, SIGHUP};

bool ignored_at_start(int signo) {
    struct sigaction current {};
    return ::sigaction(signo, nullptr, &current) == 0 && current.sa_handler == SIG_IGN;
}

} // namespace

InterruptWatch::InterruptWatch(std::function<void(int signo)> on_interrupt)
    : on_interrupt_(std::move(on_interrupt)) {
    sigemptyset(&watched_);
    for (const int signo : kInterrupts) {
        if (!ignored_at_start(signo)) {
            sigaddset(&watched_, signo);
        }
    }
    ::pthread_sigmask(SIG_BLOCK, &watched_, &previous_mask_);
    signal_fd_ = ::signalfd(-1, &watched_, SFD_CLOEXEC);
    wake_fd_ = ::eventfd(0, EFD_CLOEXEC);
    if (signal_fd_ < 0 || wake_fd_ < 0) {
        // No watcher possible (out of descriptors): fall back to the plain handlers of
        // signals.cpp, which still remove temporaries but cannot write the statistics.
        ::pthread_sigmask(SIG_SETMASK, &previous_mask_, nullptr);
        return;
    }
    watcher_ = std::thread([this] { watch(); });
}

InterruptWatch::~InterruptWatch() {
    if (watcher_.joinable()) {
        const std::uint64_t one = 1;
        [[maybe_unused]] const auto written = ::write(wake_fd_, &one, sizeof one);
        watcher_.join();
        ::pthread_sigmask(SIG_SETMASK, &previous_mask_, nullptr);
    }
    for (const int fd : {signal_fd_, wake_fd_}) {
        if (fd >= 0) {
            ::close(fd);
        }
    }
}

void InterruptWatch::watch() {
    for (;;) {
        std::array<pollfd, 2> fds{pollfd{signal_fd_, POLLIN, 0}, pollfd{wake_fd_, POLLIN, 0}};
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            continue; // EINTR
        }
        if ((fds[1].revents & POLLIN) != 0) {
            return; // the run ended normally
        }
        signalfd_siginfo info{};
        if ((fds[0].revents & POLLIN) == 0 ||
            ::read(signal_fd_, &info, sizeof info) != sizeof info) {
            continue;
        }
        const auto signo = static_cast<int>(info.ssi_signo);
        signals::remove_temporaries(); // first, so that nothing partial survives whatever follows
        on_interrupt_(signo);
        signals::remove_temporaries(); // and anything the handler's own files left
        // Die of the signal: default action, unblocked in this thread only, sent to this thread.
        ::signal(signo, SIG_DFL);
        sigset_t just_this;
        sigemptyset(&just_this);
        sigaddset(&just_this, signo);
        ::pthread_sigmask(SIG_UNBLOCK, &just_this, nullptr);
        ::pthread_kill(::pthread_self(), signo);
        return; // not reached
    }
}

} // namespace bersih::cli
