#!/usr/bin/env bash
# The record gates of issue 12: --min-words, --lang id, --max-residue, --dedup exact|near, each
# counted per gate in --stats and the summary, each drop logged to --rejects; --fail-over; the
# summary's arithmetic (in = out + empty + rejected + failed); the same output whatever -j.
# Every text is invented.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/batch_lib.sh"

# gates.jsonl: ids 0..11, each with its expected fate under all the gates at once.
python3 - "$TMP/gates.jsonl" <<'PY'
import json, sys
body = ("Pemerintah kota mengumumkan rencana pembangunan jalan baru yang akan dimulai tahun depan, "
        "kata pejabat dinas setempat kepada wartawan. Warga menyambut baik rencana tersebut karena "
        "jalan lama sering rusak dan tergenang air ketika hujan turun pada malam hari. ")
other = ("Harga cabai di pasar induk naik tajam menjelang hari raya, dan para pedagang mengeluhkan "
         "pasokan yang berkurang dari daerah penghasil. Dinas perdagangan berjanji akan menggelar "
         "operasi pasar pekan depan untuk menahan kenaikan harga. ")
third = ("Sekolah dasar di kecamatan itu mulai menerapkan jam belajar baru, dan orang tua murid "
         "diminta mengantar anak lebih pagi. Kepala sekolah mengatakan bahwa perubahan ini akan "
         "dievaluasi setelah satu semester berjalan. ")
english = ("The city government announced on Monday that the new road will be built next year, an "
           "official said. Residents welcomed the plan because the old road is often damaged and "
           "flooded when it rains at night. ")
records = [
    (0, body * 2),                                   # kept: the first of its text
    (1, (body * 2).upper().replace(". ", ".  ")),    # dedup-exact: case and spacing aside
    (2, "Warga senang."),                            # min-words
    (3, english * 2),                                # lang
    (4, other * 2),                                  # kept
    (5, "ADVERTISEMENT\n"),                          # empty: cleans to nothing, not judged
    (6, "Nelayan di pesisir utara kembali melaut setelah cuaca membaik sejak awal pekan ini.\n\n"
        "Bagikan artikel ini\n\nMereka berharap hasil tangkapan ikan meningkat menjelang musim "
        "liburan sekolah.\n\n#pemilu #dpr #jakarta\n\nHarga ikan di tempat pelelangan masih stabil."),
                                                     # max-residue (furniture left between prose)
    (7, third * 2),                                  # kept
    (8, (other * 2).replace("pekan depan", "bulan depan")),  # dedup-near (exact says kept)
]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i, text in records:
        f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    f.write("{not json\n")                           # failed
PY
ALL=(--format jsonl --min-words 12 --lang id --max-residue 0.1 --dedup near)

"$BERSIH" "${ALL[@]}" "$TMP/gates.jsonl" -o "$TMP/out.jsonl" --rejects "$TMP/rejects.jsonl" \
    --stats "$TMP/stats.json" 2> "$TMP/err"
check_eq "a failed record still gives exit 1" "$?" 1
check_eq "kept records, in input order" "$(jsonl_eval "$TMP/out.jsonl" '[r["id"] for r in rs]')" \
    "[0, 4, 5, 7]"
check_eq "each drop logged with its gate, source and record" \
    "$(jsonl_eval "$TMP/rejects.jsonl" '[(r["record"], r["gate"], r["source"].endswith("gates.jsonl"), r["line"]) for r in rs]')" \
    "[(2, 'dedup-near', True, 2), (3, 'min-words', True, 3), (4, 'lang', True, 4), (7, 'max-residue', True, 7), (9, 'dedup-near', True, 9)]"
check_eq "rejects have a reason" "$(jsonl_eval "$TMP/rejects.jsonl" 'all(r["reason"] for r in rs)')" True
check_eq "stats count each gate" "$(json_eval "$TMP/stats.json" 'd["rejected"]')" \
    "{'dedup-near': 2, 'lang': 1, 'max-residue': 1, 'min-words': 1}"
