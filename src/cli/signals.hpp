#pragma once
// Leaving no partial files behind when the process is stopped by a signal. Output files are
// written under a temporary name and renamed when complete (output_file.cpp); this registry
// remembers those temporary names so that SIGINT, SIGTERM, SIGHUP and SIGPIPE can delete them
// before the process dies of the signal as it would have otherwise (so `bersih ... | head -1`
// stays silent and the shell sees the usual 128+N status).
#include <string>

namespace bersih::cli::signals {

/// Remember `path` as a temporary file to delete if a signal ends the process; installs the
/// handlers on first use. Returns a slot for forget(), or -1 when the registry is full (then the
/// file is only removed on a normal exit).
int remember_temporary(const std::string& path);

/// The file is complete (renamed) or already removed: stop tracking it.
void forget(int slot) noexcept;

/// Delete every remembered temporary now (async-signal-safe; used by the interrupt watcher,
/// interrupt.hpp, before it ends the process).
void remove_temporaries() noexcept;

} // namespace bersih::cli::signals
