#include "learn/template_miner.hpp"

#include "filters/context.hpp"
#include "filters/line_features.hpp"
#include "filters/scorer_lexicon.hpp"
#include "learn/category_guess.hpp"
#include "learn/line_key.hpp"
#include "match/regex.hpp"

#include <boost/regex.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace bersih::learn {
namespace {

constexpr std::size_t kExamples = 3;
constexpr std::size_t kProseSamples = 8;
constexpr std::size_t kMinProseWords = 6;
constexpr std::size_t kMinCapacity = 256;
/// A candidate whose lines read as prose in more than this share of its articles is prose.
constexpr double kProseTolerance = 0.05;
/// A longer head (tail) that keeps this share of a shorter one's articles replaces it: it says
/// more and matches almost the same lines.
constexpr double kSameLines = 0.9;
/// A candidate is page furniture by its place when at least this share of its articles had it
/// above or below the prose.
constexpr double kEdgeShare = 0.5;

bool has_letter_word(std::string_view fixed) {
    std::size_t run = 0;
    for (const char c : fixed) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (static_cast<unsigned char>(c) >= 0x80);
        run = letter ? run + 1 : 0;
        if (run >= 2) {
            return true;
        }
    }
    return false;
}

/// The line went into the same output paragraph as a kept line next to it: it is a fragment of
/// the article's text, however short.
bool joined(const Document& doc, std::size_t i) {
    const int paragraph = doc.lines[i].paragraph;
    if (paragraph < 0) {
        return false;
    }
    const auto same = [&](std::size_t j) {
        return doc.lines[j].kept_text() && doc.lines[j].paragraph == paragraph;
    };
    return (i > 0 && same(i - 1)) || (i + 1 < doc.lines.size() && same(i + 1));
}

/// A one-word head that ends like a label ("Editor:", "Foto|"), or a one-word tail that starts
/// like one ("| Kompas.com", "-Antara").
bool label_like(std::string_view key) {
    const auto fixed = fixed_of(key);
    const auto punct = [](char c) {
        return c == ':' || c == '|' || c == '-' || c == ')' || c == '(' || c == ']' || c == '[';
    };
    return !fixed.empty() &&
           (kind_of(key) == KeyKind::head ? punct(fixed.back()) : punct(fixed.front()));
}

struct Candidate {
    std::string key;
    const Tally* tally = nullptr;
    std::size_t words = 0;
    bool dropped = false;
};

int kind_rank(KeyKind kind) {
    switch (kind) {
    case KeyKind::line:
        return 0;
    case KeyKind::head:
        return 1;
    case KeyKind::tail:
        return 2;
    }
    return 3;
}

std::string shorter_key(const Candidate& c) {
    // The same kind's key one word shorter: a head loses its last word, a tail its first.
    const auto fixed = fixed_of(c.key);
    const auto kind = kind_of(c.key);
    if (kind == KeyKind::head) {
        return c.key.substr(0, c.key.rfind(' '));
    }
    return static_cast<char>(kind) + std::string(fixed.substr(fixed.find(' ') + 1));
}

} // namespace

bool reads_as_prose(const std::string& line) {
    if (static_cast<std::size_t>(std::count(line.begin(), line.end(), ' ')) + 1 < kMinProseWords) {
        return false; // too few words, without tokenising
    }
    const auto tokens = filters::scoring::tokens_of(line);
    const auto words = filters::scoring::words_of(tokens);
    if (words.size() < kMinProseWords) {
        return false;
    }
    const auto stops = filters::scoring::stop_words_in(words, filters::scorer_lexicon());
    return filters::scoring::reads_as_sentence(line, words.size(), stops);
}

