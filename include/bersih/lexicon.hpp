#pragma once
// The language knowledge the stages read: named classes of words, named whole-line patterns of
// words too many to list (every wording of a widget heading), and the names of months
// (rules/lexicon.toml, embedded at build time). Outlet names live in the rule packs' [outlet]
// tables (bersih/rules.hpp).
#include <boost/regex.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bersih {

struct RuleSource;

/// A named set of words, compared exactly (case and all).
class WordClass {
public:
    WordClass() = default;
    WordClass(std::string id, std::string description, std::vector<std::string> words,
              std::vector<std::string> must_not_include = {});

    [[nodiscard]] bool contains(std::string_view word) const noexcept;
    [[nodiscard]] const std::string& id() const noexcept { return id_; }
    [[nodiscard]] const std::string& description() const noexcept { return description_; }
    /// The words in the order the file gives them.
    [[nodiscard]] const std::vector<std::string>& words() const noexcept { return words_; }
    /// Near misses that must stay out of the class: they mark its edge.
    [[nodiscard]] const std::vector<std::string>& must_not_include() const noexcept {
        return must_not_include_;
    }

private:
    std::string id_;
    std::string description_;
    std::vector<std::string> words_;
    std::vector<std::string> must_not_include_;
    std::vector<std::string> sorted_; ///< for the lookups
};

/// A named pattern that a whole line either is or is not ("Berita Terkait:", "Simak Video Pilihan
/// di Bawah Ini"): a class of phrases written as a regex, with examples on both sides of its edge.
struct LexiconPattern {
    std::string id;
    std::string description;
    std::string text; ///< as the file writes it
    boost::regex regex;
    std::vector<std::string> must_match;     ///< whole lines it must match
    std::vector<std::string> must_not_match; ///< near misses it must not match
};

class Lexicon {
public:
    /// Parse a lexicon file and add its classes and months. Throws RuleError ("file:line:col:
    /// message") on anything doubtful: unknown key, empty or duplicate class, a class holding a
    /// word of its must_not_include, a pattern that does not compile or fails one of its examples,
    /// a month name whose first three letters another month has.
    void add(const RuleSource& source);
    /// The lexicon compiled into the binary, parsed once.
    static const Lexicon& builtin();

    /// The class with this id; throws std::out_of_range when there is none (a stage asking for a
    /// class the lexicon lacks is a programming error, which the unit tests catch).
    [[nodiscard]] const WordClass& words(std::string_view id) const;
    [[nodiscard]] const std::vector<WordClass>& classes() const noexcept { return classes_; }
    /// The pattern with this id (matched against a whole line); throws std::out_of_range when
    /// there is none, as words() does.
    [[nodiscard]] const LexiconPattern& pattern(std::string_view id) const;
    [[nodiscard]] const std::vector<LexiconPattern>& patterns() const noexcept { return patterns_; }
    /// The month a name gives by its first three letters, in any case ("Agustus", "aug", "Agt");
    /// nullopt for a shorter or unknown name.
    [[nodiscard]] std::optional<int> month(std::string_view name) const;
    /// Month number -> its names as the file gives them.
    [[nodiscard]] const std::map<int, std::vector<std::string>>& months() const noexcept {
        return months_;
    }

private:
    std::vector<WordClass> classes_;
    std::vector<LexiconPattern> patterns_;
    std::map<int, std::vector<std::string>> months_;
    std::map<std::string, int, std::less<>> month_prefixes_;
};

const RuleSource& embedded_lexicon_source();

/// `text` with every regex metacharacter escaped, for building an alternation of class words.
std::string regex_escape(std::string_view text);

} // namespace bersih
