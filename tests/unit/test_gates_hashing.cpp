// The hashing under the record gates: words, the 64/128-bit hashes, the fingerprint sets,
// MinHash and LSH banding, and the dedup index that takes the decision.
#include "gates/dedup.hpp"
#include "gates/fingerprint_set.hpp"
#include "gates/minhash.hpp"
#include "gates/text_hash.hpp"
#include "gates/words.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <set>
#include <string>
#include <vector>

using namespace bersih::gates;

namespace {

// Invented prose, long enough for a few hundred shingles.
std::string invented_article(int variant) {
    std::string text;
    for (int i = 0; i < 60; ++i) {
        text += "Pemerintah kota " + std::to_string(variant * 1000 + i) +
                " membangun jalan baru di kawasan timur, kata pejabat dinas setempat. ";
    }
    return text;
}

} // namespace

TEST_CASE("gates: words are runs of letters and digits, lowercased", "[gates]") {
    CHECK(words_of("Kata  dia, \xE2\x80\x9CYa.\xE2\x80\x9D") ==
          std::vector<std::string>{"kata", "dia", "ya"});
    CHECK(words_of("Rp1,5 miliar\xE2\x80\x94tahun 2025") ==
          std::vector<std::string>{"rp1", "5", "miliar", "tahun", "2025"});
    CHECK(words_of("Jalan\xC2\xA0Sudirman") == std::vector<std::string>{"jalan", "sudirman"});
    CHECK(count_words("") == 0);
    CHECK(count_words(" ,. ") == 0);
    CHECK(count_words("satu dua\ntiga") == 3);
    // count_words counts for_each_word's words, on ASCII and beyond: General Punctuation and
    // the Latin-1 punctuation separate words, other non-ASCII characters belong to them.
    for (const std::string text :
         {"Rp1,5 miliar\xE2\x80\x94tahun 2025", "Jalan\xC2\xA0Sudirman \xC2\xA9 2025",
          "caf\xC3\xA9 ramai\xE2\x80\xA6", "\xE2\x80\x9CYa\xE2\x80\x9D kata \xE2", "\xC2",
          "a\xC2\xA0\xC2\xA0"
          "b \xE2\x82\xAC"
          "5"}) {
        std::size_t words = 0;
        for_each_word(text, [&](std::string_view) { ++words; });
        CHECK(count_words(text) == words);
        CHECK(words == words_of(text).size());
    }
    CHECK(normalised_words("Warga  Kota,\n\nBARU!") == "warga kota baru");
    CHECK(words_of("caf\xC3\xA9 ramai") == std::vector<std::string>{"caf\xC3\xA9", "ramai"});
}

// count_words reads sixteen ASCII bytes at once: whatever the text around those blocks (words
// across their edges, UTF-8 letters and separators between them), it counts for_each_word's words.
TEST_CASE("gates: count_words agrees with for_each_word on long mixed texts", "[gates]") {
    const std::vector<std::string> pieces = {
        "kata",        " ",     "Jakarta",  ",",
        "2025",        ".",     "\xC3\xA9", "\xE2\x80\x94",
        "\xC2\xA0",    "\n",    "a",        "\xE2\x80\x9C",
        "berita-baru", "(ant)", "  ",       "\xF0\x9F\x98\x80"};
    std::mt19937 random(7);
    for (int round = 0; round < 400; ++round) {
        std::string text;
        const std::size_t count = random() % 40;
        for (std::size_t k = 0; k < count; ++k) {
            text += pieces[random() % pieces.size()];
        }
        std::size_t words = 0;
        for_each_word(text, [&](std::string_view) { ++words; });
        INFO(text);
        CHECK(count_words(text) == words);
    }
}

TEST_CASE("gates: hash64 is MurmurHash64A and depends on every byte and the seed", "[gates]") {
    CHECK(hash64("") != hash64("a"));
    CHECK(hash64("abc") == hash64("abc"));
    CHECK(hash64("abc", 1) != hash64("abc", 2));
    // Every length of tail (0..7 bytes after the 8-byte blocks) reaches the hash.
    std::set<std::uint64_t> seen;
    std::string text;
    for (int i = 0; i < 40; ++i) {
        text.push_back(static_cast<char>('a' + i % 26));
        seen.insert(hash64(text));
    }
    CHECK(seen.size() == 40);
    const Hash128 h = hash128("warga kota");
    CHECK(h.high != h.low);
    CHECK(h == hash128("warga kota"));
    CHECK_FALSE(h == hash128("warga desa"));
}

TEST_CASE("gates: a fingerprint set finds what it holds and nothing else", "[gates]") {
    FingerprintSet<std::uint32_t> set;
    for (std::uint64_t i = 0; i < 10000; ++i) {
        const std::uint64_t key = mix64(i);
        CHECK(set.insert(key, static_cast<std::uint32_t>(key)));
    }
    CHECK(set.size() == 10000);
    CHECK_FALSE(set.insert(mix64(5), static_cast<std::uint32_t>(mix64(5))));
    std::size_t false_hits = 0;
    for (std::uint64_t i = 10000; i < 20000; ++i) {
        const std::uint64_t key = mix64(i);
        false_hits += set.contains(key, static_cast<std::uint32_t>(key)) ? 1U : 0U;
    }
    CHECK(false_hits == 0);
    // Four bytes an entry, at most twice that with the vectors' growth.
    CHECK(set.entry_bytes() >= 4 * 10000);
    CHECK(set.entry_bytes() <= 8 * 10000 + 4 * 65536);
}

