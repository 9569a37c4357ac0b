// side.go records side traces (bridges): when one exit of a compiled
// trace keeps firing, the JIT records from that exit's resume pc, with the
// frame as the exit left it, until control reaches the root trace's loop
// header again; the side trace then ends in EXIT through a snapshot of
// every register it changed, and wasmgen lowers that final exit to
// "loop again" (docs/jit.md "Side traces").

package trace

import (
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// SideLeftLoop is the abort reason of a side trace whose path leaves the
// root trace's loop (the loop's own end, a break): such an exit is
// blacklisted after a few tries.
const SideLeftLoop = "side trace left the loop"

// MaxSideInnerIterations bounds the inner loop iterations a side trace's
// recording simulates (a side trace is recorded at a hot exit, in the
// middle of the program: a long simulation would cost more than the
// interpreter saves; a later try, when the inner loop is shorter, may
// succeed).
const MaxSideInnerIterations = 1 << 11

// RecordSide records a side trace in the innermost frame of m, starting
// at pc start (where the interpreter resumes after the parent's exit),
// for the root loop whose header and back-edge are given. The recording
// ends when control reaches the header, with an EXIT whose snapshot
// resumes there.
func RecordSide(m *vm.VM, header, backEdge, start int, name string, inner InnerLookup) (*Recording, error) {
	if start < header || start > backEdge {
		return nil, &Abort{Reason: SideLeftLoop, PC: start}
	}
	return record(m, header, backEdge, start, true, name, inner)
}

// endSnap returns a new snapshot (shared with no guard) resuming at pc
// with every register the recording wrote.
func (r *recorder) endSnap(pc int) ir.SnapID {
	s := ir.Snapshot{PC: int32(pc)}
	for i := range r.root {
		if r.root[i].dirty {
			s.Entries = append(s.Entries, ir.SnapEntry{Slot: int32(i), Tag: r.root[i].tag, Val: r.root[i].val})
		}
	}
	return r.b.AddSnap(s)
}
