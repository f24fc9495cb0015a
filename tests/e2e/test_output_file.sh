#!/usr/bin/env bash
# -o FILE: the file appears complete, nothing goes to standard output, no temporary file is left.
source "$(dirname "$0")/lib.sh"

printf 'Pasar Malam Dibuka Lagi\n\nPasar Malam Dibuka Lagi\n\nPasar malam di alun-alun kembali dibuka setelah dua tahun ditutup karena perbaikan jalan.\n' > "$TMP/a.txt"
mkdir -p "$TMP/out"

stdout=$("$BERSIH" --format jsonl -o "$TMP/out/clean.jsonl" "$TMP/a.txt" "$TMP/a.txt"); rc=$?
[[ $rc -eq 0 ]] && pass "-o: exit 0" || fail "-o: exit $rc"
[[ -z "$stdout" ]] && pass "-o: nothing on standard output" || fail "-o wrote to stdout: $stdout"
[[ -f "$TMP/out/clean.jsonl" ]] && pass "-o: the file exists" || fail "-o: no file"
[[ $(wc -l < "$TMP/out/clean.jsonl") -eq 2 ]] && pass "-o: complete (two records)" || fail "-o: incomplete file"
python3 -c '
import json, sys
for line in open(sys.argv[1]):
    assert json.loads(line)["title"] == "Pasar Malam Dibuka Lagi"
' "$TMP/out/clean.jsonl" && pass "-o: valid JSONL" || fail "-o: invalid JSONL"
leftover=$(find "$TMP/out" -type f ! -name clean.jsonl)
[[ -z "$leftover" ]] && pass "-o: no temporary file left" || fail "-o left files: $leftover"

# Same content as standard output would have had.
"$BERSIH" --format jsonl "$TMP/a.txt" "$TMP/a.txt" > "$TMP/stdout.jsonl"
cmp -s "$TMP/stdout.jsonl" "$TMP/out/clean.jsonl" && pass "-o: same bytes as standard output" \
    || fail "-o differs from standard output"

# Overwriting an existing file replaces it whole.
printf 'lama\n' > "$TMP/out/text.txt"
"$BERSIH" -o "$TMP/out/text.txt" "$TMP/a.txt"
[[ $(head -n1 "$TMP/out/text.txt") == "Pasar Malam Dibuka Lagi" ]] && pass "-o: replaces an old file" \
    || fail "-o did not replace the old file"

# An unwritable destination is an error and leaves nothing behind.
"$BERSIH" -o "$TMP/no/such/dir/out.txt" "$TMP/a.txt" 2> "$TMP/err"; rc=$?
[[ $rc -ne 0 ]] && pass "-o into a missing folder fails (exit $rc)" || fail "-o into a missing folder: exit 0"
grep -q "bersih: error:" "$TMP/err" && pass "-o failure explained on stderr" || fail "no error message: $(cat "$TMP/err")"
leftover=$(find "$TMP/out" -type f ! -name clean.jsonl ! -name text.txt)
[[ -z "$leftover" ]] && pass "no temporary files after all runs" || fail "left files: $leftover"
finish
