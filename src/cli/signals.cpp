// The handler may only use async-signal-safe calls: it walks a fixed-size table of paths
// (written before the slot is marked used) and calls unlink(), then re-raises the signal with
// its default action.
#include "cli/signals.hpp"

#include <array>
#include <atomic>
#include <csignal>
#include <cstring>
#include <mutex>
#include <unistd.h>

namespace bersih::cli::signals {
namespace {

constexpr std::size_t kSlots = 64;
constexpr std::size_t kMaxPath = 4096;

struct Slot {
    std::atomic<bool> used{false};
    std::array<char, kMaxPath> path{};
};

std::array<Slot, kSlots> g_slots;
std::mutex g_mutex; // serialises remember/forget between threads; never taken by the handler
bool g_installed = false;

constexpr std::array<int, 4> kSignals{SIGINT, SIGTERM, SIGHUP, SIGPIPE};

extern "C" void on_signal(int signo) {
    remove_temporaries();
    // SA_RESETHAND restored the default action and SA_NODEFER leaves the signal unblocked, so
    // this ends the process the way the signal would have.
    std::raise(signo);
}

void install() {
    for (const int signo : kSignals) {
        struct sigaction current {};
        if (::sigaction(signo, nullptr, &current) != 0 || current.sa_handler == SIG_IGN) {
            continue; // ignored by whoever started us (nohup, `trap '' PIPE`): leave it so
        }
        struct sigaction action {};
        action.sa_handler = on_signal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = static_cast<int>(SA_RESETHAND | SA_NODEFER);
        ::sigaction(signo, &action, nullptr);
    }
}

} // namespace

int remember_temporary(const std::string& path) {
    if (path.size() >= kMaxPath) {
        return -1;
    }
    const std::lock_guard lock(g_mutex);
    if (!g_installed) {
        install();
        g_installed = true;
    }
    for (std::size_t i = 0; i < kSlots; ++i) {
        Slot& slot = g_slots[i];
        if (!slot.used.load(std::memory_order_relaxed)) {
            std::memcpy(slot.path.data(), path.c_str(), path.size() + 1);
            slot.used.store(true, std::memory_order_release);
            return static_cast<int>(i);
        }
    }
    return -1;
}

void forget(int slot) noexcept {
    if (slot < 0 || static_cast<std::size_t>(slot) >= kSlots) {
        return;
    }
    const std::lock_guard lock(g_mutex);
    g_slots[static_cast<std::size_t>(slot)].used.store(false, std::memory_order_release);
}

void remove_temporaries() noexcept {
    for (auto& slot : g_slots) {
        if (slot.used.load(std::memory_order_acquire)) {
            ::unlink(slot.path.data());
        }
    }
}

} // namespace bersih::cli::signals
