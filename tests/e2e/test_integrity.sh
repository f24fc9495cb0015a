#!/usr/bin/env bash
# Output integrity under faults (issue 14): each numbered case of the issue, and the smaller ones.
source "$(dirname "$0")/lib.sh"

T='Ini adalah paragraf berita yang cukup panjang untuk dianggap prosa oleh alat.'
printf '{"id":1,"text":"%s"}\n{"id":2,"text":"%s"}\n' "$T" "$T" > "$TMP/two.jsonl"
no_temporaries() { [[ -z $(find "$TMP" -name '*.tmp-bersih-*') ]]; }

# 2. A full or closed standard error: the run goes on and its exit code is the run's.
if [[ -c /dev/full ]]; then
    expect_status 0 "stderr full: the run succeeds" -- "$BERSIH" -f jsonl "$TMP/two.jsonl" -o "$TMP/o2.jsonl" 2>/dev/full
    [[ $(wc -l < "$TMP/o2.jsonl") -eq 2 ]] && pass "stderr full: output written" || fail "stderr full: output"
    printf '{"id":3}\n' >> "$TMP/two.jsonl.bad"
    expect_status 1 "stderr full, a failed record: exit 1" -- "$BERSIH" -f jsonl "$TMP/two.jsonl.bad" -I jsonl -o "$TMP/o2b.jsonl" 2>/dev/full
fi
expect_status 0 "stderr closed: the run succeeds" -- "$BERSIH" -f jsonl "$TMP/two.jsonl" -o "$TMP/o2c.jsonl" 2>&-

# 1. A record nested 50,000 levels deep: a failed record with its reason, the others are written,
# no temporary is left behind.
python3 -c "print('{\"text\":\"x\",\"x\":'+'['*50000+']'*50000+'}')" > "$TMP/deep.jsonl"
cat "$TMP/two.jsonl" >> "$TMP/deep.jsonl"
"$BERSIH" -f jsonl "$TMP/deep.jsonl" -o "$TMP/deep.out" 2>"$TMP/err"
status=$?
[[ $status -eq 1 ]] && pass "deep nesting: exit 1" || fail "deep nesting: exit $status"
grep -q "record 1: JSON nested deeper than 256 levels" "$TMP/err" && pass "deep nesting: reason" \
    || fail "deep nesting: message: $(head -c 300 "$TMP/err")"
[[ $(wc -l < "$TMP/deep.out" 2>/dev/null) -eq 2 ]] && pass "deep nesting: the other records written" \
    || fail "deep nesting: output"
no_temporaries && pass "deep nesting: no temporary left" || fail "deep nesting: temporary left"
# The same in a JSON array.
python3 -c "print('[{\"text\":\"x\",\"x\":'+'['*50000+']'*50000+'},{\"text\":\"y\"}]')" > "$TMP/deep.json"
expect_status 1 "deep nesting in a JSON array: exit 1" -- "$BERSIH" -q -f jsonl "$TMP/deep.json" -o "$TMP/deep2.out"
[[ $(wc -l < "$TMP/deep2.out" 2>/dev/null) -eq 1 ]] && pass "deep nesting in a JSON array: the next element written" \
    || fail "deep nesting in a JSON array: output"

# 11. Passthrough numbers are exact; a repeated key is a warning.
fields='"a":-0,"b":123456789012345678901234567890,"c":0.1000000000000000055511151231257827,"d":1e-400,"e":1e400,"f":1.0,"g":[1.5e3,-0.0]'
printf '{"text":"%s",%s}\n' "$T" "$fields" > "$TMP/nums.jsonl"
"$BERSIH" -q -f jsonl "$TMP/nums.jsonl" > "$TMP/nums.out"
status=$?
[[ $status -eq 0 ]] && pass "exact numbers: exit 0" || fail "exact numbers: exit $status"
grep -qF "$fields" "$TMP/nums.out" && pass "exact numbers: as written" || fail "exact numbers: $(cat "$TMP/nums.out")"
printf '[{"text":"%s",%s}]\n' "$T" "$fields" > "$TMP/nums.json"
"$BERSIH" -q -f jsonl "$TMP/nums.json" | grep -qF "$fields" && pass "exact numbers in a JSON array" \
    || fail "exact numbers in a JSON array"
printf '{"text":"%s","k":1,"k":2}\n' "$T" > "$TMP/dup.jsonl"
"$BERSIH" -f jsonl "$TMP/dup.jsonl" 2>"$TMP/err" | grep -q '"k":2' && pass "duplicate key: last value kept" \
    || fail "duplicate key: value"
