// dce.go holds dead code elimination: mark from what has an effect
// (guards, stores, calls that are not pure, control) through operands and
// the snapshots of what is kept, then compact. PHIs and pure values live
// only if something live uses them, so dead loop-carried cycles go too.

package opt

import "github.com/hotloop/hotloop/trace/ir"

// DCE removes instructions whose results nothing needs.
func DCE(t *ir.Trace) *ir.Trace {
	live := make([]bool, t.Len())
	var work []ir.Ref
	mark := func(r ir.Ref) {
		if r.IsInst() && !live[r] {
			live[r] = true
			work = append(work, r)
		}
	}
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := t.Inst(r)
		root := in.Guarded() || in.Op.IsStore() || (in.Op.IsControl() && in.Op != ir.PHI)
		if in.Op == ir.CALL && t.Helpers[in.Aux].Effect == ir.Writes {
			root = true
		}
		if root {
			mark(r)
		}
	}
	for len(work) > 0 {
		r := work[len(work)-1]
		work = work[:len(work)-1]
		in := t.Inst(r)
		for _, a := range in.Args() {
			mark(a)
		}
		if in.Snap != ir.NoSnap {
			s := &t.Snaps[in.Snap]
			s.Refs(mark)
			for _, v := range s.Virtuals {
				mark(v.Ref)
			}
		}
	}
	for r := ir.Ref(1); r < t.Len(); r++ {
		if !live[r] {
			return compactSnaps(compact(t, live))
		}
	}
	return t
}
