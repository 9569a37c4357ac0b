package trace

import (
	"errors"
	"testing"

	"github.com/hotloop/hotloop/jit/jittest"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// stopHook records each hot loop at its first hot check in full, then
// once for each shorter length with a StopRule that stops it there, and
// keeps what the stopped recordings reported.
type stopHook struct {
	seen    map[int]bool
	full    []*Recording
	stopped [][]Stopped // per loop, per stop length
	failed  string
}

func (h *stopHook) LoopHot(m *vm.VM, f *vm.Frame, pc int) (int, bool) {
	if h.seen[pc] {
		return 0, false
	}
	h.seen[pc] = true
	fr := m.JITTopFrame()
	unroll := func(int) (Inner, bool) { return Inner{}, false } // no inner traces: inner loops unrolled
	full, err := Record(m, pc, fr.PC, "t", unroll, nil)
	if err != nil {
		return 0, false
	}
	var runs []Stopped
	for n := 0; n <= full.Bytecodes; n++ {
		_, err := RecordStopping(m, pc, fr.PC, "t", unroll, nil, func(_, _, bytecodes int) bool { return bytecodes >= n }, nil)
		var s *Stopped
		switch {
		case n < full.Bytecodes && !errors.As(err, &s):
			h.failed = "a recording told to stop did not stop"
		case n == full.Bytecodes && err != nil:
			h.failed = "a recording told to stop after its end did not end: " + err.Error()
		case n < full.Bytecodes:
			runs = append(runs, *s)
		}
	}
	h.full, h.stopped = append(h.full, full), append(h.stopped, runs)
	return 0, false
}

// recordedCounts counts t's guards and snapshot entries as the JIT's
// size guess does (jit estimate.go): instruction and snapshot 0 left out.
func recordedCounts(t *ir.Trace) (guards, entries int) {
	for i := 1; i < len(t.Insts); i++ {
		if t.Insts[i].Guarded() {
			guards++
		}
	}
	for i := 1; i < len(t.Snaps); i++ {
		entries += len(t.Snaps[i].Entries)
	}
	return guards, entries
}

// TestRecordStoppingCountsBound: the guards and snapshot entries a
// stopped recording reports never decrease as it is stopped later and
// never exceed the whole recording's (the lower bound jit/eststop.go
// prices by), and each stops at the length its rule names. Loops with
// an inlined call, an unrolled inner loop and branches.
func TestRecordStoppingCountsBound(t *testing.T) {
	src := `def g(v):
    if v % 3:
        return v * 2
    return v - 1

total = 0
rows = [[1, 2, 3], [4, 5], [6, 7, 8, 9]]
for i in range(60):
    for r in rows:
        for x in r:
            total += g(x + i)
    if i % 2:
        total -= 1
print(total)
`
	h := &stopHook{seen: map[int]bool{}}
	if got, want := jittest.Run(t, src, h, 20), jittest.Run(t, src, nil, 20); got != want {
		t.Fatalf("with the recording hook the program prints %q, without %q", got, want)
	}
	if h.failed != "" {
		t.Fatal(h.failed)
	}
	if len(h.full) == 0 {
		t.Fatal("no loop recorded")
	}
	longest := 0
	for i, full := range h.full {
		g, e := recordedCounts(full.Trace)
		longest = max(longest, full.Bytecodes)
		prevG, prevE := 0, 0
		for n, s := range h.stopped[i] {
			if s.Bytecodes != n {
				t.Fatalf("loop %d: told to stop at %d bytecodes, stopped at %d", i, n, s.Bytecodes)
			}
			if s.Guards < prevG || s.Entries < prevE || s.Guards > g || s.Entries > e {
				t.Fatalf("loop %d stopped at %d bytecodes: %d guards, %d entries (before: %d, %d; whole recording of %d bytecodes: %d, %d)",
					i, n, s.Guards, s.Entries, prevG, prevE, full.Bytecodes, g, e)
			}
			prevG, prevE = s.Guards, s.Entries
		}
	}
	if longest < 20 {
		t.Fatalf("the longest recording has %d bytecodes: the inner loops were not unrolled into it", longest)
	}
}
