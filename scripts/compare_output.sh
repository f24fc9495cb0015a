#!/usr/bin/env bash
# Compares the output of two bersih binaries byte for byte: standard output, standard error (the
# --explain lines of the text format, the summary without its timing) and the exit status, on
# every input a change of the output code must leave alone:
#   - each article of ../shared/corpus (--format json --explain; text --explain), and the whole
#     corpus at once as JSONL;
#   - each file of ../shared/dumps (jsonl, json --explain, text --explain);
#   - every golden case (tests/golden/<case>/, with its args), in json, jsonl and text --explain;
#   - ../shared/wild as JSONL with and without --explain, and with another --meta-prefix;
#   - the --stats and --errors files of a run over the dumps and a broken JSONL file.
# Usage: scripts/compare_output.sh REFERENCE_BINARY [NEW_BINARY (default build/bersih)]
# Prints one line per difference and a last line "compared N runs, D differ"; exit 1 when any
# run differs. Run from the project's root (it finds ../shared from there).
set -uo pipefail
ref=${1:?usage: scripts/compare_output.sh REFERENCE_BINARY [NEW_BINARY]}
new=${2:-build/bersih}
shared=${BERSIH_SHARED:-../shared}
root=$(pwd)
ref=$(realpath "$ref")
new=$(realpath "$new")
[[ -x $ref && -x $new ]] || { echo "both binaries must exist: $ref $new" >&2; exit 2; }
[[ -d $shared/corpus && -d $shared/dumps && -d $shared/wild ]] || { echo "no $shared" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=0
differ=0

# run_both DIR ARGS...: runs both binaries in DIR with ARGS and compares what they print.
run_both() {
    local dir=$1
    shift
    local bin side
    for side in ref new; do
        bin=$ref
        [[ $side == new ]] && bin=$new
        (cd "$dir" && "$bin" "$@") >"$work/$side.out" 2>"$work/$side.err"
        echo "exit $?" >>"$work/$side.err"
        # The summary's timing and throughput differ from run to run.
        sed -i -E 's/ in [0-9.]+ s(, .*)?$/ in <time>/' "$work/$side.err"
    done
    runs=$((runs + 1))
    if ! cmp -s "$work/ref.out" "$work/new.out" || ! cmp -s "$work/ref.err" "$work/new.err"; then
        differ=$((differ + 1))
        echo "DIFFERS: (cd $dir && bersih $*)"
        diff <(head -c 2000 "$work/ref.out") <(head -c 2000 "$work/new.out") | head -5
        diff "$work/ref.err" "$work/new.err" | head -5
    fi
}

corpus=$(realpath "$shared/corpus/raw")
for article in "$corpus"/*/*.txt; do
    rel=${article#"$corpus"/}
    run_both "$corpus" --format json --explain "$rel"
    run_both "$corpus" --format text --explain "$rel"
done
mapfile -t articles < <(cd "$corpus" && ls -- */*.txt)
run_both "$corpus" --format jsonl "${articles[@]}"
run_both "$corpus" --format jsonl --explain "${articles[@]}"

dumps=$(realpath "$shared/dumps")
for dump in "$dumps"/*; do
    name=$(basename "$dump")
    run_both "$dumps" --format jsonl "$name"
    run_both "$dumps" --format json --explain "$name"
    run_both "$dumps" --format text --explain "$name"
done

for case_dir in "$root"/tests/golden/*/; do
    input=$(find "$case_dir" -maxdepth 1 -name 'input.*' | sort | head -n1)
    [[ -n $input ]] || continue
    args=()
    [[ -f $case_dir/args ]] && read -r -a args <"$case_dir/args"
    for format in json jsonl; do
        run_both "$case_dir" --format "$format" --explain "${args[@]}" "$(basename "$input")"
    done
    run_both "$case_dir" --format text --explain "${args[@]}" "$(basename "$input")"
done

wild=$(realpath "$shared/wild")
mapfile -t wild_files < <(cd "$wild" && ls -- *.jsonl.gz)
run_both "$wild" -I jsonl --format jsonl --text-field text -q "${wild_files[@]}"
run_both "$wild" -I jsonl --format jsonl --text-field text --explain -q "${wild_files[@]}"
run_both "$wild" -I jsonl --format json --text-field text --meta-prefix x_ -q "${wild_files[@]}"

# The other JSON files: --stats (without its timing) and --errors, on the dumps and broken JSONL.
for side in ref new; do
    bin=$ref
    [[ $side == new ]] && bin=$new
    "$bin" --format jsonl --stats "$work/$side.stats" --errors "$work/$side.errors" \
        "$dumps"/* "$root"/fuzz/corpus/reader_jsonl/bad_lines.jsonl >/dev/null 2>&1
    grep -v '"seconds"' "$work/$side.stats" >"$work/$side.stats.cmp"
done
runs=$((runs + 1))
if ! cmp -s "$work/ref.stats.cmp" "$work/new.stats.cmp" || ! cmp -s "$work/ref.errors" "$work/new.errors"; then
    differ=$((differ + 1))
    echo "DIFFERS: --stats or --errors"
fi

echo "compared $runs runs, $differ differ"
((differ == 0))
