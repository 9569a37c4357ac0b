// calls_twosite_test.go checks that a trace calls inner traces in at most
// one callee's window: an exit of an inner trace does not say which call
// made it, and calls.go pushes the frame of the one call site it knows
// (calleeSite), so a second site would resume in the first call's frame,
// whose function register holds that call's result by then ("register
// 10 holds no function", found by GC stress, whose safepoint polls exit
// the inner trace in either call).

package jit

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/trace"
)

// twoCalleeSitesSrc calls a function whose loop has a trace twice per
// iteration of a traced loop (tests/corpus/jit/callloop_for.py's
// "steps").
const twoCalleeSitesSrc = `
def stepped(a, b, k):
    s = 0
    for i in range(a, b, k):
        s += i
    return s

acc = 0
for n in range(3000):
    acc += stepped(n % 17, 40, 3) + stepped(50, n % 11, -4)
print("steps", acc)
`

// TestOneCalleeSitePerTrace: no live trace calls inner traces in two
// callee windows, and the output is the interpreter's.
func TestOneCalleeSitePerTrace(t *testing.T) {
	want := run(t, twoCalleeSitesSrc, nil, 0)
	checkCPython(t, twoCalleeSitesSrc, want)
	for _, threshold := range []int{1, 7} {
		var log bytes.Buffer
		j := New(Config{Log: &log})
		if got := run(t, twoCalleeSitesSrc, j, threshold); got != want {
			t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", threshold, want, got, log.String())
		}
		for _, c := range j.live {
			sites := 0
			for _, h := range c.t.Helpers {
				if spec, ok := strings.CutPrefix(h.Name, trace.InnerTracePrefix); ok && strings.Count(spec, ":") == 3 {
					sites++
				}
			}
			if sites > 1 {
				t.Fatalf("threshold %d: %s calls inner traces in %d callee windows; the JIT resumes exits in one", threshold, c.name, sites)
			}
		}
	}
}
