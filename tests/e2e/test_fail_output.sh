#!/usr/bin/env bash
# Output faults: a full disk, a reader that goes away, a signal in the middle of a run.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/batch_lib.sh"

article="$TMP/article.txt"
printf 'Pemerintah kota mengumumkan rencana baru untuk memperbaiki jalan raya tahun ini.\n' > "$article"

# A full disk. /dev/full is reached through a symlink so that no binary, however old, can ever
# rename a file over the device itself (the symlink would be replaced instead).
if [[ -c /dev/full ]]; then
    ln -s /dev/full "$TMP/full"
    "$BERSIH" -q --format jsonl "$article" -o "$TMP/full" 2>"$TMP/err"
    status=$?
    [[ $status -ne 0 ]] && pass "-o on a full disk: non-zero exit ($status)" || fail "-o on a full disk: exit 0"
    grep -Eq "^bersih: error: cannot write .*full.*No space left on device" "$TMP/err" \
        && pass "-o on a full disk: clear message" || fail "-o on a full disk: message: $(cat "$TMP/err")"
    [[ -L $TMP/full ]] && pass "-o on a device: written in place" || fail "-o on a device: replaced"
    [[ -z $(find "$TMP" -name '*.tmp-bersih-*') ]] && pass "-o on a full disk: no temporary left" \
        || fail "-o on a full disk: temporary left behind"

    "$BERSIH" -q --format jsonl "$article" > /dev/full 2>"$TMP/err"
    status=$?
    [[ $status -ne 0 ]] && pass "stdout on a full disk: non-zero exit" || fail "stdout on a full disk: exit 0"
    grep -q "No space left on device" "$TMP/err" && pass "stdout on a full disk: clear message" \
        || fail "stdout on a full disk: message: $(cat "$TMP/err")"
fi

# -o /dev/null works and leaves /dev/null a device.
expect_status 0 "-o /dev/null" -- "$BERSIH" -q "$article" -o /dev/null
[[ -c /dev/null ]] || fail "/dev/null is no longer a device"

# A directory as the output file.
mkdir "$TMP/adir"
"$BERSIH" -q "$article" -o "$TMP/adir" 2>"$TMP/err"
status=$?
[[ $status -ne 0 ]] && pass "-o DIRECTORY: non-zero exit" || fail "-o DIRECTORY: exit 0"
grep -q "^bersih: error: " "$TMP/err" && pass "-o DIRECTORY: message" || fail "-o DIRECTORY: $(cat "$TMP/err")"

# An output directory that does not exist.
"$BERSIH" -q "$article" -o "$TMP/no/such/dir/out.txt" 2>"$TMP/err"
[[ $? -ne 0 ]] && grep -q "^bersih: error: cannot write" "$TMP/err" && pass "-o in a missing directory" \
    || fail "-o in a missing directory: $(cat "$TMP/err")"

# Through a symlink: the file it names is replaced, the link stays.
printf 'old\n' > "$TMP/real.txt"
ln -s "$TMP/real.txt" "$TMP/link.txt"
expect_status 0 "-o through a symlink" -- "$BERSIH" -q "$article" -o "$TMP/link.txt"
[[ -L $TMP/link.txt ]] && grep -q Pemerintah "$TMP/real.txt" && pass "-o through a symlink: target written" \
    || fail "-o through a symlink: link replaced or target not written"

# `| head -1`: stops at once, says nothing (SIGPIPE ends the process as for any Unix filter).
for i in $(seq 1 3000); do
    printf 'Artikel nomor %d yang cukup panjang untuk menjadi paragraf di dalam berkas ini.\n\f\n' "$i"
done > "$TMP/many.txt"
"$BERSIH" --format jsonl "$TMP/many.txt" 2>"$TMP/err" | head -1 > "$TMP/first"
status=${PIPESTATUS[0]}
[[ $status -eq 0 || $status -eq 141 ]] && pass "| head -1: exit $status" || fail "| head -1: exit $status"
[[ ! -s $TMP/err ]] && pass "| head -1: no error text" || fail "| head -1: stderr: $(head -c 300 "$TMP/err")"
[[ $(wc -l < "$TMP/first") -eq 1 ]] && pass "| head -1: one line" || fail "| head -1: no line"

