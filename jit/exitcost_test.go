// exitcost_test.go checks that exits are priced (exitcost.go): a trace
// whose entries end at an exit to Go after less work than the round trip
// costs is parked, so that its loop stops paying a round trip per run,
// with the program's output unchanged and the decisions the same from
// run to run.

package jit

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/jit/jittest"
)

// untraceableCtxSrc defines c, a context manager: a loop whose body is a
// `with c:` cannot be recorded (WITHENTER is not), so the loops it runs
// enter their traces from the interpreter. Test programs start with it.
const untraceableCtxSrc = `
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
c = Ctx()
`

// shortInnerSrc runs a three-iteration inner loop once per iteration of
// an outer loop that cannot be traced (WITHENTER is not recorded), so
// every run of the inner loop enters its trace and leaves it by an exit
// to Go at its end. The expected output is CPython's.
const shortInnerSrc = untraceableCtxSrc + `def f(n):
    t = 0
    for k in range(n):
        with c:
            t += k & 7
        j = 0
        while j < 3:
            t += j * k
            j += 1
    return t
print(f(60000))
`

const shortInnerOut = "5400120000\n"

func TestShortLoopTraceParked(t *testing.T) {
	var logs [2]string
	var exits [2]int64
	for i := range logs {
		var log bytes.Buffer
		j := New(Config{Payoff: true, Log: &log})
		if got := jittest.Run(t, shortInnerSrc, j, 1039); got != shortInnerOut {
			t.Fatalf("run %d printed %q, want %q", i, got, shortInnerOut)
		}
		st := j.Stats()
		if st.TracesCompiled == 0 {
			t.Fatalf("no trace compiled; log:\n%s", log.String())
		}
		// Unpriced, every one of the 60,000 runs of the inner loop
		// (after its compile) ended at an exit to Go.
		if st.TracesParked == 0 || st.GuardExits > 6000 {
			t.Fatalf("trace not parked: %d parkings, %d exits to Go; log:\n%s", st.TracesParked, st.GuardExits, log.String())
		}
		// (The log's compile times differ from run to run; its
		// parkings may not.)
		for _, line := range strings.Split(log.String(), "\n") {
			if strings.Contains(line, "parked") {
				logs[i] += line + "\n"
			}
		}
		exits[i] = st.GuardExits
	}
	if logs[0] != logs[1] || exits[0] != exits[1] {
		t.Errorf("two runs decided differently (%d and %d exits to Go):\n%s\n---\n%s", exits[0], exits[1], logs[0], logs[1])
	}
	if logs[0] == "" {
		t.Error("no parking logged")
	}
}

// TestForcedHotNotParked: in forced-hot mode (threshold 1) and without
// the payoff rules nothing is parked; the corpus's --jit-threshold=1 runs
// keep tracing everything.
func TestForcedHotNotParked(t *testing.T) {
	for _, c := range []struct {
		payoff    bool
		threshold int
	}{{true, 1}, {false, 1039}} {
		j := New(Config{Payoff: c.payoff})
		if got := jittest.Run(t, shortInnerSrc, j, c.threshold); got != shortInnerOut {
			t.Fatalf("printed %q, want %q", got, shortInnerOut)
		}
		if st := j.Stats(); st.TracesParked != 0 {
			t.Errorf("payoff %v, threshold %d: %d parkings", c.payoff, c.threshold, st.TracesParked)
		}
	}
}