Observation observe(const Document& doc, const MinerSettings& settings) {
    Observation out;
    out.outlet = doc.meta.outlet.value_or("");
    if (out.outlet.empty()) {
        return out;
    }
    // The article's prose runs from its first to its last kept line that reads as a sentence
    // or is long (eight words: the zones' test); above and below it (the edges) is where a page
    // template leaves its lines.
    std::vector<char> prose(doc.lines.size(), 0);
    std::size_t first = doc.lines.size();
    std::size_t last = 0;
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        const auto& line = doc.lines[i];
        if (!line.kept_text()) {
            continue;
        }
        const bool long_line = line.text.size() > settings.max_line_bytes;
        prose[i] = static_cast<char>(long_line || reads_as_prose(line.text));
        if (prose[i] != 0 || filters::is_prose(line.text)) {
            first = std::min(first, i);
            last = i;
        }
    }
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        const auto& line = doc.lines[i];
        if (!line.kept_text() || !line.cuts.empty() || line.text.size() > settings.max_line_bytes ||
            line.text.back() == ':') {
            continue; // a line ending in a colon introduces what follows ("Berikut jadwalnya:")
        }
        if (joined(doc, i)) {
            continue; // a piece of a paragraph the scraper split at a link ("Timnas Indonesia")
        }
        if (filters::scoring::list_item(line.text)) {
            continue; // "1. Nama Pembalap (Tim)": a standings table or list of the article
        }
        const bool is_prose = prose[i] != 0;
        const bool edge = first == doc.lines.size() || i < first || i > last;
        if (is_prose && out.prose_lines.size() < kProseSamples) {
            out.prose_lines.push_back(line.text);
        }
        const auto index = static_cast<std::uint32_t>(out.lines.size());
        out.lines.push_back(ObservedLine{line.text, fold_line(line.text)});
        const std::string_view folded = out.lines.back().folded;
        for (const auto& span :
             key_spans(folded, settings.max_head_words, settings.max_tail_words)) {
            const auto hash = key_hash(span.kind, folded.substr(span.begin, span.end - span.begin));
            out.keys.push_back(KeySighting{hash, index, span, is_prose, edge});
        }
    }
    // Each key once per article: its first line, flags of all its lines.
    std::stable_sort(out.keys.begin(), out.keys.end(),
                     [](const KeySighting& a, const KeySighting& b) { return a.hash < b.hash; });
    std::size_t kept = 0;
    for (std::size_t i = 0; i < out.keys.size(); ++i) {
        if (kept > 0 && out.keys[kept - 1].hash == out.keys[i].hash) {
            out.keys[kept - 1].prose = out.keys[kept - 1].prose || out.keys[i].prose;
            out.keys[kept - 1].edge = out.keys[kept - 1].edge || out.keys[i].edge;
        } else {
            out.keys[kept++] = out.keys[i];
        }
    }
    out.keys.resize(kept);
    return out;
}

TemplateMiner::TemplateMiner(MinerSettings settings) : settings_(settings) {}

std::size_t TemplateMiner::capacity_per_outlet() const noexcept {
    const auto keys = static_cast<std::size_t>(settings_.memory / kBytesPerKey);
    return std::max(kMinCapacity, keys / std::max<std::size_t>(1, outlets_.size()));
}

void TemplateMiner::add(const Observation& observation) {
    if (observation.outlet.empty()) {
        return;
    }
    ++articles_;
    auto it = outlets_.find(observation.outlet);
    if (it == outlets_.end()) {
        it = outlets_.emplace(observation.outlet, std::make_unique<Outlet>(1)).first;
        // The budget is shared equally by the outlets seen so far.
        const std::size_t capacity = capacity_per_outlet();
        for (auto& [name, outlet] : outlets_) {
            outlet->summary.shrink(capacity);
        }
    }
    Outlet& outlet = *it->second;
    ++outlet.articles;
    for (const auto& line : observation.prose_lines) {
        if (outlet.prose_lines.size() >= kProseSamples) {
            break;
        }
        outlet.prose_lines.push_back(line);
    }
    for (const auto& sighting : observation.keys) {
        Tally& tally = outlet.summary.offer(sighting.hash);
        if (sighting.prose) {
            ++tally.prose;
        }
        if (sighting.edge) {
            ++tally.edge;
        }
        // The first article of a key adds no example: most keys are never seen again, and
        // their lines would fill the memory.
        if (tally.sure() < 2) {
            continue;
        }
        const ObservedLine& line = observation.lines[sighting.line];
        if (tally.key.empty()) {
            tally.key = key_text(line.folded, sighting.span);
        }
        if (tally.examples.size() < kExamples &&
            std::find(tally.examples.begin(), tally.examples.end(), line.text) ==
                tally.examples.end()) {
            tally.examples.push_back(line.text);
        }
    }
}

std::vector<LearnedRule> TemplateMiner::mine(const RuleSet& rules) const {
    std::vector<LearnedRule> out;
    for (const auto& [name, outlet] : outlets_) {
        auto learned = mine_outlet(name, *outlet, rules);
        out.insert(out.end(), std::make_move_iterator(learned.begin()),
                   std::make_move_iterator(learned.end()));
    }
    return out;
}

