#pragma once
#include "bersih/document.hpp"
#include "bersih/rules.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace bersih {

/// Options of the core, resolved from the command line (or set by a library user).
struct Options {
    std::optional<std::string> outlet; ///< force an outlet profile instead of detecting it
    std::optional<std::string> title;  ///< a title known from the input record (e.g. JSONL field)
    /// A publish date from the input record ("Selasa, 06 Agu 2024 18:58 WIB", ISO 8601, ...),
    /// used when the text itself states none.
    std::optional<std::string> published;
};

/// A non-fatal problem met while cleaning one record.
struct Diagnostic {
    std::string source;
    std::size_t line = 0;
    std::string message;
};
using DiagnosticSink = std::function<void(const Diagnostic&)>;

/// The filter chain. Build once, then clean any number of records, from any number of threads:
/// clean() only reads the pipeline's state.
class Pipeline {
public:
    explicit Pipeline(RuleSet rules, DiagnosticSink sink = {});
    ~Pipeline();
    Pipeline(Pipeline&&) noexcept;
    Pipeline& operator=(Pipeline&&) noexcept;
    Pipeline(const Pipeline&) = delete;
    Pipeline& operator=(const Pipeline&) = delete;

    /// Clean one record of raw text.
    [[nodiscard]] Document clean(std::string_view raw, std::string source = "-",
                                 const Options& options = {}) const;

    [[nodiscard]] const RuleSet& rules() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace bersih
