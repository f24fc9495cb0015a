#!/usr/bin/env bash
# Runs one golden case: bersih [args] input.* must print exactly expected.*.
# Usage: run_case.sh BERSIH CASE_DIR
set -euo pipefail
bersih=$1
dir=$2
input=$(find "$dir" -maxdepth 1 -name 'input.*' | sort | head -n1)
expected=$(find "$dir" -maxdepth 1 -name 'expected.*' | sort | head -n1)
[[ -n $input && -n $expected ]] || { echo "case $dir needs input.* and expected.*"; exit 1; }
args=()
if [[ -f $dir/args ]]; then
    read -r -a args < "$dir/args"
fi
case $expected in
    *.json) fmt=(--format json) ;;
    *.jsonl) fmt=(--format jsonl) ;;
    *) fmt=(--format text) ;;
esac
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
# Run from the case folder so "source" names the input file alone.
(cd "$dir" && "$bersih" "${fmt[@]}" "${args[@]}" "$(basename "$input")") > "$actual"
if ! diff -u "$expected" "$actual"; then
    echo "golden case $(basename "$dir") differs (to accept: cp $actual $expected)"
    exit 1
fi
