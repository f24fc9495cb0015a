#include "gates/record_gates.hpp"

#include "bersih/lexicon.hpp"
#include "gates/language.hpp"
#include "gates/residue.hpp"
#include "gates/words.hpp"

#include <fmt/format.h>

namespace bersih::gates {

RecordMeasures measure_record(const Document& doc, const ResidueScorer& residue,
                              const GateSettings& settings) {
    RecordMeasures out;
    if (!settings.any() && !settings.measure) {
        return out;
    }
    for (const auto& paragraph : doc.paragraphs) {
        out.words += count_words(paragraph);
    }
    if (settings.measure || settings.max_residue) {
        out.residue = residue.share(doc);
    }
    if (!settings.indonesian_only && settings.dedup == DedupMode::none) {
        return out;
    }
    std::string text; // the cleaned text as the output has it
    for (const auto& paragraph : doc.paragraphs) {
        if (!text.empty()) {
            text += "\n\n";
        }
        text += paragraph;
    }
    if (settings.indonesian_only) {
        const LanguageCounts counts = count_stop_words(text, Lexicon::builtin());
        out.indonesian_stop_words = counts.indonesian;
        out.english_stop_words = counts.english;
        out.indonesian = reads_indonesian(counts);
    }
    out.dedup_keys = dedup_keys(text, settings.dedup, settings.near);
    return out;
}

const std::vector<std::string>& gate_names() {
    static const std::vector<std::string> names{"min-words", "lang", "max-residue", "dedup-exact",
                                                "dedup-near"};
    return names;
}

std::optional<Rejection> RecordGates::judge(const RecordMeasures& m) {
    if (settings_.min_words > 0 && m.words < settings_.min_words) {
        return Rejection{"min-words", fmt::format("{} words, fewer than --min-words {}", m.words,
                                                  settings_.min_words)};
    }
    if (settings_.indonesian_only && !m.indonesian) {
        return Rejection{"lang", fmt::format("not Indonesian by its stop words ({} Indonesian, {} "
                                             "English)",
                                             m.indonesian_stop_words, m.english_stop_words)};
    }
    if (settings_.max_residue && m.residue > *settings_.max_residue) {
        return Rejection{"max-residue", fmt::format("residue {:.3f} above --max-residue {}",
                                                    m.residue, *settings_.max_residue)};
    }
    if (settings_.dedup != DedupMode::none && index_.seen_else_add(m.dedup_keys)) {
        return settings_.dedup == DedupMode::exact
                   ? Rejection{"dedup-exact", "the same text as an earlier record"}
                   : Rejection{"dedup-near", "a near duplicate of an earlier record"};
    }
    return std::nullopt;
}

} // namespace bersih::gates
