// abcwiden.go merges the bounds checks of one list by constant indices
// into the first of them. `v[0] -= a; v[1] -= b; v[2] -= c` checks
// ABC 0, len; ABC 1, len; ABC 2, len on the same length (one Ref: the
// trace already holds the length unchanged between them). The first
// check, widened to the largest constant index (ABC 2, len), implies the
// others, which go. A widened check fails earlier than the checks it
// replaces (a list of length 2 now exits before `v[0] -= a` rather than
// before `v[2] -= c`): its exit resumes the interpreter before the first
// subscript, with that point's state, and the interpreter then does what
// the trace would have done up to the failing check, and raises the same
// IndexError. Guards' hull of offsets (guards.go) cannot do this: it
// drops a check inside the offsets already checked, and increasing
// constant indices each widen the hull.
//
// The merge stays within a segment: the part before the LOOP marker (the
// peeled first iteration) and the loop body are merged apart, so that a
// check never moves across the loop's back-edge.

package opt

import "github.com/hotloop/hotloop/trace/ir"

// WidenBounds merges ABC guards by non-negative constant indices on the
// same length into the first of them (see the file comment).
func WidenBounds(t *ir.Trace) *ir.Trace {
	type group struct {
		first ir.Ref // the first check of the length in the segment
		max   ir.Ref // the constant index of the largest check
		n     int    // checks in the group
	}
	groups := map[ir.Ref]*group{}
	var widen []*group
	drop := map[ir.Ref]bool{}
	flush := func() {
		for _, g := range groups {
			if g.n > 1 {
				widen = append(widen, g)
			}
		}
		clear(groups)
	}
	constIndex := func(r ir.Ref) (int64, bool) {
		if !r.IsConst() || t.Const(r).Type != ir.Int {
			return 0, false
		}
		v := t.Const(r).Int()
		return v, v >= 0
	}
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := t.Inst(r)
		if in.Op == ir.LOOP {
			flush()
			continue
		}
		if in.Op != ir.ABC {
			continue
		}
		k, ok := constIndex(in.A)
		if !ok {
			continue
		}
		g := groups[in.B]
		if g == nil {
			groups[in.B] = &group{first: r, max: in.A, n: 1}
			continue
		}
		if m, _ := constIndex(g.max); k > m {
			g.max = in.A
		}
		g.n++
		drop[r] = true
	}
	flush()
	if len(drop) == 0 {
		return t
	}
	t = t.Clone()
	for _, g := range widen {
		t.Inst(g.first).A = g.max
	}
	keep := make([]bool, t.Len())
	for r := ir.Ref(1); r < t.Len(); r++ {
		keep[r] = !drop[r]
	}
	return compactSnaps(compact(t, keep))
}
