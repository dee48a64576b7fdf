#!/usr/bin/env bash
# End to end: `dotnet format analyzers` applies PortLint's code fixes to a sample project.
# Copies tests/e2e/format-sample to a temporary folder (fixing up the analyzer paths), builds it, runs
# `dotnet format analyzers --diagnostics PORT001 PORT002 --severity info`, prints the diff, compares the result with
# tests/e2e/expected/, and builds again: no PORT001/PORT002 left and no errors.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work="$(mktemp -d "${TMPDIR:-/tmp}/portlint-format-e2e.XXXXXX")"
trap 'rm -rf "$work"' EXIT

e2e_name=format-e2e
# shellcheck source=tests/e2e/lib.sh
source "$repo/tests/e2e/lib.sh"

# The copy: analyzer paths become absolute, no build output comes along.
copy_project "$repo/tests/e2e/format-sample" "$work/sample" FormatSample.csproj "sample"
project="$work/sample/FormatSample.csproj"

# PORT001/PORT002 findings of a build, from its SARIF log (PORT002 is info: not in the console output).
build() { # $1 = label
  dotnet build "$project" -nologo -p:ErrorLog="$work/$1.sarif,version=2.1" >"$work/$1.log" 2>&1
}
findings() { # $1 = label
  grep -oE '"ruleId": *"PORT00[12]"' "$work/$1.sarif" 2>/dev/null | wc -l
}
errors() { # $1 = label
  grep -E ': error [A-Z]+[0-9]+' "$work/$1.log" | grep -v NU1603 | sort -u
}

if build before; then pass "sample builds before the fix"; else fail "sample builds before the fix"; errors before; finish; fi
before_findings="$(findings before)"
if [ "$before_findings" -gt 0 ]; then pass "PORT001/PORT002 reported before the fix ($before_findings)"; else fail "PORT001/PORT002 reported before the fix"; fi

cp -r "$work/sample" "$work/original"
rm -rf "$work/original/bin" "$work/original/obj"

if dotnet format analyzers "$project" --diagnostics PORT001 PORT002 --severity info --no-restore >"$work/format.log" 2>&1; then
  pass "dotnet format analyzers ran"
else
  fail "dotnet format analyzers ran"
  cat "$work/format.log"
fi

echo "---- dotnet format diff (before -> after) ----"
(cd "$work" && diff -ru --exclude=bin --exclude=obj original sample)
echo "---- end of diff ----"

for expected in "$repo"/tests/e2e/expected/*.cs; do
  name="$(basename "$expected")"
  if diff -u "$expected" "$work/sample/$name"; then
    pass "$name is the expected fix"
  else
    fail "$name is the expected fix (diff above: expected -> actual)"
  fi
done

if build after; then pass "sample builds after the fix"; else fail "sample builds after the fix"; fi
new_errors="$(errors after)"
if [ -z "$new_errors" ]; then pass "no errors after the fix"; else fail "no errors after the fix"; echo "$new_errors"; fi
after_findings="$(findings after)"
if [ "$after_findings" -eq 0 ]; then pass "no PORT001/PORT002 left"; else fail "no PORT001/PORT002 left ($after_findings)"; grep -B2 -A12 '"PORT00[12]"' "$work/after.sarif" | grep -E '"text"|"uri"|startLine' ; fi

finish
