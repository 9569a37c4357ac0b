// loopfunc_ranges.go bounds the int registers of a loop function: an
// interval per register per pc (a forward dataflow over the whole
// function's bytecode, widened at loop headers and then narrowed), so
// that the generator can drop the checks the loop's own tests rule out.
// fannkuch's `while lo < hi: ... perm[lo] ... perm[hi] ... lo += 1;
// hi -= 1` then has no overflow check on either step (lo < hi <= MaxInt64
// bounds lo, hi > lo >= MinInt64 bounds hi) and no sign fix-up of either
// index (lo starts at 0 and only grows; hi > lo >= 0).
//
// A claim "r is in [lo, hi] before pc" speaks of r's value when it is a
// small int (or a bool: 0 or 1). Compiled code holds only those in its
// locals and leaves (an exit) where an int would overflow, so the claims
// hold along compiled code as long as they held where it was entered.
// The analysis starts at the function's first instruction with every
// register unknown, and an instruction it does not model makes what it
// writes unknown, so the claims describe the interpreter's runs as well,
// but an entry cannot rely on that (an int made by big-int arithmetic is
// not modelled): entries check every bounded int register of their
// header and refuse the frame otherwise (loadEntry).
//
// docs/jit.md "Loop bounds in loop functions (session 19)".

package jit

import (
	"math"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Limits of the interval analysis: a loop header's state is widened
// per register (a bound that moves goes to the end of int64) after
// the register's interval there grew rangeWidenAfter times (so that `sign = -sign` stays in [-1, 1]); the
// narrowing passes that follow are at most rangeNarrowPasses.
const (
	rangeWidenAfter   = 3
	rangeNarrowPasses = 8
)

// ival is a closed interval of int64 values.
type ival struct{ lo, hi int64 }

// topIval is the interval of an unknown register.
var topIval = ival{math.MinInt64, math.MaxInt64}

// top reports whether the interval says nothing.
func (v ival) top() bool { return v == topIval }

// empty reports whether no value is in the interval (a branch that is
// never taken).
func (v ival) empty() bool { return v.lo > v.hi }

// join is the smallest interval holding both.
func (v ival) join(w ival) ival { return ival{min(v.lo, w.lo), max(v.hi, w.hi)} }

// satAdd adds with the result clamped to int64: a sum that overflows is
// never held by a register (compiled code exits first).
func satAdd(x, y int64) int64 {
	s := x + y
	switch {
	case x > 0 && y > 0 && s < 0:
		return math.MaxInt64
	case x < 0 && y < 0 && s >= 0:
		return math.MinInt64
	}
	return s
}

// satNeg negates with -MinInt64 clamped to MaxInt64.
func satNeg(x int64) int64 {
	if x == math.MinInt64 {
		return math.MaxInt64
	}
	return -x
}

// mulIval bounds x * y; ok false when a corner overflows.
func mulIval(x, y ival) (ival, bool) {
	r := ival{math.MaxInt64, math.MinInt64}
	for _, a := range [2]int64{x.lo, x.hi} {
		for _, b := range [2]int64{y.lo, y.hi} {
			if a != 0 && b != 0 {
				p := a * b
				if p/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
					return topIval, false
				}
			}
			r.lo, r.hi = min(r.lo, a*b), max(r.hi, a*b)
		}
	}
	return r, true
}

// mulSat bounds the products of x and y that do not overflow (compiled
// code exits on the others): mulIval's when no corner overflows, else,
// for non-negative factors, the saturated corners (sieve's `j = i * i`
// with i >= 2 is at least 4); unknown otherwise.
func mulSat(x, y ival) ival {
	if v, ok := mulIval(x, y); ok {
		return v
	}
	if x.lo < 0 || y.lo < 0 {
		return topIval
	}
	sat := func(a, b int64) int64 {
		if a != 0 && b > math.MaxInt64/a {
			return math.MaxInt64
		}
		return a * b
	}
	return ival{sat(x.lo, y.lo), sat(x.hi, y.hi)}
}

// fitsSum reports whether x + y (sub: x - y) cannot overflow for values
// in the intervals.
func fitsSum(x, y ival, sub bool) bool {
	if sub {
		if y.lo == math.MinInt64 {
			return false
		}
		y = ival{-y.hi, -y.lo}
	}
	lo, hi := x.lo+y.lo, x.hi+y.hi
	loOK := !(x.lo < 0 && y.lo < 0 && lo >= 0)
	hiOK := !(x.hi > 0 && y.hi > 0 && hi < 0)
	return loOK && hiOK
}

