// calleeinner_test.go checks that an outer trace does not call an inner
// loop's trace that itself calls a callee's loop trace in the callee's
// register window (side.go innerLookup): the exits in that window would
// reach the outer trace as nested exits, which resume in the outer
// trace's frame, where the callee's frame is missing (session 24's
// differential hunt: hangs and TypeErrors; tests/corpus/jit/
// hunt_callee_inner).

package jit

import (
	"bytes"
	"testing"
)

// calleeInnerSrc: the outer loop's inner loop calls a function with a
// loop. The callee's loop runs to its end, so the old binary, whose outer
// trace called the inner trace, printed the right sum: the test checks
// the traces' shape.
const calleeInnerSrc = `
def total(L, x):
    s = 0
    for t in L:
        s += t - x
    return s

def drive(R, L):
    a = 0
    for i in range(R):
        for n in range(i % 3):
            a += total(L, n)
    return a

print(drive(3000, [8, 8]))
`

// TestNoCalleeTraceCalledNested: no live trace that calls a callee's
// loop trace in a window is called by another trace, and the output is
// the interpreter's.
func TestNoCalleeTraceCalledNested(t *testing.T) {
	want, _ := runCounting(t, calleeInnerSrc, nil, 0)
	checkCPython(t, calleeInnerSrc, want)
	for _, threshold := range []int{1, 7} {
		var log bytes.Buffer
		j := New(Config{Log: &log})
		got, _ := runCounting(t, calleeInnerSrc, j, threshold)
		if got != want {
			t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", threshold, want, got, log.String())
		}
		windows := 0
		for _, c := range j.live {
			if c.callee == nil {
				continue
			}
			windows++
			for _, up := range c.callers {
				// (A side trace or a path that ends by entering c is
				// not a call: c's exits then reach Go as c's own.)
				if up.enters != c && !up.isPath() {
					t.Fatalf("threshold %d: %s calls a callee's loop trace in a window and is called by %s\n%s", threshold, c.name, up.name, log.String())
				}
			}
		}
		if threshold == 1 && windows == 0 {
			t.Fatalf("threshold %d: no trace calls the callee's loop trace in a window\n%s", threshold, log.String())
		}
	}
}
