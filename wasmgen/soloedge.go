// soloedge.go gives each conditional branch to a shared target a block of
// its own (docs/jit.md "Branches that share a target (session 29)").
//
// A br_if to a block that other branches reach too is a critical edge.
// wazero 1.12 splits it after it has grouped instructions, and the split
// branch no longer shares a group with the compare that feeds it, so the
// compare is materialised (setcc, movzx, test) before the jump instead of
// fused into it. sharedexit.go does this for guards sharing an exit; the
// helper here does it for the code that checks whether an inlined side
// path may go back into its root's loop (inline.go): its redone pre-loop
// guards (preloop.go), rechecked loads (recheck.go) and frame words all
// branch to one slow block.

package wasmgen

// soloBranches is a run of trampoline blocks opened inside a shared
// target's block: each conditional branch names the next one, whose code
// after its end only branches on to the target.
type soloBranches struct {
	target Label
	lbls   []Label // innermost first
	used   int
}

// openSolo opens n trampoline blocks for branches to target, innermost
// last. Their instructions (and those closeSolo adds) are left out of the
// priced size: the trace decisions stay those of the code without them.
func (l *lowerer) openSolo(target Label, n int) *soloBranches {
	s := &soloBranches{target: target, lbls: make([]Label, n)}
	n0 := l.f.Len()
	for i := n - 1; i >= 0; i-- {
		s.lbls[i] = l.f.Block()
	}
	l.unpriced -= l.f.Len() - n0
	return s
}

// next returns the label the next conditional branch to the target
// names: a trampoline of its own while any is left, else the target.
func (s *soloBranches) next() Label {
	if s.used == len(s.lbls) {
		return s.target
	}
	s.used++
	return s.lbls[s.used-1]
}

// closeSolo closes s's blocks, innermost first, after code that does not
// fall through: each is followed by a branch to the target but the last,
// which the target's end follows (the caller closes the target next).
func (l *lowerer) closeSolo(s *soloBranches) {
	f := l.f
	n0 := f.Len()
	for i := range s.lbls {
		f.End()
		if i < len(s.lbls)-1 {
			f.Br(f.LabelDepth(s.target))
		}
	}
	l.unpriced -= f.Len() - n0
}
