#pragma once
#include "bersih/diagnostic.hpp"
#include "bersih/document.hpp"
#include "bersih/options.hpp"
#include "bersih/rules.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace bersih {

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