check_eq "stats: in = out + empty + rejected + failed" \
    "$(json_eval "$TMP/stats.json" '[d["articles"][k] for k in ("in", "out", "empty", "rejected", "failed")]')" \
    "[10, 3, 1, 5, 1]"
grep -q "^bersih: 10 in = 3 out + 1 empty + 5 rejected (2 dedup-near, 1 lang, 1 max-residue, 1 min-words) + 1 failed," "$TMP/err" \
    && pass "the summary adds up and names the gates" || fail "summary: $(cat "$TMP/err")"
check_eq "JSONL gains words and residue" \
    "$(jsonl_eval "$TMP/out.jsonl" '[(r["bersih_words"] > 0, 0 <= r["bersih_residue"] <= 0.1) for r in rs if not r["bersih_empty"]]')" \
    "[(True, True), (True, True), (True, True)]"

# Each gate alone.
one() { "$BERSIH" --format jsonl -q "$@" "$TMP/gates.jsonl" --rejects "$TMP/r.jsonl" > "$TMP/o.jsonl" 2>/dev/null; \
    jsonl_eval "$TMP/r.jsonl" '[r["record"] - 1 for r in rs]'; }
check_eq "--min-words alone" "$(one --min-words 12)" "[2]"
check_eq "--lang id alone (a two-word text has no stop word to tell)" "$(one --lang id)" "[2, 3]"
check_eq "--max-residue alone" "$(one --max-residue 0.1)" "[6]"
check_eq "--dedup exact alone" "$(one --dedup exact)" "[1]"
check_eq "--dedup near alone" "$(one --dedup near)" "[1, 8]"
check_eq "--near-threshold 0.9 still takes an exact copy" "$(one --dedup near --near-threshold 0.9 | grep -c '^\[1[],]')" 1
check_eq "the words field counts the cleaned text" \
    "$(jsonl_eval "$TMP/o.jsonl" '[r["bersih_words"] for r in rs if r["id"] == 2]')" "[2]"

# Text input and text output: gated the same way; the JSONL contract object gains words and residue.
printf 'Warga senang.\n\f\nPemerintah kota mengumumkan rencana pembangunan jalan baru yang akan dimulai tahun depan, kata pejabat.\n' \
    | "$BERSIH" --min-words 5 -q > "$TMP/text.txt"
check_eq "text output: the short article dropped" "$(grep -c 'Warga senang' "$TMP/text.txt")" 0
printf 'Pemerintah kota mengumumkan rencana baru.\n' | "$BERSIH" --format jsonl > "$TMP/c.jsonl"
check_eq "text input: words in the contract object" "$(jsonl_eval "$TMP/c.jsonl" 'rs[0]["words"]')" 5
printf 'Pemerintah kota mengumumkan rencana baru.\n' | "$BERSIH" --format json > "$TMP/c.json"
check_eq "json output: no figures" "$(python3 -c 'import json,sys; print("words" in json.load(open(sys.argv[1])))' "$TMP/c.json")" False

# --fail-over: exit 1 and one line after every output is written; under the share, exit 0.
head -n 9 "$TMP/gates.jsonl" > "$TMP/ok.jsonl" # without the malformed line
"$BERSIH" "${ALL[@]}" -q "$TMP/ok.jsonl" -o "$TMP/fo.jsonl" --rejects "$TMP/fo-rejects.jsonl" \
    --fail-over rejected=0.5 2> "$TMP/err"
check_eq "--fail-over rejected=0.5 with 5 of 9 rejected: exit 1" "$?" 1
check_eq "one line says why" "$(cat "$TMP/err")" \
    "bersih: --fail-over rejected=0.5: 5 of 9 records (55.6%) were rejected"
