// sharedexit.go gives each guard of a shared exit a block of its own
// (docs/jit.md "Shared exits and richards (session 29)").
//
// A br_if to a block that other br_ifs reach too is a critical edge.
// wazero splits it with a jump block after it has numbered its
// instruction groups, and the split branch no longer shares a group
// with the compare that feeds it, so the compare is not fused into the
// branch: it is materialised (setcc, movzx, test) and tested again, four
// instructions more on the guard's path that does not exit. Here each
// guard of a snapshot that two or more guarded instructions share
// branches to a trampoline block of its own, placed out of line like
// the exits, which only branches on to the shared exit: wazero gets the
// blocks its split would have made, and the compare stays fused into
// the conditional jump. (An if whose arm branches to the exit keeps the
// fusion too, but wazero lays out the arm as the fall-through, so the
// path that does not exit takes a jump at every guard: richards 53 ->
// 73 ms.)

package wasmgen

import "github.com/hotloop/hotloop/trace/ir"

// exitTramp is the trampoline block of one guarded instruction: its
// label and the snapshot whose shared exit it branches on to.
type exitTramp struct {
	lbl  Label
	snap ir.SnapID
}

// openTramps opens a trampoline block, innermost last, for each guarded
// instruction whose snapshot another guarded instruction shares (counted
// in exitUses), and records them in tramps and trampAt. Like the
// instructions emitTramps adds, the blocks are not priced.
func (l *lowerer) openTramps() {
	l.tramps = nil
	l.trampAt = map[ir.Ref]int{}
	for r := ir.Ref(1); r < l.t.Len(); r++ {
		in := &l.t.Insts[r]
		if in.Snap == ir.NoSnap || !in.Guarded() || l.exitUses[in.Snap] < 2 {
			continue
		}
		if _, ok := l.exitLbl[in.Snap]; !ok {
			continue
		}
		l.trampAt[r] = len(l.tramps)
		l.tramps = append(l.tramps, exitTramp{snap: in.Snap})
	}
	n0 := l.f.Len()
	for i := len(l.tramps) - 1; i >= 0; i-- {
		l.tramps[i].lbl = l.f.Block()
	}
	l.unpriced -= l.f.Len() - n0
}

// emitTramps closes the trampoline blocks, innermost first, each
// followed by its branch to the shared exit. Their instructions are left
// out of the priced size (Lowered.Instrs): wazero made the same blocks
// when it split the guards' edges, so the compile costs what it did and
// the trace decisions stay those of the code without them.
func (l *lowerer) emitTramps() {
	f := l.f
	n0 := f.Len()
	for _, tr := range l.tramps {
		f.End()
		f.Br(f.LabelDepth(l.exitLbl[tr.snap]))
	}
	l.unpriced -= f.Len() - n0
	l.tramps, l.trampAt = nil, nil
}
