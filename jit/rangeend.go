// rangeend.go keeps a trace from being retired for reaching the end of its
// range before its first iteration. A trace's first snapshot is shared by
// the guards on the registers' tags and by the test that the range
// iterator has an item left; an exit there with no iteration done
// counted as "its types changed for good" (typeGuards, jit.go), and a
// trace entered again and again at the last iteration of a short loop
// (nqueens' `for c in range(n)` in a recursive function, resumed by the
// interpreter after an exit in the middle of its iteration) was retired
// and, after four retirements, its loop blacklisted.

package jit

import (
	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
)

// dropRangeEndSnaps unmarks in marks (typeGuards') every snapshot that a
// range iterator's end test exits through (a GCMP on its current value),
// or a list iterator's (an ABC of its index against the list's length:
// dijkstra's `for v, w in adj[u]` over 5-item lists, entered near its
// end, was retired as stuck and recorded again on another path, and the
// side traces of the first lost, 6,000 -> 12,600 exits to Go): such an
// exit before the first iteration is the loop's own end, not a changed
// type.
func dropRangeEndSnaps(t *ir.Trace, marks []bool) {
	for i := 1; i < len(t.Insts); i++ {
		in := &t.Insts[i]
		if (in.Op != ir.GCMP && in.Op != ir.ABC) || in.Snap == ir.NoSnap || int(in.Snap) >= len(marks) || !in.A.IsInst() {
			continue
		}
		if a := t.Inst(in.A); a.Op == ir.FLOAD && a.Class() == trace.ClassRangeCur {
			marks[in.Snap] = false
		}
	}
}
