// fastloop.go holds what lets a side trace's path go straight back into
// its root's loop instead of through the root's entry (re-reading every
// register, re-checking the entry guards and running the peeled first
// iteration again; PyPy's bridges jump to the loop label in the same
// way). Only side traces inlined into their root (inline.go, trace trees)
// do it: the root's plan (planFast) says which registers its back-edge
// snapshot names and how they become the PHIs. It is only right when
// everything the loop body uses from before the loop is still what the
// pre-loop computed, so the side trace (and every side trace on the way
// from the root) must pass SideLoopsFast:
//
//   - it writes no register that the root reads only in its pre-loop
//     (LoopInvariantSlots: a register the loop body does not carry in a
//     PHI is read once, before the loop);
//   - its heap stores cannot touch a word the loop took from before the
//     loop, or only pre-loop loads that are done again and compared at
//     its end (recheck.go); it calls nothing that writes and allocates
//     nothing;
//   - and at its end, the registers the root's back-edge snapshot names
//     must hold what a back-edge would have left there: a constant tag
//     (the type the loop assumes) or an invariant value as is (checked at
//     compile time where both are constants, else at run time), while the
//     loop-carried values become the PHIs; any mismatch (the side path
//     changed a type) takes the slow way, the root's entry.
//
// A called side trace always goes back through the entry: a restart that
// read the frame and went back into the loop was measured and rejected
// (docs/jit.md "Back into the loop").

package wasmgen

import (
	"strings"

	"github.com/hotloop/hotloop/trace/ir"
)

// fastWord is one frame word the fast restart reads: the tag (or payload)
// of a register that the root's back-edge snapshot names, with the IR
// value the back-edge would have left there.
type fastWord struct {
	off  uint32 // byte offset from the frame base
	ref  ir.Ref // the value the word must hold, or a loop value it gives
	load bool   // ref is a loop value first seen here: load it into its temp
}

// fastPlan is a root's fast restart: the words to read and check, and a
// temp local per loop value that the PHIs take.
type fastPlan struct {
	words []fastWord
	temp  map[ir.Ref]uint32
	phis  []ir.Ref
}

// LoopInvariantSlots returns the register slots a peeled root trace reads
// (SLOAD) but does not name in its back-edge snapshot: their values are
// read once, before the loop, so a side trace going back into the loop must
// not write them. It returns nil for a trace that is not a peeled loop.
func LoopInvariantSlots(t *ir.Trace) []int64 {
	if t.Len() < 2 || t.LoopRef() == ir.Nil || t.Inst(t.Len()-1).Op != ir.JLOOP {
		return nil
	}
	back := t.Snap(t.Inst(t.Len() - 1).Snap)
	seen := map[int64]bool{}
	var slots []int64
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := t.Inst(r)
		if in.Op != ir.SLOAD || seen[in.Aux] {
			continue
		}
		seen[in.Aux] = true
		if _, named := back.Entry(int32(in.Aux)); !named {
			slots = append(slots, in.Aux)
		}
	}
	return slots
}

// UnpeeledLoop reports whether root trace t is a loop lowered without a
// peel (no LOOP, a JLOOP at its end): its body runs from the top each
// iteration, reading the registers from the frame, so a side trace
// inlined into it (inline.go) goes back in by writing the frame and
// restarting the root, as a called side trace's LoopAgain does; it needs
// no fast restart plan and no pre-loop values.
func UnpeeledLoop(t *ir.Trace) bool {
	return t != nil && t.Len() >= 2 && t.LoopRef() == ir.Nil && t.Inst(t.Len()-1).Op == ir.JLOOP
}

// SideLoopsFast reports whether side trace t may go straight back into
// the loop of the peeled root trace root (when inlined into it): it
// stores nothing to the frame except through its snapshots, allocates
// nothing, calls no helper that writes and no other trace, none of its
// snapshots (its final one, or an exit's that a side trace of its own
// continues after) writes one of the root's invariant slots
// (LoopInvariantSlots), and its heap stores leave alone every word the
// root's loop took from before the loop, but for pre-loop loads that are
// done again at the side path's end (SideLoopChecks, recheck.go).
func SideLoopsFast(t, root *ir.Trace) bool {
	_, ok := SideLoopChecks(t, root)
	return ok
}

