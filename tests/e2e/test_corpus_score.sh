#!/usr/bin/env bash
# Accuracy floor on the real labelled corpus beside the project (../shared/corpus): fails when
# shingle F1 drops below 0.97 or content kept below 0.99, overall or for any one outlet. Skipped (77)
# when the corpus is absent.
source "$(dirname "$0")/lib.sh"
corpus="${BERSIH_SHARED_DIR:-}/corpus"
scorer="${BERSIH_SHARED_DIR:-}/eval/score_real.py"
if [[ ! -d $corpus || ! -f $scorer ]] || ! command -v python3 > /dev/null; then
    echo "skip: no ../shared/corpus"
    exit 77
fi
report=$(python3 "$scorer" --corpus "$corpus" --cmd "$BERSIH --format json {in}")
last=$(tail -n1 <<< "$report")
echo "$last"
f1=$(sed -n 's/.* F1=\([0-9.]*\).*/\1/p' <<< "$last")
kept=$(sed -n 's/.*content_kept=\([0-9.]*\).*/\1/p' <<< "$last")
[[ -n $f1 && -n $kept ]] || fail "cannot read the scorer's last line"
if [[ -n $f1 ]] && awk "BEGIN{exit !($f1 >= 0.97)}"; then pass "F1 $f1 >= 0.97"; else fail "F1 $f1 < 0.97"; fi
if [[ -n $kept ]] && awk "BEGIN{exit !($kept >= 0.99)}"; then pass "content_kept $kept >= 0.99"; else fail "content_kept $kept < 0.99"; fi
# Per-outlet rows: "outlet n P R F1 kept removed exact meta".
outlets=$(awk 'NF == 9 && $2 ~ /^[0-9]+$/ { print }' <<< "$report")
[[ -n $outlets ]] || fail "cannot read the scorer's per-outlet rows"
while read -r name _ _ _ of1 okept _; do
    if awk "BEGIN{exit !($of1 >= 0.97 && $okept >= 0.99)}"; then
        pass "$name: F1 $of1, content kept $okept"
    else
        fail "$name: F1 $of1 (floor 0.97), content kept $okept (floor 0.99)"
    fi
done <<< "$outlets"
finish
