// guards.go holds redundant guard elimination and bounds-check
// elimination. One forward walk collects facts that dominating guards
// establish, and drops later guards the facts imply:
//
//   - integer ranges: a guard x < K, x >= K, x == K, 0 <= x (ABC), … narrows
//     the known signed range of x; x < y narrows x by y's range; results of
//     IAND with a non-negative mask, IMOD by a positive constant, BTOI and
//     IADD/ISUB of a constant on a known range get ranges too. A guard
//     whose condition holds on the whole range is dropped, and an IADD,
//     ISUB or INEG whose range proves it cannot overflow loses its guard;
//     tag guards are the common case (a tag checked once is known after);
//   - bounds: ABC idx, len establishes that idx's base plus offset lies
//     in [0, len) (idx decomposed as base + constant when it is an
//     overflow-checked add of a constant); the checks of one (base, len)
//     pair keep the hull [lo, hi] of checked offsets, and a later check
//     inside the hull is implied (both ends are in range and the values
//     between are exact integers).
//
// Straight-line dominance is all this needs: a fact learnt at one point of
// the loop body holds for the rest of that iteration, and a fact about a
// pre-loop value holds everywhere after it. Identical repeated guards are
// already gone by CSE.

package opt

import (
	"math"

	"github.com/hotloop/hotloop/trace/ir"
)

type irange struct{ lo, hi int64 }

var fullRange = irange{math.MinInt64, math.MaxInt64}

type boundKey struct{ base, length ir.Ref }

// Guards drops guards implied by earlier guards (see the file comment).
func Guards(t *ir.Trace) *ir.Trace {
	t = t.Clone()
	rng := map[ir.Ref]irange{}
	get := func(r ir.Ref) irange {
		if r.IsConst() {
			v := t.Const(r).Int()
			return irange{v, v}
		}
		if x, ok := rng[r]; ok {
			return x
		}
		return fullRange
	}
	narrow := func(r ir.Ref, lo, hi int64) {
		if r.IsConst() {
			return
		}
		x := get(r)
		x.lo, x.hi = max(x.lo, lo), min(x.hi, hi)
		rng[r] = x
	}
	bounds := map[boundKey]irange{}
	exact := map[ir.Ref]bool{} // IADD/ISUB whose result is the exact sum
	keep := make([]bool, t.Len())
	for r := ir.Ref(1); r < t.Len(); r++ {
		keep[r] = true
		in := t.Inst(r)
		switch in.Op {
		case ir.GCMP:
			c := in.Cond()
			if t.TypeOf(in.A) == ir.Ptr {
				continue
			}
			if in.B.IsConst() && implied(c, get(in.A), t.Const(in.B).Int()) {
				keep[r] = false
				continue
			}
			if !in.B.IsConst() && impliedRanges(c, get(in.A), get(in.B)) {
				keep[r] = false
				continue
			}
			learn(c, in.A, in.B, get, narrow)
		case ir.ABC:
			base, off, isExact := decompose(t, in.A, exact)
			idx, length := get(in.A), get(in.B)
			if idx.lo >= 0 && idx.hi < length.lo {
				keep[r] = false
				continue
			}
			key := boundKey{base, in.B}
			if h, ok := bounds[key]; ok && isExact && off >= h.lo && off <= h.hi {
				keep[r] = false
				continue
			}
			if isExact {
				if h, ok := bounds[key]; ok {
					bounds[key] = irange{min(h.lo, off), max(h.hi, off)}
				} else {
					bounds[key] = irange{off, off}
				}
			}
			narrow(in.A, 0, length.hi-1)
			narrow(in.B, 1, math.MaxInt64)
		case ir.IADD, ir.ISUB:
			a, b := get(in.A), get(in.B)
			var lo, hi int64
			var ok1, ok2 bool
			if in.Snap != ir.NoSnap {
				exact[r] = true
			}
			if in.Op == ir.IADD {
				lo, ok1 = ir.AddOv(a.lo, b.lo)
				hi, ok2 = ir.AddOv(a.hi, b.hi)
			} else {
				lo, ok1 = ir.SubOv(a.lo, b.hi)
				hi, ok2 = ir.SubOv(a.hi, b.lo)
			}
			if ok1 && ok2 {
				rng[r] = irange{lo, hi}
				in.Snap = ir.NoSnap // cannot overflow
				exact[r] = true
			}
		case ir.INEG:
			if a := get(in.A); a.lo > math.MinInt64 {
				rng[r] = irange{-a.hi, -a.lo}
				in.Snap = ir.NoSnap
			}
		case ir.IAND:
			if in.B.IsConst() && t.Const(in.B).Int() >= 0 {
				rng[r] = irange{0, t.Const(in.B).Int()}
			}
		case ir.IMOD:
			if in.B.IsConst() && t.Const(in.B).Int() > 0 {
				rng[r] = irange{0, t.Const(in.B).Int() - 1}
			}
		case ir.BTOI:
			rng[r] = irange{0, 1}
		}
	}
	return compactSnaps(compact(t, keep))
}

