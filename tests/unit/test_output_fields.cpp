// The table of output fields (src/core/output_fields.cpp) is the one definition of the output:
// walking it must give the contract object's keys, the fields added to a structured record, the
// text output and the README's schema table, each in the table's order. A field added to the
// table shows up everywhere, or this fails.
#include "bersih/serialize.hpp"
#include "core/output_fields.hpp"
#include "serialize_test_document.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using bersih::InRecord;
using bersih::InText;
using bersih::OutputField;
using bersih::SerializeOptions;
using bersih::test::full_document;

namespace {

// Every field present: the figures too, which only JSONL output measures.
bersih::Document measured_document() {
    bersih::Document doc = bersih::test::full_document();
    doc.figures = bersih::RecordFigures{12, 0.0123};
    return doc;
}

std::vector<std::string> keys_of(const nlohmann::ordered_json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items()) {
        keys.push_back(item.key());
    }
    return keys;
}

/// The structured record {"id", "text", "judul"} after cleaning, as --format jsonl writes it.
nlohmann::ordered_json record_output(const std::string& prefix, bool explain) {
    const auto fields = nlohmann::ordered_json::parse(R"({"id":7,"text":"raw","judul":"x"})");
    std::string out;
    bersih::append_record_json(out, fields, "text", prefix, measured_document(),
                               SerializeOptions{explain}, -1);
    CHECK(out.find('\n') == std::string::npos);
    return nlohmann::ordered_json::parse(out);
}

struct SchemaRow {
    std::string key;
    std::string in_record;
    std::string meaning;
};

std::string unquoted(std::string cell) {
    const auto first = cell.find_first_not_of(' ');
    const auto last = cell.find_last_not_of(' ');
    cell = first == std::string::npos ? "" : cell.substr(first, last - first + 1);
    if (cell.size() >= 2 && cell.front() == '`' && cell.back() == '`') {
        cell = cell.substr(1, cell.size() - 2);
    }
    return cell;
}

/// The rows of the README's "### JSON schema" table.
std::vector<SchemaRow> readme_schema() {
    std::ifstream in(BERSIH_SOURCE_DIR "/README.md");
    REQUIRE(in);
    std::vector<SchemaRow> rows;
    std::string line;
    bool in_section = false;
    while (std::getline(in, line)) {
        if (line.rfind("### ", 0) == 0 || line.rfind("## ", 0) == 0) {
            in_section = line == "### JSON schema";
        } else if (in_section && line.rfind("| `", 0) == 0) {
            std::vector<std::string> cells;
            std::stringstream cells_in(line.substr(1));
            for (std::string cell; std::getline(cells_in, cell, '|');) {
                cells.push_back(unquoted(cell));
            }
            REQUIRE(cells.size() >= 4);
            rows.push_back({cells[0], cells[2], cells[3]});
        }
    }
    return rows;
}

} // namespace

TEST_CASE("output fields: names are unique and every field is written somewhere",
          "[output_fields]") {
    std::set<std::string_view> names;
    for (const OutputField& field : bersih::output_fields()) {
        INFO(field.name);
        CHECK(names.insert(field.name).second);
        CHECK(field.write != nullptr);
        CHECK((field.in_contract || field.in_record != InRecord::no));
        CHECK((field.in_text == InText::no) == (field.plain == nullptr));
    }
    CHECK(names.size() >= 14);
}

TEST_CASE("output fields: the contract object has the table's fields in its order",
          "[output_fields]") {
    for (const bool explain : {false, true}) {
        INFO("explain " << explain);
        std::vector<std::string> expected;
        for (const OutputField& field : bersih::output_fields()) {
            if (field.in_contract && (explain || !field.explain_only)) {
                expected.emplace_back(field.name);
            }
        }
        const auto json = bersih::to_json(measured_document(), SerializeOptions{explain});
        CHECK(keys_of(json) == expected);
        // Indented (--format json) and on one line (jsonl) hold the same object.
        std::string indented;
        bersih::append_contract_json(indented, measured_document(), SerializeOptions{explain}, 2);
        CHECK(nlohmann::ordered_json::parse(indented) == json);
    }
}

TEST_CASE("output fields: a structured record gets the table's fields after its own",
          "[output_fields]") {
    for (const std::string prefix : {"bersih_", "x_"}) {
        for (const bool explain : {false, true}) {
            INFO(prefix << " explain " << explain);
            std::vector<std::string> expected{"id", "text", "judul"};
            for (const OutputField& field : bersih::output_fields()) {
                if (field.in_record == InRecord::prefixed && (explain || !field.explain_only)) {
                    expected.push_back(prefix + std::string(field.name));
                }
            }
            const auto record = record_output(prefix, explain);
            CHECK(keys_of(record) == expected);
            CHECK(record["id"] == 7);
            CHECK(record["judul"] == "x");
            // Each value is the one the contract object holds under the field's own name.
            const auto contract = bersih::to_json(measured_document(), SerializeOptions{true});
            for (const OutputField& field : bersih::output_fields()) {
                const std::string name(field.name);
                INFO(name);
                if (field.in_record == InRecord::text_field) {
                    CHECK(record["text"] == contract[name]);
                } else if (field.in_record == InRecord::prefixed && field.in_contract &&
                           record.contains(prefix + name)) {
                    CHECK(record[prefix + name] == contract[name]);
                }
            }
        }
    }
}

TEST_CASE("output fields: the text output prints the heading and body fields", "[output_fields]") {
    std::string expected;
    for (const OutputField& field : bersih::output_fields()) {
        if (field.in_text != InText::no) {
            if (const auto value = field.plain(measured_document())) {
                expected += *value;
                expected += field.in_text == InText::heading ? "\n\n" : "";
            }
        }
    }
    REQUIRE_FALSE(expected.empty());
    CHECK(bersih::to_text(measured_document()) == expected + "\n");
}

TEST_CASE("output fields: the README's schema table documents each field, in order",
          "[output_fields]") {
    const auto rows = readme_schema();
    std::vector<std::string> documented;
    for (const auto& row : rows) {
        documented.push_back(row.key);
    }
    std::vector<std::string> fields;
    for (const OutputField& field : bersih::output_fields()) {
        fields.emplace_back(field.name);
    }
    REQUIRE(documented == fields);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const OutputField& field = bersih::output_fields()[i];
        INFO(rows[i].key);
        switch (field.in_record) {
        case InRecord::no:
            CHECK(rows[i].in_record == "—");
            break;
        case InRecord::text_field:
            CHECK(rows[i].in_record == "the text field");
            break;
        case InRecord::prefixed:
            CHECK(rows[i].in_record == "bersih_" + rows[i].key);
            break;
        }
        CHECK(field.explain_only == (rows[i].meaning.rfind("only with `--explain`", 0) == 0));
        CHECK(field.in_contract ==
              (rows[i].meaning.rfind("only in structured records", 0) == std::string::npos));
    }
}

TEST_CASE("output fields: a field the record does not have is left out, key and all",
          "[output_fields]") {
    // The figures exist only where they were measured (JSONL output).
    const auto unmeasured = bersih::to_json(bersih::test::full_document(), SerializeOptions{false});
    CHECK_FALSE(unmeasured.contains("words"));
    CHECK_FALSE(unmeasured.contains("residue"));
    const auto measured = bersih::to_json(measured_document(), SerializeOptions{false});
    CHECK(measured["words"] == 12);
    CHECK(measured.dump().find("\"residue\":0.0123") != std::string::npos);
}
