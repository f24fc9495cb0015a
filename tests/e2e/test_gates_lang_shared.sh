#!/usr/bin/env bash
# --lang id on the real data beside the project (issue 12): every record of the English ANTARA dump
# in ../shared/dumps is rejected, every article of ../shared/corpus and ../shared/corpus-wild is
# kept (Indonesian articles quoting English, lyrics pages among them). Skipped (77) without them.
source "$(dirname "$0")/lib.sh"
shared="${BERSIH_SHARED_DIR:-}"
english=$(ls "$shared"/dumps/*antara_en* 2> /dev/null | head -n1)
if [[ -z $english || ! -d $shared/corpus/raw || ! -d $shared/corpus-wild/raw ]]; then
    echo "skip: no ../shared dumps and corpora"
    exit 77
fi
source "$(dirname "$0")/batch_lib.sh"

"$BERSIH" --format jsonl -q --lang id --stats "$TMP/en.json" "$english" > "$TMP/en.jsonl"
check_eq "English ANTARA dump: every record rejected by lang" \
    "$(json_eval "$TMP/en.json" '(d["articles"]["in"] > 0, d["articles"]["in"] == d["rejected"].get("lang"), d["articles"]["out"])')" \
    "(True, True, 0)"
for corpus in corpus corpus-wild; do
    "$BERSIH" --format jsonl -q --lang id --glob '*.txt' --stats "$TMP/$corpus.json" \
        "$shared/$corpus/raw" > /dev/null
    check_eq "$corpus: every article kept" \
        "$(json_eval "$TMP/$corpus.json" '(d["articles"]["in"] > 50, d["articles"]["rejected"])')" "(True, 0)"
done
finish