check_eq "the outputs are written all the same" "$(wc -l < "$TMP/fo.jsonl") $(wc -l < "$TMP/fo-rejects.jsonl")" "4 5"
expect_status 0 "--fail-over rejected=0.6: under the share, exit 0" -- \
    "$BERSIH" "${ALL[@]}" -q "$TMP/ok.jsonl" -o "$TMP/fo.jsonl" --fail-over rejected=0.6
"$BERSIH" "${ALL[@]}" -q "$TMP/ok.jsonl" -o "$TMP/fo.jsonl" --fail-over dedup-near=0.1 2> "$TMP/err"
check_eq "--fail-over per gate" "$?:$(cat "$TMP/err")" \
    "1:bersih: --fail-over dedup-near=0.1: 2 of 9 records (22.2%) were rejected by dedup-near"
"$BERSIH" --format jsonl -q "$TMP/gates.jsonl" -o "$TMP/fo.jsonl" --fail-over failed=0.05 2> "$TMP/err"
check_eq "--fail-over failed=0.05 with 1 of 10 failed" "$?:$(cat "$TMP/err")" \
    "1:bersih: --fail-over failed=0.05: 1 of 10 records (10.0%) were failed"
expect_status 2 "--fail-over with an unknown reason is a usage error" -- \
    "$BERSIH" --fail-over dropped=0.1 "$TMP/ok.jsonl" -o "$TMP/x.jsonl"
expect_status 2 "--fail-over with a share above 1 is a usage error" -- \
    "$BERSIH" --fail-over rejected=5 "$TMP/ok.jsonl" -o "$TMP/x.jsonl"
expect_status 2 "--rejects and -o naming one file is a usage error" -- \
    "$BERSIH" --dedup exact "$TMP/ok.jsonl" -o "$TMP/same.jsonl" --rejects "$TMP/./same.jsonl"
expect_status 2 "--near-threshold out of range" -- "$BERSIH" --dedup near --near-threshold 1.5 "$TMP/ok.jsonl"
expect_status 2 "--lang en is not offered" -- "$BERSIH" --lang en "$TMP/ok.jsonl"

# Determinism: the first occurrence in input order wins whatever -j, across batch boundaries.
python3 - "$TMP/many.jsonl" <<'PY'
import json, sys, random
rng = random.Random(7)
topics = ["jalan", "pasar", "sekolah", "banjir", "listrik", "air", "pajak", "kereta"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(1500):
        base = i % 500  # each article comes three times, the later copies lightly edited
        words = [f"kata{base}x{j}" for j in range(60)]
        if i >= 500:
            words[rng.randrange(60)] = rng.choice(topics)
        text = f"Berita nomor {base} tentang {topics[base % 8]} yang ditulis di kota itu. " + " ".join(words) + "."
        f.write(json.dumps({"id": i, "text": text}) + "\n")
PY
for j in 1 2 8; do
    "$BERSIH" --format jsonl -q -j "$j" --dedup near --min-words 5 "$TMP/many.jsonl" \
        -o "$TMP/many-$j.jsonl" --rejects "$TMP/many-rejects-$j.jsonl" --stats "$TMP/many-$j.json"
done
cmp -s "$TMP/many-1.jsonl" "$TMP/many-2.jsonl" && cmp -s "$TMP/many-1.jsonl" "$TMP/many-8.jsonl" \
    && pass "-j 1, 2, 8: the same output" || fail "-j changed the output"
cmp -s "$TMP/many-rejects-1.jsonl" "$TMP/many-rejects-8.jsonl" \
    && pass "-j 1, 8: the same rejects" || fail "-j changed the rejects"
check_eq "the first of each article is kept" "$(jsonl_eval "$TMP/many-8.jsonl" '[r["id"] for r in rs] == list(range(500))')" True
check_eq "stats: 1000 near duplicates" "$(json_eval "$TMP/many-8.json" 'd["rejected"]')" "{'dedup-near': 1000}"

finish
