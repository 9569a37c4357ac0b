package jit

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/jit/codecache"
)

// maskedWhileSrc is a while loop of a few bytecodes with a branch,
// run long enough to pay for its trace (TestDeferredOnEstimate,
// TestTooLongEstimated). The branch is taken once in 61 iterations, so
// that the recordings at the hook's checks (every 1,039 iterations) take
// the same path until the payoff budget lets the loop compile (after
// some 140,000: session 21); a branch taken every third iteration made
// that compile's path another than the first recording's.
const maskedWhileSrc = `
def f(n):
    s = 0
    k = 0
    while k < n:
        s += k & 7
        if k % 61 == 0:
            s -= 1
        k += 1
    return s
print(f(300000))
`

// TestDeferredOnEstimate checks that the payoff rules defer a loop on
// estimate.go's guess, without lowering it, when no code cache is asked
// (the log says "estimated" and gives no lowered size for the deferral),
// that the loop is compiled once it pays, and that the guess was within a
// factor of two of the size the lowering then gave; and that with the
// code cache's marks a second run neither defers nor guesses.
func TestDeferredOnEstimate(t *testing.T) {
	src := maskedWhileSrc
	want := run(t, src, nil, 0)
	var log bytes.Buffer
	j := New(Config{Payoff: true, Log: &log})
	if got := run(t, src, j, 0); got != want {
		t.Fatalf("JIT prints %q, interpreter %q", got, want)
	}
	guess := regexp.MustCompile(`deferred trace at \S+: about (\d+) wasm instructions \(estimated\)`).FindStringSubmatch(log.String())
	lowered := regexp.MustCompile(`compiled trace_\d+ at \S+: .*?(\d+) wasm instructions`).FindStringSubmatch(log.String())
	if guess == nil || lowered == nil {
		t.Fatalf("want a deferral on the estimate, then a compile; log:\n%s", log.String())
	}
	if regexp.MustCompile(`deferred trace at \S+: \d+ wasm`).MatchString(log.String()) {
		t.Errorf("a deferral lowered its recording; log:\n%s", log.String())
	}
	g, _ := strconv.Atoi(guess[1])
	r, _ := strconv.Atoi(lowered[1])
	t.Logf("estimated %d, lowered %d", g, r)
	if g*2 < r || g > 2*r {
		t.Errorf("estimated %d wasm instructions, lowered %d", g, r)
	}

	// With the code cache's marks, a first run defers on the guess as
	// above and marks what it compiled; a second run knows the recording,
	// lowers it at once and loads its module at the first hot check.
	marks := codecache.NewMarks(t.TempDir())
	for pass := 1; pass <= 2; pass++ {
		log.Reset()
		j = New(Config{Payoff: true, Log: &log, Known: marks.Known, Compiled: marks.Compiled})
		if got := run(t, src, j, 0); got != want {
			t.Fatalf("pass %d: JIT prints %q, interpreter %q", pass, got, want)
		}
		deferred := strings.Contains(log.String(), "deferred trace")
		if deferred != (pass == 1) || j.Stats().TracesCompiled == 0 {
			t.Errorf("pass %d: deferred %v, %d traces; log:\n%s", pass, deferred, j.Stats().TracesCompiled, log.String())
		}
	}
}

// TestSideEstimatedCounted checks that Stats.SideEstimated counts the
// side trace recordings deferred on their estimated size, one per such
// deferral the log gives (maskedWhileSrc's rare branch is an exit whose
// side trace waits for a few hundred exits after its first recording).
func TestSideEstimatedCounted(t *testing.T) {
	var log bytes.Buffer
	j := New(Config{Payoff: true, Log: &log})
	if got, want := run(t, maskedWhileSrc, j, 0), run(t, maskedWhileSrc, nil, 0); got != want {
		t.Fatalf("JIT prints %q, interpreter %q", got, want)
	}
	n := len(regexp.MustCompile(`deferred side trace for exit \d+ of \S+: about \d+ wasm instructions \(estimated\)`).FindAllString(log.String(), -1))
	if n == 0 || j.Stats().SideEstimated != int64(n) {
		t.Errorf("%d estimated side trace deferrals logged, %d counted; log:\n%s", n, j.Stats().SideEstimated, log.String())
	}
}

// TestDeferredRecordingStorageReused checks that a root recording and a
// side trace's recording deferred on their guesses give their storage to
// the JIT's trace.Scratch and that the recordings compiled later take it
// (record_scratch.go), with the output, the deferrals and the compiles
// unchanged: the loop is deferred once and compiled, its side trace
// deferred once and compiled, so two recordings take dropped storage.
func TestDeferredRecordingStorageReused(t *testing.T) {
	want := run(t, maskedWhileSrc, nil, 0)
	var log bytes.Buffer
	j := New(Config{Payoff: true, Log: &log})
	if got := run(t, maskedWhileSrc, j, 0); got != want {
		t.Fatalf("JIT prints %q, interpreter %q", got, want)
	}
	st := j.Stats()
	if strings.Count(log.String(), "deferred trace at") != 1 || !strings.Contains(log.String(), "(estimated)") ||
		st.TracesCompiled != 1 || st.SideEstimated != 1 || st.SideTraces != 1 || st.TracesAborted != 0 {
		t.Fatalf("want one deferral on the guess and one compile, of the loop and of a side trace, no abort; %d compiled, %d side, %d side estimates, %d aborted; log:\n%s",
			st.TracesCompiled, st.SideTraces, st.SideEstimated, st.TracesAborted, log.String())
	}
	if n := j.scratch.Reused(); n != 2 {
		t.Errorf("%d recordings took a deferred recording's storage, want 2", n)
	}
}
