#!/usr/bin/env bash
# A short smoke run of the benchmark harness (CI): small corpora, one run per set, no timing assertion. It fails when a
# corpus does not compile, an analyzer throws, or the operation-action variant finds other diagnostics than PortLint.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if dotnet run -c Release --project bench/PortLint.Bench -- --quick --iterations 1 --warmup 0 --corpus a,b0,c --out "$out/bench.md"; then
  grep -q '^| a |' "$out/bench.md" && grep -q 'Linearity' "$out/bench.md" && echo "bench smoke: 1 passed, 0 failed" && exit 0
  echo "bench smoke: the summary lacks corpus a or the linearity table"
fi
echo "bench smoke: 0 passed, 1 failed"
exit 1
