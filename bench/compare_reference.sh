#!/usr/bin/env bash
# bench/compare_reference.sh: this build's output against a reference binary's, byte for byte, on
# every input the project has: each article of ../shared/corpus (--format json --explain), each
# file of ../shared/dumps, each file of ../shared/wild (the JSONL that eval/residue.py feeds the
# cleaner, as residue.py writes it), a synthetic kit (gen_corpus.py, JSONL and concatenated text),
# and the kit again with 3,000 generated user rules (--rules: the start-up-compiled database).
#
#   bench/compare_reference.sh [--new build/bersih] [--ref /work/wt-ref/build/bersih]
#                              [--shared ../shared] [--articles 3000]
# Prints one line per difference and a summary; exits 1 when anything differs.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NEW=$ROOT/build/bersih REF=/work/wt-ref/build/bersih SHARED=$ROOT/../shared ARTICLES=3000
while [ $# -gt 0 ]; do
  case "$1" in
    --new) NEW=$2; shift 2;; --ref) REF=$2; shift 2;; --shared) SHARED=$2; shift 2;;
    --articles) ARTICLES=$2; shift 2;; *) echo "unknown option $1" >&2; exit 2;;
  esac
done
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
same=0 differ=0

# compare NAME ARGS...: run both binaries with ARGS (stdin from $WORK/stdin when it exists).
compare() {
  local name=$1; shift
  local in=/dev/null; [ -f "$WORK/stdin" ] && in=$WORK/stdin
  "$NEW" "$@" < "$in" > "$WORK/new.out" 2> "$WORK/new.err" && rn=0 || rn=$?
  "$REF" "$@" < "$in" > "$WORK/ref.out" 2> "$WORK/ref.err" && rr=0 || rr=$?
  if [ "$rn" = "$rr" ] && cmp -s "$WORK/new.out" "$WORK/ref.out" && cmp -s "$WORK/new.err" "$WORK/ref.err"; then
    same=$((same + 1))
  else
    differ=$((differ + 1)); echo "DIFFERS: $name (exit $rn vs $rr)"
  fi
}

for f in "$SHARED"/corpus/raw/*/*.txt; do
  compare "corpus ${f#"$SHARED"/}" --format json --explain "$f"
done
for f in "$SHARED"/dumps/*; do
  compare "dump $(basename "$f") jsonl" --format jsonl --explain -q "$f"
  compare "dump $(basename "$f") text" --format text -q "$f"
done
for f in "$SHARED"/wild/*.jsonl.gz; do
  python3 - "$f" > "$WORK/stdin" <<'PY'
import gzip, json, os, sys
f = sys.argv[1]
with gzip.open(f, "rt", encoding="utf-8") as fh:
    for n, l in enumerate(fh):
        if l.strip():
            r = json.loads(l)
            r.setdefault("id", f"{os.path.basename(f)}:{n}")
            print(json.dumps({"id": r["id"], "outlet": r.get("outlet"), "url": r.get("url"),
                              "title": r.get("title"), "text": r.get("text") or ""}, ensure_ascii=False))
PY
  compare "wild $(basename "$f")" -I jsonl --format jsonl --text-field text -q
  compare "wild $(basename "$f") --explain" -I jsonl --format jsonl --text-field text --explain -q
done
rm -f "$WORK/stdin"
python3 "$SHARED/bench/gen_corpus.py" --articles "$ARTICLES" --seed 13 --format jsonl,concat \
  --noise 0.3 --out "$WORK/kit" > /dev/null
python3 "$SHARED/bench/gen_corpus.py" --articles 300 --seed 14 --format jsonl --bad \
  --out "$WORK/bad" > /dev/null
python3 "$ROOT/bench/gen_extra_rules.py" 3000 > "$WORK/extra.toml"
compare "synthetic jsonl" -I jsonl --format jsonl --explain -q "$WORK/kit/articles.jsonl"
compare "synthetic concat" --format json --explain -q "$WORK/kit/all.txt"
compare "synthetic bad bytes" -I jsonl --format jsonl --explain -q "$WORK/bad/articles.jsonl"
compare "synthetic + 3000 user rules" -I jsonl --format jsonl --explain -q \
  --rules "$WORK/extra.toml" "$WORK/kit/articles.jsonl"
echo "compare_reference: $same identical, $differ different ($(basename "$NEW") vs $REF)"
[ "$differ" = 0 ]
