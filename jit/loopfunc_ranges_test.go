// loopfunc_ranges_test.go checks the interval analysis of loop functions
// (loopfunc_ranges.go): its arithmetic and compare refinements against
// random values, and what it finds in fannkuch (the swap loop's indexes
// are non-negative, sign is in [-1, 1]).

package jit

import (
	"math"
	"math/rand"
	"testing"

	"github.com/hotloop/hotloop/vm/bytecode"
)

// randIval returns a random interval and a value in it, with bounds
// often near the ends of int64.
func randIval(r *rand.Rand) (ival, int64) {
	pick := func() int64 {
		switch r.Intn(4) {
		case 0:
			return math.MaxInt64 - r.Int63n(4)
		case 1:
			return math.MinInt64 + r.Int63n(4)
		case 2:
			return r.Int63n(21) - 10
		}
		return int64(r.Uint64())
	}
	a, b := pick(), pick()
	if a > b {
		a, b = b, a
	}
	x := a
	if span := uint64(b) - uint64(a) + 1; span == 0 {
		x = int64(r.Uint64()) // the whole of int64
	} else if b > a {
		x = a + int64(r.Uint64()%span)
	}
	return ival{a, b}, x
}

// in reports whether x is in v.
func (v ival) in(x int64) bool { return v.lo <= x && x <= v.hi }

// TestRangeArith: sums and products of values in intervals are in the
// result intervals whenever they do not overflow; fitsSum and mulIval's
// ok say they never do.
func TestRangeArith(t *testing.T) {
	r := rand.New(rand.NewSource(19))
	for i := 0; i < 200000; i++ {
		v, x := randIval(r)
		w, y := randIval(r)
		s := x + y
		over := (x > 0 && y > 0 && s < 0) || (x < 0 && y < 0 && s >= 0)
		sum := ival{satAdd(v.lo, w.lo), satAdd(v.hi, w.hi)}
		if !over && !sum.in(s) {
			t.Fatalf("%d + %d = %d not in %v (from %v + %v)", x, y, s, sum, v, w)
		}
		if over && fitsSum(v, w, false) {
			t.Fatalf("%v + %v said to fit, but %d + %d overflows", v, w, x, y)
		}
		d := x - y
		dover := (x >= 0 && y < 0 && d < 0) || (x < 0 && y > 0 && d >= 0)
		if dover && fitsSum(v, w, true) {
			t.Fatalf("%v - %v said to fit, but %d - %d overflows", v, w, x, y)
		}
		p, ok := mulIval(v, w)
		if ok {
			prod := x * y
			if x != 0 && (prod/x != y || x == -1 && y == math.MinInt64 || y == -1 && x == math.MinInt64) {
				t.Fatalf("%v * %v said to fit, but %d * %d overflows", v, w, x, y)
			}
			if !p.in(prod) {
				t.Fatalf("%d * %d = %d not in %v", x, y, prod, p)
			}
		}
		if prod := x * y; x == 0 || prod/x == y && !(x == -1 && y == math.MinInt64) && !(y == -1 && x == math.MinInt64) {
			if m := mulSat(v, w); !m.in(prod) {
				t.Fatalf("%d * %d = %d not in mulSat(%v, %v) = %v", x, y, prod, v, w, m)
			}
		}
		if x != math.MinInt64 {
			if n := (ival{satNeg(v.hi), satNeg(v.lo)}); !n.in(-x) {
				t.Fatalf("-%d not in %v", x, n)
			}
		}
	}
}

// TestRangeRefine: after refineCompare(op, truth), values for which
// `x op y` is truth are still in the intervals, and an empty interval
// means no such values.
func TestRangeRefine(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	ops := []bytecode.Op{bytecode.LT, bytecode.LE, bytecode.GT, bytecode.GE, bytecode.EQ, bytecode.NE}
	narrowed := 0
	for i := 0; i < 300000; i++ {
		v, x := randIval(r)
		w, y := randIval(r)
		if r.Intn(4) == 0 {
			w, y = ival{x, x}, x // equal values and a constant side
		}
		op := ops[r.Intn(len(ops))]
		var truth bool
		switch op {
		case bytecode.LT:
			truth = x < y
		case bytecode.LE:
			truth = x <= y
		case bytecode.GT:
			truth = x > y
		case bytecode.GE:
			truth = x >= y
		case bytecode.EQ:
			truth = x == y
		case bytecode.NE:
			truth = x != y
		}
		v2, w2 := v, w
		refineCompare(op, truth, &v2, &w2)
		if !v2.in(x) || !w2.in(y) {
			t.Fatalf("%d %s %d is %v, but refined to %v, %v (from %v, %v)", x, op, y, truth, v2, w2, v, w)
		}
		if v2 != v || w2 != w {
			narrowed++
		}
	}
	if narrowed < 10000 {
		t.Fatalf("only %d refinements narrowed anything", narrowed)
	}
}

// TestLoopFuncRangesFannkuch: in fannkuch's plan every list index in
// the swap, copy (`for i in range(n)`) and rotation loops is known
// non-negative, and the product sign * flips cannot overflow.
func TestLoopFuncRangesFannkuch(t *testing.T) {
	for i, j := range loopFuncRun(t, loopFannkuchSrc, 1, 7) {
		var p *loopPlan
		for code, lf := range j.lfuncs.byCode {
			if code.Name == "fannkuch" {
				p = lf.plan
			}
		}
		if p == nil {
			t.Fatalf("run %d: no plan for fannkuch", i)
		}
		items, nonneg, muls := 0, 0, 0
		for pc, ins := range p.instrs {
			if p.states[pc] == nil || p.exit[pc] {
				continue
			}
			switch ins.Op() {
			case bytecode.GETITEM:
				items++
				if p.rangeOf(pc, ins.C()).lo >= 0 {
					nonneg++
				}
			case bytecode.SETITEM:
				items++
				if p.rangeOf(pc, ins.B()).lo >= 0 {
					nonneg++
				}
			case bytecode.MUL:
				if _, ok := mulIval(p.rangeOf(pc, ins.B()), p.rangeOf(pc, ins.C())); ok {
					muls++
				}
			}
		}
		// the one index not known: count[r - 1] (r comes down from n,
		// a parameter)
		if items-nonneg != 1 || nonneg < 15 || muls != 1 {
			t.Fatalf("run %d: %d of %d indexes known non-negative, %d products bounded", i, nonneg, items, muls)
		}
	}
}
