// recheck.go decides which heap words a side trace may store to and still
// go straight back into its root's loop (trace trees, fastloop.go), and
// emits the checks that make it safe. The root's loop uses values its
// pre-loop loaded once (a list's length for the bounds check of code[pc],
// a global's value); a side path that stores into a word of the same alias
// class and offset (stack.append stores a list's length too) might have
// changed one of them, and the IR's alias model (class and offset only)
// cannot tell the two lists apart. Rather than refusing such a side trace
// (interp.py's dispatch loop: every opcode's side path pushes or pops a
// list), the loads it may have overwritten are done again at the inlined
// side path's end, with the operands the pre-loop used, and compared with
// the pre-loop's values: all equal means every pre-loop value the loop
// uses is still what the pre-loop computed (by induction over the loads
// it depends on, since the other loads read words no store of the side
// path reaches, at addresses that did not change), and the side path goes
// back into the loop; any difference takes the slow way through the
// root's entry, which computes the pre-loop again.

package wasmgen

import "github.com/hotloop/hotloop/trace/ir"

// heapChecks reports whether stores summarised in side may leave root's
// loop running on its pre-loop values, and which pre-loop loads must be
// done again first (ascending refs). It refuses when side calls something
// that writes, when the pre-loop allocates (a load from a fresh object
// folds to zero) or stores a word side may store that the loop never
// stores itself (the loop may have taken the stored value instead of
// loading it). The loads checked are those side's stores may alias among
// the pre-loop values the loop relies on and the loads those depend on:
// the loop's operands, its PHIs' back-edge values and its snapshots'
// entries, and the operands of the pre-loop's guards that do not depend
// on a register the loop carries (the loop has no copy of such a guard:
// it relies on it having held).
func heapChecks(side *ir.MemSummary, root *ir.Trace) ([]ir.Ref, bool) {
	if len(side.Stores) == 0 && !side.AnyWrites && side.Clobbers == 0 {
		return nil, true
	}
	if side.AnyWrites || side.Clobbers != 0 {
		return nil, false
	}
	loop := root.LoopRef()
	own := ir.SummariseLoop(root, loop+1, root.Len()-1)
	back := root.Snap(root.Inst(root.Len() - 1).Snap)
	killed := make([]bool, loop)  // a load a store of side may alias
	tainted := make([]bool, loop) // killed, or depends on a killed load
	variant := make([]bool, loop) // depends on a register the loop carries
	for r := ir.Ref(1); r < loop; r++ {
		in := root.Inst(r)
		switch in.Op {
		case ir.NEW:
			return nil, false
		case ir.SLOAD:
			_, variant[r] = back.Entry(int32(in.Aux))
		case ir.FLOAD, ir.XLOAD:
			killed[r] = side.Kills(in)
			tainted[r] = killed[r]
		case ir.FSTORE, ir.XSTORE:
			probe := ir.Inst{Op: ir.FLOAD, Flag: in.Flag, Aux: in.Aux}
			if in.Op == ir.XSTORE {
				probe.Op = ir.XLOAD
			}
			if side.Kills(&probe) && !own.Kills(&probe) {
				return nil, false
			}
		}
		for _, x := range []ir.Ref{in.A, in.B, in.C} {
			if x > 0 && x < r {
				tainted[r] = tainted[r] || tainted[x]
				variant[r] = variant[r] || variant[x]
			}
		}
	}
	need := make([]bool, loop) // tainted values whose killed loads are checked
	var mark func(x ir.Ref)
	mark = func(x ir.Ref) {
		if x <= 0 || x >= loop || !tainted[x] || need[x] {
			return
		}
		need[x] = true
		in := root.Inst(x)
		for _, y := range []ir.Ref{in.A, in.B, in.C} {
			if y < x {
				mark(y)
			}
		}
	}
	for r := ir.Ref(1); r < loop; r++ {
		if in := root.Inst(r); in.Guarded() && !variant[r] {
			for _, x := range []ir.Ref{in.A, in.B, in.C} {
				mark(x)
			}
		}
	}
	for r := loop + 1; r < root.Len(); r++ {
		in := root.Inst(r)
		if in.Op == ir.PHI {
			mark(in.B)
			continue
		}
		for _, x := range []ir.Ref{in.A, in.B, in.C} {
			mark(x)
		}
		if in.Snap != ir.NoSnap {
			for _, e := range root.Snap(in.Snap).Entries {
				mark(e.Tag)
				mark(e.Val)
			}
		}
	}
	var checks []ir.Ref
	for r := ir.Ref(1); r < loop; r++ {
		if need[r] && killed[r] {
			checks = append(checks, r)
		}
	}
	return checks, true
}

// recheckLoads emits, for each pre-loop load of checks, the load done
// again with its pre-loop operands and a branch to out's next label (a
// trampoline to the slow way, soloedge.go) when it differs from the
// pre-loop's value. It reports false (and emits nothing
// more) when a load or an operand has no local: the caller must then
// never take the fast way.
func (l *lowerer) recheckLoads(checks []ir.Ref, out *soloBranches) bool {
	f := l.f
	ok := func(r ir.Ref) bool { return r < 0 || (r > 0 && int(r) < len(l.local) && l.local[r] != 0) }
	for _, r := range checks {
		in := l.t.Inst(r)
		if !ok(r) || !ok(in.A) || (in.Op == ir.XLOAD && !ok(in.B)) {
			return false
		}
	}
	for _, r := range checks {
		in := l.t.Inst(r)
		switch in.Op {
		case ir.FLOAD:
			l.push(in.A)
		case ir.XLOAD:
			l.address(in.A, in.B)
		default:
			l.fail("recheck of %s", in.Op)
			return false
		}
		l.loadWord(in.Type, l.offset(in.Aux))
		l.push(r)
		f.Op(neOpFor(in.Type))
		f.BrIf(f.LabelDepth(out.next()))
	}
	return true
}

// deadAtHeader returns the registers that peeled root t writes in its
// iteration but leaves out of its back-edge snapshot: the recorder leaves
// out only registers that every path from the loop header writes before
// reading (trace/record_live.go), so an inlined side path going back
// into the loop need not write them to the frame either (interp.py's
// `op, arg = code[pc]` temporaries, five registers per dispatched op).
func deadAtHeader(t *ir.Trace) map[int32]bool {
	back := t.Snap(t.Inst(t.Len() - 1).Snap)
	dead := map[int32]bool{}
	for i := 1; i < len(t.Snaps); i++ {
		for _, e := range t.Snaps[i].Entries {
			if _, live := back.Entry(e.Slot); !live && t.Snaps[i].Depth() == 0 {
				dead[e.Slot] = true
			}
		}
	}
	return dead
}
