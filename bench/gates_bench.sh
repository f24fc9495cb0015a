#!/usr/bin/env bash
# bench/gates_bench.sh: --dedup near (and all the record gates) against plain cleaning, on
# synthetic JSONL from ../shared/bench/gen_corpus.py. Issue 12 asks, at 1 GB: peak RSS <= 128 MB
# and >= 0.5x the speed of plain cleaning. Prints MB/s, peak RSS, records kept, and the ratios.
#
#   bench/gates_bench.sh [--bersih build/bersih] [--mb 1000] [--reps 3] [--jobs 2] [--shared ../shared]
#                        [--input FILE.jsonl] [--no-all]
# --no-all leaves out the run with every gate (the issue's figure is --dedup near alone).
# Not a test: its numbers depend on the machine and its load (on a shared machine the CPU-time
# ratio is the steadier one: wall time there measures the neighbours too). The corpus is cached in
# ~/.cache/bersih-bench/ (never inside the repo); --input times an existing corpus instead.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BERSIH=$ROOT/build/bersih MB=1000 REPS=3 JOBS=2 SHARED=$ROOT/../shared INPUT='' ALL=1
while [ $# -gt 0 ]; do
  case "$1" in
    --bersih) BERSIH=$2; shift 2;; --mb) MB=$2; shift 2;; --reps) REPS=$2; shift 2;;
    --jobs) JOBS=$2; shift 2;; --shared) SHARED=$2; shift 2;; --input) INPUT=$2; shift 2;;
    --no-all) ALL=0; shift;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
if [ -z "$INPUT" ]; then
  CORPUS=${XDG_CACHE_HOME:-$HOME/.cache}/bersih-bench/gates-${MB}mb-s1
  if [ ! -s "$CORPUS/articles.jsonl" ]; then
    python3 "$SHARED/bench/gen_corpus.py" --mb "$MB" --seed 1 --format jsonl --out "$CORPUS" >&2
  fi
  INPUT=$CORPUS/articles.jsonl
fi
BYTES=$(stat -c %s "$INPUT")
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
cat "$INPUT" > /dev/null # into the page cache

# run NAME ARGS...: the median wall time of REPS runs, the largest peak RSS and the median CPU
# time (user + system), as "seconds kB cpu_seconds".
run() {
  local name=$1; shift
  local times=() cpus=() rss=0
  for _ in $(seq "$REPS"); do
    /usr/bin/time -f '%e %M %U %S' -o "$WORK/time" "$BERSIH" -I jsonl --format jsonl -q -j "$JOBS" \
      "$@" --stats "$WORK/$name.json" "$INPUT" > /dev/null
    read -r seconds kb user sys < "$WORK/time"
    times+=("$seconds"); [ "$kb" -gt "$rss" ] && rss=$kb
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')")
  done
  local middle=$(( (REPS + 1) / 2 ))
  echo "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "${middle}p") $rss" \
    "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "${middle}p")"
}
report() {
  local name=$1 seconds=$2 kb=$3
  python3 - "$name" "$seconds" "$kb" "$BYTES" "$WORK/$name.json" <<'PY'
import json, sys
name, seconds, kb, size, stats = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
d = json.load(open(stats))
a = d["articles"]
print(f"{name:<12} {size / 1e6 / max(seconds, 1e-9):8.1f} MB/s  peak RSS {kb / 1024:7.1f} MB  "
      f"in {a['in']}  out {a['out']}  rejected {a.get('rejected', 0)} {d.get('rejected', {})}")
PY
}
echo "input: $INPUT ($((BYTES / 1000000)) MB), -j $JOBS, median of $REPS" >&2
read -r plain_s plain_kb plain_cpu <<< "$(run plain)"
read -r near_s near_kb near_cpu <<< "$(run near --dedup near)"
all_s=0 all_kb=0 all_cpu=0
if [ "$ALL" = 1 ]; then
  read -r all_s all_kb all_cpu <<< \
    "$(run all --dedup near --min-words 50 --lang id --max-residue 0.05)"
fi
report plain "$plain_s" "$plain_kb"
report near "$near_s" "$near_kb"
if [ "$ALL" = 1 ]; then
  report all "$all_s" "$all_kb"
fi
python3 - "$plain_s" "$near_s" "$all_s" "$near_kb" "$all_kb" "$plain_cpu" "$near_cpu" "$all_cpu" <<'PY'
import sys
plain, near, all_, near_kb, all_kb, plain_cpu, near_cpu, all_cpu = map(float, sys.argv[1:])
for name, s, kb, cpu in (("--dedup near", near, near_kb, near_cpu), ("all gates", all_, all_kb, all_cpu)):
    if s == 0:
        continue  # --no-all
    ratio = plain / s
    cpu_ratio = plain_cpu / cpu if cpu > 0 else 0
    print(f"{name}: {ratio:.2f}x the speed of plain cleaning by wall time, {cpu_ratio:.2f}x by CPU time "
          f"({'ok' if min(ratio, cpu_ratio) >= 0.5 else 'BELOW 0.5x'}), "
          f"peak RSS {kb / 1024:.1f} MB ({'ok' if kb <= 128 * 1024 else 'ABOVE 128 MB'})")
PY
