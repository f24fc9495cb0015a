#pragma once
// A document with every contract field set, a removed line and a cut: shared by the tests of the
// JSON contract and of the writer that must reproduce it.
#include "bersih/document.hpp"

#include <string>

namespace bersih::test {

inline Document full_document() {
    Document doc = Document::from_text("Judul\nOleh Rina\nParagraf satu.\nIKLAN\nParagraf dua. "
                                       "(Simak: lain)\n",
                                       "contoh.txt");
    doc.meta.outlet = "detik";
    doc.meta.channel = "detikNews";
    doc.meta.title = "Judul";
    doc.meta.authors = {"Rina Kartika", "Dodi Saputra"};
    doc.meta.editors = {"Maya"};
    doc.meta.published = "2025-05-05T10:00:00+07:00";
    doc.meta.dateline = "Jakarta";
    doc.meta.captions = {{"Panen raya di Karawang", std::string("Antara")},
                         {"Tanpa kredit", std::nullopt}};
    doc.meta.editor_code = "abc/def";
    doc.paragraphs = {"Paragraf satu.", "Paragraf dua."};
    doc.remove(0, "core.title", Category::title);
    doc.remove(1, "t.byline", Category::byline);
    doc.remove(3, "generic.advertisement", Category::ad);
    doc.lines[4].text = "Paragraf dua.";
    doc.lines[4].cuts.push_back({"t.simak", Category::related, "(Simak: lain)"});
    return doc;
}

} // namespace bersih::test
