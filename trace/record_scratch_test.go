package trace

import (
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/hotloop/hotloop/jit/jittest"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// scratchHook records each hot loop at its first hot check afresh, then
// three times through one Scratch shared by all loops (dropping each
// recording, with a recording stopped after a few bytecodes between the
// second and third), and checks that every recording through the
// Scratch has the fresh one's IR and took the storage of the recording
// dropped before it.
type scratchHook struct {
	scratch  Scratch
	seen     map[int]bool
	last     *ir.Inst // the first instruction of the last dropped recording
	loops    int
	reused   int
	failures []string
}

func (h *scratchHook) fail(format string, args ...any) {
	h.failures = append(h.failures, fmt.Sprintf(format, args...))
}

func (h *scratchHook) LoopHot(m *vm.VM, f *vm.Frame, pc int) (int, bool) {
	if h.seen[pc] {
		return 0, false
	}
	h.seen[pc] = true
	fr := m.JITTopFrame()
	fresh, err := Record(m, pc, fr.PC, "t", nil, nil)
	if err != nil {
		return 0, false
	}
	h.loops++
	for i := range 3 {
		if i == 2 {
			never := func(_, _, bytecodes int) bool { return bytecodes >= 3 }
			if _, err := RecordStopping(m, pc, fr.PC, "t", nil, nil, never, &h.scratch); !errors.As(err, new(*Stopped)) {
				h.fail("pc %d: the recording told to stop did not stop: %v", pc, err)
			}
		}
		rec, err := RecordStopping(m, pc, fr.PC, "t", nil, nil, nil, &h.scratch)
		if err != nil {
			h.fail("pc %d: recording %d through the scratch aborted: %v", pc, i, err)
			return 0, false
		}
		got, want := rec.Trace, fresh.Trace
		if !reflect.DeepEqual(got.Insts, want.Insts) || !reflect.DeepEqual(got.Consts, want.Consts) ||
			!reflect.DeepEqual(got.Snaps, want.Snaps) || !reflect.DeepEqual(got.Allocs, want.Allocs) ||
			len(got.Helpers) != len(want.Helpers) || got.FrameSize != want.FrameSize || rec.Bytecodes != fresh.Bytecodes {
			h.fail("pc %d: recording %d through the scratch differs from a fresh one\nfresh:\n%v\nscratch:\n%v", pc, i, want, got)
		}
		if h.last != nil {
			if &got.Insts[0] == h.last {
				h.reused++
			} else {
				h.fail("pc %d: recording %d did not take the dropped recording's instructions", pc, i)
			}
		}
		h.last = &got.Insts[0]
		h.scratch.Drop(rec)
		if rec.Trace != nil {
			h.fail("pc %d: a dropped recording keeps its trace", pc)
		}
	}
	return 0, false
}

// TestScratchSameRecordings: recordings made on the storage of dropped
// ones (record_scratch.go) have the IR of recordings made afresh, across
// loops of different code objects with different constants, and a
// stopped recording gives the storage it took back.
func TestScratchSameRecordings(t *testing.T) {
	src := `class P:
    def __init__(self, x):
        self.x = x

def f(xs):
    s = 0.5
    for x in xs:
        s += x * 2.25 - 7
    return s

def g(n):
    out = []
    for i in range(n):
        out.append(P(i + 1000))
    return len(out), out[-1].x

total = 0
for i in range(40):
    a = i * 3
    total += a % 11
for j in range(40):
    total += j // 3 + (j & 5)
print(total, f(list(range(40))), g(40))
`
	h := &scratchHook{seen: map[int]bool{}}
	if got, want := jittest.Run(t, src, h, 5), jittest.Run(t, src, nil, 5); got != want {
		t.Fatalf("with the recording hook the program prints %q, without %q", got, want)
	}
	for _, f := range h.failures {
		t.Error(f)
	}
	if h.loops != 4 || h.reused != 3*h.loops-1 {
		t.Fatalf("%d loops recorded (want 4), %d recordings took dropped storage (want %d)", h.loops, h.reused, 3*h.loops-1)
	}
}
