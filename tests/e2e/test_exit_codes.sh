#!/usr/bin/env bash
# Exit codes: 0 ok; 1 an input failed while the others were still cleaned; 2 usage or configuration.
source "$(dirname "$0")/lib.sh"

printf 'Jembatan Baru Diresmikan\n\nJembatan Baru Diresmikan\n\nJembatan baru yang menghubungkan dua kecamatan diresmikan oleh bupati pada Selasa siang.\n' > "$TMP/a.txt"

expect_status 0 "a good file" -- "$BERSIH" "$TMP/a.txt" > /dev/null

out=$("$BERSIH" --format jsonl "$TMP/missing.txt" "$TMP/a.txt" 2> "$TMP/err"); rc=$?
[[ $rc -eq 1 ]] && pass "a missing file: exit 1" || fail "a missing file: exit $rc, wanted 1"
[[ $(printf '%s\n' "$out" | grep -c '"Jembatan Baru Diresmikan"') -eq 1 ]] \
    && pass "the other file was still cleaned" || fail "other file not cleaned: $out"
grep -q "missing.txt" "$TMP/err" && pass "the missing file is named on stderr" || fail "stderr: $(cat "$TMP/err")"

expect_status 2 "an unknown option" -- "$BERSIH" --no-such-option "$TMP/a.txt" 2> /dev/null
expect_status 2 "a bad --format value" -- "$BERSIH" --format xml "$TMP/a.txt" 2> /dev/null
expect_status 2 "an unknown --outlet" -- "$BERSIH" --outlet detk "$TMP/a.txt" 2> "$TMP/err"
grep -q "unknown outlet 'detk' (known: antaranews, " "$TMP/err" || fail "--outlet names the known outlets"
expect_status 0 "--outlet by another name" -- "$BERSIH" --outlet "ANTARA News" "$TMP/a.txt" > /dev/null

cat > "$TMP/bad.toml" <<'TOML'
[[rule]]
id = "saya.iklan"
category = "iklan"
kind = "drop-line"
pattern = '^IKLAN$'
TOML
"$BERSIH" "$TMP/a.txt" --rules "$TMP/bad.toml" > "$TMP/out" 2> "$TMP/err"; rc=$?
[[ $rc -eq 2 ]] && pass "a bad rule file: exit 2" || fail "a bad rule file: exit $rc, wanted 2"
grep -q "bad.toml:3:12: unknown category 'iklan'" "$TMP/err" \
    && pass "the bad rule file is reported as file:line:column" || fail "stderr: $(cat "$TMP/err")"
[[ ! -s "$TMP/out" ]] && pass "nothing cleaned after a configuration error" || fail "output after exit 2"

printf '[[rule]\n' > "$TMP/broken.toml"
"$BERSIH" "$TMP/a.txt" --rules "$TMP/broken.toml" > /dev/null 2> "$TMP/err"; rc=$?
[[ $rc -eq 2 ]] && pass "unparsable TOML: exit 2" || fail "unparsable TOML: exit $rc"
grep -q "broken.toml:1:" "$TMP/err" && pass "unparsable TOML names file:line" || fail "stderr: $(cat "$TMP/err")"

expect_status 2 "a missing rule file" -- "$BERSIH" "$TMP/a.txt" --rules "$TMP/nope.toml" 2> /dev/null
finish
