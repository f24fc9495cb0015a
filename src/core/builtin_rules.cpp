#include "bersih/rules.hpp"
#include "core/rule_snapshot.hpp"

namespace bersih {

RuleSet RuleSet::builtin() { return read_rule_snapshot(embedded_rule_snapshot()); }

} // namespace bersih
