#!/usr/bin/env bash
# Standard input: "-" and no path both read it; "source" is "-".
source "$(dirname "$0")/lib.sh"

cat > "$TMP/a.txt" <<'ART'
Warga Bantul Gelar Kirab Budaya

Warga Bantul Gelar Kirab Budaya

Bantul -

Ratusan warga Kabupaten Bantul mengikuti kirab budaya yang digelar untuk menyambut panen raya tahun ini.

ADVERTISEMENT

Kirab dimulai dari balai desa dan berakhir di lapangan kecamatan menjelang sore hari.
ART

out=$("$BERSIH" --format json - < "$TMP/a.txt"); rc=$?
[[ $rc -eq 0 ]] && pass "'-' exits 0" || fail "'-' exit $rc"
python3 - "$out" <<'PY' && pass "'-' gives the article with source '-'" || fail "'-' output wrong: $out"
import json, sys
d = json.loads(sys.argv[1])
assert d["source"] == "-", d["source"]
assert d["title"] == "Warga Bantul Gelar Kirab Budaya", d["title"]
assert d["dateline"] == "Bantul", d["dateline"]
assert len(d["paragraphs"]) == 2, d["paragraphs"]
assert not any("ADVERTISEMENT" in p for p in d["paragraphs"])
PY

out2=$("$BERSIH" --format json < "$TMP/a.txt"); rc=$?
[[ $rc -eq 0 ]] && pass "no path exits 0" || fail "no path: exit $rc"
[[ "$out2" == "$out" ]] && pass "no path reads standard input like '-'" || fail "no path differs from '-'"

text=$(printf 'Satu kalimat pendek saja yang cukup panjang untuk sebuah paragraf berita.\n' | "$BERSIH")
[[ "$text" == "Satu kalimat pendek saja yang cukup panjang untuk sebuah paragraf berita." ]] \
    && pass "text to standard output by default" || fail "default text output: $text"

empty=$(printf '' | "$BERSIH" --format json); rc=$?
[[ $rc -eq 0 ]] && pass "empty input exits 0" || fail "empty input: exit $rc"
python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["empty"] is True and d["paragraphs"] == [] and d["title"] is None' "$empty" \
    && pass "empty input gives an empty article" || fail "empty input output: $empty"
finish
