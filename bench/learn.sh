#!/usr/bin/env bash
# bench/learn.sh: `bersih learn` against plain cleaning on synthetic JSONL from
# ../shared/bench/gen_corpus.py: wall time, peak RSS (GNU time) and the speed ratio (issue 12
# asks for learn at >= 0.5x the speed of cleaning and <= 128 MB at 1 GB).
#
#   bench/learn.sh [--bersih build/bersih] [--mb 1000] [--jobs 0] [--shared ../shared]
#                  [--input FILE.jsonl] [--no-adapt]
# --input times an existing corpus (such as one 1 GB file shared with bench/gates_bench.sh)
# instead of generating --mb of it; --no-adapt leaves out the --adapt run (two passes).
# Not a test: its figures depend on the machine and its load. On a shared machine the CPU-time
# ratio (user + system seconds) is the steadier one: wall time there measures the neighbours too.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BERSIH=$ROOT/build/bersih MB=1000 JOBS=0 SHARED=$ROOT/../shared INPUT='' ADAPT=1
while [ $# -gt 0 ]; do
  case "$1" in
    --bersih) BERSIH=$2; shift 2;; --mb) MB=$2; shift 2;; --jobs) JOBS=$2; shift 2;;
    --shared) SHARED=$2; shift 2;; --input) INPUT=$2; shift 2;; --no-adapt) ADAPT=0; shift;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
if [ -z "$INPUT" ]; then
  python3 "$SHARED/bench/gen_corpus.py" --mb "$MB" --format jsonl --out "$WORK" > /dev/null
  INPUT=$WORK/articles.jsonl
fi
echo "input: $(du -m "$INPUT" | cut -f1) MB, $(wc -l < "$INPUT") articles, -j $JOBS"

# run NAME COMMAND...: prints "NAME seconds cpu_seconds peak_kB"
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" > /dev/null
  read -r secs user sys kb < "$WORK/time"
  local cpu
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
  printf '%-8s %8.2f s %8.2f s CPU %8d kB peak RSS\n' "$name" "$secs" "$cpu" "$kb"
  echo "$secs $cpu $kb" > "$WORK/$name"
}
run clean "$BERSIH" -q -j "$JOBS" -I jsonl --format jsonl -o /dev/null "$INPUT"
run learn "$BERSIH" learn -q -j "$JOBS" -I jsonl -o "$WORK/learned.toml" "$INPUT"
if [ "$ADAPT" = 1 ]; then
  run adapt "$BERSIH" -q -j "$JOBS" --adapt -I jsonl --format jsonl -o /dev/null "$INPUT"
fi
echo "learned rules: $(grep -c '^\[\[rule' "$WORK/learned.toml" || true)"
"$BERSIH" --rules "$WORK/learned.toml" --check-rules | tail -1
read -r clean_s clean_cpu _ < "$WORK/clean"
read -r learn_s learn_cpu learn_kb < "$WORK/learn"
awk -v c="$clean_s" -v l="$learn_s" -v cc="$clean_cpu" -v lc="$learn_cpu" -v kb="$learn_kb" 'BEGIN {
  ratio = (l > 0) ? c / l : 0
  cpu_ratio = (lc > 0) ? cc / lc : 0
  printf "learn speed / clean speed = %.2f by wall time, %.2f by CPU time (want >= 0.5); " \
    "learn peak RSS %.1f MB (want <= 128)\n", ratio, cpu_ratio, kb / 1024
}'
