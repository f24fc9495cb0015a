#!/usr/bin/env bash
# Every input format: text (several articles per file), JSONL, CSV, JSON array, directories.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/batch_lib.sh"

make_jsonl "$TMP/in.jsonl" 20
expect_status 0 "jsonl in, jsonl out" -- "$BERSIH" -q --format jsonl "$TMP/in.jsonl" -o "$TMP/out.jsonl"
check_eq "one output record per input record" "$(jsonl_eval "$TMP/out.jsonl" 'len(rs)')" 20
check_eq "fields passed through in order" "$(jsonl_eval "$TMP/out.jsonl" 'list(rs[0])[:5]')" "['id', 'url', 'title', 'text', 'keep']"
check_eq "extra field kept" "$(jsonl_eval "$TMP/out.jsonl" 'rs[5]["keep"]["n"]')" 5
check_eq "text cleaned" "$(jsonl_eval "$TMP/out.jsonl" '"ADVERTISEMENT" in rs[0]["text"]')" False
check_eq "contract fields under the prefix" "$(jsonl_eval "$TMP/out.jsonl" 'rs[0]["bersih_published"]')" "2025-02-13T17:57:00+07:00"
check_eq "empty article flagged, not dropped" "$(jsonl_eval "$TMP/out.jsonl" 'rs[3]["bersih_empty"]')" True
expect_status 0 "custom prefix" -- "$BERSIH" -q --format jsonl --meta-prefix x_ "$TMP/in.jsonl" -o "$TMP/p.jsonl"
check_eq "custom prefix used" "$(jsonl_eval "$TMP/p.jsonl" '"x_paragraphs" in rs[0] and "bersih_paragraphs" not in rs[0]')" True

# Text: articles separated by form-feed lines; each gets the contract object.
printf 'Satu\n\nJakarta - Kalimat pertama yang cukup panjang untuk sebuah paragraf berita.\n\f\nDua\n\nBandung - Kalimat kedua yang juga cukup panjang untuk sebuah paragraf.\n' > "$TMP/two.txt"
expect_status 0 "text with a delimiter" -- "$BERSIH" -q --format jsonl "$TMP/two.txt" -o "$TMP/two.jsonl"
check_eq "two articles from one text file" "$(jsonl_eval "$TMP/two.jsonl" 'len(rs)')" 2
check_eq "text records are contract objects" "$(jsonl_eval "$TMP/two.jsonl" 'rs[1]["source"]')" "$TMP/two.txt:2"

# CSV with BOM, quoted newlines, doubled quotes, Indonesian column names.
printf '\xef\xbb\xbfid,judul,isi_berita,extra\n1,Satu,"Jakarta - Baris pertama berita yang cukup panjang untuk paragraf.\nADVERTISEMENT\nBaris ""kedua"" berita yang juga cukup panjang untuk paragraf.",x\n2,Dua,"Isi kedua yang cukup panjang untuk menjadi sebuah paragraf berita.",y\n' > "$TMP/b.csv"
expect_status 0 "csv in" -- "$BERSIH" -q --format jsonl "$TMP/b.csv" -o "$TMP/csv.jsonl"
check_eq "csv records" "$(jsonl_eval "$TMP/csv.jsonl" 'len(rs)')" 2
check_eq "csv columns kept" "$(jsonl_eval "$TMP/csv.jsonl" 'rs[0]["extra"] + rs[1]["extra"]')" xy
check_eq "csv text column found and cleaned" "$(jsonl_eval "$TMP/csv.jsonl" '"ADVERTISEMENT" in rs[0]["isi_berita"] or "\"kedua\"" not in rs[0]["isi_berita"]')" False
expect_status 0 "--text-column" -- "$BERSIH" -q --format jsonl --text-column extra "$TMP/b.csv" -o "$TMP/csv2.jsonl"
check_eq "--text-column picks the column" "$(jsonl_eval "$TMP/csv2.jsonl" 'rs[0]["extra"]')" x

# A publish date from the record fills bersih_published when the text states none; the text's
# own date wins; --date-column names another column.
printf 'id,tanggal,isi_berita,diunggah\n1,"Selasa, 06 Agu 2024 18:58 WIT","Isi pertama yang cukup panjang untuk menjadi sebuah paragraf berita.",2024-08-07T01:02:03Z\n2,"Selasa, 06 Agu 2024 18:58 WIB","Kamis, 13 Feb 2025 17:57 WIB\nIsi kedua yang cukup panjang untuk menjadi sebuah paragraf berita.",\n' > "$TMP/d.csv"
expect_status 0 "csv with a date column" -- "$BERSIH" -q --format jsonl "$TMP/d.csv" -o "$TMP/d.jsonl"
check_eq "record date used when the text has none" "$(jsonl_eval "$TMP/d.jsonl" 'rs[0]["bersih_published"]')" "2024-08-06T18:58:00+09:00"
check_eq "the text's own date wins" "$(jsonl_eval "$TMP/d.jsonl" 'rs[1]["bersih_published"]')" "2025-02-13T17:57:00+07:00"
expect_status 0 "--date-column" -- "$BERSIH" -q --format jsonl --date-column diunggah "$TMP/d.csv" -o "$TMP/d2.jsonl"
check_eq "--date-column picks the column, ISO offset kept" "$(jsonl_eval "$TMP/d2.jsonl" 'rs[0]["bersih_published"]')" "2024-08-07T01:02:00+00:00"

