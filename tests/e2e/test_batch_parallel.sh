#!/usr/bin/env bash
# Beyond one machine: bersih under GNU parallel --pipe yields the same records as one process.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/batch_lib.sh"
command -v parallel > /dev/null || { echo "GNU parallel not installed: skipped"; exit 77; }

make_jsonl "$TMP/in.jsonl" 2000
"$BERSIH" -q --input-format jsonl --format jsonl < "$TMP/in.jsonl" > "$TMP/one.jsonl"
# Small blocks so that several processes really run; --keep-order keeps the input order.
parallel --will-cite --pipe --block 100k -j 2 --keep-order \
    "$BERSIH" -q --input-format jsonl --format jsonl < "$TMP/in.jsonl" > "$TMP/par.jsonl"
check_eq "same number of records" "$(wc -l < "$TMP/par.jsonl")" "$(wc -l < "$TMP/one.jsonl")"
check_eq "same records, same order" "$(cmp -s "$TMP/one.jsonl" "$TMP/par.jsonl" && echo same)" same
# The recipe from the README, with 10 MB blocks.
parallel --will-cite --pipe --block 10M -j 2 "$BERSIH" -q --input-format jsonl --format jsonl \
    < "$TMP/in.jsonl" | sort > "$TMP/par10.sorted"
sort "$TMP/one.jsonl" > "$TMP/one.sorted"
check_eq "10M blocks: same set of records" "$(cmp -s "$TMP/one.sorted" "$TMP/par10.sorted" && echo same)" same
finish
