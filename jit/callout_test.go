// callout_test.go checks residual calls (callout.go, trace/record_callout.go,
// vm/jitcallout.go): a loop whose body makes a recursive call gets a trace
// that runs the call in the interpreter, nested runs re-enter the same
// trace, exceptions and RecursionError from the callee come out with the
// interpreter's traceback and the call is not run twice, and traces
// retired while a call is out are retired only after it. Every program's
// output is compared with the interpreter's and with CPython's.

package jit

import (
	"bytes"
	"testing"
)

// calloutRun is funcRun at thresholds 1, 7 and 50 with the residual-call
// stats checked at threshold 1 (where every loop is traced; above it the
// payoff gate decides): at least minCalls callouts, minRaised raised.
func calloutRun(t *testing.T, src string, minCalls, minRaised int64) {
	t.Helper()
	thresholds := []int{1, 7, 50}
	for i, j := range funcRun(t, src, thresholds...) {
		st := j.Stats()
		t.Logf("threshold %d: %d traces, %d callouts (%d raised), %d entries, %d exits",
			thresholds[i], st.TracesCompiled, st.Callouts, st.CalloutsRaised, st.TraceEntries, st.GuardExits)
		if thresholds[i] == 1 && (st.Callouts < minCalls || st.CalloutsRaised < minRaised) {
			t.Fatalf("threshold %d: %d callouts, %d raised; want at least %d and %d",
				thresholds[i], st.Callouts, st.CalloutsRaised, minCalls, minRaised)
		}
	}
}

const queensSrc = `
def solve(n, row, cols, d1, d2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if c in cols or (row + c) in d1 or (row - c) in d2:
            continue
        cols.add(c)
        d1.add(row + c)
        d2.add(row - c)
        count += solve(n, row + 1, cols, d1, d2)
        cols.remove(c)
        d1.remove(row + c)
        d2.remove(row - c)
    return count

print([solve(n, 0, set(), set(), set()) for n in range(1, 9)])
`

// TestCalloutQueens: nqueens' loop gets a trace whose recursive call is
// residual (without it, every recording aborts and nothing is traced).
func TestCalloutQueens(t *testing.T) {
	calloutRun(t, queensSrc, 100, 0)
}

// TestCalloutRaises: a callee raising at depth: the handler in the loop
// sees the interpreter's traceback, and side effects before the raise
// happen once.
func TestCalloutRaises(t *testing.T) {
	src := `
def frames(tb):
    out = []
    while tb is not None:
        out.append("%s:%d" % (tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

seen = []
def search(n, depth, bad):
    seen.append(n)
    if depth == 4:
        if n % bad == 0:
            raise ValueError(n)
        return 1
    s = 0
    for i in range(3):
        if depth == 1:
            try:
                s += search(n * 3 + i, depth + 1, bad)
            except ValueError as e:
                s += 1000
                last = frames(e.__traceback__)
        else:
            s += search(n * 3 + i, depth + 1, bad)
    if depth == 1:
        print("depth 1", n, s, last if s >= 1000 else None)
    return s

for bad in (7, 11, 1000):
    del seen[:]
    print(search(1, 0, bad), len(seen), sum(seen))
try:
    search(0, 0, 1)
except ValueError as e:
    print("top", e, frames(e.__traceback__), len(seen))
`
	calloutRun(t, src, 20, 3)
}

// TestCalloutRecursionLimit: recursion through residual calls reaches the
// limit at the interpreter's depth.
func TestCalloutRecursionLimit(t *testing.T) {
	src := `
import sys
def depth(tb):
    k = 0
    while tb is not None:
        k += 1
        tb = tb.tb_next
    return k

deepest = [0]
def dive(n):
    if n > deepest[0]:
        deepest[0] = n
    t = 0
    for i in range(4):
        if i < 3:
            t += i
            continue
        t += dive(n + 1)
    return t

for limit in (200, 90, 400):
    sys.setrecursionlimit(limit)
    for k in range(3):
        deepest[0] = 0
        try:
            dive(0)
        except RecursionError as e:
            print(limit, depth(e.__traceback__), deepest[0])
`
	calloutRun(t, src, 100, 100)
}

// TestCalloutRetireWaits: with two module slots, compiling the loops a
// callee meets evicts traces while the trace that called it waits in
// wasm: their retirement must wait until the call returns (without that,
// the waiting trace's module is closed under it).
func TestCalloutRetireWaits(t *testing.T) {
	src := `
def a(n):
    t = 0
    for i in range(n):
        t += i
    return t

def b(n):
    t = 0
    for i in range(n):
        t += i * 2
    return t

def c(n):
    t = 0
    for i in range(n):
        t -= i
    return t

def walk(n):
    if n <= 0:
        return a(40) + b(40) + c(40)
    t = 0
    for i in range(3):
        t += walk(n - 1) + i
    return t

s = 0
for k in range(20):
    s += walk(3)
print(s)
`
	want := run(t, src, nil, 0)
	checkCPython(t, src, want)
	for _, th := range []int{1} {
		var log bytes.Buffer
		j := New(Config{Log: &log, MaxModules: 2})
		if got := run(t, src, j, th); got != want {
			t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", th, want, got, log.String())
		}
		st := j.Stats()
		t.Logf("threshold %d: %d traces, %d retired (%d waited), %d callouts", th, st.TracesCompiled, st.Retired, j.callout.waited, st.Callouts)
		if st.Callouts == 0 || j.callout.waited == 0 || j.callout.depth != 0 || len(j.callout.retired) != 0 {
			t.Fatalf("threshold %d: %d callouts, %d retirements waited, depth %d, %d retirements waiting", th, st.Callouts, j.callout.waited, j.callout.depth, len(j.callout.retired))
		}
	}
}

// TestCalloutClobbers: the callee changes a global, a list and a value's
// type that the loop reads right after the call.
func TestCalloutClobbers(t *testing.T) {
	src := `
scale = 1
items = [0]
def walk(n):
    global scale
    if n <= 0:
        items.append(len(items))
        if len(items) % 13 == 0:
            scale = scale * 1.5 if scale < 4 else 1
        return 1
    t = 0
    for i in range(2):
        t += walk(n - 1) * scale + items[-1] + len(items)
    return t
print(walk(9), scale, len(items))
`
	calloutRun(t, src, 50, 0)
}