// rangeFacts computes p.ranges (nil for a pc the analysis does not reach).
func (p *loopPlan) rangeFacts() {
	n := len(p.instrs)
	if n == 0 {
		return
	}
	preds := make([]int, n) // number of predecessors
	for pc := range p.instrs {
		for _, s := range p.succs(pc) {
			preds[s]++
		}
	}
	in := make([][]ival, n)
	start := make([]ival, p.nregs)
	for r := range start {
		start[r] = topIval
	}
	in[0] = start
	// merge joins st into in[t]; widen: a bound that moves goes to the
	// end of int64 (loop headers, so that the fixpoint is reached fast)
	grew := make([][]uint8, n) // per loop header and register: times its interval grew
	merge := func(t int, st []ival, header bool) bool {
		cur := in[t]
		if cur == nil {
			in[t] = append([]ival(nil), st...)
			return true
		}
		changed := false
		for r, v := range st {
			j := cur[r].join(v)
			if j == cur[r] {
				continue
			}
			if header && grew[t] == nil {
				grew[t] = make([]uint8, len(cur))
			}
			if header && grew[t][r] >= rangeWidenAfter {
				if j.lo < cur[r].lo {
					j.lo = math.MinInt64
				}
				if j.hi > cur[r].hi {
					j.hi = math.MaxInt64
				}
			}
			if header {
				grew[t][r]++
			}
			cur[r], changed = j, true
		}
		return changed
	}
	var sc rangeScratch
	queued := make([]bool, n)
	work := []int{0}
	queued[0] = true
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		queued[pc] = false
		for _, e := range p.rangeEdges(pc, in[pc], preds, &sc) {
			if merge(e.to, e.st, len(p.backs[e.to]) > 0) && !queued[e.to] {
				queued[e.to] = true
				work = append(work, e.to)
			}
		}
	}
	// narrowing: recompute every state from its predecessors, in pc
	// order, without widening (each step keeps a post-fixpoint, so a
	// sound over-approximation: the transfer is monotone)
	from := make([][]int, n)
	for pc := range p.instrs {
		for _, s := range p.succs(pc) {
			from[s] = append(from[s], pc)
		}
	}
	for pass := 0; pass < rangeNarrowPasses; pass++ {
		changed := false
		for pc := range p.instrs {
			if in[pc] == nil {
				continue
			}
			var acc []ival
			if pc == 0 {
				acc = append([]ival(nil), start...)
			}
			for _, q := range from[pc] {
				if in[q] == nil {
					continue
				}
				for _, e := range p.rangeEdges(q, in[q], preds, &sc) {
					if e.to != pc {
						continue
					}
					if acc == nil {
						acc = append([]ival(nil), e.st...)
						continue
					}
					for r, v := range e.st {
						acc[r] = acc[r].join(v)
					}
				}
			}
			if acc == nil {
				continue // no edge reaches it any more: keep the state
			}
			for r, v := range acc {
				if v != in[pc][r] {
					in[pc][r], changed = v, true
				}
			}
		}
		if !changed {
			break
		}
	}
	p.ranges = in
}

// rangeEdge is the state flowing from an instruction to a successor.
type rangeEdge struct {
	to int
	st []ival
}

// rangeScratch holds what rangeEdges returns, reused from call to call:
// its callers read (merge, join) the edges' states before the next call.
// A fresh state per instruction visited was most of the analysis' time
// (fannkuch: 447 visits, 0.27 ms, allocation two thirds of it).
type rangeScratch struct {
	out, st2a, st2b []ival
	edges           []rangeEdge
}

// copyInto copies st into buf, grown if needed, and returns it.
func copyInto(buf, st []ival) []ival {
	if cap(buf) < len(st) {
		buf = make([]ival, len(st))
	}
	buf = buf[:len(st)]
	copy(buf, st)
	return buf
}

