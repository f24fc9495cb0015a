# Helpers for end-to-end tests. Source it; $BERSIH is the binary under test.
set -uo pipefail
BERSIH=${1:?usage: test_x.sh path/to/bersih}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FAILURES=0
SAMPLES="${BERSIH_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}/samples"

fail() { echo "FAIL: $*"; FAILURES=$((FAILURES + 1)); }
pass() { echo "ok: $*"; }
# expect_status WANT DESCRIPTION -- COMMAND...
expect_status() {
    local want=$1 what=$2; shift 3
    "$@"; local got=$?
    if [[ $got -eq $want ]]; then pass "$what"; else fail "$what: exit $got, wanted $want"; fi
}
finish() { [[ $FAILURES -eq 0 ]] || { echo "$FAILURES failure(s)"; exit 1; }; }
