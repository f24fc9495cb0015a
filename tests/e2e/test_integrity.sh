#!/usr/bin/env bash
# Output integrity under faults (issue 14): each numbered case of the issue, and the smaller ones.
source "$(dirname "$0")/lib.sh"

T='Ini adalah paragraf berita yang cukup panjang untuk dianggap prosa oleh alat.'
printf '{"id":1,"text":"%s"}\n{"id":2,"text":"%s"}\n' "$T" "$T" > "$TMP/two.jsonl"
no_temporaries() { [[ -z $(find "$TMP" -name '*.tmp-bersih-*') ]]; }

# 2. A full or closed standard error: the run goes on and its exit code is the run's.
if [[ -c /dev/full ]]; then
    expect_status 0 "stderr full: the run succeeds" -- "$BERSIH" -f jsonl "$TMP/two.jsonl" -o "$TMP/o2.jsonl" 2>/dev/full
    [[ $(wc -l < "$TMP/o2.jsonl") -eq 2 ]] && pass "stderr full: output written" || fail "stderr full: output"
    printf '{"id":3}\n' >> "$TMP/two.jsonl.bad"
    expect_status 1 "stderr full, a failed record: exit 1" -- "$BERSIH" -f jsonl "$TMP/two.jsonl.bad" -I jsonl -o "$TMP/o2b.jsonl" 2>/dev/full
fi
expect_status 0 "stderr closed: the run succeeds" -- "$BERSIH" -f jsonl "$TMP/two.jsonl" -o "$TMP/o2c.jsonl" 2>&-

finish
