// Near-duplicate detection on real scrapes (issue 12): built at test time from ../shared/wild,
// never copied into the project. Each sampled article is paired with
//   - a variant of itself: other invented page furniture inserted, whitespace changed, and 5% of
//     its words edited (substituted, deleted or inserted), both cleaned by the pipeline;
//   - the three articles of the same outlet whose titles share the most words with it (the same
//     topic, a different article).
// --dedup near must catch the variants (recall >= 0.95) and leave the other articles (precision
// >= 0.99), with the default threshold. Skipped when ../shared is absent.
#include "bersih/io.hpp"
#include "bersih/pipeline.hpp"
#include "gates/dedup.hpp"
#include "gates/minhash.hpp"
#include "gates/text_hash.hpp"
#include "gates/words.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace bersih;

namespace {

constexpr double kDefaultThreshold = 0.65; // the CLI's --near-threshold default
constexpr std::size_t kPerOutlet = 40;     // originals sampled per outlet
constexpr std::size_t kMinWords = 80;      // originals long enough to have a topic
constexpr std::size_t kNegatives = 3;      // same-topic articles per original

/// A deterministic generator (the same on every standard library).
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() { return gates::mix64(state_ += 0x9e3779b97f4a7c15ULL); }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

private:
    std::uint64_t state_;
};

struct Article {
    std::string outlet;
    std::string title;
    std::string url;
    std::string text;
};

std::vector<Article> read_wild(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().string().ends_with(".jsonl.gz")) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    io::ReaderOptions options;
    options.format = io::InputFormat::jsonl;
    std::vector<Article> out;
    for (const auto& file : files) {
        auto reader = io::open_reader(file.string(), options);
        io::Item item;
        while (reader->next(item)) {
            if (const auto* record = std::get_if<io::Record>(&item)) {
                out.push_back({record->outlet.value_or(""), record->title.value_or(""),
                               record->url.value_or(""), record->text});
            }
        }
    }
    return out;
}

// Invented page furniture in the shape of the debris of Indonesian news pages.
constexpr std::array<const char*, 8> kDebris{"Baca juga: Warga Desa Contoh Gelar Lomba Perahu Hias",
                                             "ADVERTISEMENT",
                                             "SCROLL TO CONTINUE WITH CONTENT",
                                             "Simak berita pilihan lainnya di kanal kami",
                                             "Editor: Nama Penyunting",
                                             "Ikuti kami di media sosial untuk kabar terbaru",
                                             "Baca juga: Harga Cabai di Pasar Contoh Naik Lagi",
                                             "Pewarta: Nama Wartawan"};
constexpr std::array<const char*, 10> kWords{"hari",  "kota", "warga", "besar", "program",
                                             "pihak", "dana", "baru",  "jalan", "tahun"};

/// The same article as another scrape of it could be.
std::string variant(const std::string& raw, Rng& rng) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= raw.size()) {
        const auto end = raw.find('\n', start);
        lines.push_back(raw.substr(start, end == std::string::npos ? end : end - start));
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    // Debris changed: furniture lines put in at two places and a footer added.
    for (int i = 0; i < 2; ++i) {
        const std::size_t at = rng.below(lines.size() + 1);
        lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), "");
        lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at) + 1,
                     kDebris[rng.below(kDebris.size())]);
        lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at) + 2, "");
    }
    lines.emplace_back(kDebris[rng.below(kDebris.size())]);
    // Words edited: 5% of them, each a substitution, a deletion or an insertion.
    std::size_t words = 0;
    for (const auto& line : lines) {
        words += gates::count_words(line);
    }
    const std::size_t edits = words / 20;
    for (std::size_t e = 0; e < edits; ++e) {
        auto& line = lines[rng.below(lines.size())];
        std::vector<std::string> tokens;
        std::size_t i = 0;
        while (i < line.size()) {
            const auto space = line.find(' ', i);
            tokens.push_back(line.substr(i, space == std::string::npos ? space : space - i));
            i = space == std::string::npos ? line.size() : space + 1;
        }
        if (tokens.empty()) {
            --e; // try another line (every text has words, so this ends)
            continue;
        }
        const std::size_t at = rng.below(tokens.size());
        switch (rng.below(3)) {
        case 0:
            tokens[at] = kWords[rng.below(kWords.size())];
            break;
        case 1:
            tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(at));
            break;
        default:
            tokens.insert(tokens.begin() + static_cast<std::ptrdiff_t>(at),
                          kWords[rng.below(kWords.size())]);
        }
        line.clear();
        for (const auto& token : tokens) {
            line += (line.empty() ? "" : " ") + token;
        }
    }
    // Whitespace changed: double spaces, trailing spaces, CRLF, extra blank lines.
    std::string out;
    for (const auto& line : lines) {
        std::string changed;
        for (const char c : line) {
            changed += c;
            if (c == ' ' && rng.below(10) == 0) {
                changed += ' ';
            }
        }
        out += changed + (rng.below(4) == 0 ? "  \r\n" : "\n");
        if (rng.below(8) == 0) {
            out += "\n";
        }
    }
    return out;
}