grep -q "warning: .*dup.jsonl:1: record 1: duplicate key 'k'" "$TMP/err" && pass "duplicate key: warning" \
    || fail "duplicate key: no warning: $(cat "$TMP/err")"

# 3. --out-dir never overwrites: two inputs mirroring to one output, an output folder holding an
# input, an output that is an input: usage errors (exit 2), nothing written.
mkdir -p "$TMP/d1" "$TMP/d2" "$TMP/d3"
printf '%s\n' "$T" > "$TMP/d1/a.txt"; printf '%s\n' "$T" > "$TMP/d2/a.txt"
expect_status 2 "--out-dir: same name in two folders" -- "$BERSIH" -q --out-dir "$TMP/x" "$TMP/d1" "$TMP/d2"
[[ ! -e $TMP/x ]] && pass "--out-dir collision: nothing written" || fail "--out-dir collision: wrote"
"$BERSIH" --out-dir "$TMP/x" "$TMP/d1" "$TMP/d2" 2>"$TMP/err"
grep -q "would both be written to" "$TMP/err" && pass "--out-dir collision: names both inputs" || fail "--out-dir collision: message"
printf '%s\n' "$T" > "$TMP/d3/a.txt"; printf '{"text":"%s"}\n' "$T" > "$TMP/d3/a.jsonl"
expect_status 2 "--out-dir: a.txt and a.jsonl in one folder" -- "$BERSIH" -q --out-dir "$TMP/y" "$TMP/d3"
cp "$TMP/d1/a.txt" "$TMP/d1/keep"
expect_status 2 "--out-dir: the input folder itself" -- "$BERSIH" -q --out-dir "$TMP/d1" "$TMP/d1"
cmp -s "$TMP/d1/a.txt" "$TMP/d1/keep" && pass "--out-dir = input folder: input untouched" \
    || fail "--out-dir = input folder: input overwritten"
expect_status 2 "--out-dir: the output would be the input" -- "$BERSIH" -q -f text --out-dir "$TMP/d1/.." "$TMP/d1/a.txt"
printf '%s\n' "$T" > "$TMP/d2/b.txt"
expect_status 0 "--out-dir: distinct outputs still work" -- "$BERSIH" -q --out-dir "$TMP/z" "$TMP/d1" "$TMP/d2/b.txt"

# 6. A failed --strict run leaves the previous -o file untouched.
printf '{"text":"%s"}\n{"id":9}\n{"text":"%s"}\n' "$T" "$T" > "$TMP/strict.jsonl"
printf 'previous good output\n' > "$TMP/strict.out"
expect_status 1 "--strict: a failed record" -- "$BERSIH" -q --strict -f jsonl "$TMP/strict.jsonl" -o "$TMP/strict.out"
[[ $(cat "$TMP/strict.out") == "previous good output" ]] && pass "--strict: previous output untouched" \
    || fail "--strict: previous output replaced"
no_temporaries && pass "--strict: no temporary left" || fail "--strict: temporary left"

# 7. The same file given to two outputs is a usage error; temporary names are unique per process
# and host (mkstemp), not the PID alone: a name from the PID is taken here and the run succeeds.
expect_status 2 "-o F --errors F" -- "$BERSIH" -q "$TMP/two.jsonl" -o "$TMP/same" --errors "$TMP/same"
expect_status 2 "-o F --stats ./F" -- "$BERSIH" -q "$TMP/two.jsonl" -o "$TMP/same" --stats "$TMP/./same"
expect_status 2 "--errors F --stats F" -- "$BERSIH" -q "$TMP/two.jsonl" --errors "$TMP/same" --stats "$TMP/same"
[[ ! -e $TMP/same ]] && pass "same path twice: nothing written" || fail "same path twice: wrote"
ln -s "$TMP/same2" "$TMP/same-link"
expect_status 2 "-o F --stats LINK-TO-F" -- "$BERSIH" -q "$TMP/two.jsonl" -o "$TMP/same2" --stats "$TMP/same-link"
expect_status 0 "temporary name not from the PID alone" -- \
    bash -c 'mkdir "$1.tmp-bersih-$$" && exec "$2" -q "$3" -o "$1"' _ "$TMP/pid.out" "$BERSIH" "$TMP/two.jsonl"
rmdir "$TMP"/pid.out.tmp-bersih-* 2>/dev/null

