#!/usr/bin/env bash
# bench/run.sh: bersih's throughput benchmark. Runs ../shared/bench/run_bench.sh (grep, sed, perl
# and the Python baselines on the same 200 MB synthetic corpus) with bersih in JSONL, then again
# with 3,000 generated extra rules, then hyperfine for start-up, and prints the figures.
#
#   bench/run.sh [--bersih build/bersih] [--mb 200] [--reps 3] [--shared ../shared]
# Not a test: it takes minutes and its numbers depend on the machine and its load.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BERSIH=$ROOT/build/bersih MB=200 REPS=3 SHARED=$ROOT/../shared
while [ $# -gt 0 ]; do
  case "$1" in
    --bersih) BERSIH=$2; shift 2;; --mb) MB=$2; shift 2;; --reps) REPS=$2; shift 2;;
    --shared) SHARED=$2; shift 2;; *) echo "unknown option $1" >&2; exit 2;;
  esac
done
BERSIH=$(cd "$(dirname "$BERSIH")" && pwd)/$(basename "$BERSIH")
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
python3 "$ROOT/bench/gen_extra_rules.py" 3000 > "$WORK/extra.toml"
"$BERSIH" --rules "$WORK/extra.toml" --check-rules | tail -1

echo "== default rules" >&2
"$SHARED/bench/run_bench.sh" --mb "$MB" --reps "$REPS" --bersih "$BERSIH" --bersih-input jsonl \
  --bersih-args "--input-format jsonl --format jsonl -q" | tee "$WORK/base.txt"
echo "== with 3,000 extra rules (bersih only)" >&2
"$SHARED/bench/run_bench.sh" --mb "$MB" --reps "$REPS" --bersih "$BERSIH" --bersih-input jsonl \
  --bersih-args "--input-format jsonl --format jsonl -q --rules $WORK/extra.toml" \
  --skip "cat wc-l grep-C grep-UTF8 sed-E perl-ne py-loop-txt py-loop-jsonl py-combined-jsonl" | tee "$WORK/extra.txt"

speed() { sed -n "s/.* $1=\([0-9.]*\)MB\/s.*/\1/p" "$2"; }
b=$(speed bersih "$WORK/base.txt"); g=$(speed grep-C "$WORK/base.txt"); p=$(speed py-loop-jsonl "$WORK/base.txt")
x=$(speed bersih "$WORK/extra.txt")
rss=$(awk '$1=="bersih"{print $(NF-1)}' "$WORK/base.txt")
echo
echo "bersih ${b} MB/s, grep -v -E -f (C) ${g} MB/s, python baseline ${p} MB/s"
python3 - "$b" "$g" "$p" "$x" <<'PY'
import sys
b, g, p, x = map(float, sys.argv[1:])
print(f"bersih / grep = {b / g:.3f}x (goal >= 1.0), bersih / python = {b / p:.1f}x (goal >= 25)")
print(f"time with 3,000 extra rules / default = {b / x:.2f}x (goal <= 1.5)")
PY
echo "peak RSS (200 MB input): ${rss} MB"

if command -v hyperfine > /dev/null; then
  printf 'Jakarta - Kalimat berita yang cukup panjang untuk menjadi sebuah paragraf.\n' > "$WORK/small.txt"
  hyperfine -N --warmup 5 --runs 50 --export-json "$WORK/start.json" \
    "$BERSIH -q $WORK/small.txt" "python3 -c 'import re'" > /dev/null
  python3 - "$WORK/start.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
b, p = r[0]["median"], r[1]["median"]
print(f"start-up (one small file): bersih {b * 1000:.1f} ms, python3 -c 'import re' {p * 1000:.1f} ms, ratio {b / p:.2f} (goal <= 0.5)")
PY
fi