# The record's outlet field (name, domain or URL) picks the profile; an unknown name falls back to
# the text's signatures; --outlet-column names another column. A time without a zone takes the
# outlet's zone (CNBC Indonesia prints none).
printf 'id,outlet,isi_berita,situs\n1,CNBC Indonesia,"24 August 2024 14:52\nIsi pertama yang cukup panjang untuk menjadi sebuah paragraf berita.",https://www.antaranews.com/berita/1\n2,blog saya,"Isi kedua yang cukup panjang untuk menjadi sebuah paragraf berita.",tribun-timur.com\n3,Kompas.com,"Isi ketiga yang cukup panjang untuk menjadi sebuah paragraf berita.",x\n' > "$TMP/o.csv"
expect_status 0 "csv with an outlet column" -- "$BERSIH" -q --format jsonl "$TMP/o.csv" -o "$TMP/o.jsonl"
check_eq "outlet named by the field" "$(jsonl_eval "$TMP/o.jsonl" '[r["bersih_outlet"] for r in rs]')" "['cnbcindonesia', None, 'kompas']"
check_eq "the outlet's zone for a time without one" "$(jsonl_eval "$TMP/o.jsonl" 'rs[0]["bersih_published"]')" "2024-08-24T14:52:00+07:00"
expect_status 0 "--outlet-column" -- "$BERSIH" -q --format jsonl --outlet-column situs "$TMP/o.csv" -o "$TMP/o2.jsonl"
check_eq "--outlet-column takes a URL or a domain" "$(jsonl_eval "$TMP/o2.jsonl" '[r["bersih_outlet"] for r in rs]')" "['antaranews', 'tribunnews', None]"

# JSON array.
printf '[\n {"id": 1, "content": "Jakarta - Isi pertama yang cukup panjang untuk sebuah paragraf berita."},\n {"id": 2, "content": "Isi kedua yang cukup panjang untuk sebuah paragraf berita ini."}\n]\n' > "$TMP/a.json"
expect_status 0 "json array in" -- "$BERSIH" -q --format jsonl "$TMP/a.json" -o "$TMP/json.jsonl"
check_eq "json array records" "$(jsonl_eval "$TMP/json.jsonl" '[r["id"] for r in rs]')" "[1, 2]"

# --input-format overrides the extension; standard input.
cp "$TMP/in.jsonl" "$TMP/in.dat"
expect_status 0 "--input-format jsonl" -- "$BERSIH" -q --input-format jsonl --format jsonl "$TMP/in.dat" -o "$TMP/dat.jsonl"
check_eq "forced format" "$(jsonl_eval "$TMP/dat.jsonl" 'len(rs)')" 20
"$BERSIH" -q --input-format jsonl --format jsonl < "$TMP/in.jsonl" > "$TMP/stdin.jsonl"
check_eq "stdin gives the same records" "$(cmp -s "$TMP/stdin.jsonl" "$TMP/dat.jsonl" && echo same)" same

# --format json: one object for one record, an array for several.
"$BERSIH" -q --format json "$TMP/two.txt" > "$TMP/two.json"
check_eq "json array for several records" "$(json_eval "$TMP/two.json" 'len(d)')" 2
printf 'Satu\n\nJakarta - Kalimat pertama yang cukup panjang untuk sebuah paragraf berita.\n' > "$TMP/one.txt"
"$BERSIH" -q --format json "$TMP/one.txt" > "$TMP/one.json"
check_eq "json object for one record" "$(json_eval "$TMP/one.json" 'type(d).__name__')" dict

# Directories: recursive, sorted, --glob.
mkdir -p "$TMP/tree/a" "$TMP/tree/b"
cp "$TMP/in.jsonl" "$TMP/tree/b/x.jsonl"; cp "$TMP/in.jsonl" "$TMP/tree/a/y.jsonl"; cp "$TMP/one.txt" "$TMP/tree/a/z.txt"
expect_status 0 "directory with --glob" -- "$BERSIH" -q --format jsonl --glob '*.jsonl' "$TMP/tree" -o "$TMP/tree.jsonl"
check_eq "glob selects files" "$(jsonl_eval "$TMP/tree.jsonl" 'len(rs)')" 40
"$BERSIH" -q --format jsonl "$TMP/tree" -o "$TMP/tree_all.jsonl"
check_eq "all files, sorted (a/ before b/)" "$(jsonl_eval "$TMP/tree_all.jsonl" 'len(rs), "source" in rs[20]')" "(41, True)"
finish