// SideLoopChecks is SideLoopsFast that also returns the root's pre-loop
// loads (ascending refs) that t's stores may overwrite and that the loop
// relies on: an inlined t goes back into the loop only when each of them,
// done again with the pre-loop's operands, still gives the pre-loop's
// value.
func SideLoopChecks(t, root *ir.Trace) ([]ir.Ref, bool) {
	if UnpeeledLoop(root) {
		// Its loop reads every register and heap word again at its start
		// and checks every guard: whatever the side path wrote, it goes
		// back in through the frame.
		return nil, true
	}
	if root == nil || root.LoopRef() == ir.Nil {
		return nil, false
	}
	invariant := LoopInvariantSlots(root)
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := t.Inst(r)
		switch in.Op {
		case ir.SSTORE, ir.NEW:
			return nil, false
		case ir.CALL:
			if in.Aux < 0 || int(in.Aux) >= len(t.Helpers) {
				return nil, false
			}
			h := t.Helpers[in.Aux]
			if h.Effect == ir.Writes || strings.HasPrefix(h.Name, InnerTracePrefix) {
				return nil, false
			}
		}
	}
	for s := 1; s < len(t.Snaps); s++ {
		snap := t.Snap(ir.SnapID(s))
		for _, slot := range invariant {
			if _, ok := snap.Entry(int32(slot)); ok {
				return nil, false
			}
		}
	}
	return heapChecks(ir.SummariseLoop(t, 1, t.Len()-1), root)
}

// planFast works out a peeled root's fast restart, or reports that it
// has none: the back-edge snapshot has virtuals, a PHI takes a loop value
// that no register holds at the back-edge, or a value has no local.
func (l *lowerer) planFast() (*fastPlan, bool) {
	t := l.t
	loop := t.LoopRef()
	if loop == ir.Nil {
		return nil, false
	}
	back := t.Snap(t.Inst(t.Len() - 1).Snap)
	if len(back.Virtuals) > 0 {
		return nil, false
	}
	p := &fastPlan{temp: map[ir.Ref]uint32{}}
	needed := map[ir.Ref]bool{} // loop values some PHI takes at the back-edge
	for r := loop + 1; r < t.Len() && t.Inst(r).Op == ir.PHI; r++ {
		if l.local[r] == 0 {
			return nil, false
		}
		p.phis = append(p.phis, r)
		if b := t.Inst(r).B; b > loop {
			needed[b] = true
		}
	}
	inLoop := func(r ir.Ref) bool { return r > loop }
	// A value the restart can compare with: a constant, or a pre-loop
	// value with a local.
	comparable := func(r ir.Ref) bool { return r < 0 || (r > 0 && int(r) < len(l.local) && l.local[r] != 0) }
	for _, e := range back.Entries {
		if e.Slot < 0 {
			return nil, false
		}
		tagLoop, valLoop := inLoop(e.Tag), inLoop(e.Val)
		if (tagLoop || valLoop) && !(tagLoop && needed[e.Tag]) && !(valLoop && needed[e.Val]) {
			// The register's header value is no PHI's: the loop never
			// reads it (every snapshot in the loop writes it).
			continue
		}
		for _, w := range []struct {
			ref ir.Ref
			off uint32
		}{{e.Tag, uint32(16 * e.Slot)}, {e.Val, uint32(16*e.Slot + 8)}} {
			switch {
			case inLoop(w.ref) && !needed[w.ref]:
				// Not needed, and the other word is: nothing to check.
			case inLoop(w.ref):
				_, seen := p.temp[w.ref]
				if !seen {
					if t.Inst(w.ref).Type == ir.Void || t.Inst(w.ref).Op == ir.SUNK {
						return nil, false
					}
					p.temp[w.ref] = l.f.Local(wasmType(t.TypeOf(w.ref)))
				}
				p.words = append(p.words, fastWord{off: w.off, ref: w.ref, load: !seen})
			case comparable(w.ref):
				p.words = append(p.words, fastWord{off: w.off, ref: w.ref})
			default:
				return nil, false
			}
		}
	}
	for b := range needed {
		if _, ok := p.temp[b]; !ok {
			return nil, false
		}
	}
	return p, true
}

// fastRestart emits the start of the restart after a called side trace
// returned: the root goes back through its entry, so the pre-loop must
// run again (resume is cleared).
func (l *lowerer) fastRestart() {
	l.f.I32Const(0)
	l.f.LocalSet(l.resume)
}
