#!/usr/bin/env bash
# Every record accounted for: mixed good and bad input, --errors, --stats, --strict, --utf8.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/batch_lib.sh"

make_jsonl "$TMP/good.jsonl" 10
{
    head -n 3 "$TMP/good.jsonl"
    echo '{"id": 100, "text": "unterminated'
    echo '{"id": 101, "other": "no text field"}'
    echo '{"id": 102, "text": 42}'
    echo '[1, 2]'
    printf '{"id": 103, "text": "Jakarta - bad byte \xff here in a sentence long enough to be a paragraph."}\n'
    tail -n 2 "$TMP/good.jsonl"
} > "$TMP/mixed.jsonl"
printf 'a,text\n1,"never closed\n' > "$TMP/bad.csv"
printf '\x00\x01\x02binary' > "$TMP/bin.txt"
: > "$TMP/empty.txt"

expect_status 1 "mixed input exits 1" -- "$BERSIH" -q --format jsonl "$TMP/mixed.jsonl" "$TMP/bad.csv" "$TMP/bin.txt" \
    "$TMP/empty.txt" "$TMP/missing.jsonl" -o "$TMP/out.jsonl" --errors "$TMP/err.jsonl" --stats "$TMP/stats.json"
# records: mixed 10 (4 bad), bad.csv 1 error, bin 1 error, empty 1 (empty output), missing 1 error
check_eq "in" "$(json_eval "$TMP/stats.json" 'd["articles"]["in"]')" 14
check_eq "written (out + empty)" "$(json_eval "$TMP/stats.json" 'd["articles"]["out"] + d["articles"]["empty"]')" 7
check_eq "failed" "$(json_eval "$TMP/stats.json" 'd["articles"]["failed"]')" 7
check_eq "in = out + empty + failed" "$(json_eval "$TMP/stats.json" 'd["articles"]["in"] == d["articles"]["out"] + d["articles"]["empty"] + d["articles"]["failed"]')" True
check_eq "empty counted apart" "$(json_eval "$TMP/stats.json" 'd["articles"]["empty"]')" "$(jsonl_eval "$TMP/out.jsonl" 'sum(1 for r in rs if r.get("bersih_empty", r.get("empty")))')"
check_eq "an empty record" "$(json_eval "$TMP/stats.json" 'd["articles"]["empty"] >= 1')" True
check_eq "not interrupted" "$(json_eval "$TMP/stats.json" 'd["interrupted"]')" None
check_eq "output records = out + empty" "$(jsonl_eval "$TMP/out.jsonl" 'len(rs)')" 7
check_eq "one error line per failed record" "$(jsonl_eval "$TMP/err.jsonl" 'len(rs)')" 7
check_eq "error records name source, record, line" "$(jsonl_eval "$TMP/err.jsonl" 'sorted(rs[0])')" "['line', 'reason', 'record', 'source']"
check_eq "malformed line located" "$(jsonl_eval "$TMP/err.jsonl" '(rs[0]["record"], rs[0]["line"])')" "(4, 4)"
check_eq "csv quote reported" "$(jsonl_eval "$TMP/err.jsonl" '"unbalanced quote" in rs[4]["reason"]')" True
check_eq "binary reported" "$(jsonl_eval "$TMP/err.jsonl" '"binary" in rs[5]["reason"]')" True
check_eq "missing path reported" "$(jsonl_eval "$TMP/err.jsonl" 'rs[6]["source"].endswith("missing.jsonl")')" True
check_eq "invalid UTF-8 replaced by default" "$(jsonl_eval "$TMP/out.jsonl" 'any("\ufffd" in r["text"] for r in rs)')" True
check_eq "stats per rule" "$(json_eval "$TMP/stats.json" 'd["rules"].get("generic.advertisement", 0) > 0')" True
check_eq "stats per category and outlet" "$(json_eval "$TMP/stats.json" '"ad" in d["categories"] and sum(d["outlets"].values()) == d["articles"]["out"] + d["articles"]["empty"]')" True

# The summary line.
"$BERSIH" --format jsonl "$TMP/mixed.jsonl" > /dev/null 2> "$TMP/stderr"
check_eq "summary on stderr" "$(grep -Ec '^bersih: 10 in = [0-9]+ out \+ [0-9]+ empty \+ 4 failed' "$TMP/stderr")" 1
"$BERSIH" -q --format jsonl "$TMP/mixed.jsonl" > /dev/null 2> "$TMP/quiet"
check_eq "--quiet prints nothing" "$(wc -c < "$TMP/quiet")" 0

# --utf8 strict rejects the record instead.
expect_status 1 "--utf8 strict" -- "$BERSIH" -q --utf8 strict --format jsonl "$TMP/mixed.jsonl" -o "$TMP/strict8.jsonl" --errors "$TMP/err8.jsonl"
check_eq "--utf8 strict adds a failure" "$(jsonl_eval "$TMP/err8.jsonl" 'len(rs), "UTF-8" in rs[-1]["reason"]')" "(5, True)"

# --strict stops at the first failure: standard output has the records before it; a file given
# to -o is not written at all (a failed strict run replaces nothing).
expect_status 1 "--strict exits 1" -- "$BERSIH" -q --strict -j 2 --format jsonl "$TMP/mixed.jsonl" -o "$TMP/strict.jsonl"
[[ ! -e $TMP/strict.jsonl ]] && pass "--strict: -o not written" || fail "--strict: -o written"
"$BERSIH" -q --strict -j 2 --format jsonl "$TMP/mixed.jsonl" > "$TMP/strict-stdout.jsonl"
check_eq "--strict stops at the first error" "$(jsonl_eval "$TMP/strict-stdout.jsonl" 'len(rs)')" 3

# Good input only: exit 0 even with an empty article.
expect_status 0 "all good exits 0" -- "$BERSIH" -q --format jsonl "$TMP/good.jsonl" "$TMP/empty.txt" -o "$TMP/good.out"
finish
