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

finish
