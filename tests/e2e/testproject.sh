#!/usr/bin/env bash
# End to end: `dotnet format analyzers` applied to an xunit test project leaves tests that still pass, on ports the OS
# picked. Copies tests/e2e/test-project to a temporary folder (fixing up the analyzer paths), restores it once, builds
# it and runs its tests (all pass on their fixed ports), runs
# `dotnet format analyzers --diagnostics PORT001 PORT002 PORT005 --severity info` (twice, see below), prints the diff, builds again (no
# errors, no PORT001/PORT002/PORT005 left, read from the SARIF log) and runs the tests again: each scenario's test
# passes and binds a port other than the one written in the source. Each test prints "scenario X bound port N".
# Scenario h passes its port to a helper in another file: the fix reads it from configuration where it is passed
# (ECHO_PORT, default the old port), and the tests after the fix run with ECHO_PORT=0.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work="$(mktemp -d "${TMPDIR:-/tmp}/portlint-testproject-e2e.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# No dotnet command may hang the run: each gets at most this many seconds (the tests have their own timeouts too).
limit="${PORTLINT_E2E_TIMEOUT:-600}"
run() { timeout -k 15 "$limit" "$@"; }

# The scenarios and the port each one writes in its source (tests/e2e/test-project).
scenarios=(a b c d e f g h)
declare -A fixed=([a]=51337 [b]=51338 [c]=51339 [d]=51340 [e]=51341 [f]=51342 [g]=5123 [h]=51343)
declare -A what=(
  [a]="TcpListener on a local const"
  [b]="UdpClient on a literal"
  [c]="Socket bound to an IPEndPoint"
  [d]="Kestrel by URL"
  [e]="Kestrel ListenLocalhost on a field const"
  [f]="fixture class (EchoFixture.cs)"
  [g]="low port 5123 (PORT005)"
  [h]="helper method in another file (EchoHarness.cs): configuration at the call"
)

e2e_name=testproject-e2e
# shellcheck source=tests/e2e/lib.sh
source "$repo/tests/e2e/lib.sh"

# The copy: analyzer paths become absolute, no build output comes along.
copy_project "$repo/tests/e2e/test-project" "$work/project" PortTests.csproj "test project"
project="$work/project/PortTests.csproj"

# Restored once; everything after runs with --no-restore.
if run dotnet restore "$project" >"$work/restore.log" 2>&1; then
  pass "test project restores"
else
  fail "test project restores"
  tail -n 30 "$work/restore.log"
  finish
fi

# PORT001/PORT002/PORT005 findings of a build, from its SARIF log (PORT002 is info: not in the console output).
build() { # $1 = label
  run dotnet build "$project" -nologo --no-restore -p:ErrorLog="$work/$1.sarif,version=2.1" >"$work/$1.log" 2>&1
}
findings() { # $1 = label
  grep -oE '"ruleId": *"PORT00(1|2|5)"' "$work/$1.sarif" 2>/dev/null | wc -l
}
errors() { # $1 = label
  grep -E ': error [A-Z]+[0-9]+' "$work/$1.log" | grep -v NU1603 | sort -u
}
# The tests, with each test's output (the "scenario X bound port N" lines) in the console log.
test_run() { # $1 = label
  run dotnet test "$project" -nologo --no-build --logger "console;verbosity=detailed" \
    --blame-hang-timeout 3min --blame-hang-dump-type none >"$work/test-$1.log" 2>&1
}
outcome() { # $1 = label, $2 = scenario: Passed, Failed, Skipped or nothing
  local letter
  letter="$(tr '[:lower:]' '[:upper:]' <<<"$2")"
  sed -nE "s/^ *(Passed|Failed|Skipped) PortTests\.[A-Za-z]+\.${letter}_.*/\1/p" "$work/test-$1.log" | head -n 1
}
bound() { # $1 = label, $2 = scenario: the port(s) it reported, or nothing
  sed -nE "s/.*scenario $2 bound port ([0-9,-]+).*/\1/p" "$work/test-$1.log" | head -n 1
}
show_ports() { # $1 = label
  echo "---- ports $1 the fix ----"
  for s in "${scenarios[@]}"; do
    echo "scenario $s (${what[$s]}): written ${fixed[$s]}, bound $(bound "$1" "$s" | grep . || echo '(none reported)'), test $(outcome "$1" "$s" | grep . || echo '(not run)')"
  done
  echo "---- end of ports ----"
}
reads_configuration() { # $1 = port: a line the fix added reads an environment variable with that port (or a constant of it) as the default
  local default
  while read -r default; do
    if [ "$default" = "$1" ] || grep -rqE "\b$default *= *$1;" "$work/original" --include='*.cs'; then
      return 0
    fi
  done < <(sed -nE 's/^\+.*GetEnvironmentVariable\("[A-Z_]*PORT"\)[^?]*\? *[A-Za-z_]+ *: *([A-Za-z_0-9.]+)\).*/\1/p' "$work/format.diff")
  return 1
}
show_failures() { # $1 = label: each failed test with the first line of its error message
  awk '/^ *Failed PortTests\./ { name = $2; next }
       name != "" && /Error Message:/ { getline; sub(/^ +/, ""); print "  " name ": " $0; name = "" }' "$work/test-$1.log"
}