# 8. `--rules a.toml b.toml`: b.toml is not cleaned as an article; it is a usage error.
cat > "$TMP/a.toml" <<'TOML'
[[rule]]
id = "saya.kosong"
category = "promo"
kind = "drop-line"
pattern = '^Baris kosong sekali$'
must_match = ["Baris kosong sekali"]
TOML
cp "$TMP/a.toml" "$TMP/b.toml"
"$BERSIH" "$TMP/two.jsonl" --rules "$TMP/a.toml" "$TMP/b.toml" > "$TMP/rules.out" 2>"$TMP/err"
status=$?
[[ $status -eq 2 ]] && pass "--rules a.toml b.toml: exit 2" || fail "--rules a.toml b.toml: exit $status"
grep -q "kosong" "$TMP/rules.out" && fail "--rules a.toml b.toml: b.toml cleaned as an article" \
    || pass "--rules a.toml b.toml: b.toml not cleaned"

# 9. --stats that cannot be written: exit 1.
"$BERSIH" -q "$TMP/two.jsonl" -o "$TMP/o9" --stats "$TMP/no/such/dir/stats.json" 2>"$TMP/err"
status=$?
[[ $status -eq 1 ]] && pass "--stats unwritable: exit 1" || fail "--stats unwritable: exit $status"
grep -q "cannot write" "$TMP/err" && pass "--stats unwritable: message" || fail "--stats unwritable: $(cat "$TMP/err")"

# 11. --glob matching nothing warns; --delimiter '' and --meta-prefix '' are refused; control
# characters in names are escaped in messages.
mkdir -p "$TMP/g"; printf '%s\n' "$T" > "$TMP/g/a.txt"
"$BERSIH" --glob '*.jsonl' "$TMP/g" 2>"$TMP/err" >/dev/null
grep -q "warning: --glob '\*.jsonl' matches no file" "$TMP/err" && pass "--glob matching nothing: warning" || fail "--glob matching nothing: silent"
expect_status 2 "--delimiter ''" -- "$BERSIH" -q --delimiter '' "$TMP/g/a.txt"
expect_status 2 "--meta-prefix ''" -- "$BERSIH" -q --meta-prefix '' -f jsonl "$TMP/two.jsonl"
"$BERSIH" -f jsonl "$TMP/$(printf 'no\033[31mfile')" 2>"$TMP/err" >/dev/null
grep -q $'\033' "$TMP/err" && fail "escape sequence in a name echoed raw" || pass "escape sequence in a name escaped"
grep -qF 'no\x1b[31mfile' "$TMP/err" && pass "escape sequence shown as \\x1b" || fail "escape sequence: not shown"

# 10. A gzip CRC error: every decoded record is read, then the error is one failed record.
python3 - "$TMP/crc.jsonl.gz" "$T" <<'PY'
import gzip, sys
data = "".join('{"id":%d,"text":"%s %d"}\n' % (i, sys.argv[2], i) for i in range(300)).encode()
packed = bytearray(gzip.compress(data))
packed[-8] ^= 0xFF  # the CRC-32 of the member
open(sys.argv[1], "wb").write(packed)
PY
"$BERSIH" -f jsonl "$TMP/crc.jsonl.gz" > "$TMP/crc.out" 2>"$TMP/err"
status=$?
[[ $status -eq 1 ]] && pass "gzip CRC error: exit 1" || fail "gzip CRC error: exit $status"
[[ $(wc -l < "$TMP/crc.out") -eq 300 ]] && pass "gzip CRC error: the decoded records kept" \
    || fail "gzip CRC error: $(wc -l < "$TMP/crc.out") of 300 records"
grep -q "incorrect data check" "$TMP/err" && pass "gzip CRC error: reported" || fail "gzip CRC error: $(cat "$TMP/err")"

# 5. --max-record-bytes: a larger record is a failed record with its reason; the run goes on.
big=$(head -c 3000 /dev/zero | tr '\0' z)
printf '{"text":"%s"}\n{"text":"%s"}\n{"text":"%s"}\n' "$T" "$big" "$T" > "$TMP/big.jsonl"
printf '[{"text":"%s"},{"text":"%s"},{"text":"%s"}]' "$T" "$big" "$T" > "$TMP/big.json"
printf '%s\n\f\n%s\n\f\n%s\n' "$T" "$big" "$T" > "$TMP/big.txt"
for f in big.jsonl big.json big.txt; do
    "$BERSIH" -f jsonl --max-record-bytes 1k "$TMP/$f" > "$TMP/big.out" 2>"$TMP/err"
    status=$?
    [[ $status -eq 1 && $(wc -l < "$TMP/big.out") -eq 2 ]] && pass "--max-record-bytes: $f: 2 of 3 written, exit 1" \
        || fail "--max-record-bytes: $f: exit $status, $(wc -l < "$TMP/big.out") written"
    grep -q "record 2: record of more than 1024 bytes (--max-record-bytes)" "$TMP/err" \
        && pass "--max-record-bytes: $f: reason" || fail "--max-record-bytes: $f: $(cat "$TMP/err")"
