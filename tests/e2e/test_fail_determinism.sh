#!/usr/bin/env bash
# Same input and rules, same bytes out: across runs, and across -j values.
source "$(dirname "$0")/lib.sh"

input="$TMP/mixed.txt"
{
    printf 'Judul Berita Uji Coba\nJudul Berita Uji Coba\n'
    printf 'Budi Santoso - detikNews\nSenin, 03 Mar 2025 09:15 WIB\n'
    printf 'Bandung - Pasar tradisional di pusat kota kembali dibuka untuk pedagang dan pembeli.\n'
    printf 'Baca juga: Harga Cabai Turun Menjelang Akhir Pekan\n'
    printf 'Pedagang mengaku senang karena bangunan baru lebih bersih, ujar pengelola \xff pasar.\n'
    printf '(bsa/abc)\n'
} > "$input"
for i in $(seq 1 40); do
    { printf 'Artikel nomor %d yang cukup panjang untuk menjadi paragraf di dalam berkas ini.\n' "$i"
      printf 'ADVERTISEMENT\n\f\n'; } >> "$TMP/many.txt"
done
cp "$input" "$TMP/copy.txt"

for format in text json jsonl; do
    "$BERSIH" -q --format "$format" --explain "$input" "$TMP/many.txt" "$TMP/copy.txt" > "$TMP/first.$format" 2>/dev/null
    "$BERSIH" -q --format "$format" --explain "$input" "$TMP/many.txt" "$TMP/copy.txt" > "$TMP/second.$format" 2>/dev/null
    cmp -s "$TMP/first.$format" "$TMP/second.$format" && pass "$format: identical across runs" \
        || fail "$format: differs between two runs"
    [[ -s $TMP/first.$format ]] || fail "$format: no output"
done

# Across -j values (when the binary has -j).
if "$BERSIH" --help 2>/dev/null | grep -q -- '--jobs'; then
    for jobs in 1 2 4; do
        "$BERSIH" -q -j "$jobs" --format jsonl --explain "$input" "$TMP/many.txt" "$TMP/copy.txt" \
            > "$TMP/j$jobs.jsonl" 2>/dev/null
        cmp -s "$TMP/first.jsonl" "$TMP/j$jobs.jsonl" && pass "-j $jobs: identical" \
            || fail "-j $jobs: differs from the first run"
    done
fi

# Through -o as well: the file equals standard output.
"$BERSIH" -q --format jsonl --explain "$input" "$TMP/many.txt" "$TMP/copy.txt" -o "$TMP/out.jsonl" 2>/dev/null
cmp -s "$TMP/first.jsonl" "$TMP/out.jsonl" && pass "-o: same bytes as standard output" \
    || fail "-o: differs from standard output"

finish
