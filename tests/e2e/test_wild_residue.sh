#!/usr/bin/env bash
# Generality gate on unlabelled real scrapes (../shared/wild): residue.py over a fixed sample of
# about 1,500 articles (every source file represented; residue.py's --sample is deterministic).
# Fails when the share of articles with debris left, or the share of prose sentences lost, rises
# above its ceiling. prose_lost is read from residue_corrected.py (two proxy corrections, see
# there); the plain figure is printed too. Skipped (77) when ../shared/wild is absent.
source "$(dirname "$0")/lib.sh"
wild="${BERSIH_SHARED_DIR:-}/wild"
eval_dir="${BERSIH_SHARED_DIR:-}/eval"
if [[ ! -d $wild || ! -f $eval_dir/residue.py ]] || ! command -v python3 > /dev/null; then
    echo "skip: no ../shared/wild"
    exit 77
fi
max_dirty=0.04
max_lost=0.003
cmd="$BERSIH -I jsonl --format jsonl --text-field text -q"
plain=$(python3 "$eval_dir/residue.py" --wild "$wild" --sample 1500 --cmd "$cmd" | tail -n1)
corrected=$(python3 "$(dirname "$0")/residue_corrected.py" "$eval_dir" --wild "$wild" \
    --sample 1500 --cmd "$cmd" | tail -n1)
echo "residue.py:           $plain"
echo "with proxy fixes:     $corrected"
dirty=$(sed -n 's/.*dirty_share=\([0-9.]*\).*/\1/p' <<< "$corrected")
lost=$(sed -n 's/.*prose_lost=\([0-9.]*\).*/\1/p' <<< "$corrected")
missing=$(sed -n 's/.*missing=\([0-9]*\).*/\1/p' <<< "$corrected")
[[ -n $dirty && -n $lost && -n $missing ]] || fail "cannot read residue.py's last line"
if awk "BEGIN{exit !($dirty <= $max_dirty)}"; then pass "dirty_share $dirty <= $max_dirty"; else fail "dirty_share $dirty > $max_dirty"; fi
if awk "BEGIN{exit !($lost <= $max_lost)}"; then pass "prose_lost $lost <= $max_lost"; else fail "prose_lost $lost > $max_lost"; fi
if [[ $missing == 0 ]]; then pass "every record came back"; else fail "$missing records missing"; fi
finish
