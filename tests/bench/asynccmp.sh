#!/bin/sh
# asynccmp.sh compares synchronous and background compiles (jit/async.go),
# cold (--jit-cache=off: every run compiles): every benchmark of
# tests/bench, then the jit/ and workloads/ corpus programs, each run N
# times in both modes, interleaved, medians of CPU and wall time
# (jitcost's "off" columns are the synchronous runs, HOTLOOP_JIT_ASYNC=0;
# "on" the background ones, HOTLOOP_JIT_ASYNC=1, whether a core is idle
# or not, and HOTLOOP_JIT_ASYNC_MINWORK=0, however short the program so
# far: jit/asyncrule.go). Run from anywhere in the repository:
#
#	tests/bench/asynccmp.sh [N]        (N defaults to 5)
#
# HOTLOOP=path uses that binary instead of building one. Background
# compiles can only win wall time on a machine with an idle core: check
# the load average jitcost prints.
set -e
cd "$(git rev-parse --show-toplevel)"
n=${1:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=${HOTLOOP:-$tmp/hotloop}
# static, as the README builds it (docs/cli.md "The build is static")
[ -n "$HOTLOOP" ] || CGO_ENABLED=0 go build -o "$bin" ./cmd/hotloop
jc=$tmp/jitcost
go build -o "$jc" ./tests/bench/cmd/jitcost
compare() {
	"$jc" -base --jit-cache=off -base-env HOTLOOP_JIT_ASYNC=0 \
		-on --jit-cache=off -on-env "HOTLOOP_JIT_ASYNC=1 HOTLOOP_JIT_ASYNC_MINWORK=0" "$@"
}
echo "== benchmarks (off = synchronous compiles, on = background compiles)"
compare -bench -n "$n" -hotloop "$bin" -stats=false
echo
echo "== jit/ and workloads/ corpus programs"
compare -filter '^(jit|workloads)/' -n "$n" -hotloop "$bin" -stats=false -q
