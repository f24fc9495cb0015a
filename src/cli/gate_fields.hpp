#pragma once
// The fields the record gates add to each JSONL record: <prefix>words (words of the cleaned text)
// and <prefix>residue (gates/residue.hpp), appended as the object's last members. Kept apart from
// the contract writer (core/contract_json.cpp) because they are measures of the run, not fields of
// the Document.
#include "gates/record_gates.hpp"

#include <string>
#include <string_view>

namespace bersih::cli {

/// `jsonl` is one JSON object and a newline; the two fields go before its closing brace.
/// `prefix` is --meta-prefix for structured input and "bersih_" for text input.
void append_gate_fields(std::string& jsonl, const gates::RecordMeasures& measures,
                        std::string_view prefix);

} // namespace bersih::cli
