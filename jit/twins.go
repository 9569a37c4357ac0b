// twins.go lets a trace tree carry, at an exit of the root's loop body, the
// side trace of the pre-loop exit that resumes at the same pc (its twin:
// peeling copied the pre-loop into the loop body, guard by guard).
//
// A dispatch loop (tests/bench/interp.py: `op, arg = code[pc]` and an
// if/elif chain on op) records its root on one opcode's path, and every
// other opcode leaves it through a guard of the chain. After a called side
// trace the root starts again at its entry, so those exits fire in the
// pre-loop, get their side traces there, and the loop body's copies of the
// same guards only fire after the one opcode the root recorded: each loop
// body exit became hot (and got its side trace and a rebuild of the root)
// only once the one before it was inlined, one opcode per rebuild, with
// three rebuilds allowed. A side trace starts from the frame its exit
// leaves, whichever exit that is, and checks with its own guards whatever
// it assumes about the registers it reads; inlined at the twin, its reads
// of registers become the loop body's values (InlineProblem checks their
// types), so the same code serves both exits and the whole chain is
// inlined in one rebuild.

package jit

import (
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/wasmgen"
)

// twinSides returns side traces of root r's pre-loop exits to inline at
// the exits of r's loop body that resume at the same pc (outside inlined
// calls) and that nothing in taken carries yet, at most room of them.
func (j *JIT) twinSides(r *compiled, taken map[ir.SnapID]bool, room int) ([]*compiled, []wasmgen.InlineSide) {
	t := r.t
	loop := t.LoopRef()
	if loop == ir.Nil || room <= 0 {
		return nil, nil
	}
	// Side traces of pre-loop exits that may go back into the loop, by
	// the pc they resume at.
	byPC := map[int32][]*compiled{}
	for _, s := range r.sides {
		if s.parent != r || !s.loopFast || s.enters != nil || s.parentLink <= 0 || s.parentLink >= len(t.Snaps) {
			continue
		}
		snap := t.Snap(ir.SnapID(s.parentLink))
		if snap.Depth() == 0 && preLoopExit(t, ir.SnapID(s.parentLink)) {
			byPC[snap.PC] = append(byPC[snap.PC], s)
		}
	}
	if len(byPC) == 0 {
		return nil, nil
	}
	var sides []*compiled
	var in []wasmgen.InlineSide
	seen := map[ir.SnapID]bool{}
	for ref := loop + 1; ref < t.Len() && len(sides) < room; ref++ {
		inst := t.Inst(ref)
		if !inst.Guarded() || inst.Snap == ir.NoSnap || inst.Op == ir.JLOOP {
			continue
		}
		id := inst.Snap
		if taken[id] || seen[id] {
			continue
		}
		seen[id] = true
		snap := t.Snap(id)
		if snap.Depth() > 0 {
			continue
		}
		for _, s := range byPC[snap.PC] {
			is := wasmgen.InlineSide{Exit: id, Trace: s.t, Slot: s.slot, LinkBase: j.linkBase(s.slot)}
			if wasmgen.InlineProblem(t, &is) == nil {
				sides, in = append(sides, s), append(in, is)
				break
			}
		}
	}
	return sides, in
}

// preLoopExit reports whether some guard before t's LOOP exits through
// snapshot id.
func preLoopExit(t *ir.Trace, id ir.SnapID) bool {
	for ref := ir.Ref(1); ref < t.LoopRef(); ref++ {
		if in := t.Inst(ref); in.Snap == id && in.Guarded() {
			return true
		}
	}
	return false
}

// maxPreLoopInlined bounds the side traces a rebuild carries once those of
// pre-loop exits are added: interp.py's tree with its 8 pre-loop side
// traces inside as well as its 8 loop body ones ran 20% slower (a bigger
// function, whose pre-loop side paths run only until the loop is entered).
const maxPreLoopInlined = 8

// treeSides chooses the side traces a rebuild of root r carries: first
// those of the loop body's exits, then twins at the loop body's exits
// that have none (together at most maxInlined), then, while fewer than
// maxPreLoopInlined, those of pre-loop exits (which run only until the
// loop is entered, and compute the rest of the pre-loop at their end:
// wasmgen/preloop.go). A dispatch loop whose opcodes' paths are all in
// the loop body then never leaves it.
func (j *JIT) treeSides(r *compiled) ([]*compiled, []wasmgen.InlineSide) {
	var sides []*compiled
	var in []wasmgen.InlineSide
	taken := map[ir.SnapID]bool{}
	linked := r.linkedSides() // sideshare.go: its own, then the ones its exits share
	own := func(preLoop bool, max int) {
		for _, ls := range linked {
			if len(sides) >= max {
				return
			}
			s := ls.side
			if !s.loopFast || s.enters != nil || ls.link <= 0 || ls.link >= len(r.t.Snaps) {
				continue
			}
			id := ir.SnapID(ls.link)
			if taken[id] || preLoopExit(r.t, id) != preLoop {
				continue
			}
			is := wasmgen.InlineSide{Exit: id, Trace: s.t, Slot: s.slot, LinkBase: j.linkBase(s.slot)}
			if wasmgen.InlineProblem(r.t, &is) != nil {
				continue // a side trace that imports, or a pre-loop exit it cannot redo
			}
			sides, in = append(sides, s), append(in, is)
			taken[id] = true
		}
	}
	own(false, maxInlined)
	twins, twinIn := j.twinSides(r, taken, maxInlined-len(sides))
	sides, in = append(sides, twins...), append(in, twinIn...)
	for _, is := range twinIn {
		taken[is.Exit] = true
	}
	own(true, maxPreLoopInlined)
	return sides, in
}
