// knowntags.go finds the exit tag stores that would write what the frame
// already holds. A trace reads a register's tag (SLOAD of type Tag) and
// guards it equal to a constant; from that guard on, until something
// writes the frame, the frame's tag word of that register is that
// constant, and an exit whose snapshot writes the same tag there need not
// store it. Tag stores were a tenth of the dispatch programs' wasm
// instructions; a sixth of the snapshot entries of the dumped modules
// were of this kind (docs/jit.md "Fewer wasm instructions per trace
// (session 25)").

package wasmgen

import "github.com/hotloop/hotloop/trace/ir"

// knownTags returns, per snapshot, the registers whose tag word the frame
// holds at every exit through it, with that tag (a constant's bits), or
// nil when the trace gives no such facts.
//
// Only the trace's own code writes the frame between its entry and an
// exit, and only through SSTORE and through helpers that may write
// anything (Writes without Clobbers: calls of inner traces, which write
// the frame they share, and host helpers). A register some SSTORE writes
// never counts, and a trace with such a helper call has no facts. Facts
// are taken in program order: in a peeled loop the pre-loop's guards
// hold on every iteration (nothing writes the frame), a guard in the
// loop holds after it in each iteration; an unpeeled loop's JLOOP writes
// its snapshot and goes back to the top, before every guard. A snapshot
// used by several instructions (guards, LOOP, JLOOP, EXIT) keeps only the
// facts that hold at all of them. A fast restart (fastloop.go) and inlined
// side traces (inline.go) come back into the loop after writing the
// frame, past the pre-loop's guards: no facts then.
func (l *lowerer) knownTags() map[ir.SnapID]map[int64]uint64 {
	t := l.t
	if l.fast != nil || len(l.cfg.Inline) > 0 || l.parent != nil {
		return nil
	}
	written := map[int64]bool{}
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := &t.Insts[r]
		switch in.Op {
		case ir.SSTORE:
			written[in.Aux] = true
		case ir.CALL:
			if in.Aux < 0 || in.Aux >= int64(len(t.Helpers)) {
				return nil
			}
			if h := t.Helpers[in.Aux]; h.Effect == ir.Writes && h.Clobbers == 0 {
				return nil
			}
		}
	}
	tagOf := map[ir.Ref]int64{} // tag SLOADs: their register
	facts := map[int64]uint64{}
	known := map[ir.SnapID]map[int64]uint64{}
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := &t.Insts[r]
		if in.Snap != ir.NoSnap && (in.Guarded() || in.Op == ir.LOOP || in.Op == ir.JLOOP || in.Op == ir.EXIT) {
			if k, ok := known[in.Snap]; ok {
				for slot, tag := range k {
					if f, ok := facts[slot]; !ok || f != tag {
						delete(k, slot)
					}
				}
			} else {
				k := make(map[int64]uint64, len(facts))
				for slot, tag := range facts {
					k[slot] = tag
				}
				known[in.Snap] = k
			}
		}
		switch {
		case in.Op == ir.SLOAD && in.Type == ir.Tag && !written[in.Aux]:
			tagOf[r] = in.Aux
		case in.Op == ir.GCMP && in.Cond() == ir.EQ && in.Snap != ir.NoSnap:
			if slot, ok := tagOf[in.A]; ok && in.B < 0 {
				facts[slot] = t.Const(in.B).Bits
			} else if slot, ok := tagOf[in.B]; ok && in.A < 0 {
				facts[slot] = t.Const(in.A).Bits
			}
		}
	}
	return known
}

// tagKnown reports whether the frame already holds tag (a constant ref)
// as register slot's tag at every exit through snapshot id.
func tagKnown(known map[ir.SnapID]map[int64]uint64, t *ir.Trace, id ir.SnapID, slot int32, tag ir.Ref) bool {
	if tag >= 0 || int(-tag) >= len(t.Consts) {
		return false
	}
	want, ok := known[id][int64(slot)]
	return ok && want == t.Const(tag).Bits
}
