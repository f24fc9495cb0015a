#!/usr/bin/env bash
# --out-dir mirrors the input tree, one output per input file, no temporary files left.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/batch_lib.sh"

mkdir -p "$TMP/in/2025/01" "$TMP/in/2025/02"
make_jsonl "$TMP/in/2025/01/a.jsonl" 5
make_jsonl "$TMP/in/2025/02/b.jsonl" 3
gzip -c "$TMP/in/2025/02/b.jsonl" > "$TMP/in/2025/02/c.jsonl.gz"
printf 'Judul\n\nJakarta - Kalimat yang cukup panjang untuk menjadi sebuah paragraf berita.\n' > "$TMP/single.txt"
expect_status 0 "--out-dir" -- "$BERSIH" -q --format jsonl --out-dir "$TMP/out" "$TMP/in" "$TMP/single.txt"
for f in 2025/01/a.jsonl 2025/02/b.jsonl 2025/02/c.jsonl.gz single.jsonl; do
    if [[ -s $TMP/out/$f ]]; then pass "mirrored $f"; else fail "missing $TMP/out/$f"; fi
done
check_eq "records per file" "$(jsonl_eval "$TMP/out/2025/01/a.jsonl" 'len(rs)')" 5
check_eq "compressed input gives compressed output" "$(gzip -dc "$TMP/out/2025/02/c.jsonl.gz" | wc -l)" 3
check_eq "no temporary files left" "$(find "$TMP/out" -name '*tmp-bersih*' | wc -l)" 0
expect_status 0 "--out-dir text format" -- "$BERSIH" -q --format text --out-dir "$TMP/txt" "$TMP/in"
check_eq "text outputs named .txt" "$(ls "$TMP/txt/2025/01")" a.txt
expect_status 2 "--out-dir with -o is a usage error" -- "$BERSIH" -q --out-dir "$TMP/x" -o "$TMP/y" "$TMP/single.txt"
expect_status 2 "--out-dir with stdin is a usage error" -- "$BERSIH" -q --out-dir "$TMP/x" -
finish
