#!/usr/bin/env bash
# `bersih learn` (issue 12): a pack of the invented outlets' page templates, that passes
# --check-rules, the same for every run and -j; --adapt cleans as `learn` then `--rules` does.
source "$(dirname "$0")/lib.sh"
HERE="$(dirname "$0")"

python3 "$HERE/learn_corpus.py" 90 > "$TMP/dump.jsonl"

"$BERSIH" learn "$TMP/dump.jsonl" -o "$TMP/learned.toml" 2> "$TMP/learn.err"
[[ $? -eq 0 ]] && pass "learn exits 0" || fail "learn: $(cat "$TMP/learn.err")"
grep -q "rules from 90 articles" "$TMP/learn.err" && pass "learn says what it learned" \
    || fail "learn summary: $(cat "$TMP/learn.err")"
for pattern in "'^Dukung kami lewat Program Sahabat Pembaca Setia\$'" \
    "'^Disiarkan ulang oleh .+\$'" "'^Penyunting naskah .+\$'" \
    "'^.+ \\(Arsip Warta Senja\\)\$'"; do
    grep -qF "pattern = $pattern" "$TMP/learned.toml" && pass "learned $pattern" \
        || fail "not learned: $pattern"
done
grep -q 'id = "learned.detik.1"' "$TMP/learned.toml" && grep -q 'outlets = \["kompas"\]' "$TMP/learned.toml" \
    && pass "ids learned.<outlet>.<n>, rules limited to their outlet" || fail "ids or outlets"
for prose in "Kegiatan seperti ini" "Kronologi" "Para relawan" "Menurut"; do
    grep -q "^pattern = .*$prose" "$TMP/learned.toml" && fail "learned article text: $prose" \
        || pass "did not learn '$prose'"
done
out=$("$BERSIH" --rules "$TMP/learned.toml" --check-rules)
[[ $? -eq 0 && $out == *", 0 example failures" ]] && pass "the pack passes --check-rules" \
    || fail "--check-rules: $out"

# Deterministic: runs, -j, standard output against -o, standard input against the file.
for j in 1 2 4; do
    "$BERSIH" learn -q -j "$j" "$TMP/dump.jsonl" > "$TMP/learned-j$j.toml"
    cmp -s "$TMP/learned.toml" "$TMP/learned-j$j.toml" && pass "same pack with -j $j" \
        || fail "pack differs with -j $j"
done
"$BERSIH" learn -q -I jsonl < "$TMP/dump.jsonl" > "$TMP/learned-stdin.toml"
cmp -s "$TMP/learned.toml" "$TMP/learned-stdin.toml" && pass "same pack from standard input" \
    || fail "pack differs from standard input"

# --outlet-field groups the counts; a tiny --memory still finds the page template.
sed 's/"outlet"/"media"/' "$TMP/dump.jsonl" > "$TMP/media.jsonl"
"$BERSIH" learn -q --outlet-field media "$TMP/media.jsonl" -o "$TMP/media.toml"
cmp -s "$TMP/learned.toml" "$TMP/media.toml" && pass "--outlet-field" || fail "--outlet-field"
"$BERSIH" learn -q --memory 1k "$TMP/dump.jsonl" -o "$TMP/tiny.toml"
grep -q "Dukung kami lewat" "$TMP/tiny.toml" && pass "--memory 1k still learns the footer" \
    || fail "--memory 1k"
"$BERSIH" learn -q --min-articles 1000 "$TMP/dump.jsonl" -o "$TMP/none.toml"
! grep -q '^\[\[rule' "$TMP/none.toml" && pass "--min-articles above the dump: an empty pack" \
    || fail "--min-articles"
out=$("$BERSIH" --rules "$TMP/none.toml" --check-rules)
[[ $? -eq 0 ]] && pass "an empty pack loads" || fail "empty pack: $out"

# A pack learned with an earlier pack loaded numbers its rules past the earlier ones: both load.
python3 "$HERE/learn_corpus.py" 90 | sed 's/Dukung kami lewat/Bantu kami lewat/' > "$TMP/dump2.jsonl"
"$BERSIH" learn -q --rules "$TMP/learned.toml" "$TMP/dump2.jsonl" -o "$TMP/learned2.toml"
grep -q "Bantu kami lewat" "$TMP/learned2.toml" && ! grep -q 'id = "learned.detik.1"' "$TMP/learned2.toml" \
    && pass "a second pack skips the ids of the first" || fail "second pack ids: $(grep '^id' "$TMP/learned2.toml")"
out=$("$BERSIH" --rules "$TMP/learned.toml" --rules "$TMP/learned2.toml" --check-rules)
[[ $? -eq 0 ]] && pass "both packs load together" || fail "two packs: $out"
"$BERSIH" -q --rules "$TMP/learned.toml" --adapt "$TMP/dump2.jsonl" > /dev/null
[[ $? -eq 0 ]] && pass "--adapt with an earlier pack loaded" || fail "--adapt with --rules"

# --adapt == learn, then --rules, for file input, in every format and -j.
for format in jsonl text; do
    for j in 1 2; do
        "$BERSIH" -q -j "$j" --format "$format" --rules "$TMP/learned.toml" "$TMP/dump.jsonl" \
            > "$TMP/rules.$format"
        "$BERSIH" -q -j "$j" --format "$format" --adapt "$TMP/dump.jsonl" > "$TMP/adapt.$format"
        cmp -s "$TMP/rules.$format" "$TMP/adapt.$format" \
            && pass "--adapt = learn + --rules ($format, -j $j)" \
            || fail "--adapt differs from learn + --rules ($format, -j $j)"
    done
done
! grep -q "Disiarkan ulang oleh" "$TMP/adapt.jsonl" && grep -q "Menurut" "$TMP/adapt.jsonl" \
    && pass "--adapt removes the template and keeps the prose" || fail "--adapt output"

# Standard input: a sample as large as the input learns the same; a small one still cleans all.
"$BERSIH" -q --format jsonl --adapt -I jsonl < "$TMP/dump.jsonl" > "$TMP/adapt-stdin.jsonl"
cmp -s "$TMP/rules.jsonl" "$TMP/adapt-stdin.jsonl" && pass "--adapt over standard input" \
    || fail "--adapt over standard input differs"
"$BERSIH" --format jsonl --adapt --adapt-sample 12 -I jsonl < "$TMP/dump.jsonl" \
    > "$TMP/adapt-sample.jsonl" 2> "$TMP/adapt-sample.err"
[[ $(wc -l < "$TMP/adapt-sample.jsonl") -eq 90 ]] && pass "--adapt-sample 12: every record cleaned" \
    || fail "--adapt-sample: $(wc -l < "$TMP/adapt-sample.jsonl") records"
grep -q "rules learned from 12 articles" "$TMP/adapt-sample.err" \
    && pass "--adapt-sample 12 learns from 12 records" || fail "$(cat "$TMP/adapt-sample.err")"

# --explain names the learned rules.
"$BERSIH" --adapt --explain "$TMP/dump.jsonl" 2> "$TMP/explain.err" > /dev/null
grep -q "learned.detik.[0-9]* \[" "$TMP/explain.err" \
    && pass "--explain names learned.* rules" || fail "--explain"

expect_status 2 "learn with an unknown option is a usage error" -- \
    "$BERSIH" learn --no-such-option "$TMP/dump.jsonl"
finish
