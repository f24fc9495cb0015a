#!/usr/bin/env bash
# --rules FILE adds user rules that change the output; several files may be given.
source "$(dirname "$0")/lib.sh"

cat > "$TMP/a.txt" <<'ART'
Festival Kuliner Digelar di Solo

Festival Kuliner Digelar di Solo

Festival kuliner tahunan kembali digelar di kawasan benteng dan diikuti lebih dari seratus pedagang.

Disponsori oleh Toko Sepatu Maju Jaya

Pengunjung bisa mencicipi aneka jajanan tradisional hingga larut malam. [Info: Hubungi panitia di nomor 0812]
ART

cat > "$TMP/sponsor.toml" <<'TOML'
# A user rule pack: same format as the built-in ones.
[[rule]]
id = "saya.sponsor"
category = "promo"
kind = "drop-line"
pattern = '^Disponsori oleh '
must_match = ["Disponsori oleh Toko Sepatu"]
must_not_match = ["Acara ini disponsori oleh warga"]
TOML
cat > "$TMP/info.toml" <<'TOML'
[[rule]]
id = "saya.info"
category = "cta"
kind = "cut-span"
pattern = '\s*\[Info:[^\]]*\]'
must_match = ["Teks. [Info: Hubungi panitia]"]
TOML

before=$("$BERSIH" --format json "$TMP/a.txt")
grep -q "Disponsori oleh" <<< "$before" && pass "without the rule the sponsor line is kept" \
    || fail "sponsor line already removed"

# One file per --rules flag.
after=$("$BERSIH" "$TMP/a.txt" --format json --explain --rules "$TMP/sponsor.toml" --rules "$TMP/info.toml"); rc=$?
[[ $rc -eq 0 ]] && pass "--rules: exit 0" || fail "--rules: exit $rc"
python3 - "$after" <<'PY' && pass "user rules change the output and are named in removed" || fail "output: $after"
import json, sys
d = json.loads(sys.argv[1])
assert d["paragraphs"] == [
    "Festival kuliner tahunan kembali digelar di kawasan benteng dan diikuti lebih dari seratus pedagang.",
    "Pengunjung bisa mencicipi aneka jajanan tradisional hingga larut malam.",
], d["paragraphs"]
rules = {r["rule"]: r for r in d["removed"]}
assert rules["saya.sponsor"]["category"] == "promo"
assert rules["saya.info"]["text"] == "[Info: Hubungi panitia di nomor 0812]", rules["saya.info"]
PY
finish
