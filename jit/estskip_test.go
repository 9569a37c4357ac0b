package jit

import (
	"bytes"
	"strings"
	"testing"
)

// skipSrc runs stepPairsSrc (accepted_test.go): its pair loop (line 4)
// and bodies loop (line 8) inside a step loop, at their first hot check
// (1,039 iterations), pay neither of them even as the smallest module
// running 600 bytecodes an iteration; the pair loop compiles later in
// the run.
const skipSrc = stepPairsSrc + "\n" + pairsMakeSrc + `
bodies, pairs = make(5)
step(bodies, pairs, 20000)
print(" ".join("%.9f" % b[0][0] for b in bodies))
`

// pairsMakeSrc builds stepPairsSrc's bodies and pairs for k bodies.
const pairsMakeSrc = `def make(k):
    bodies = [[[float(i)], [0.5 * i], 0.001 * (i + 1)] for i in range(k)]
    pairs = [(bodies[i], bodies[j]) for i in range(k) for j in range(i + 1, k)]
    return bodies, pairs
`

// fakeMarks stands in for the code cache's marks (codecache.Marks).
type fakeMarks map[string]bool

func (f fakeMarks) known(b []byte) bool { return f[string(b)] }
func (f fakeMarks) compiled(b []byte)   { f[string(b)] = true }

// TestSkipUnpayableKeepsCacheLookup: with SkipUnpayable, the pair loop's
// first recording is skipped in a cold run and its trace compiled later;
// in a warm run (the same marks) the loop, marked as compiled before, is
// recorded at its first hot check and loads at once. Without markLoop
// the warm run skips it again and compiles it late.
func TestSkipUnpayableKeepsCacheLookup(t *testing.T) {
	want, _ := runCounting(t, skipSrc, nil, 0)
	marks := fakeMarks{}
	for run, warm := range []bool{false, true} {
		var log bytes.Buffer
		j := New(Config{Log: &log, Payoff: true, SkipUnpayable: true, Known: marks.known, Compiled: marks.compiled})
		got, _ := runCounting(t, skipSrc, j, 0)
		if got != want {
			t.Fatalf("run %d: JIT prints %q, interpreter %q\n%s", run, got, want, log.String())
		}
		lg := log.String()
		skipped := strings.Contains(lg, "deferred trace at prog.py:4: not recorded")
		first, _, _ := strings.Cut(lg, "\n")
		switch {
		case !warm && (!skipped || j.Stats().RecordingsSkipped == 0):
			t.Fatalf("cold run: the pair loop's first recording was not skipped\n%s", lg)
		case !warm && !strings.Contains(lg, "compiled trace_"):
			t.Fatalf("cold run: nothing compiled\n%s", lg)
		case warm && skipped:
			t.Fatalf("warm run: the pair loop, compiled before, was skipped\n%s", lg)
		case warm && !strings.Contains(lg, "compiled trace_1 at prog.py:4"):
			t.Fatalf("warm run: the pair loop's cached trace did not load at its first hot check (first line %q)\n%s", first, lg)
		}
	}
}

// TestSkipUnpayableOff: without Config.SkipUnpayable every first
// recording is made (the default).
func TestSkipUnpayableOff(t *testing.T) {
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true})
	runCounting(t, skipSrc, j, 0)
	if strings.Contains(log.String(), "not recorded") || j.Stats().RecordingsSkipped != 0 {
		t.Fatalf("a recording was skipped with SkipUnpayable off\n%s", log.String())
	}
}
