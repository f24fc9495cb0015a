// SignatureFilter: outlet detection skips a signature's regex only where it cannot match.
#include "core/signature_filter.hpp"
#include "mutations.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace bersih;

TEST_CASE("signature filter: needles and guards rule signatures out", "[signatures]") {
    OutletProfile cnn;
    cnn.signature_texts = {R"(^CNN Indonesia\s*-{1,2})", R"(\[Gambas:Video CNN\])"};
    OutletProfile other;
    other.signature_texts = {R"(^[A-Z]+ - )"};
    const SignatureFilter filter({cnn, other});
    RuleBits maybe;
    filter.scan("CNN Indonesia -- Harga naik", maybe);
    CHECK(has_bit(maybe, 0));
    CHECK_FALSE(has_bit(maybe, 1));
    CHECK_FALSE(has_bit(maybe, 2)); // the needle " - " is missing
    filter.scan("Jakarta, CNN Indonesia -- Harga naik", maybe);
    CHECK_FALSE(has_bit(maybe, 0)); // the guard wants 'C' first
    filter.scan("JAKARTA - Harga", maybe);
    CHECK(has_bit(maybe, 2));
    filter.scan("harga naik", maybe);
    CHECK_FALSE(has_bit(maybe, 0));
    CHECK_FALSE(has_bit(maybe, 2));
}

TEST_CASE("signature filter: never rules out a built-in signature that matches",
          "[signatures][property]") {
    const auto rules = RuleSet::builtin();
    const SignatureFilter filter(rules.outlets);
    const auto examples = test::all_examples(rules);
    std::mt19937 rng(3);
    RuleBits maybe;
    std::size_t matched = 0;
    for (const auto& example : examples) {
        for (const auto& text : test::mutations(example, examples, rng)) {
            filter.scan(text, maybe);
            std::size_t s = 0;
            for (const auto& profile : rules.outlets) {
                for (const auto& signature : profile.signatures) {
                    if (boost::regex_search(text, signature)) {
                        ++matched;
                        INFO(profile.id << " signature " << s << ": \"" << text << "\"");
                        CHECK(has_bit(maybe, s));
                    }
                    ++s;
                }
            }
        }
    }
    CHECK(matched > 100); // the examples do reach the signatures
}
