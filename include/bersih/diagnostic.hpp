#pragma once
// How the library reports a problem without printing: the caller's sink receives it.
#include <cstddef>
#include <functional>
#include <string>

namespace bersih {

/// A non-fatal problem met while cleaning one record.
struct Diagnostic {
    std::string source;
    std::size_t line = 0;
    std::string message;
};
using DiagnosticSink = std::function<void(const Diagnostic&)>;

} // namespace bersih
