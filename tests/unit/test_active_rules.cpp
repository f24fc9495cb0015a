// ActiveRuleCache: the rules of an outlet, chosen once and shared by every record of that outlet.
#include "core/active_rules.hpp"

#include <catch2/catch.hpp>

using namespace bersih;

namespace {
std::vector<Rule> rules_for(const std::vector<std::vector<std::string>>& outlets) {
    std::vector<Rule> rules(outlets.size());
    for (std::size_t i = 0; i < outlets.size(); ++i) {
        rules[i].id = std::to_string(i);
        rules[i].outlets = outlets[i];
    }
    return rules;
}
std::vector<std::string> ids(const ActiveRules& active) {
    std::vector<std::string> out;
    for (const Rule* rule : active.list) {
        out.push_back(rule->id);
    }
    return out;
}
bool bit(const RuleBits& bits, std::size_t i) { return ((bits[i / 64] >> (i % 64)) & 1U) != 0; }
} // namespace

TEST_CASE("active rules: the outlet's own rules first, then the others in file order",
          "[active_rules]") {
    const auto rules = rules_for({{}, {"kompas"}, {}, {"detik"}, {"kompas", "detik"}});
    const ActiveRuleCache cache;
    const auto& kompas = cache.for_outlet(rules, std::string("kompas"));
    CHECK(ids(kompas) == std::vector<std::string>{"1", "4", "0", "2"});
    CHECK(kompas.position[4] == 1U);
    CHECK(bit(kompas.bits, 0));
    CHECK_FALSE(bit(kompas.bits, 3));
    const auto& none = cache.for_outlet(rules, std::nullopt);
    CHECK(ids(none) == std::vector<std::string>{"0", "2"});
    // Chosen once: the same object for every record of the outlet.
    CHECK(&cache.for_outlet(rules, std::string("kompas")) == &kompas);
    CHECK(&cache.for_outlet(rules, std::string("detik")) != &kompas);
}

TEST_CASE("active rules: only guarded rules are marked guarded", "[active_rules]") {
    auto rules = rules_for({{}, {}});
    rules[1].guard = line_guard("^x", false);
    const ActiveRuleCache cache;
    const auto& all = cache.for_outlet(rules, std::nullopt);
    CHECK_FALSE(bit(all.guarded, 0));
    CHECK(bit(all.guarded, 1));
}
