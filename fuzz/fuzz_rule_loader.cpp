// RuleSet::add on arbitrary TOML text: it either accepts the pack or throws RuleError, nothing
// else. An accepted pack is then used: its examples are checked and a short article is cleaned
// with it, so hostile patterns reach the rule engine.
#include "bersih/pipeline.hpp"
#include "bersih/rules.hpp"
#include "bersih/serialize.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    bersih::RuleSet rules;
    try {
        rules.add(bersih::RuleSource{"fuzz.toml", text});
    } catch (const bersih::RuleError&) {
        return 0;
    }
    (void)rules.check_examples();
    const bersih::Pipeline pipeline(std::move(rules));
    static const std::string article =
        "Judul Berita Hari Ini\n"
        "Penulis Satu - detikNews\n"
        "Kamis, 13 Feb 2025 17:57 WIB\n"
        "Jakarta - Pemerintah kota mengumumkan rencana baru untuk memperbaiki jalan raya tahun ini.\n"
        "Baca juga: Berita lain yang tidak terkait\n"
        "Warga menyambut baik rencana tersebut dan berharap pekerjaan selesai tepat waktu, kata dia.\n"
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n"
        "(red/abc)\n";
    const auto doc = pipeline.clean(article, "fuzz");
    (void)bersih::to_json(doc, bersih::SerializeOptions{true}).dump();
    return 0;
}