// rangeEdges applies the instruction at pc to the intervals before it:
// the state on each edge to a successor (a jump on a compare of ints
// bounds the compared registers on each side; an edge that cannot be
// taken is left out). The edges and their states are sc's, valid until
// the next call.
func (p *loopPlan) rangeEdges(pc int, st []ival, preds []int, sc *rangeScratch) []rangeEdge {
	sc.out = copyInto(sc.out, st)
	out := sc.out
	ins := p.instrs[pc]
	a, b, c := ins.A(), ins.B(), ins.C()
	def, all := p.defOf(pc)
	get := func(r int) ival {
		if r < 0 || r >= len(st) {
			return topIval
		}
		return st[r]
	}
	val := topIval
	switch op := ins.Op(); {
	case all:
		for r := range out {
			out[r] = topIval
		}
		def = -1
	case op == bytecode.LOADCONST:
		if k := ins.Bx(); int(k) < len(p.consts) && p.consts[k].Tag() == gc.TagInt {
			v := p.consts[k].Int()
			val = ival{v, v}
		}
	case op == bytecode.MOVE || op == bytecode.GETITER:
		// a range or iterator register's interval holds its items
		val = get(b)
	case op == bytecode.CALL:
		val = p.callRange(pc, a, b, get)
	case op == bytecode.NEG:
		x := get(b)
		val = ival{satNeg(x.hi), satNeg(x.lo)}
	case op == bytecode.ADD || op == bytecode.SUB || op == bytecode.MUL ||
		op == bytecode.INPLACE && (bytecode.Op(ins.Spare()) == bytecode.ADD ||
			bytecode.Op(ins.Spare()) == bytecode.SUB || bytecode.Op(ins.Spare()) == bytecode.MUL):
		if op == bytecode.INPLACE {
			op = bytecode.Op(ins.Spare())
		}
		x, y := get(b), get(c)
		switch op {
		case bytecode.ADD:
			val = ival{satAdd(x.lo, y.lo), satAdd(x.hi, y.hi)}
		case bytecode.SUB:
			val = ival{satAdd(x.lo, satNeg(y.hi)), satAdd(x.hi, satNeg(y.lo))}
			if y.hi == math.MinInt64 || y.lo == math.MinInt64 {
				val = topIval
			}
		case bytecode.MUL:
			val = mulSat(x, y)
		}
	case op == bytecode.FORITER:
		if a+1 < len(out) {
			out[a+1] = get(a) // the next item
		}
	}
	if def >= 0 && def < len(out) {
		out[def] = val
	}
	succs := p.succs(pc)
	op := ins.Op()
	if op != bytecode.JUMPIFTRUE && op != bytecode.JUMPIFFALSE || len(succs) != 2 || pc == 0 || preds[pc] != 1 {
		edges := sc.edges[:0]
		for _, s := range succs {
			edges = append(edges, rangeEdge{s, out})
		}
		sc.edges = edges
		return edges
	}
	// a jump on the compare just before it (its only predecessor)
	prev := p.instrs[pc-1]
	cop, cb, cc := prev.Op(), prev.B(), prev.C()
	if prev.A() != a || cb == a || cc == a || cb >= len(out) || cc >= len(out) ||
		cop != bytecode.LT && cop != bytecode.LE && cop != bytecode.GT && cop != bytecode.GE && cop != bytecode.EQ && cop != bytecode.NE {
		sc.edges = append(sc.edges[:0], rangeEdge{succs[0], out}, rangeEdge{succs[1], out})
		return sc.edges
	}
	edges := sc.edges[:0]
	for i, s := range succs {
		// succs[0] is pc+1 (the jump not taken), succs[1] the target
		truth := (i == 1) == (op == bytecode.JUMPIFTRUE)
		var st2 []ival
		if i == 0 {
			sc.st2a = copyInto(sc.st2a, out)
			st2 = sc.st2a
		} else {
			sc.st2b = copyInto(sc.st2b, out)
			st2 = sc.st2b
		}
		refineCompare(cop, truth, &st2[cb], &st2[cc])
		if st2[cb].empty() || st2[cc].empty() {
			continue
		}
		edges = append(edges, rangeEdge{s, st2})
	}
	sc.edges = edges
	return edges
}

// callRange bounds the result of the compiled CALL at pc: a range's
// items when its step is known positive (`range(n)`, `range(a, b)`,
// `range(a, b, k)` with k a constant >= 1: every item is in [start,
// stop - 1]), len's [0, MaxInt64]; unknown otherwise (an exit, or a
// step of either sign: the entry checks only the positive form).
func (p *loopPlan) callRange(pc, a, nargs int, get func(int) ival) ival {
	st := p.states[pc]
	if st == nil || p.exit[pc] || a >= len(st) {
		return topIval
	}
	fn := st[a].c
	if bn, ok := p.m.JITBuiltinName(fn); ok && bn == "len" {
		return ival{0, math.MaxInt64}
	}
	if !p.m.JITIsRangeType(fn) {
		return topIval
	}
	start, stop := ival{0, 0}, get(a+1)
	switch nargs {
	case 1:
	case 2, 3:
		start, stop = get(a+1), get(a+2)
		if nargs == 3 {
			if k, ok := p.konst[a+3]; !ok || k < 1 {
				return topIval
			}
		}
	default:
		return topIval
	}
	hi := stop.hi
	if hi > math.MinInt64 {
		hi--
	}
	return ival{start.lo, max(start.lo, hi)}
}