TEST_CASE("gates: shingles are word triples, case and punctuation aside", "[gates]") {
    CHECK(shingle_hashes("").empty());
    CHECK(shingle_hashes("satu dua").size() == 1); // fewer words than a shingle: one
    CHECK(shingle_hashes("satu dua tiga empat").size() == 2);
    CHECK(shingle_hashes("Satu, dua. TIGA empat") == shingle_hashes("satu dua tiga empat"));
    CHECK(shingle_hashes("a b c a b c").size() == 3); // a set: repeats once
    CHECK(jaccard(shingle_hashes("a b c d"), shingle_hashes("a b c d")) == 1.0);
    CHECK(jaccard(shingle_hashes("a b c d"), shingle_hashes("a b c e")) == Approx(1.0 / 3));
}

TEST_CASE("gates: MinHash estimates the Jaccard similarity", "[gates]") {
    const MinHashParams params{32}; // 512 minima: a tight estimate
    const auto a = shingle_hashes(invented_article(1));
    auto b = a;
    b.resize(a.size() / 2); // half of a's shingles: Jaccard 0.5
    const double truth = jaccard(a, b);
    REQUIRE(truth == Approx(0.5).margin(0.01));
    const double estimate =
        estimated_similarity(minhash_signature(a, params), minhash_signature(b, params));
    CHECK(estimate == Approx(truth).margin(0.08));
    CHECK(minhash_signature(a, params) == minhash_signature(a, params));
    CHECK(minhash_signature(a, params).size() == MinHashParams::kBands * 32);
}

TEST_CASE("gates: the rows per band follow the threshold", "[gates]") {
    CHECK(MinHashParams::for_threshold(0.5).rows == 4);
    CHECK(MinHashParams::for_threshold(0.65).rows == 6);
    CHECK(MinHashParams::for_threshold(0.8).rows == 12);
    const auto params = MinHashParams::for_threshold(0.65);
    CHECK(params.catch_probability(0.9) > 0.99);
    CHECK(params.catch_probability(0.3) < 0.02);
    // At the threshold (1/b)^(1/r) a pair is caught 1 - (1 - 1/b)^b, about two times in three.
    CHECK(params.catch_probability(0.65) > 0.5);
    CHECK(params.catch_probability(0.65) < 0.8);
}

TEST_CASE("gates: band keys of one text are equal, of unrelated texts disjoint", "[gates]") {
    const MinHashParams params;
    const auto keys = [&](const std::string& text) {
        return band_keys(minhash_signature(shingle_hashes(text), params), params);
    };
    const auto a = keys(invented_article(1));
    CHECK(a.size() == MinHashParams::kBands);
    CHECK(a == keys(invented_article(1)));
    const auto b =
        keys("Harga cabai di pasar induk naik tajam menjelang hari raya, kata pedagang.");
    for (const auto key : b) {
        CHECK(std::find(a.begin(), a.end(), key) == a.end());
    }
    // Equal rows in two bands still give two keys (the band index is hashed in).
    const std::vector<std::uint64_t> same(MinHashParams::kBands * params.rows, 7);
    const auto keys_of_same = band_keys(same, params);
    CHECK(std::set<std::uint64_t>(keys_of_same.begin(), keys_of_same.end()).size() ==
          MinHashParams::kBands);
}

TEST_CASE("gates: the dedup index keeps the first and flags the repeats", "[gates]") {
    const MinHashParams params;
    SECTION("exact: case, punctuation and spacing aside") {
        DedupIndex index(DedupMode::exact);
        CHECK_FALSE(
            index.seen_else_add(dedup_keys("Warga kota senang.", DedupMode::exact, params)));
        CHECK(index.seen_else_add(dedup_keys("warga  KOTA senang", DedupMode::exact, params)));
        CHECK_FALSE(index.seen_else_add(dedup_keys("Warga kota sedih.", DedupMode::exact, params)));
        CHECK(index.records() == 2);
    }
    SECTION("near: a copy with a word changed is caught, another article is not") {
        DedupIndex index(DedupMode::near);
        const std::string original = invented_article(1);
        std::string edited = original;
        edited.replace(edited.find("timur"), 5, "barat");
        CHECK_FALSE(index.seen_else_add(dedup_keys(original, DedupMode::near, params)));
        CHECK(index.seen(dedup_keys(edited, DedupMode::near, params)));
        CHECK_FALSE(index.seen_else_add(dedup_keys(
            "Harga cabai di pasar induk naik tajam menjelang hari raya, kata para pedagang.",
            DedupMode::near, params)));
        CHECK(index.records() == 2);
        CHECK(index.entry_bytes() >= 2 * 4 * MinHashParams::kBands);
    }
    SECTION("no keys (an empty text) is never a duplicate") {
        DedupIndex index(DedupMode::near);
        CHECK_FALSE(index.seen_else_add({}));
        CHECK_FALSE(index.seen_else_add({}));
    }
}