std::vector<LearnedRule> TemplateMiner::mine_outlet(const std::string& name, const Outlet& outlet,
                                                    const RuleSet& rules) const {
    const auto articles = outlet.articles;
    const auto need = std::max<std::uint64_t>(
        settings_.min_articles,
        static_cast<std::uint64_t>(std::ceil(settings_.min_share * static_cast<double>(articles))));
    const auto share = [&](const Tally& t) {
        return static_cast<double>(t.sure()) /
               static_cast<double>(std::max<std::uint64_t>(1, articles));
    };

    std::vector<Candidate> candidates;
    std::map<std::string, std::size_t> by_key;
    for (const Tally* tally : outlet.summary.entries()) {
        if (tally->sure() < need || tally->examples.empty()) {
            continue;
        }
        const std::string& key = tally->key;
        const auto fixed = fixed_of(key);
        if (!has_letter_word(fixed)) {
            continue; // "-", "0.", "•": list marks and numbers are not a template
        }
        Candidate c{key, tally, words_of(fixed).size(), false};
        if (kind_of(key) != KeyKind::line && c.words < 2 && !label_like(key)) {
            continue; // one word ("Cara ...", "Berikut ...") opens sentences and headlines alike
        }
        // Subheadings and list labels of the article ("Berikut ...:", "Pelatih: ...") repeat
        // too, inside the prose; a page template's lines sit above or below it, or name their
        // kind with a cue word ("Baca juga"), or come back in a large share of the outlet.
        const bool at_edges =
            static_cast<double>(tally->edge) >= kEdgeShare * static_cast<double>(tally->sure());
        if (!at_edges && share(*tally) < settings_.prose_share &&
            guess_category(fixed, rules) == Category::other) {
            continue;
        }
        const double prose = static_cast<double>(tally->prose) /
                             static_cast<double>(std::max<std::uint64_t>(1, tally->sure()));
        // A line repeated word for word in a large share of the outlet is its template even
        // when it reads as a sentence; a head or tail of sentences is article prose ("Hal itu
        // disampaikan ...") however often it comes back.
        if (prose > kProseTolerance &&
            (kind_of(key) != KeyKind::line || share(*tally) < settings_.prose_share)) {
            continue;
        }
        by_key.emplace(key, candidates.size());
        candidates.push_back(std::move(c));
    }
    const auto find = [&](const std::string& key) -> Candidate* {
        const auto it = by_key.find(key);
        return it == by_key.end() ? nullptr : &candidates[it->second];
    };
    for (const auto& c : candidates) {
        const auto kind = kind_of(c.key);
        if (kind == KeyKind::line) {
            // A template that matches hardly more than this one line generalises nothing.
            for (const auto& key :
                 keys_of(fixed_of(c.key), settings_.max_head_words, settings_.max_tail_words)) {
                Candidate* t = find(key);
                if (t != nullptr && t != &c &&
                    static_cast<double>(c.tally->sure()) >=
                        kSameLines * static_cast<double>(t->tally->sure())) {
                    t->dropped = true;
                }
            }
        } else if (c.words >= 2) {
            Candidate* parent = find(shorter_key(c));
            if (parent != nullptr && static_cast<double>(c.tally->sure()) >=
                                         kSameLines * static_cast<double>(parent->tally->sure())) {
                parent->dropped = true;
            }
        }
    }
    std::vector<const Candidate*> order;
    for (const auto& c : candidates) {
        if (!c.dropped) {
            order.push_back(&c);
        }
    }
    std::sort(order.begin(), order.end(), [](const Candidate* a, const Candidate* b) {
        if (a->tally->sure() != b->tally->sure()) {
            return a->tally->sure() > b->tally->sure();
        }
        const int ka = kind_rank(kind_of(a->key));
        const int kb = kind_rank(kind_of(b->key));
        return ka != kb ? ka < kb : a->key < b->key;
    });

    std::vector<LearnedRule> out;
    std::vector<boost::regex> accepted;
    std::size_t number = 0;
    for (const Candidate* c : order) {
        const std::string pattern = pattern_of(c->key);
        const boost::regex regex(pattern);
        std::vector<std::string> examples;
        for (const auto& example : c->tally->examples) {
            if (match::confirm(regex, example)) {
                examples.push_back(example);
            }
        }
        const bool covered = std::all_of(examples.begin(), examples.end(), [&](const auto& e) {
            return std::any_of(accepted.begin(), accepted.end(),
                               [&](const boost::regex& r) { return match::confirm(r, e); });
        });
        if (examples.empty() || covered) {
            continue;
        }
        LearnedRule rule;
        rule.outlet = name;
        // Numbers already taken by the loaded rules (a pack learned before, given to --rules)
        // are skipped, so both packs load together.
        do {
            rule.id = fmt::format("learned.{}.{}", name, ++number);
        } while (rules.find(rule.id) != nullptr);
        rule.category = guess_category(fixed_of(c->key), rules);
        rule.key = c->key;
        rule.pattern = pattern;
        rule.must_match = std::move(examples);
        for (const auto& line : outlet.prose_lines) {
            if (!match::confirm(regex, line)) {
                rule.must_not_match.push_back(line);
                break;
            }
        }
        rule.articles = c->tally->sure();
        rule.counted = c->tally->count;
        rule.outlet_articles = articles;
        rule.prose = c->tally->prose;
        accepted.push_back(regex);
        out.push_back(std::move(rule));
    }
    return out;
}

} // namespace bersih::learn
