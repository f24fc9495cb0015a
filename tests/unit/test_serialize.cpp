// The output contract: JSON keys, their order and their null/[] rules, and the text format.
#include "bersih/serialize.hpp"
#include "serialize_test_document.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using bersih::Category;
using bersih::Document;
using bersih::SerializeOptions;
using bersih::test::full_document;

namespace {

const std::vector<std::string> kKeys = {
    "source",   "outlet",   "channel",     "title",      "authors", "editors", "published",
    "dateline", "captions", "editor_code", "paragraphs", "text",    "empty"};

std::vector<std::string> keys_of(const nlohmann::ordered_json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items()) {
        keys.push_back(item.key());
    }
    return keys;
}

} // namespace

TEST_CASE("serialize: every contract key, in order, for an empty document", "[serialize]") {
    const Document doc = Document::from_text("", "-");
    const auto json = bersih::to_json(doc);
    CHECK(keys_of(json) == kKeys);
    CHECK(json["source"] == "-");
    for (const char* key : {"outlet", "channel", "title", "published", "dateline", "editor_code"}) {
        INFO(key);
        CHECK(json[key].is_null());
    }
    for (const char* key : {"authors", "editors", "captions", "paragraphs"}) {
        INFO(key);
        CHECK(json[key].is_array());
        CHECK(json[key].empty());
    }
    CHECK(json["text"] == "");
    CHECK(json["empty"] == true);
    CHECK_FALSE(json.contains("removed"));
}

TEST_CASE("serialize: values of a full document", "[serialize]") {
    const auto json = bersih::to_json(full_document());
    CHECK(keys_of(json) == kKeys);
    CHECK(json["source"] == "contoh.txt");
    CHECK(json["outlet"] == "detik");
    CHECK(json["channel"] == "detikNews");
    CHECK(json["title"] == "Judul");
    CHECK(json["authors"] == nlohmann::ordered_json({"Rina Kartika", "Dodi Saputra"}));
    CHECK(json["editors"] == nlohmann::ordered_json({"Maya"}));
    CHECK(json["published"] == "2025-05-05T10:00:00+07:00");
    CHECK(json["dateline"] == "Jakarta");
    REQUIRE(json["captions"].size() == 2);
    CHECK(keys_of(json["captions"][0]) == std::vector<std::string>{"text", "credit"});
    CHECK(json["captions"][0]["text"] == "Panen raya di Karawang");
    CHECK(json["captions"][0]["credit"] == "Antara");
    CHECK(json["captions"][1]["credit"].is_null());
    CHECK(json["editor_code"] == "abc/def");
    CHECK(json["paragraphs"] == nlohmann::ordered_json({"Paragraf satu.", "Paragraf dua."}));
    CHECK(json["text"] == "Paragraf satu.\n\nParagraf dua.");
    CHECK(json["empty"] == false);
}

TEST_CASE("serialize: explain adds removed, last, with every removal in line order",
          "[serialize]") {
    SerializeOptions options;
    options.explain = true;
    const auto json = bersih::to_json(full_document(), options);
    auto keys = kKeys;
    keys.emplace_back("removed");
    CHECK(keys_of(json) == keys);
    const auto& removed = json["removed"];
    REQUIRE(removed.size() == 4);
    CHECK(keys_of(removed[0]) == std::vector<std::string>{"line", "rule", "category", "text"});
    CHECK(removed[0] ==
          nlohmann::ordered_json{
              {"line", 1}, {"rule", "core.title"}, {"category", "title"}, {"text", "Judul"}});
    CHECK(removed[1]["rule"] == "t.byline");
    CHECK(removed[1]["category"] == "byline");
    CHECK(removed[2]["line"] == 4);
    CHECK(removed[2]["category"] == "ad");
    CHECK(removed[3] == nlohmann::ordered_json{{"line", 5},
                                               {"rule", "t.simak"},
                                               {"category", "related"},
                                               {"text", "(Simak: lain)"}});
}

TEST_CASE("serialize: text output is the title, a blank line, then paragraphs", "[serialize]") {
    CHECK(bersih::to_text(full_document()) == "Judul\n\nParagraf satu.\n\nParagraf dua.\n");

    Document untitled = full_document();
    untitled.meta.title.reset();
    CHECK(bersih::to_text(untitled) == "Paragraf satu.\n\nParagraf dua.\n");

    Document title_only = full_document();
    title_only.paragraphs.clear();
    CHECK(bersih::to_text(title_only) == "Judul\n\n\n");

    CHECK(bersih::to_text(Document::from_text("", "-")).empty());
}

TEST_CASE("serialize: non-ASCII text survives as UTF-8", "[serialize]") {
    Document doc = Document::from_text("", "berkas \xC3\xA9.txt");
    doc.paragraphs = {"\xE2\x80\x9CKami siap,\xE2\x80\x9D ujarnya \xE2\x80\x94 tegas."};
    const auto dumped = bersih::to_json(doc).dump();
    CHECK(dumped.find("\xE2\x80\x9CKami siap") != std::string::npos);
    CHECK(nlohmann::ordered_json::parse(dumped)["source"] == "berkas \xC3\xA9.txt");
}
