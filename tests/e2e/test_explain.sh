#!/usr/bin/env bash
# --explain: JSON gains "removed", naming a rule for every removed line; text mode prints the
# removals on stderr and leaves standard output unchanged.
source "$(dirname "$0")/lib.sh"

cat > "$TMP/a.txt" <<'ART'
Nelayan Cilacap Panen Ikan Layur

Nelayan Cilacap Panen Ikan Layur

Dimas Prakoso - detikJateng
Senin, 06 Okt 2025 10:15 WIB
Perahu nelayan
Perahu nelayan bersandar di dermaga (Foto: Dimas Prakoso/detikJateng)
Cilacap -

Nelayan di pesisir selatan Cilacap menikmati panen ikan layur sejak awal pekan ini setelah cuaca membaik.

SCROLL TO CONTINUE WITH CONTENT

Harga ikan layur di tempat pelelangan mencapai empat puluh ribu rupiah per kilogram.

(dpr/ams)
Hide Ads
ART

json=$("$BERSIH" --format json --explain "$TMP/a.txt"); rc=$?
[[ $rc -eq 0 ]] && pass "--explain json: exit 0" || fail "--explain json: exit $rc"
python3 - "$json" "$TMP/a.txt" <<'PY' && pass "every non-blank input line is kept or removed by a named rule" || fail "explain json: $json"
import json, sys
d = json.loads(sys.argv[1])
removed = d["removed"]
assert isinstance(removed, list) and removed, "no removed array"
for r in removed:
    assert list(r.keys()) == ["line", "rule", "category", "text"], r
    assert r["rule"], r
    assert isinstance(r["line"], int) and r["line"] > 0, r
raw = [l.strip() for l in open(sys.argv[2], encoding="utf-8")]
removed_lines = {r["line"] for r in removed}
text = "\n\n".join(d["paragraphs"])
for number, line in enumerate(raw, 1):
    if line and number not in removed_lines:
        assert line in text, f"line {number} neither kept nor removed: {line!r}"
for label in ["SCROLL TO CONTINUE WITH CONTENT", "Hide Ads", "(dpr/ams)", "Cilacap -"]:
    assert any(r["text"] == label for r in removed), label
PY

plain=$("$BERSIH" --format json "$TMP/a.txt")
python3 -c 'import json,sys; assert "removed" not in json.loads(sys.argv[1])' "$plain" \
    && pass "without --explain there is no removed key" || fail "removed without --explain"

"$BERSIH" --explain "$TMP/a.txt" > "$TMP/text.out" 2> "$TMP/text.err"; rc=$?
[[ $rc -eq 0 ]] && pass "--explain text: exit 0" || fail "--explain text: exit $rc"
"$BERSIH" "$TMP/a.txt" > "$TMP/text.plain"
cmp -s "$TMP/text.out" "$TMP/text.plain" && pass "--explain text: standard output unchanged" \
    || fail "--explain changed the text output"
grep -Eq ":13: [a-z0-9-]+\.[a-z0-9.-]+ \[ad\] SCROLL TO CONTINUE WITH CONTENT$" "$TMP/text.err" \
    && pass "--explain text: source:line: rule [category] text on stderr" || fail "stderr: $(cat "$TMP/text.err")"
grep -q "SCROLL TO CONTINUE WITH CONTENT" "$TMP/text.err" && pass "--explain text: removed text on stderr" \
    || fail "stderr lacks the removed text"
finish
