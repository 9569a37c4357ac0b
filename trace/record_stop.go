// record_stop.go lets a root recording stop once what it has recorded
// already says how its loop's trace will be priced: the JIT guesses a
// trace's module size from its guards and snapshot entries (jit
// estimate.go), both only ever appended while recording, so the counts
// of a recording's prefix bound those of the whole from below. A caller
// that knows the largest size its payoff rule lets compile at this hook
// call stops the recording as soon as the prefix's guess is over it
// (jit eststop.go): the rest of the recording could not change the
// decision, only cost its time (an outer loop unrolling its inner loops:
// 0.4-0.5 ms).

package trace

import (
	"fmt"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// StopRule is asked before each bytecode is recorded with the guards and
// snapshot entries recorded so far (snapshot 0, the entry's, left out as
// the size guess leaves it out) and the bytecodes recorded, and says
// whether to stop.
type StopRule func(guards, entries, bytecodes int) bool

// Stopped is the error of a recording its StopRule stopped: the counts
// it had reached and the bytecodes recorded.
type Stopped struct {
	Guards, Entries, Bytecodes int
}

func (s *Stopped) Error() string {
	return fmt.Sprintf("recording stopped after %d bytecodes (%d guards, %d snapshot entries)", s.Bytecodes, s.Guards, s.Entries)
}

// RecordStopping is Record with a StopRule (nil: never stops) and the
// storage of recordings dropped before (scratch, which may be nil;
// record_scratch.go).
func RecordStopping(m *vm.VM, header, backEdge int, name string, inner InnerLookup, live *LiveCache, stop StopRule, scratch *Scratch) (*Recording, error) {
	return record(m, header, backEdge, header, nil, name, inner, live, stop, scratch)
}

// prefixCounts is what a recording's trace held at the last count: the
// instructions and snapshots counted so far and their guards and
// snapshot entries.
type prefixCounts struct {
	insts, snaps    int
	guards, entries int
}

// update counts the guards and snapshot entries t gained since the last
// count and returns the totals.
func (c *prefixCounts) update(t *ir.Trace) (guards, entries int) {
	for c.insts = max(c.insts, 1); c.insts < len(t.Insts); c.insts++ {
		if t.Insts[c.insts].Guarded() {
			c.guards++
		}
	}
	for c.snaps = max(c.snaps, 1); c.snaps < len(t.Snaps); c.snaps++ {
		c.entries += len(t.Snaps[c.snaps].Entries)
	}
	return c.guards, c.entries
}