# BEFORE: the project builds, PortLint reports its fixed ports, and every test passes on the port it wrote.
if build before; then pass "test project builds before the fix"; else fail "test project builds before the fix"; errors before; finish; fi
before_findings="$(findings before)"
if [ "$before_findings" -gt 0 ]; then pass "PORT001/PORT002/PORT005 reported before the fix ($before_findings)"; else fail "PORT001/PORT002/PORT005 reported before the fix"; fi

if test_run before; then pass "all tests pass before the fix"; else fail "all tests pass before the fix"; show_failures before; fi
show_ports before
for s in "${scenarios[@]}"; do
  port="$(bound before "$s")"
  if [ "$(outcome before "$s")" = Passed ] && [ "$port" = "${fixed[$s]}" ]; then
    pass "before: scenario $s (${what[$s]}) passes on its written port ${fixed[$s]}"
  else
    fail "before: scenario $s (${what[$s]}) passes on its written port ${fixed[$s]} (test $(outcome before "$s"), bound ${port:-none})"
  fi
done

cp -r "$work/project" "$work/original"
rm -rf "$work/original/bin" "$work/original/obj"

# dotnet format applies one code action per run: the first one the first diagnostic it picks offers, through Fix All in
# Solution with that action's equivalence key, to every diagnostic that offers an action with that key. Port 0 comes first
# in test code, "Read the port from configuration" where port 0 cannot be wired (scenario h), so which one a run applies
# depends on the diagnostic it picks: a second run fixes what the first left, as a user would run it again. Each
# scenario then either binds a port the OS picked or reads its port from configuration (the old port as the default).
for pass_number in 1 2; do
  if run dotnet format analyzers "$project" --diagnostics PORT001 PORT002 PORT005 --severity info --no-restore >"$work/format-$pass_number.log" 2>&1; then
    pass "dotnet format analyzers ran (run $pass_number)"
  else
    fail "dotnet format analyzers ran (run $pass_number)"
    cat "$work/format-$pass_number.log"
  fi
done

echo "---- dotnet format diff (before -> after) ----"
(cd "$work" && diff -ru --exclude=bin --exclude=obj original project) | tee "$work/format.diff"
echo "---- end of diff ----"

# AFTER: the fixed project builds clean and every test still passes, on a port the OS picked.
built_after=0
if build after; then built_after=1; pass "test project builds after the fix"; else fail "test project builds after the fix"; fi
new_errors="$(errors after)"
if [ -z "$new_errors" ]; then pass "no errors after the fix"; else fail "no errors after the fix"; echo "$new_errors"; fi
after_findings="$(findings after)"
if [ "$after_findings" -eq 0 ]; then
  pass "no PORT001/PORT002/PORT005 left"
else
  fail "no PORT001/PORT002/PORT005 left ($after_findings)"
  grep -B2 -A12 '"PORT00[125]"' "$work/after.sarif" | grep -E '"text"|"uri"|startLine'
fi

if [ "$built_after" -eq 1 ]; then
  if grep -q 'GetEnvironmentVariable("ECHO_PORT")' "$work/project/WrapperTests.cs"; then
    pass "scenario h: the port passed to the helper is read from configuration where it is passed"
  else
    fail "scenario h: the port passed to the helper is read from configuration where it is passed"
  fi
  export ECHO_PORT=0
  if test_run after; then pass "all tests pass after the fix"; else fail "all tests pass after the fix"; show_failures after; fi
  show_ports after
  for s in "${scenarios[@]}"; do
    result="$(outcome after "$s")"
    if [ "$result" = Passed ]; then
      pass "after: scenario $s (${what[$s]}) passes"
    else
      fail "after: scenario $s (${what[$s]}) passes (test ${result:-not run})"
    fi
    port="$(bound after "$s")"
    if [[ $port =~ ^[0-9]+(,[0-9]+)*$ ]] && ! grep -qE "(^|,)(${fixed[$s]}|0)(,|$)" <<<"$port"; then
      pass "after: scenario $s bound a port the OS picked ($port, not ${fixed[$s]})"
    elif [ "$port" = "${fixed[$s]}" ] && reads_configuration "${fixed[$s]}"; then
      pass "after: scenario $s reads its port from configuration, ${fixed[$s]} by default (bound $port)"
    else
      fail "after: scenario $s bound a port the OS picked or reads it from configuration (bound ${port:-none}, written ${fixed[$s]})"
    fi
  done
else
  fail "all tests pass after the fix (not run: the build failed)"
fi

finish