// implied reports whether x c k holds for every x in the range.
func implied(c ir.Cond, x irange, k int64) bool {
	switch c {
	case ir.EQ:
		return x.lo == k && x.hi == k
	case ir.NE:
		return k < x.lo || k > x.hi
	case ir.LT:
		return x.hi < k
	case ir.LE:
		return x.hi <= k
	case ir.GT:
		return x.lo > k
	case ir.GE:
		return x.lo >= k
	}
	if x.lo < 0 || k < 0 {
		return false
	}
	switch c {
	case ir.ULT:
		return x.hi < k
	case ir.ULE:
		return x.hi <= k
	case ir.UGT:
		return x.lo > k
	case ir.UGE:
		return x.lo >= k
	}
	return false
}

// impliedRanges reports whether a c b holds for all a, b in the ranges.
func impliedRanges(c ir.Cond, a, b irange) bool {
	switch c {
	case ir.LT:
		return a.hi < b.lo
	case ir.LE:
		return a.hi <= b.lo
	case ir.GT:
		return a.lo > b.hi
	case ir.GE:
		return a.lo >= b.hi
	case ir.NE:
		return a.hi < b.lo || a.lo > b.hi
	}
	return false
}

// learn narrows the ranges of a and b by the fact a c b.
func learn(c ir.Cond, a, b ir.Ref, get func(ir.Ref) irange, narrow func(ir.Ref, int64, int64)) {
	ra, rb := get(a), get(b)
	switch c {
	case ir.EQ:
		narrow(a, rb.lo, rb.hi)
		narrow(b, ra.lo, ra.hi)
	case ir.NE:
		if b.IsConst() {
			k := rb.lo
			if k == ra.lo && k < math.MaxInt64 {
				narrow(a, k+1, math.MaxInt64)
			} else if k == ra.hi && k > math.MinInt64 {
				narrow(a, math.MinInt64, k-1)
			}
		}
	case ir.LT:
		if rb.hi > math.MinInt64 {
			narrow(a, math.MinInt64, rb.hi-1)
		}
		if ra.lo < math.MaxInt64 {
			narrow(b, ra.lo+1, math.MaxInt64)
		}
	case ir.LE:
		narrow(a, math.MinInt64, rb.hi)
		narrow(b, ra.lo, math.MaxInt64)
	case ir.GT:
		learn(ir.LT, b, a, get, narrow)
	case ir.GE:
		learn(ir.LE, b, a, get, narrow)
	case ir.ULT, ir.ULE:
		if rb.lo >= 0 {
			hi := rb.hi
			if c == ir.ULT {
				hi--
			}
			narrow(a, 0, hi)
		}
	}
}

// decompose splits an index into base + constant offset when the
// addition is exact (an overflow-checked IADD/ISUB of a constant, or a
// constant); exact is false when it cannot.
func decompose(t *ir.Trace, idx ir.Ref, exact map[ir.Ref]bool) (base ir.Ref, off int64, ok bool) {
	if idx.IsConst() {
		return ir.Nil, t.Const(idx).Int(), true
	}
	in := t.Inst(idx)
	if (in.Op == ir.IADD || in.Op == ir.ISUB) && in.B.IsConst() && exact[idx] {
		k := t.Const(in.B).Int()
		if in.Op == ir.ISUB {
			if k == math.MinInt64 {
				return idx, 0, true
			}
			k = -k
		}
		return in.A, k, true
	}
	return idx, 0, true
}
