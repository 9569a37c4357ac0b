#!/usr/bin/env bash
# tests/run.sh runs hotloop's whole test suite: formatting and vet checks,
# every Go test (including the CPython comparisons, which need python3), and
# a short run of each fuzz target. It exits non-zero if anything fails, and
# refuses to pass if no tests ran.
#
# FUZZTIME sets how long each fuzz target runs (default 10s; 0 skips fuzzing).
set -euo pipefail
cd "$(dirname "$0")/.."

FUZZTIME="${FUZZTIME:-10s}"

echo "== gofmt"
unformatted="$(gofmt -l . || true)"
if [ -n "$unformatted" ]; then
  echo "gofmt needed on:"; echo "$unformatted"; exit 1
fi

echo "== go vet"
go vet ./...

echo "== go test"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
go test -count=1 -timeout 40m -v ./... >"$log" 2>&1 || status=$?
grep -E '^(--- (FAIL|SKIP)|ok|FAIL|panic)|stdlib ast.dump|SKIPPED LOUDLY' "$log" || true
passed="$(grep -c -- '--- PASS' "$log" || true)"
if [ "$status" -ne 0 ]; then
  echo "go test failed; the failing output:"
  grep -B2 -A40 -- '--- FAIL' "$log" | head -400 || true
  exit 1
fi
if [ "$passed" -eq 0 ]; then
  echo "no test passed: refusing to report success"; exit 1
fi
echo "go test: $passed tests passed"

echo "== the JIT's bytecode count against an interpreter that counts fused instructions"
# (docs/jit.md "Bytecodes counted in compiled code": the default interpreter
# counts a fused dispatch once, so the exact comparison needs the build tag)
go test -count=1 -tags hotloop_countfused -run 'TestBytecodesCounted' -v ./jit >"$log" 2>&1 || {
  cat "$log"; echo "the JIT's bytecode count differs from the interpreter's"; exit 1; }
grep -q -- '--- PASS: TestBytecodesCounted' "$log" || { cat "$log"; echo "TestBytecodesCounted did not run"; exit 1; }

echo "== corpus under GC stress (a collection at every safepoint), workloads/ excepted"
# workloads/ are whole benchmark-like programs: collecting at every safepoint
# makes each take minutes, more than CI can afford. Every other area runs
# (over go test's default 10 minutes since session 21: the -timeout).
areas=$(cd tests/corpus && for d in */; do d=${d%/}; if [ "$d" != workloads ]; then printf '%s|' "$d"; fi; done)
HOTLOOP_GCSTRESS=1 go test -count=1 -timeout 60m -run "TestCorpus/(${areas%|})/" ./tests >"$log" 2>&1 || {
  cat "$log"; echo "the corpus fails under GC stress"; exit 1; }

echo "== corpus with every loop traced at its first back-edge (--jit-threshold=1)"
# Twice, with one code cache (docs/jit.md "The code cache"): the first pass
# compiles and fills it, the second runs every trace from cached code.
cache="$(mktemp -d)"
trap 'rm -f "$log"; rm -rf "$cache"' EXIT
for pass in compiled cached; do
  HOTLOOP_CORPUS_FLAGS="--jit-threshold=1 --jit-cache=$cache" go test -count=1 -timeout 40m -run 'TestCorpus' ./tests >"$log" 2>&1 || {
    cat "$log"; echo "the corpus fails with --jit-threshold=1 ($pass traces)"; exit 1; }
done

if [ "$FUZZTIME" != "0" ]; then
  # go test -fuzz takes one target of one package at a time.
  for pkg in $(go list ./...); do
    for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
      echo "== fuzz $pkg $target ($FUZZTIME)"
      # Go's fuzzer sometimes ends with "context deadline exceeded" and no
      # failing input when the time is up while a worker is busy: that is not
      # a finding, so such a run is repeated once. A real finding writes
      # "Failing input written to ..." and fails at once.
      for attempt in 1 2; do
        if go test -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZTIME" "$pkg" >"$log" 2>&1; then
          break
        fi
        if grep -q 'Failing input written' "$log" || [ "$attempt" = 2 ]; then
          cat "$log"; echo "fuzzing $target found a failure"; exit 1
        fi
        echo "   (ended without a failing input: $(grep -m1 -o 'context deadline exceeded' "$log" || echo 'no reason given'); once more)"
      done
    done
  done
fi
echo "== all tests passed"
