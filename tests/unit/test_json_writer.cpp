// The direct JSON writer must write exactly what nlohmann's dump(indent, ' ', false, replace)
// writes for the same value: the output of a run is compared byte for byte across versions.
#include "bersih/serialize.hpp"
#include "core/json_writer.hpp"
#include "core/utf8_sequence.hpp"
#include "serialize_test_document.hpp"

#include <catch2/catch.hpp>
#include <utf8proc.h>

#include <array>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using bersih::Category;
using bersih::Document;
using Json = nlohmann::ordered_json;

namespace {

constexpr auto kReplace = Json::error_handler_t::replace;

std::string nlohmann_string(const std::string& text) {
    return Json(text).dump(-1, ' ', false, kReplace);
}

std::string our_string(const std::string& text) {
    std::string out = "prefix";
    bersih::append_json_string(out, text);
    REQUIRE(out.starts_with("prefix"));
    return out.substr(6);
}

std::string hex(const std::string& bytes) {
    std::string out;
    for (const char c : bytes) {
        constexpr std::string_view kHex = "0123456789abcdef";
        const auto byte = static_cast<unsigned char>(c);
        out += kHex[byte >> 4U];
        out += kHex[byte & 0xFU];
        out += ' ';
    }
    return out;
}

void check_string(const std::string& text) {
    INFO("bytes: " << hex(text));
    CHECK(our_string(text) == nlohmann_string(text));
}

// Random bytes drawn mostly from the ones that matter: ASCII letters, escapes, UTF-8 lead and
// continuation bytes, and the bounds of the valid ranges.
std::string random_bytes(std::mt19937& rng) {
    static const std::string kPool = std::string("aZ ~\"\\/\x7f\x01\x1f\b\t\n\f\r", 15) +
                                     std::string(1, '\0') +
                                     "\x80\x8f\x90\x9f\xa0\xbf\xc0\xc1\xc2\xdf\xe0\xe1\xec\xed\xee"
                                     "\xef\xf0\xf1\xf3\xf4\xf5\xff";
    std::uniform_int_distribution<std::size_t> length(0, 24);
    std::uniform_int_distribution<std::size_t> pick(0, kPool.size() - 1);
    std::string out(length(rng), ' ');
    for (char& c : out) {
        c = kPool[pick(rng)];
    }
    return out;
}

// The shared full document with bytes that need escaping in most fields.
Document sample_document() {
    Document doc = bersih::test::full_document();
    doc.source = "dir/contoh \xC3\xA9.txt:3";
    doc.meta.title = "Judul \"kutip\"";
    doc.meta.authors = {"Rina \\ Kartika", "Dodi"};
    doc.meta.channel.reset();
    doc.meta.captions[0].text = "Panen\x01raya";
    doc.paragraphs = {"Paragraf\tsatu \xE2\x80\x94 ok.", "Paragraf dua.", "\xF0\x9F\x98\x80 emoji"};
    doc.lines[3].text = "IKLAN \"promo\"\r";
    return doc;
}

std::string dumped_contract(const Document& doc, bool explain, int indent) {
    return bersih::to_json(doc, bersih::SerializeOptions{explain})
        .dump(indent, ' ', false, kReplace);
}

std::string written_contract(const Document& doc, bool explain, int indent) {
    std::string out;
    bersih::append_contract_json(out, doc, bersih::SerializeOptions{explain}, indent);
    return out;
}

// How the command line rendered a structured record before the direct writer: assignments to
// the json record.
std::string merged_record(Json fields, const std::string& text_key, const std::string& prefix,
                          const Document& doc, bool explain, int indent) {
    Json contract = bersih::to_json(doc, bersih::SerializeOptions{explain});
    fields[text_key] = contract["text"];
    for (const char* field : {"outlet", "channel", "title", "authors", "editors", "published",
                              "dateline", "captions", "editor_code", "paragraphs", "empty"}) {
        fields[prefix + field] = contract[field];
    }
    if (explain) {
        fields[prefix + "removed"] = contract["removed"];
    }
    return fields.dump(indent, ' ', false, kReplace);
}

std::string written_record(const Json& fields, const std::string& text_key,
                           const std::string& prefix, const Document& doc, bool explain,
                           int indent) {
    std::string out;
    bersih::append_record_json(out, fields, text_key, prefix, doc,
                               bersih::SerializeOptions{explain}, indent);
    return out;
}

} // namespace

TEST_CASE("json writer: strings escape as nlohmann escapes them", "[json_writer]") {
    for (int byte = 0; byte < 256; ++byte) {
        check_string(std::string(1, static_cast<char>(byte)));
        check_string("abcdefgh" + std::string(1, static_cast<char>(byte)) + "ijklmnopq");
    }
    check_string("");
    check_string("plain ASCII longer than one eight byte word, with / slash and ~ tilde");
    check_string("\"quoted\" and back\\slash\\\\ \b\f\n\r\t \x7f");
    check_string(
        "Rp1,5 triliun \xE2\x80\x9Ckutipan\xE2\x80\x9D \xC3\xA9 \xF0\x9F\x98\x80 \xEF\xBF\xBD");
    check_string(std::string("nul\0inside", 10));
}

TEST_CASE("json writer: long valid strings, checked sixteen bytes at a time", "[json_writer]") {
    // Every byte at every place of a block and across block edges, in a text long enough for
    // the validated path, then texts of mixed pieces at lengths around the block sizes.
    const std::string prose(100, 'k');
    for (int byte = 0; byte < 128; ++byte) {
        for (std::size_t at = 60; at < 100; ++at) {
            std::string text = prose;
            text[at] = static_cast<char>(byte);
            check_string(text);
        }
    }
    std::mt19937 rng(20261208);
    const std::vector<std::string> pieces{
        "kata ", "\"",   "\\",       "\n",           "\t",
        "\x01",  "\x1f", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80",
        "/",     "\x7f"};
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const std::size_t length = 50 + rng() % 150;
        while (text.size() < length) {
            text += pieces[rng() % pieces.size()];
        }
        check_string(text);
    }
}