# A signal in the middle of a run leaves neither the output nor its temporary. The input is a
# FIFO held open, so bersih is still running when the signal comes.
# Background jobs of a script ignore SIGINT; python gives bersih the default disposition back
# and execs it, so $! is bersih itself.
default_signals=(python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])')
for sig in TERM INT HUP; do
    rm -f "$TMP/in.fifo"
    mkfifo "$TMP/in.fifo"
    "${default_signals[@]}" "$BERSIH" --format jsonl - -o "$TMP/out-$sig.jsonl" --stats "$TMP/stats-$sig.json" \
        < "$TMP/in.fifo" 2>"$TMP/err" &
    pid=$!
    exec 3>"$TMP/in.fifo"
    printf 'Artikel pertama yang cukup panjang untuk menjadi paragraf di dalam berkas ini.\n\f\n' >&3
    for _ in $(seq 1 100); do
        [[ -n $(find "$TMP" -name "out-$sig.jsonl.tmp-bersih-*") ]] && break
        sleep 0.1
    done
    [[ -n $(find "$TMP" -name "out-$sig.jsonl.tmp-bersih-*") ]] || fail "SIG$sig: no temporary seen while running"
    kill -s "$sig" "$pid"
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        fail "SIG$sig: still running 10 s after the signal"
        kill -9 "$pid"
    fi
    wait "$pid"
    status=$?
    exec 3>&-
    want=$((128 + $(kill -l "$sig")))
    [[ $status -eq $want ]] && pass "SIG$sig: killed by the signal ($status)" || fail "SIG$sig: exit $status, wanted $want"
    [[ ! -e $TMP/out-$sig.jsonl ]] && pass "SIG$sig: no output file" || fail "SIG$sig: partial output file"
    [[ -z $(find "$TMP" -name "out-$sig.jsonl.tmp-bersih-*") ]] && pass "SIG$sig: temporary removed" \
        || fail "SIG$sig: temporary left behind"
    # The statistics are still written, and say how the run ended.
    [[ $(json_eval "$TMP/stats-$sig.json" 'd["interrupted"]') == "SIG$sig" ]] \
        && pass "SIG$sig: --stats written, marked interrupted" || fail "SIG$sig: stats: $(cat "$TMP/stats-$sig.json" 2>&1 | head -c 300)"
    [[ -z $(find "$TMP" -name "stats-$sig.json.tmp-bersih-*") ]] || fail "SIG$sig: stats temporary left behind"
    grep -q "^bersih: .* in = .*(interrupted by SIG$sig; no output kept)" "$TMP/err" \
        && pass "SIG$sig: summary says interrupted" || fail "SIG$sig: summary: $(cat "$TMP/err")"
done

# A signal after workers have cleaned part of a stream (-j 2; the input is a FIFO held open, so
# the signal comes while bersih waits for more): the statistics count what was written before
# the signal, and in = out + empty + failed still holds.
rm -f "$TMP/in.fifo"
mkfifo "$TMP/in.fifo"
"${default_signals[@]}" "$BERSIH" -q -j 2 --format jsonl - -o "$TMP/out-busy.jsonl" --stats "$TMP/stats-busy.json" \
    < "$TMP/in.fifo" 2>"$TMP/err" &
pid=$!
exec 3>"$TMP/in.fifo"
for i in $(seq 1 3000); do
    printf 'Artikel nomor %d yang cukup panjang untuk menjadi paragraf di dalam berkas ini.\n\f\n' "$i"
done >&3
sleep 1
kill -s INT "$pid"
wait "$pid"
status=$?
exec 3>&-
[[ $status -eq 130 ]] && pass "busy SIGINT: exit 130" || fail "busy SIGINT: exit $status"
[[ ! -e $TMP/out-busy.jsonl ]] && pass "busy SIGINT: no output file" || fail "busy SIGINT: partial output"
check_eq "busy SIGINT: stats count the records written, in = out + empty + failed" \
    "$(json_eval "$TMP/stats-busy.json" '(d["articles"]["in"] >= 256, sum(d["articles"][k] for k in ("out", "empty", "failed")) == d["articles"]["in"], d["interrupted"])')" \
    "(True, True, 'SIGINT')"

finish