// refineCompare narrows x and y to the values for which `x op y` is
// truth.
func refineCompare(op bytecode.Op, truth bool, x, y *ival) {
	if !truth {
		switch op {
		case bytecode.LT:
			op = bytecode.GE
		case bytecode.LE:
			op = bytecode.GT
		case bytecode.GT:
			op = bytecode.LE
		case bytecode.GE:
			op = bytecode.LT
		case bytecode.EQ:
			op = bytecode.NE
		case bytecode.NE:
			op = bytecode.EQ
		}
	}
	switch op {
	case bytecode.GT:
		op, x, y = bytecode.LT, y, x
	case bytecode.GE:
		op, x, y = bytecode.LE, y, x
	}
	switch op {
	case bytecode.LT: // x < y: x <= y.hi-1, y >= x.lo+1
		if y.hi == math.MinInt64 || x.lo == math.MaxInt64 {
			*x = ival{1, 0}
			return
		}
		x.hi = min(x.hi, y.hi-1)
		y.lo = max(y.lo, x.lo+1)
	case bytecode.LE:
		x.hi = min(x.hi, y.hi)
		y.lo = max(y.lo, x.lo)
	case bytecode.EQ:
		lo, hi := max(x.lo, y.lo), min(x.hi, y.hi)
		*x, *y = ival{lo, hi}, ival{lo, hi}
	case bytecode.NE:
		for _, pair := range [2][2]*ival{{x, y}, {y, x}} {
			u, v := pair[0], pair[1]
			if v.lo != v.hi {
				continue
			}
			if u.lo == v.lo && u.lo < math.MaxInt64 {
				u.lo++
			} else if u.hi == v.lo && u.hi > math.MinInt64 {
				u.hi--
			}
		}
	}
}

// rangeOf is register r's interval before pc (top when unknown).
func (p *loopPlan) rangeOf(pc, r int) ival {
	if pc < 0 || pc >= len(p.ranges) || p.ranges[pc] == nil || r < 0 || r >= len(p.ranges[pc]) {
		return topIval
	}
	return p.ranges[pc][r]
}

// boundsCheck pushes "register r's payload in the frame is outside its
// interval at header h" for an int (or bool: a compare may have bounded
// it) register the analysis bounds there (the compiled code after h
// relies on it); false: nothing pushed.
func (g *loopGen) boundsCheck(h, r int, s lstate) bool {
	if s.k != lInt && s.k != lBool || !g.p.isLive(h, r) {
		return false
	}
	if _, ok := g.konstOf(r); ok {
		return false // its value is checked
	}
	v := g.p.rangeOf(h, r)
	if v.top() {
		return false
	}
	f := g.f
	// (x - lo) >u (hi - lo), in two's complement: one compare
	f.LocalGet(g.frame)
	f.I64Load(uint32(16*r + 8))
	f.I64Const(v.lo)
	f.I64Sub()
	f.I64Const(int64(uint64(v.hi) - uint64(v.lo)))
	f.I64GtU()
	return true
}

// virtBoundsCheck refuses the entry at header h unless the range or
// iterator just loaded into register r's locals yields only items in its
// interval there: a positive step, cur >= lo and stop - 1 <= hi.
func (g *loopGen) virtBoundsCheck(h, r int) {
	v := g.p.rangeOf(h, r)
	if v.top() || !g.p.isLive(h, r) {
		return
	}
	f, loc := g.f, g.virt[r]
	f.LocalGet(loc[2])
	f.I64Const(1)
	f.I64LtS()
	f.LocalGet(loc[0])
	f.I64Const(v.lo)
	f.I64LtS()
	f.I32Or()
	f.LocalGet(loc[1])
	f.I64Const(1)
	f.I64Sub()
	f.I64Const(v.hi)
	f.I64GtS()
	f.I32Or()
	g.refuseIf()
}

// arithBounded emits ADD, SUB or MUL without an overflow check when
// the operands' intervals rule it out; false: not such a case.
func (g *loopGen) arithBounded(pc int, op bytecode.Op, a, b, c int) bool {
	x, y := g.p.rangeOf(pc, b), g.p.rangeOf(pc, c)
	f := g.f
	switch op {
	case bytecode.ADD, bytecode.SUB:
		if !fitsSum(x, y, op == bytecode.SUB) {
			return false
		}
		g.operand(b)
		g.operand(c)
		if op == bytecode.ADD {
			f.I64Add()
		} else {
			f.I64Sub()
		}
	case bytecode.MUL:
		if _, ok := mulIval(x, y); !ok {
			return false
		}
		g.operand(b)
		g.operand(c)
		f.I64Mul()
	default:
		return false
	}
	f.LocalSet(g.locals[a])
	return true
}

// negBounded emits NEG without the check for -MinInt64 when register
// b's interval excludes it; false: not such a case.
func (g *loopGen) negBounded(pc int, op bytecode.Op, a, b int) bool {
	if op != bytecode.NEG || g.p.rangeOf(pc, b).lo == math.MinInt64 {
		return false
	}
	g.f.I64Const(0)
	g.f.LocalGet(g.locals[b])
	g.f.I64Sub()
	g.f.LocalSet(g.locals[a])
	return true
}

// operand pushes register r's int: its constant (loopfunc_const.go) or
// its local.
func (g *loopGen) operand(r int) {
	if k, ok := g.konstOf(r); ok {
		g.f.I64Const(k)
		return
	}
	g.f.LocalGet(g.locals[r])
}