std::string cleaned(const Pipeline& pipeline, const std::string& raw, const std::string& title) {
    Options options;
    if (!title.empty()) {
        options.title = title;
    }
    const Document doc = pipeline.clean(raw, "-", options);
    std::string text;
    for (const auto& paragraph : doc.paragraphs) {
        text += paragraph + "\n\n";
    }
    return text;
}

std::set<std::string> title_words(const std::string& title) {
    std::set<std::string> out;
    for (auto& word : gates::words_of(title)) {
        if (word.size() > 3) { // leaves out most function words ("dan", "di", "ini")
            out.insert(std::move(word));
        }
    }
    return out;
}

} // namespace

TEST_CASE("near dedup: recall and precision on variants of real articles", "[gates][near]") {
    const fs::path dir = fs::path(BERSIH_SHARED_DIR) / "wild";
    if (!fs::is_directory(dir)) {
        WARN("skipped: no wild folder at " << dir.string());
        return;
    }
    const auto articles = read_wild(dir);
    REQUIRE(articles.size() > 1000);
    const Pipeline pipeline(RuleSet::builtin());
    const auto params = gates::MinHashParams::for_threshold(kDefaultThreshold);
    const auto keys = [&](const std::string& text) {
        return gates::dedup_keys(text, gates::DedupMode::near, params);
    };

    std::map<std::string, std::vector<std::size_t>> by_outlet;
    for (std::size_t i = 0; i < articles.size(); ++i) {
        if (!articles[i].outlet.empty() && !articles[i].title.empty()) {
            by_outlet[articles[i].outlet].push_back(i);
        }
    }
    Rng rng(12);
    std::size_t positives = 0;
    std::size_t caught = 0;
    std::size_t negatives = 0;
    std::size_t false_alarms = 0;
    for (const auto& [outlet, members] : by_outlet) {
        const std::size_t step = std::max<std::size_t>(1, members.size() / kPerOutlet);
        for (std::size_t m = 0; m < members.size(); m += step) {
            const Article& original = articles[members[m]];
            const std::string text = cleaned(pipeline, original.text, original.title);
            if (gates::count_words(text) < kMinWords) {
                continue;
            }
            gates::DedupIndex index(gates::DedupMode::near);
            REQUIRE_FALSE(index.seen_else_add(keys(text)));

            ++positives;
            const std::string copy = cleaned(pipeline, variant(original.text, rng), original.title);
            if (index.seen(keys(copy))) {
                ++caught;
            } else {
                UNSCOPED_INFO("missed variant of " << original.url);
            }

            // The same topic: most title words in common; another article (other title, URL
            // and text: the dump holds the same article from several scrapers).
            const auto mine = title_words(original.title);
            std::vector<std::pair<std::size_t, std::size_t>> scored; // shared words, index
            for (const std::size_t other : members) {
                const Article& candidate = articles[other];
                if (candidate.title == original.title || candidate.url == original.url) {
                    continue;
                }
                std::size_t shared = 0;
                for (const auto& word : title_words(candidate.title)) {
                    shared += mine.count(word);
                }
                if (shared > 0) {
                    scored.emplace_back(shared, other);
                }
            }
            std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
                return a.first > b.first || (a.first == b.first && a.second < b.second);
            });
            const std::string normalised = gates::normalised_words(text);
            std::size_t taken = 0;
            for (const auto& [shared, other] : scored) {
                if (taken == kNegatives) {
                    break;
                }
                const std::string other_text =
                    cleaned(pipeline, articles[other].text, articles[other].title);
                if (gates::count_words(other_text) < kMinWords ||
                    gates::normalised_words(other_text) == normalised) {
                    continue;
                }
                ++taken;
                ++negatives;
                if (index.seen(keys(other_text))) {
                    ++false_alarms;
                    WARN("same-topic article taken for a duplicate: "
                         << original.url << " ~ " << articles[other].url << " jaccard "
                         << gates::jaccard(gates::shingle_hashes(text),
                                           gates::shingle_hashes(other_text)));
                }
            }
        }
    }
    const double recall = static_cast<double>(caught) / static_cast<double>(positives);
    const double precision =
        static_cast<double>(caught) / static_cast<double>(caught + false_alarms);
    WARN("near dedup on ../shared/wild: " << positives << " variants, " << caught << " caught; "
                                          << negatives << " same-topic articles, " << false_alarms
                                          << " taken for duplicates; recall " << recall
                                          << ", precision " << precision);
    CHECK(positives >= 300);
    CHECK(negatives >= 2 * positives);
    CHECK(recall >= 0.95);
    CHECK(precision >= 0.99);
}
