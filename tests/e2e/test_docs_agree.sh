#!/usr/bin/env bash
# Docs true to the code (issue 14), where it is mechanical: ARCHITECTURE.md names every stage
# Pipeline::clean() calls, in the order it calls them, every file of src/filters/ and every rule
# pack of rules/; the README names every generic pack; every source path and local link the docs
# give exists; the README carries no lab notes (history belongs in CHANGELOG.md).
source "$(dirname "$0")/lib.sh"
ROOT="${BERSIH_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"
arch=$ROOT/ARCHITECTURE.md

# The stages, as Pipeline::clean() calls them, in order.
stages=$(grep -oE 'filters::[a-z_]+\(doc, ctx\)' "$ROOT/src/pipeline/pipeline.cpp" | sed -E 's/filters::([a-z_]+).*/\1/')
[[ $(wc -l <<< "$stages") -gt 10 ]] && pass "pipeline.cpp lists the stages" || fail "no stage list in pipeline.cpp"
last=0
for stage in $stages; do
    at=$(grep -n -m1 -F "\`$stage\`" "$arch" | cut -d: -f1)
    if [[ -z $at ]]; then
        fail "ARCHITECTURE.md does not name the stage $stage"
    elif ((at < last)); then
        fail "ARCHITECTURE.md names the stage $stage out of the pipeline's order"
    else
        pass "ARCHITECTURE.md names the stage $stage in order"
        last=$at
    fi
done

for file in "$ROOT"/src/filters/*.cpp; do
    name=$(basename "$file")
    grep -qF "\`$name\`" "$arch" && pass "ARCHITECTURE.md names $name" || fail "ARCHITECTURE.md does not name src/filters/$name"
done
for pack in "$ROOT"/rules/*.toml; do
    name=$(basename "$pack")
    grep -qF "\`$name\`" "$arch" && pass "ARCHITECTURE.md names $name" || fail "ARCHITECTURE.md does not name rules/$name"
done
for pack in "$ROOT"/rules/generic*.toml; do
    name=$(basename "$pack")
    grep -qF "\`$name\`" "$ROOT/README.md" && pass "README names $name" || fail "README does not name rules/$name"
done
# Each outlet pack is described in docs/outlets.md, once.
for pack in "$ROOT"/rules/*.toml; do
    grep -q '^\[outlet\]' "$pack" || continue
    id=$(basename "$pack" .toml)
    n=$(grep -cE "^- \`$id\`:" "$ROOT/docs/outlets.md")
    [[ $n -eq 1 ]] && pass "docs/outlets.md describes $id once" || fail "docs/outlets.md describes $id $n times"
done

# The .deb's runtime packages, as the README lists them.
depends=$(grep -A1 'CPACK_DEBIAN_PACKAGE_DEPENDS' "$ROOT/CMakeLists.txt" | grep -oE '(lib[a-z0-9.+-]+|zlib1g)' \
    | grep -vE '^(libc6|libstdc\+\+6|libgcc-s1)$' | sort -u)
[[ -n $depends ]] && pass "CMakeLists.txt lists the .deb's depends" || fail "no CPACK_DEBIAN_PACKAGE_DEPENDS"
for package in $depends; do
    grep -qF "$package" "$ROOT/README.md" && pass "README names the .deb's $package" || fail "README does not name the .deb's $package"
done

# Every path under src/, include/, rules/, tests/, fuzz/, scripts/, bench/, cmake/, docs/ written
# in backquotes, and every local Markdown link, exists.
for doc in README.md ARCHITECTURE.md CONTRIBUTING.md docs/*.md; do
    paths=$(grep -oE '`(src|include|rules|tests|fuzz|scripts|bench|cmake|docs|man|completions)/[A-Za-z0-9_./-]+`' "$ROOT/$doc" \
        | tr -d '`' | grep -v '[*<]' | sort -u)
    links=$(grep -oE '\]\([^)#:]+\)' "$ROOT/$doc" | sed -E 's/^\]\((.*)\)$/\1/' | sort -u)
    for path in $paths $links; do
        path=${path%/}
        [[ -e $ROOT/$path || -e $ROOT/$(dirname "$doc")/$path ]] \
            && pass "$doc: $path exists" || fail "$doc names $path, which does not exist"
    done
done

# The man page lists the fields a structured record gains, as the binary writes them.
printf '{"text":"Ini kalimat berita yang cukup panjang untuk dianggap prosa oleh alat ini."}\n' > "$TMP/one.jsonl"
written=$("$BERSIH" -q -f jsonl "$TMP/one.jsonl" | python3 -c '
import json, sys
print(" ".join(k[len("bersih_"):] for k in json.loads(sys.stdin.readline()) if k.startswith("bersih_")))')
man_fields=$(tr '\n' ' ' < "$ROOT/man/bersih.1" | grep -oE 'and the fields [a-z_, ]+ and [a-z_]+ \(and removed' \
    | sed -E 's/^and the fields //; s/ \(and removed$//; s/,//g; s/ and / /')
[[ -n $written && $written == "$man_fields" ]] && pass "the man page lists the fields a record gains" \
    || fail "man page lists '$man_fields', the binary writes '$written'"

# Layers: the library never includes the CLI; only the pipeline calls the stages.
up=$(grep -rlE '#include "cli/' "$ROOT"/src/core "$ROOT"/src/filters "$ROOT"/src/io)
[[ -z $up ]] && pass "the library includes no cli header" || fail "cli headers included by: $up"
stage_users=$(grep -rlE '#include "filters/' "$ROOT"/src/io "$ROOT"/src/cli)
[[ -z $stage_users ]] && pass "io and cli include no stage header" || fail "stage headers included by: $stage_users"
# The layers below the stages include none of theirs: the pipeline driver sits above them.
below=$(grep -rlE '#include "(filters|pipeline)/' "$ROOT"/src/core "$ROOT"/src/match "$ROOT"/include)
[[ -z $below ]] && pass "core, match and include/ include no stage header" || fail "stage headers included below the stages by: $below"
# Boost.Regex's search API has one home, src/match/regex.cpp (issue 13).
searchers=$(grep -rlE 'regex_(search|match|iterator|token_iterator)\b' "$ROOT"/src "$ROOT"/include \
    | grep -vE "^$ROOT/src/match/regex\.(cpp|hpp)$")
[[ -z $searchers ]] && pass "only src/match/regex.cpp calls Boost.Regex's search API" \
    || fail "Boost.Regex's search API called outside src/match/regex.cpp by: $searchers"

# The README is a user's manual: no session notes.
if grep -nE '[Ss]ession [0-9]|session-[0-9]' "$ROOT/README.md"; then
    fail "README.md holds lab notes (sessions); history goes to CHANGELOG.md"
else
    pass "README.md holds no session notes"
fi

finish
