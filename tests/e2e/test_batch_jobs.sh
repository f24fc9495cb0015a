#!/usr/bin/env bash
# The output is byte-identical for every -j, in input order.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/batch_lib.sh"

make_jsonl "$TMP/in.jsonl" 3000
for j in 1 2 4; do
    expect_status 0 "-j $j" -- "$BERSIH" -q -j "$j" --format jsonl "$TMP/in.jsonl" -o "$TMP/out$j.jsonl"
    "$BERSIH" -q -j "$j" --format text "$TMP/in.jsonl" > "$TMP/out$j.txt"
done
check_eq "-j 1 and -j 2 identical (jsonl)" "$(cmp -s "$TMP/out1.jsonl" "$TMP/out2.jsonl" && echo same)" same
check_eq "-j 1 and -j 4 identical (jsonl)" "$(cmp -s "$TMP/out1.jsonl" "$TMP/out4.jsonl" && echo same)" same
check_eq "-j 1 and -j 2 identical (text)" "$(cmp -s "$TMP/out1.txt" "$TMP/out2.txt" && echo same)" same
check_eq "input order kept" "$(jsonl_eval "$TMP/out2.jsonl" '[r["id"] for r in rs] == list(range(3000))')" True
finish
