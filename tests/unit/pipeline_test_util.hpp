#pragma once
// Shared setup for the tests that run invented text through the whole pipeline. Each test file
// says which rules it runs with (the built-in ones, none at all so that only the stages act, or a
// small pack of its own) and nothing more. The pipelines without a pack are built once: loading
// the built-in rules is the slow part of a test.
#include "bersih/pipeline.hpp"

#include <string>

namespace bersih::test {

inline const Pipeline& builtin_pipeline() {
    static const Pipeline pipeline(RuleSet::builtin());
    return pipeline;
}

inline Document clean_builtin(const std::string& text) { return builtin_pipeline().clean(text); }

inline Document clean_without_rules(const std::string& text) {
    static const Pipeline pipeline{RuleSet{}};
    return pipeline.clean(text);
}

/// Runs `text` with only `pack` (TOML rule text, named `file` in messages) loaded.
inline Document clean_with_pack(const std::string& pack, const std::string& text,
                                const Options& options = {},
                                const std::string& file = "test.toml") {
    RuleSet rules;
    rules.add(RuleSource{file, pack});
    return Pipeline(std::move(rules)).clean(text, "-", options);
}

} // namespace bersih::test
