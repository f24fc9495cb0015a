#!/usr/bin/env bash
# Options in one place (issue 14): every long option of the CLI11 definition (as --help prints
# it) is in the man page, the bash completion and the README options table, and none of those
# names an option the CLI does not have.
source "$(dirname "$0")/lib.sh"
ROOT="${BERSIH_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"

cli=$("$BERSIH" --help | grep -oE '(^|[ ,])--[a-z][a-z0-9-]*' | sed 's/^[ ,]*//' | sort -u)
[[ $(wc -l <<< "$cli") -gt 20 ]] && pass "--help lists the options" || fail "--help: $(head -c 200 <<< "$cli")"

man=$(sed -n '/^\.SH OPTIONS/,/^\.SH [^O]/p' "$ROOT/man/bersih.1" | sed 's/\\-/-/g' | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
completion=$(grep -oE -- '--[a-z][a-z0-9-]*' "$ROOT/completions/bersih.bash" | sort -u)
readme=$(awk '/^### Options/{on=1; next} on && /^### /{on=0} on && /^\|/' "$ROOT/README.md" \
    | cut -d'|' -f2 | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)

check() {
    local what=$1 listed=$2 missing extra
    missing=$(comm -23 <(echo "$cli") <(echo "$listed") | tr '\n' ' ')
    extra=$(comm -13 <(echo "$cli") <(echo "$listed") | tr '\n' ' ')
    [[ -z $missing ]] && pass "$what names every option" || fail "$what lacks: $missing"
    [[ -z $extra ]] && pass "$what names no unknown option" || fail "$what names unknown: $extra"
}
check "man page" "$man"
check "bash completion" "$completion"
check "README options table" "$readme"

# `bersih learn`: its --help against the README's table of its options and the man page's LEARN
# section (its options are cleaning options too, so the completion offers them already).
learn_cli=$("$BERSIH" learn --help | grep -oE '(^|[ ,])--[a-z][a-z0-9-]*' | sed 's/^[ ,]*//' | sort -u)
[[ $(wc -l <<< "$learn_cli") -gt 10 ]] && pass "learn --help lists the options" \
    || fail "learn --help: $(head -c 200 <<< "$learn_cli")"
learn_readme=$(awk '/^### `bersih learn` options/{on=1; next} on && /^#/{on=0} on && /^\|/' "$ROOT/README.md" \
    | cut -d'|' -f2 | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
learn_man=$(sed -n '/^\.SH LEARN/,/^\.SH [^L]/p' "$ROOT/man/bersih.1" | sed 's/\\-/-/g' \
    | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
cli=$(grep -v -- '--help' <<< "$learn_cli")
check "README learn table" "$(grep -v -- '--help' <<< "$learn_readme")"
check "man page LEARN section" "$learn_man"

finish
