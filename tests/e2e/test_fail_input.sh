#!/usr/bin/env bash
# Bad input the core must survive, seen from the command line: an empty file, an article that
# cleans to nothing (an output record with "empty": true, exit 0), invalid UTF-8 in the text
# and in a file name, and a long single line.
source "$(dirname "$0")/lib.sh"

: > "$TMP/empty.txt"
printf 'ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n' > "$TMP/noise.txt"
printf 'Pemerintah kota mengumumkan rencana \xff\xfe baru untuk memperbaiki jalan raya.\n' > "$TMP/bad_utf8.txt"

for f in empty noise; do
    out=$("$BERSIH" -q --format jsonl "$TMP/$f.txt")
    status=$?
    [[ $status -eq 0 ]] && pass "$f: exit 0" || fail "$f: exit $status"
    [[ $out == *'"empty":true'* ]] && pass "$f: one record, empty" || fail "$f: output $out"
    [[ $(printf '%s\n' "$out" | wc -l) -eq 1 ]] || fail "$f: not exactly one output record"
done

out=$("$BERSIH" --format jsonl "$TMP/bad_utf8.txt" 2>"$TMP/err")
status=$?
[[ $status -eq 0 ]] && pass "invalid UTF-8: exit 0 (replaced)" || fail "invalid UTF-8: exit $status"
[[ $out == *$'rencana \xef\xbf\xbd\xef\xbf\xbd baru'* ]] && pass "invalid UTF-8: U+FFFD" \
    || fail "invalid UTF-8: $out"
grep -q "invalid UTF-8" "$TMP/err" && pass "invalid UTF-8: warned" || fail "invalid UTF-8: no warning"

# A file name that is not UTF-8 still gives valid JSON.
cp "$TMP/noise.txt" "$TMP/"$'name\xff.txt'
out=$("$BERSIH" -q --format jsonl "$TMP/"$'name\xff.txt')
status=$?
[[ $status -eq 0 ]] && pass "non-UTF-8 file name: exit 0" || fail "non-UTF-8 file name: exit $status"
printf '%s\n' "$out" | python3 -c 'import json, sys; json.loads(sys.stdin.buffer.read())' \
    && pass "non-UTF-8 file name: valid JSON" || fail "non-UTF-8 file name: invalid JSON"

# A 5 MB single line (the unit tests take 20 MB; README: 200 MB checked by hand).
python3 -c "import sys; sys.stdout.write('Warga kota berkumpul lalu pulang dengan gembira; ' * 100000 + 'selesai.')" > "$TMP/long.txt"
out=$("$BERSIH" -q --format text "$TMP/long.txt" | wc -c)
[[ $out -ge 4900000 ]] && pass "5 MB line: cleaned ($out bytes)" || fail "5 MB line: $out bytes out"

finish