TEST_CASE("json writer: invalid UTF-8 becomes U+FFFD where nlohmann puts it", "[json_writer]") {
    for (const char* bytes :
         {"\x80", "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",
          "\xF5\x80\x80\x80", "\xFF", "ab\xE2\x80", "ab\xE2\x80 cd", "\xE2\x28\xA1", "\xF0\x9F\x98",
          "\xF0\x9F\x98 x \"", "ok \xC3\xA9\xC3 \n tail", "\xC3\xA9\x80\x80 twelve bytes!"}) {
        check_string(bytes);
    }
    std::mt19937 rng(20261126); // fixed seed: the same strings every run
    for (int i = 0; i < 20000; ++i) {
        check_string(random_bytes(rng));
    }
}

TEST_CASE("json writer: any json value, compact and indented", "[json_writer]") {
    const Json value = Json::parse(R"({"id": 12, "neg": -7, "big": 18446744073709551615,
        "pi": 3.14159, "small": 1e-300, "whole": 2.0, "t": true, "f": false, "n": null,
        "empty_object": {}, "empty_array": [], "nested": {"a": [1, [2, {}], {"b": "c\n"}]},
        "text": "Isi \"berita\" \u0001 \u00e9"})");
    for (const int indent : {-1, 0, 2, 4}) {
        INFO("indent " << indent);
        std::string out;
        bersih::JsonWriter writer(out, indent);
        writer.value(value);
        CHECK(out == value.dump(indent, ' ', false, kReplace));
    }
}

// to_json() reads the writer's text back, so this checks that the text is what nlohmann writes for
// the value it holds: its formatting, escapes and U+FFFD placement.
TEST_CASE("json writer: the contract object as to_json().dump() writes it", "[json_writer]") {
    const Document empty = Document::from_text("", "-");
    Document invalid = sample_document();
    invalid.paragraphs = {"ends inside \xE2\x80", "\x80starts badly", ""};
    invalid.meta.editors = {"\xC3"};
    for (const Document* doc : std::vector<const Document*>{&empty, &invalid}) {
        for (const bool explain : {false, true}) {
            for (const int indent : {-1, 2}) {
                INFO("explain " << explain << " indent " << indent);
                CHECK(written_contract(*doc, explain, indent) ==
                      dumped_contract(*doc, explain, indent));
            }
        }
    }
    const Document doc = sample_document();
    CHECK(written_contract(doc, true, -1) == dumped_contract(doc, true, -1));
    CHECK(written_contract(doc, false, 2) == dumped_contract(doc, false, 2));
}

TEST_CASE("json writer: a structured record keeps its fields and order", "[json_writer]") {
    const Document doc = sample_document();
    const Json fields = Json::parse(
        R"({"id": 7, "url": "https://x.test/a", "content": "", "meta": {"tags": ["a", "b"]}, "score": 0.5})");
    for (const bool explain : {false, true}) {
        for (const int indent : {-1, 2}) {
            INFO("explain " << explain << " indent " << indent);
            CHECK(written_record(fields, "content", "bersih_", doc, explain, indent) ==
                  merged_record(fields, "content", "bersih_", doc, explain, indent));
        }
    }
}

TEST_CASE("json writer: record fields that collide with the contract's names", "[json_writer]") {
    const Document doc = sample_document();
    // A record that already has contract fields (re-cleaning bersih's own output), an empty
    // prefix, and a text field named like a contract field.
    const Json fields = Json::parse(
        R"({"outlet": "old", "paragraphs": "raw text", "bersih_title": "old", "x": 1, "empty": 3})");
    for (const std::string prefix : {"", "bersih_"}) {
        for (const std::string text_key : {"paragraphs", "x", "new_text"}) {
            for (const bool explain : {false, true}) {
                INFO("prefix '" << prefix << "' text '" << text_key << "' explain " << explain);
                CHECK(written_record(fields, text_key, prefix, doc, explain, -1) ==
                      merged_record(fields, text_key, prefix, doc, explain, -1));
            }
        }
    }
}

TEST_CASE("utf8: the sequence table agrees with utf8proc on every boundary", "[json_writer]") {
    // The writer, --utf8 strict and the pipeline's repair all rely on this table meaning what
    // utf8proc means by valid; try each lead byte with continuation bytes at the range edges.
    const std::vector<unsigned char> tails = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90,
                                              0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
    for (int lead = 0x80; lead <= 0xFF; ++lead) {
        for (const unsigned char b1 : tails) {
            for (const unsigned char b2 : tails) {
                for (const unsigned char b3 : tails) {
                    const std::array<unsigned char, 4> bytes{static_cast<unsigned char>(lead), b1,
                                                             b2, b3};
                    for (std::size_t n = 1; n <= bytes.size(); ++n) {
                        utf8proc_int32_t cp = 0;
                        const auto len =
                            utf8proc_iterate(bytes.data(), static_cast<utf8proc_ssize_t>(n), &cp);
                        const auto ours = bersih::valid_utf8_sequence_length(bytes.data(), n);
                        INFO("lead " << lead << " " << int{b1} << " " << int{b2} << " " << int{b3}
                                     << " n " << n);
                        CHECK(ours == (len < 0 ? 0U : static_cast<std::size_t>(len)));
                    }
                }
            }
        }
    }
}
