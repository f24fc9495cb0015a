#!/usr/bin/env bash
# gzip and zstd input detected by magic bytes; compressed output by extension.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/batch_lib.sh"

make_jsonl "$TMP/in.jsonl" 50
"$BERSIH" -q --format jsonl "$TMP/in.jsonl" > "$TMP/plain.out"
gzip -c "$TMP/in.jsonl" > "$TMP/in.jsonl.gz"
expect_status 0 "gzip input" -- "$BERSIH" -q --format jsonl "$TMP/in.jsonl.gz" -o "$TMP/gz.out"
check_eq "gzip input gives the same output" "$(cmp -s "$TMP/plain.out" "$TMP/gz.out" && echo same)" same
cp "$TMP/in.jsonl.gz" "$TMP/noext"
"$BERSIH" -q --format jsonl --input-format jsonl "$TMP/noext" > "$TMP/noext.out"
check_eq "gzip detected by magic, not name" "$(cmp -s "$TMP/plain.out" "$TMP/noext.out" && echo same)" same
expect_status 0 "gzip output" -- "$BERSIH" -q --format jsonl "$TMP/in.jsonl" -o "$TMP/out.jsonl.gz"
check_eq "gzip output decompresses to the same" "$(gzip -dc "$TMP/out.jsonl.gz" | cmp -s - "$TMP/plain.out" && echo same)" same
expect_status 0 "zstd output" -- "$BERSIH" -q --format jsonl "$TMP/in.jsonl" -o "$TMP/out.jsonl.zst"
expect_status 0 "zstd input (our own output, read back as input)" -- "$BERSIH" -q --format jsonl --meta-prefix again_ "$TMP/out.jsonl.zst" -o "$TMP/again.jsonl"
check_eq "zstd round trip keeps every record" "$(jsonl_eval "$TMP/again.jsonl" 'len(rs)')" 50
if command -v zstd > /dev/null; then
    check_eq "zstd output decompresses to the same" "$(zstd -dc "$TMP/out.jsonl.zst" | cmp -s - "$TMP/plain.out" && echo same)" same
fi
# Truncated gzip: the records before the cut, then one error; exit 1.
python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); open(sys.argv[2],"wb").write(d[:len(d)*2//3])' "$TMP/in.jsonl.gz" "$TMP/cut.jsonl.gz"
expect_status 1 "truncated gzip fails" -- "$BERSIH" -q --format jsonl "$TMP/cut.jsonl.gz" -o "$TMP/cut.out" --errors "$TMP/cut.err"
check_eq "truncation reported" "$(jsonl_eval "$TMP/cut.err" 'rs[0]["reason"]')" "truncated gzip stream"
finish
