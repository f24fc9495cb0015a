#!/usr/bin/env bash
# Several files: a JSON array, one JSONL line each, text separated by a form-feed line.
source "$(dirname "$0")/lib.sh"

printf 'Harga Cabai Turun di Pasar Kota\n\nHarga Cabai Turun di Pasar Kota\n\nHarga cabai rawit di pasar kota turun menjadi tiga puluh ribu rupiah per kilogram pekan ini.\n' > "$TMP/a.txt"
printf 'Banjir Surut di Kampung Nelayan\n\nBanjir Surut di Kampung Nelayan\n\nAir yang merendam kampung nelayan sejak Senin akhirnya surut pada Rabu pagi.\n\nWarga mulai membersihkan rumah mereka dari lumpur.\n' > "$TMP/b.txt"

json=$("$BERSIH" --format json "$TMP/a.txt" "$TMP/b.txt"); rc=$?
[[ $rc -eq 0 ]] && pass "json, two files: exit 0" || fail "json, two files: exit $rc"
python3 - "$json" "$TMP" <<'PY' && pass "json: an array of two objects in input order" || fail "json array wrong: $json"
import json, sys
d = json.loads(sys.argv[1])
assert isinstance(d, list) and len(d) == 2
assert d[0]["source"] == sys.argv[2] + "/a.txt" and d[1]["source"] == sys.argv[2] + "/b.txt"
assert d[0]["title"] == "Harga Cabai Turun di Pasar Kota"
assert len(d[1]["paragraphs"]) == 2
PY

one=$("$BERSIH" --format json "$TMP/a.txt")
python3 -c 'import json,sys; assert isinstance(json.loads(sys.argv[1]), dict)' "$one" \
    && pass "json, one file: one object, not an array" || fail "json one file: $one"

jsonl=$("$BERSIH" --format jsonl "$TMP/a.txt" "$TMP/b.txt"); rc=$?
[[ $rc -eq 0 ]] && pass "jsonl: exit 0" || fail "jsonl: exit $rc"
[[ $(printf '%s\n' "$jsonl" | wc -l) -eq 2 ]] && pass "jsonl: two lines" || fail "jsonl lines: $jsonl"
printf '%s\n' "$jsonl" | python3 -c '
import json, sys
rows = [json.loads(line) for line in sys.stdin]
assert [r["title"] for r in rows] == ["Harga Cabai Turun di Pasar Kota", "Banjir Surut di Kampung Nelayan"]
' && pass "jsonl: one object per line" || fail "jsonl content: $jsonl"

"$BERSIH" --format text "$TMP/a.txt" "$TMP/b.txt" > "$TMP/out.txt"; rc=$?
[[ $rc -eq 0 ]] && pass "text: exit 0" || fail "text: exit $rc"
expected=$(printf 'Harga Cabai Turun di Pasar Kota\n\nHarga cabai rawit di pasar kota turun menjadi tiga puluh ribu rupiah per kilogram pekan ini.\n\f\nBanjir Surut di Kampung Nelayan\n\nAir yang merendam kampung nelayan sejak Senin akhirnya surut pada Rabu pagi.\n\nWarga mulai membersihkan rumah mereka dari lumpur.\nEND')
actual=$(cat "$TMP/out.txt"; printf END)
[[ "$actual" == "$expected" ]] && pass "text: articles separated by a form-feed line" \
    || { fail "text output differs"; diff <(printf '%s' "$expected") <(printf '%s' "$actual") | cat -A; }
[[ $(grep -c $'^\f$' "$TMP/out.txt") -eq 1 ]] && pass "text: exactly one separator" || fail "separator count"
finish
