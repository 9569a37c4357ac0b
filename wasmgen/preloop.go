// preloop.go lets a side trace of an exit in a peeled root's pre-loop go
// straight back into the root's loop when it is inlined (trace trees,
// inline.go). Before, only exits of the loop body could: at a pre-loop
// exit, the pre-loop values computed after the exiting guard (invariants
// the loop reads, such as a constant index's value or a sum of two
// invariant registers) are not set yet, so such a side trace went back
// through the root's entry, which runs the peeled iteration again.
// fannkuch's flips loop is the case that matters: its swap loop is
// unrolled for one trip count, every other count (three flips in four)
// exits, and when that exit is in the pre-loop, the side trace's restart
// runs the peeled iteration again, which exits again three times in four:
// the loop body, where inlined side traces keep the flips in one wasm
// function, was rarely reached.
//
// The plan (preloopRedo) lists the pre-loop instructions from the first
// guard exiting through that snapshot on that must run again at the side
// path's end: those giving values the loop uses (its operands, its PHIs'
// back-edge values, its snapshots' entries, the header words the fast
// restart compares) and what they depend on, and every guard among them
// that is not about what the loop changes (a carried register, a heap
// word the loop stores: variantPreloop), since the loop may rely on such
// a guard having held and have no copy of it. Only instructions that may
// run again without effect qualify: register loads of registers the loop
// does not carry and the exit does not write, heap loads, pure arithmetic
// and compares, and guards (a failing one takes the slow way, through the
// root's entry, as a failed header check does). A value the loop needs
// that is anything else (a store, an allocation, a call, a load of a
// carried register) refuses the inlining. docs/jit.md "Fannkuch: short
// inner loops (session 15)".

package wasmgen

import (
	"fmt"
	"slices"

	"github.com/hotloop/hotloop/trace/ir"
)

// preloopPlan is what a pre-loop exit's inlined side trace must do again
// before going back into the loop.
type preloopPlan struct {
	first ir.Ref   // the first instruction exiting through the snapshot
	redo  []ir.Ref // pre-loop instructions to run again, ascending
}

// redoable reports whether pre-loop instruction in may run again at a side
// path's end: no effect but a guard's exit, and a value that does not
// depend on when it is computed (beyond the heap, which loads read anew).
func redoable(in *ir.Inst) bool {
	switch in.Op {
	case ir.SLOAD, ir.FLOAD, ir.XLOAD, ir.GCMP, ir.GFCMP, ir.ABC,
		ir.IADD, ir.ISUB, ir.IMUL, ir.INEG, ir.IABS, ir.IAND, ir.IOR, ir.IXOR,
		ir.ISHL, ir.ISHR, ir.IMIN, ir.IMAX, ir.FADD, ir.FSUB, ir.FMUL, ir.FNEG,
		ir.FABS, ir.FMIN, ir.FMAX, ir.ITOF, ir.BTOI, ir.ICMP, ir.FCMP, ir.BNOT,
		ir.BAND, ir.BOR, ir.BLOAD:
		return true
	}
	return false
}

// variantPreloop marks the pre-loop values that depend on what the loop
// changes: a register the loop carries, or a heap word the loop itself may
// store (its loads of such a word read memory anew, so it relies on no
// pre-loop value of it, nor on a pre-loop guard about it).
func variantPreloop(t *ir.Trace) []bool {
	loop := t.LoopRef()
	back := t.Snap(t.Inst(t.Len() - 1).Snap)
	own := ir.SummariseLoop(t, loop+1, t.Len()-1)
	// Kills counts stores into objects the loop allocates, which the
	// optimiser's search across LOOP does not (such a store cannot reach
	// a pre-loop object): with any, no load is taken as variant, so that
	// nothing the loop may rely on is left out.
	memory := !slices.Contains(own.FreshBase, true)
	variant := make([]bool, loop)
	for r := ir.Ref(1); r < loop; r++ {
		in := t.Inst(r)
		switch in.Op {
		case ir.SLOAD:
			_, variant[r] = back.Entry(int32(in.Aux))
		case ir.FLOAD, ir.XLOAD:
			variant[r] = memory && own.Kills(in)
		}
		for _, x := range in.Args() {
			if x > 0 && x < r && variant[x] {
				variant[r] = true
			}
		}
	}
	return variant
}

