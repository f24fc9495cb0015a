#!/usr/bin/env bash
# --version, --help, --list-rules, --list-lexicon, --check-rules.
source "$(dirname "$0")/lib.sh"

out=$("$BERSIH" --version); rc=$?
[[ $rc -eq 0 ]] && pass "--version: exit 0" || fail "--version: exit $rc"
[[ $out =~ ^bersih\ [0-9]+\.[0-9]+\.[0-9]+ ]] && pass "--version names a version" || fail "--version: $out"
[[ $("$BERSIH" -V) == "$out" ]] && pass "-V is --version" || fail "-V differs"

help=$("$BERSIH" --help); rc=$?
[[ $rc -eq 0 ]] && pass "--help: exit 0" || fail "--help: exit $rc"
for word in "Exit codes" "--format" "--explain" "--rules" "-o,--output" "Examples"; do
    grep -q -- "$word" <<< "$help" && pass "--help mentions $word" || fail "--help lacks $word"
done
for code in 0 1 2; do
    grep -Eq "^ +$code " <<< "$help" && pass "--help documents exit code $code" || fail "--help lacks exit code $code"
done

list=$("$BERSIH" --list-rules); rc=$?
[[ $rc -eq 0 ]] && pass "--list-rules: exit 0" || fail "--list-rules: exit $rc"
for id in generic.scroll-to-continue generic.advertisement detik.byline; do
    grep -q "^$id " <<< "$list" && pass "--list-rules lists $id" || fail "--list-rules lacks $id"
done
grep -E "^generic.editor-code +truncate-after +credit " <<< "$list" > /dev/null \
    && pass "--list-rules shows kind and category" || fail "--list-rules columns: $(grep editor-code <<< "$list")"

lexicon=$("$BERSIH" --list-lexicon); rc=$?
[[ $rc -eq 0 ]] && pass "--list-lexicon: exit 0" || fail "--list-lexicon: exit $rc"
grep -Eq "^class +office-titles .*Menteri" <<< "$lexicon" && pass "--list-lexicon shows word classes" \
    || fail "--list-lexicon lacks office-titles"
grep -Eq "^month +8 +Agustus" <<< "$lexicon" && pass "--list-lexicon shows months" || fail "--list-lexicon lacks months"
grep -Eq "^outlet +kompas +Kompas.com" <<< "$lexicon" && pass "--list-lexicon shows outlet names" \
    || fail "--list-lexicon lacks outlets"

cat > "$TMP/mine.toml" <<'TOML'
[[rule]]
id = "saya.sponsor"
category = "promo"
kind = "drop-line"
pattern = '^Disponsori oleh '
must_match = ["Disponsori oleh Toko Sepatu"]
TOML
grep -q "^saya.sponsor " <<< "$("$BERSIH" --rules "$TMP/mine.toml" --list-rules)" \
    && pass "--list-rules includes --rules files" || fail "user rule not listed"

check=$("$BERSIH" --check-rules 2>&1); rc=$?
[[ $rc -eq 0 ]] && pass "--check-rules: built-in rules pass (exit 0)" || fail "--check-rules: exit $rc: $check"
grep -Eq "[0-9]+ rules, 0 example failures" <<< "$check" && pass "--check-rules summary" || fail "--check-rules: $check"

cat > "$TMP/wrong.toml" <<'TOML'
[[rule]]
id = "saya.salah"
category = "promo"
kind = "drop-line"
pattern = '^Disponsori oleh '
must_match = ["Didukung oleh Toko Sepatu"]
TOML
check=$("$BERSIH" --rules "$TMP/wrong.toml" --check-rules 2>&1); rc=$?
[[ $rc -ne 0 ]] && pass "--check-rules fails on a wrong example (exit $rc)" || fail "--check-rules passed a wrong example"
grep -q "saya.salah" <<< "$check" && pass "--check-rules names the failing rule" || fail "--check-rules: $check"
finish
