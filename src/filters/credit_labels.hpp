#pragma once
// What a credit item is made of, for the two stages that read credits: `drop_credit_lines`
// (credit_lines.cpp, a line made only of credit items) and `names_from_credits`
// (credit_names.cpp, credit items inside removed text). The labels and the words that join names
// are the lexicon's; the limits on a name are here, once.
#include "bersih/lexicon.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace bersih::filters {

inline constexpr std::size_t kMaxCreditWords = 12; // the names of one item: "A B C, D E F dan G H"
inline constexpr std::size_t kMaxWordsPerName = 5; // more reads as a headline, not a person

/// Whom the names after a label are: "Penulis:" authors, "Editor:" editors, "Foto:" neither.
enum class CreditRole { author, editor, other };

/// The lexicon's credit labels and name joiners, looked up once per stage call.
struct CreditLabels {
    explicit CreditLabels(const Lexicon& lexicon);

    /// The role of a one-word label; nullopt for a word that is no label.
    [[nodiscard]] std::optional<CreditRole> role_of(std::string_view word) const;
    /// An author or editor label ("Pewarta", "Redaktur"), not an other one ("Sumber").
    [[nodiscard]] bool names_people(std::string_view word) const {
        const auto role = role_of(word);
        return role && *role != CreditRole::other;
    }
    /// "dan", "&": a word between two names.
    [[nodiscard]] bool joins_names(std::string_view word) const { return joiners.contains(word); }
    /// "bin", "van", "al": a lowercase word inside one name.
    [[nodiscard]] bool name_particle(std::string_view word) const {
        return particles.contains(word);
    }

    const WordClass& authors;
    const WordClass& editors;
    const WordClass& others;
    const WordClass& openers; ///< "Oleh", "Ditulis oleh": an author label without a colon
    const WordClass& joiners;
    const WordClass& particles;
    const WordClass& reporter_lines; ///< "Laporan Wartawan": opens "Laporan Wartawan Site, Nama"
    const WordClass& days; ///< "Senin": the date after the names ("Penulis: A Senin, 3 Mei 2025")
};

} // namespace bersih::filters
