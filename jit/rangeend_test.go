package jit

import (
	"bytes"
	"strings"
	"testing"
)

// TestRangeEndNotStuck: a recursive function's short range loop whose
// trace the interpreter enters again and again at its last iteration
// (after an exit in the middle of an iteration) exits through the range
// iterator's end test before any iteration; that is the loop's end, not a
// changed type, so the trace is not retired (rangeend.go). Without
// dropRangeEndSnaps this program (nqueens' sizes, the default threshold
// and the payoff rules, as the CLI runs it) retires its trace and
// compiles the loop again. Since session 27 a range loop's runs are
// priced by the range's length (ownruns.go): queens' loop, 4 bytecodes an
// iteration on the recorded path, cannot pay an entry per run of 4-11
// iterations and gets no trace, so each iteration here does some more
// work first. (Neither version fails without dropRangeEndSnaps at main
// 9a5ed8e: later decisions no longer enter the trace at that point.)
func TestRangeEndNotStuck(t *testing.T) {
	src := strings.Replace(queensSrc, "range(1, 9)", "list(range(4, 12))", 1)
	src = strings.Replace(src, "        if c in cols", "        w = (c * 7 + row * 3 + n) & 15 | (c ^ row) & 7\n        if w < 0 or c in cols", 1)
	want := run(t, src, nil, 0)
	for _, th := range []int{0} {
		var log bytes.Buffer
		j := New(Config{Log: &log, Payoff: true})
		if got := run(t, src, j, th); got != want {
			t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s", th, want, got)
		}
		st := j.Stats()
		t.Logf("threshold %d: %d traces, %d retired, %d entries, %d exits", th, st.TracesCompiled, st.Retired, st.TraceEntries, st.GuardExits)
		if st.TracesCompiled == 0 || st.Retired != 0 {
			t.Fatalf("threshold %d: %d traces compiled, %d retired; want some and none\n%s", th, st.TracesCompiled, st.Retired, log.String())
		}
	}
}

// TestNestedEntryOwnWork: an entry is credited with its own bytecodes,
// not those of the entries made inside it through residual calls, and
// the enclosing entry's count keeps the total (calloutentry.go).
func TestNestedEntryOwnWork(t *testing.T) {
	var n nestedEntryCount
	outer := n.credited
	// Two entries made inside the outer one: 30 and 50 bytecodes.
	in1 := n.credited
	if own := n.finish(in1, 30); own != 30 {
		t.Fatalf("first inner entry: own %d, want 30", own)
	}
	in2 := n.credited
	if own := n.finish(in2, 50); own != 50 {
		t.Fatalf("second inner entry: own %d, want 50", own)
	}
	// The outer entry ran 100 bytecodes in traces, 80 of them its inner
	// entries'.
	if own := n.finish(outer, 100); own != 20 {
		t.Fatalf("outer entry: own %d, want 20", own)
	}
	if n.credited != 100 {
		t.Fatalf("credited %d after the outer entry, want 100", n.credited)
	}
}