// preloopRedo returns the plan for exit of the peeled root t, nil when the
// exit is not one of the pre-loop (no plan needed), or an error when a
// value the loop needs cannot be computed again.
func preloopRedo(t *ir.Trace, exit ir.SnapID) (*preloopPlan, error) {
	loop := t.LoopRef()
	if loop == ir.Nil {
		return nil, fmt.Errorf("the root is not a peeled loop")
	}
	first := ir.Nil
	for r := ir.Ref(1); r < loop; r++ {
		if in := t.Inst(r); in.Snap == exit && in.Guarded() {
			first = r
			break
		}
	}
	if first == ir.Nil {
		return nil, nil
	}
	exitSnap := t.Snap(exit)
	back := t.Snap(t.Inst(t.Len() - 1).Snap)
	variant := variantPreloop(t)
	late := func(x ir.Ref) bool { return x >= first && x < loop }
	need := make([]bool, loop)
	mark := func(x ir.Ref) {
		if late(x) {
			need[x] = true
		}
	}
	markSnap := func(id ir.SnapID) {
		if id == ir.NoSnap || int(id) >= len(t.Snaps) {
			return
		}
		for _, e := range t.Snap(id).Entries {
			mark(e.Tag)
			mark(e.Val)
		}
	}
	for r := loop + 1; r < t.Len(); r++ {
		in := t.Inst(r)
		if in.Op == ir.PHI {
			mark(in.B) // the entry value A is the side path's
			continue
		}
		for _, x := range in.Args() {
			mark(x)
		}
		markSnap(in.Snap)
	}
	// The late guards the loop may rely on: those about values the loop
	// does not change (it may have dropped its own copy of such a guard).
	for r := first; r < loop; r++ {
		if in := t.Inst(r); in.Guarded() && !variant[r] {
			need[r] = true
		}
	}
	// Dependencies, from the last instruction down.
	for r := loop - 1; r >= first; r-- {
		if !need[r] {
			continue
		}
		in := t.Inst(r)
		if !redoable(in) {
			return nil, fmt.Errorf("the loop needs %04d %s from after the exit", r, in.Op)
		}
		if in.Op == ir.SLOAD {
			if _, carried := back.Entry(int32(in.Aux)); carried {
				return nil, fmt.Errorf("the loop needs %04d, a carried register, from after the exit", r)
			}
			if _, written := exitSnap.Entry(int32(in.Aux)); written {
				return nil, fmt.Errorf("the loop needs %04d, a register the exit writes", r)
			}
		}
		for _, x := range in.Args() {
			mark(x)
		}
	}
	p := &preloopPlan{first: first}
	for r := first; r < loop; r++ {
		if need[r] {
			p.redo = append(p.redo, r)
		}
	}
	return p, nil
}

// relevantChecks drops from the pre-loop loads an inlined side path must
// check again (SideLoopChecks, recheck.go) those the loop cannot rely on:
// loads of words the loop itself may store (it reads them anew), and at an
// exit of the pre-loop, loads not done yet when it exits (those the loop
// needs are done again by the plan, the others it does not use).
func relevantChecks(t *ir.Trace, checks []ir.Ref, exit ir.SnapID) []ir.Ref {
	if len(checks) == 0 || t.LoopRef() == ir.Nil {
		return checks
	}
	variant := variantPreloop(t)
	plan, _ := preloopRedo(t, exit)
	var keep []ir.Ref
	for _, r := range checks {
		if r > 0 && int(r) < len(variant) && variant[r] {
			continue
		}
		if plan != nil && r >= plan.first {
			continue
		}
		keep = append(keep, r)
	}
	return keep
}

// redoGuards returns the number of plan's guarded instructions, each of
// which redoPreloop makes branch to the slow way.
func (l *lowerer) redoGuards(p *preloopPlan) int {
	if p == nil {
		return 0
	}
	n := 0
	for _, r := range p.redo {
		if l.t.Inst(r).Guarded() {
			n++
		}
	}
	return n
}

// redoPreloop emits plan's instructions again, each guard branching to
// label slow instead of its exit, through solo's next trampoline while
// one is left (soloedge.go).
func (l *lowerer) redoPreloop(p *preloopPlan, slow Label, solo *soloBranches) {
	if p == nil || len(p.redo) == 0 {
		return
	}
	l.redoSolo = solo
	defer func() { l.redoSolo = nil }()
	saved := l.exitLbl
	to := make(map[ir.SnapID]Label, len(saved))
	for id := range saved {
		to[id] = slow
	}
	l.exitLbl = to
	loop := l.t.LoopRef()
	for _, r := range p.redo {
		l.inst(r, loop)
	}
	l.exitLbl = saved
}
