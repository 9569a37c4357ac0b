// dse.go holds dead store elimination: a store is dead when a later store
// must write the same word and nothing between can observe the first one:
// no load that may alias it, no guard or exit (an exit hands the heap and
// the frame to the interpreter), no call that reads or writes, no loop
// boundary. The alias oracle is the IR's (mem.go in package ir).

package opt

import "github.com/hotloop/hotloop/trace/ir"

// DSE removes dead stores.
func DSE(t *ir.Trace) *ir.Trace {
	keep := make([]bool, t.Len())
	for r := range keep {
		keep[r] = true
	}
	changed := false
	for r := ir.Ref(1); r < t.Len(); r++ {
		st := t.Inst(r)
		if !st.Op.IsStore() {
			continue
		}
	scan:
		for q := r + 1; q < t.Len(); q++ {
			x := t.Inst(q)
			if x.Guarded() || x.Op.IsControl() {
				break
			}
			switch x.Op {
			case ir.CALL:
				if t.Helpers[x.Aux].Effect != ir.Pure {
					break scan
				}
			case ir.SLOAD, ir.FLOAD, ir.XLOAD:
				if ir.Alias(t, x, st) != ir.NoAlias {
					break scan
				}
			case ir.SSTORE, ir.FSTORE, ir.XSTORE:
				if ir.Alias(t, x, st) == ir.MustAlias && sameWidth(st, x) {
					keep[r] = false
					changed = true
					break scan
				}
			}
		}
	}
	if !changed {
		return t
	}
	return compactSnaps(compact(t, keep))
}

// sameWidth reports whether store y overwrites everything store x wrote
// (an SSTORE writes two words; heap stores one).
func sameWidth(x, y *ir.Inst) bool {
	return (x.Op == ir.SSTORE) == (y.Op == ir.SSTORE)
}
