#!/usr/bin/env bash
# Bad and hostile rule files: rejected before any work with file:line:column and exit 2, or (for
# patterns that backtrack for ever) skipped where they hit Boost.Regex's complexity limit with
# one warning, while the run finishes.
source "$(dirname "$0")/lib.sh"

article="$TMP/article.txt"
printf 'Pemerintah kota mengumumkan rencana baru untuk memperbaiki jalan raya tahun ini.\n' > "$article"

# An invalid pattern: file:line:column of the offending character, exit 2, nothing written.
cat > "$TMP/bad_regex.toml" <<'TOML'
# comment line
[[rule]]
id = "user.bad"
category = "ad"
kind = "drop-line"
pattern = 'abc(def'
TOML
out=$("$BERSIH" "$article" --rules "$TMP/bad_regex.toml" 2>"$TMP/err")
status=$?
[[ $status -eq 2 ]] && pass "invalid pattern: exit 2" || fail "invalid pattern: exit $status, wanted 2"
[[ -z $out ]] && pass "invalid pattern: nothing cleaned" || fail "invalid pattern: output written"
grep -Eq "^bersih: error: .*bad_regex\.toml:6:[0-9]+: invalid regular expression" "$TMP/err" \
    && pass "invalid pattern: file:line:column" || fail "invalid pattern message: $(cat "$TMP/err")"

# Broken TOML.
printf '[[rule]\nid = "x"\n' > "$TMP/bad_toml.toml"
expect_status 2 "broken TOML: exit 2" -- "$BERSIH" "$article" --rules "$TMP/bad_toml.toml" 2>"$TMP/err"
grep -Eq "bad_toml\.toml:1:[0-9]+:" "$TMP/err" && pass "broken TOML: file:line:column" \
    || fail "broken TOML message: $(cat "$TMP/err")"

# Nesting far deeper than any rule file needs: refused, not a stack overflow.
python3 -c "print('a = ' + '[' * 100000 + ']' * 100000)" > "$TMP/deep.toml"
expect_status 2 "deeply nested TOML: exit 2" -- "$BERSIH" "$article" --rules "$TMP/deep.toml" 2>"$TMP/err"
grep -q "deep.toml:1:" "$TMP/err" && pass "deeply nested TOML: located" || fail "deep TOML: $(cat "$TMP/err")"
python3 - "$TMP/deep_regex.toml" <<'PY'
import sys
open(sys.argv[1], "w").write('[[rule]]\nid = "x"\ncategory = "ad"\nkind = "drop-line"\npattern = \'' + "(" * 50000 + "a" + ")" * 50000 + "'\n")
PY
expect_status 2 "deeply nested pattern: exit 2" -- "$BERSIH" "$article" --rules "$TMP/deep_regex.toml" 2>"$TMP/err"
grep -q "deep_regex.toml:5:" "$TMP/err" && pass "deeply nested pattern: located" || fail "deep pattern: $(cat "$TMP/err")"

# A large but valid pack (5000 rules) loads.
python3 - "$TMP/huge.toml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(5000):
        f.write(f'[[rule]]\nid = "user.r{i}"\ncategory = "ad"\nkind = "drop-line"\npattern = \'^Iklan nomor {i}$\'\n\n')
PY
printf 'Iklan nomor 4321\n' >> "$article"
out=$("$BERSIH" "$article" --rules "$TMP/huge.toml" 2>"$TMP/err")
status=$?
[[ $status -eq 0 ]] && pass "5000-rule pack: exit 0" || fail "5000-rule pack: exit $status: $(cat "$TMP/err")"
[[ $out != *"Iklan nomor"* ]] && pass "5000-rule pack: its rule applies" || fail "5000-rule pack: rule did not apply"

# Catastrophic backtracking on a 100 KB line: the run ends, the line is kept, one warning.
cat > "$TMP/hostile.toml" <<'TOML'
[[rule]]
id = "user.nested"
category = "other"
kind = "drop-line"
pattern = '(a+)+(?<=c)\w*$'
TOML
# (The matcher's scan drops the lookbehind (an assertion only removes matches), so it names "aaa...ab" a
# candidate and Boost.Regex must run; plain (a+)+$ would be ruled out by the scan.)
{
    printf 'Pemerintah kota mengumumkan rencana baru untuk memperbaiki jalan raya tahun ini.\n\n'
    python3 -c "print('a' * 102400 + 'b')"
    for _ in 1 2 3 4 5; do printf '\n'; python3 -c "print('a' * 3000 + 'b')"; done
} > "$TMP/long.txt"
out=$("$BERSIH" "$TMP/long.txt" --rules "$TMP/hostile.toml" 2>"$TMP/err")
status=$?
[[ $status -eq 0 ]] && pass "hostile rule: exit 0" || fail "hostile rule: exit $status"
[[ $out == *aaaab* ]] && pass "hostile rule: line kept" || fail "hostile rule: the long line is missing"
n=$(grep -c "user.nested" "$TMP/err")
[[ $n -eq 1 ]] && pass "hostile rule: warned once" || fail "hostile rule: warned $n times: $(head -c 600 "$TMP/err")"
grep -q "complexity limit" "$TMP/err" && pass "hostile rule: says why" || fail "hostile rule: $(head -c 600 "$TMP/err")"

finish
