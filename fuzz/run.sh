#!/usr/bin/env bash
# Runs libFuzzer targets for a bounded time, one after another, single process each.
# Usage: fuzz/run.sh BUILD_DIR SECONDS [TARGET...]   (default: every fuzz_* binary in BUILD_DIR/fuzz)
# The committed seed corpus is read, never written: new inputs go to BUILD_DIR/fuzz-work/<target>/.
# Crashes are saved as BUILD_DIR/fuzz-work/<target>/crash-*; copy one to fuzz/regressions/<target>/
# after fixing the bug so ctest replays it. Exit status 1 when any target found something.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: fuzz/run.sh BUILD_DIR SECONDS [TARGET...]}
seconds=${2:?usage: fuzz/run.sh BUILD_DIR SECONDS [TARGET...]}
shift 2
targets=("$@")
if ((${#targets[@]} == 0)); then
    for bin in "$build"/fuzz/fuzz_*; do
        name=$(basename "$bin")
        [[ -x $bin && $name != *_replay ]] && targets+=("${name#fuzz_}")
    done
fi
status=0
for target in "${targets[@]}"; do
    bin=$build/fuzz/fuzz_$target
    work=$build/fuzz-work/$target
    mkdir -p "$work/corpus"
    seeds=("$here/corpus/$target")
    [[ -d $here/regressions/$target ]] && seeds+=("$here/regressions/$target")
    echo "== fuzz_$target for ${seconds}s"
    # -timeout: one input taking longer than 30 s is a hang and is reported like a crash. Not
    # less: fuzz_matcher's reference Boost search of a recursive pattern took 8-12 s under the
    # sanitizers on this loaded 2-core machine, slow but finite.
    nice -n 10 "$bin" "$work/corpus" "${seeds[@]}" -max_total_time="$seconds" -timeout=30 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$work/" \
        >"$work/log" 2>&1
    rc=$?
    grep -E "^Done|stat::number_of_executed_units|stat::peak_rss_mb" "$work/log" || true
    if ((rc != 0)); then
        echo "fuzz_$target: FOUND A PROBLEM (exit $rc); see $work/log and $work/crash-*"
        grep -E "ERROR|SUMMARY|check failed|what\(\)" "$work/log" | head -5
        status=1
    fi
done
exit $status