done
expect_status 0 "--max-record-bytes: the default takes 3 KB" -- "$BERSIH" -q -f jsonl "$TMP/big.jsonl" -o /dev/null
# One 5 MB line behind 5 KB of gzip, then a good record: the good one is still cleaned.
python3 - "$TMP/bomb.jsonl.gz" "$T" <<'PY'
import gzip, sys
with gzip.open(sys.argv[1], "wb") as f:
    f.write(b'{"text":"' + b"a" * (5 << 20) + b'"}\n')
    f.write(('{"text":"%s"}\n' % sys.argv[2]).encode())
PY
"$BERSIH" -q -f jsonl --max-record-bytes 1M "$TMP/bomb.jsonl.gz" > "$TMP/bomb.out"
status=$?
[[ $status -eq 1 && $(wc -l < "$TMP/bomb.out") -eq 1 ]] && pass "--max-record-bytes: a compressed giant line" \
    || fail "--max-record-bytes: compressed giant line: exit $status"
expect_status 2 "--max-record-bytes 0" -- "$BERSIH" -q --max-record-bytes 0 "$TMP/big.txt"

# 4. A stray quote in CSV no longer merges records silently; extra columns are a warning.
printf 'id,text\n1,"%s"\n2,"%s\n3,"%s"\n4,"%s"\n5,"%s",lagi\n' "$T" "$T" "$T" "$T" "$T" > "$TMP/q.csv"
"$BERSIH" -f jsonl "$TMP/q.csv" > "$TMP/q.out" 2>"$TMP/err"
status=$?
[[ $status -eq 1 ]] && pass "CSV stray quote: exit 1" || fail "CSV stray quote: exit $status"
grep -q "q.csv:3: record 2: stray quote" "$TMP/err" && pass "CSV stray quote: reported" \
    || fail "CSV stray quote: $(cat "$TMP/err")"
grep -q '"id":"4"' "$TMP/q.out" && ! grep -q '3,' "$TMP/q.out" && pass "CSV stray quote: later records read" \
    || fail "CSV stray quote: output"
grep -q "warning: .*q.csv:6: record 4: 3 fields where the header names 2" "$TMP/err" \
    && pass "CSV extra column: warning" || fail "CSV extra column: no warning"

# 11. UTF-16 input is named as such, not "binary"; summaries count only records written.
for enc in UTF-16 UTF-16LE UTF-16BE; do
    printf '%s\n' "$T" | iconv -f UTF-8 -t $enc > "$TMP/u16.txt"
    "$BERSIH" "$TMP/u16.txt" 2>"$TMP/err" >/dev/null
    grep -q "UTF-16[LB]E text, not UTF-8" "$TMP/err" && pass "$enc input named" || fail "$enc input: $(cat "$TMP/err")"
done
if [[ -c /dev/full ]]; then
    ln -sf /dev/full "$TMP/full"
    "$BERSIH" -f jsonl "$TMP/two.jsonl" -o "$TMP/full" 2>"$TMP/err"
    grep -q "2 in = 0 out + 0 empty + 0 failed + 2 not written" "$TMP/err" \
        && pass "summary: a failed output counts nothing as out" || fail "summary: $(cat "$TMP/err")"
fi
printf 'old\n' > "$TMP/s.out"
"$BERSIH" -f jsonl --strict "$TMP/two.jsonl" "$TMP/deep.jsonl" -o "$TMP/s.out" 2>"$TMP/err"
grep -q "3 in = 0 out + 0 empty + 1 failed + 2 not written" "$TMP/err" \
    && pass "summary: --strict counts the dropped output as not written" || fail "summary --strict: $(cat "$TMP/err")"

# 11. Control characters of the text are escaped in --explain's lines on stderr, not in the data.
printf '%s\n\nBaca juga: Judul \033[31mmerah\033[0m lain\n\n%s\n' "$T" "$T" > "$TMP/esc.txt"
"$BERSIH" --explain "$TMP/esc.txt" 2>"$TMP/err" >/dev/null
grep -q $'\033' "$TMP/err" && fail "--explain: escape sequence sent raw" || pass "--explain: escape sequence escaped"
grep -qF 'Judul \x1b[31mmerah' "$TMP/err" && pass "--explain: the removed line shown" || fail "--explain: $(cat -A "$TMP/err")"

finish
