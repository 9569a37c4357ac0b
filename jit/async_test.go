package jit

import (
	"bytes"
	"strings"
	"testing"
)

// TestAsyncCompile runs loops whose traces compile in the background: the
// output must be the interpreter's, and the traces must be installed and
// entered once ready (the loops run long enough interpreted, about a
// second, for a compile to finish even on a loaded machine).
func TestAsyncCompile(t *testing.T) {
	src := `
def f(n):
    s = 0
    x = 0.5
    for i in range(n):
        if i % 3:
            s += i & 7
        else:
            x = x * 0.5 + 1.0
    return s, x

def g(n):
    t = 0
    for i in range(n):
        j = 0
        while j < 5:
            t += i ^ j
            j += 1
    return t

for k in range(3):
    print(f(1000000 + k), g(100000 + k))
`
	want := run(t, src, nil, 0)
	for _, threshold := range []int{7, 1039} {
		j := New(Config{Async: true})
		got := run(t, src, j, threshold)
		if got != want {
			t.Fatalf("threshold %d: async JIT printed\n%s\nwant\n%s", threshold, got, want)
		}
		st := j.Stats()
		if st.TracesCompiled == 0 || st.TraceEntries == 0 {
			t.Fatalf("threshold %d: no background trace was installed and entered: %+v", threshold, st)
		}
		if j.async.inflight < 0 || strings.Contains(got, "ERROR") {
			t.Fatalf("threshold %d: inflight %d", threshold, j.async.inflight)
		}
	}
}

// TestAsyncNotForced checks that forced-hot mode (threshold 1) compiles
// synchronously even with Config.Async: every loop runs its trace from its
// first back-edge, which is what the corpus's --jit-threshold=1 pass tests.
func TestAsyncNotForced(t *testing.T) {
	src := `
s = 0
for i in range(40):
    s += i * 3
print(s)
`
	want := run(t, src, nil, 0)
	j := New(Config{Async: true})
	if got := run(t, src, j, 1); got != want {
		t.Fatalf("async JIT printed %q, want %q", got, want)
	}
	if st := j.Stats(); st.TracesCompiled == 0 || st.BytecodesInTraces == 0 || j.async.done != nil {
		t.Fatalf("threshold 1: trace not compiled and run synchronously: %+v, background channel %v", st, j.async.done != nil)
	}
}

// TestAsyncPrompt checks that a trace compiled in the background is
// entered within pendingPoll iterations of its compile's end, not at the
// loop's next threshold of back-edges: with asyncState.wait the compile
// has ended when the hook returns, so the loop runs interpreted for the
// threshold's iterations and at most pendingPoll more (before the poll,
// the hook was next called a threshold later: 2 × 1039 iterations).
func TestAsyncPrompt(t *testing.T) {
	src := `
def f(n):
    s = 0
    for i in range(n):
        s += i & 7
    return s
print(f(20000))
`
	want, _ := runCounting(t, src, nil, 0)
	const threshold = 1039
	j := New(Config{Async: true})
	j.async.wait = true
	got, interp := runCounting(t, src, j, threshold)
	if got != want {
		t.Fatalf("async JIT printed %q, want %q", got, want)
	}
	st := j.Stats()
	if st.TracesCompiled != 1 || j.async.inflight != 0 {
		t.Fatalf("want one trace compiled and installed: %+v, %d in flight", st, j.async.inflight)
	}
	// about 5 bytecodes an iteration, and some 40 outside the loop
	if limit := uint64(8 * (threshold + pendingPoll + 2)); interp > limit {
		t.Fatalf("%d bytecodes interpreted, want at most %d: the trace was entered late", interp, limit)
	}
}

// TestAsyncTree checks trace trees compiled in the background: the root
// runs its old module until the tree replaces it, and the output is the
// interpreter's, with the compile done at once (wait) and truly in the
// background.
func TestAsyncTree(t *testing.T) {
	for _, tc := range treeCases {
		want := run(t, tc.src, nil, 0)
		for _, wait := range []bool{true, false} {
			var log bytes.Buffer
			j := New(Config{Log: &log, Async: true})
			j.async.wait = wait
			if got := run(t, tc.src, j, tc.threshold); got != want {
				t.Fatalf("%s (wait %v): async JIT printed\n%s\nwant\n%s\n%s", tc.name, wait, got, want, log.String())
			}
			if st := j.Stats(); wait && st.TraceTrees < tc.minTrees {
				t.Fatalf("%s: %d trees, want at least %d\n%s", tc.name, st.TraceTrees, tc.minTrees, log.String())
			}
		}
	}
}

// TestAsyncLoopFunc checks a loop function compiled in the background:
// its loops run interpreted, not traced, while it compiles, and it is
// entered once installed.
func TestAsyncLoopFunc(t *testing.T) {
	want := run(t, loopFannkuchSrc, nil, 0)
	for _, wait := range []bool{true, false} {
		var log bytes.Buffer
		j := New(Config{Log: &log, Async: true, LoopFuncs: true})
		j.async.wait = wait
		if got := run(t, loopFannkuchSrc, j, 7); got != want {
			t.Fatalf("wait %v: async JIT printed %q, want %q\n%s", wait, got, want, log.String())
		}
		st := j.Stats()
		if st.TraceEntries != 0 || st.SideTraces != 0 {
			t.Fatalf("wait %v: %d trace entries, %d side traces: want fannkuch's loops untraced\n%s", wait, st.TraceEntries, st.SideTraces, log.String())
		}
		if wait && (st.LoopFuncs.Compiled != 1 || st.LoopFuncs.Entries == 0) {
			t.Fatalf("loop functions %+v, want fannkuch compiled in the background and entered\n%s", st.LoopFuncs, log.String())
		}
	}
}

// TestAsyncSideWaits checks that side traces which end at an outer loop
// whose trace is compiling wait for it instead of recording, aborting at
// its header and backing off again and again (which on a loaded machine
// also parked the inner trace for its exits to Go: mandelbrot made 95,000
// exits to Go against 4,800 with synchronous compiles). The compiles are
// held back for a number of hook calls that grows with their size, as
// compile times do, so that the inner loop's trace is installed while the
// outer one's still compiles; the side trace recordings that reach a
// loop without a trace must stay near the synchronous run's (without the
// wait: 20 against 9; with it, 11).
func TestAsyncSideWaits(t *testing.T) {
	src := mandelDef + `print(mandel(480, 360, 100))
`
	want := run(t, src, nil, 0)
	sync := New(Config{Payoff: true})
	if got := run(t, src, sync, 1039); got != want {
		t.Fatalf("sync JIT printed %q, want %q", got, want)
	}
	var log bytes.Buffer
	j := New(Config{Async: true, Payoff: true, Log: &log})
	j.async.wait, j.async.delay = true, 1000
	if got := run(t, src, j, 1039); got != want {
		t.Fatalf("async JIT printed %q, want %q", got, want)
	}
	untraced := func(j *JIT) (n int64) {
		for r, c := range j.Stats().AbortReasons {
			if strings.Contains(r, "side trace reached a loop without a trace") {
				n += c
			}
		}
		return n
	}
	su, au := untraced(sync), untraced(j)
	if au > su+4 {
		t.Fatalf("%d side trace recordings reached a loop without a trace with background compiles, %d without\n%s", au, su, log.String())
	}
}
