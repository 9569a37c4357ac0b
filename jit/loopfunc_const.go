// loopfunc_const.go finds the int constants of a loop function: registers
// that the compiled code never writes and that every definition reaching
// its entries sets to the same int constant (CPython's compiler keeps a
// loop's constants in registers loaded before the loop: fannkuch's `1`
// and `0` in r15 and r16). The entries check the frame still holds that
// value (as for any lConst) and set the register's local to the wasm
// constant, so wazero's compiler sees a constant at every use; the
// generator also specialises `x + k`, `x - k` and `lst[k]` on it (one
// compare for the overflow, no sign fix-up of the index). docs/jit.md
// "Fannkuch's compiled code (session 18)".

package jit

import (
	"math"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// writes reports whether the instruction at pc may write register r;
// known: the answer is exact (the analysis models the instruction).
func (p *loopPlan) writes(pc, r int) (w, known bool) {
	def, all := p.defOf(pc)
	if all {
		return false, false
	}
	ins := p.instrs[pc]
	if ins.Op() == bytecode.FORITER && ins.A()+1 == r {
		return true, true
	}
	return def == r, true
}

// constRegs computes p.konst.
func (p *loopPlan) constRegs() {
	p.konst = map[int]int64{}
	n := len(p.instrs)
	written := make([]bool, p.nregs)
	for pc, st := range p.states {
		if st == nil || p.exit[pc] {
			continue
		}
		for r := range written {
			if w, _ := p.writes(pc, r); w {
				written[r] = true
			}
		}
	}
	preds := make([][]int, n)
	for pc := range p.instrs {
		for _, s := range p.succs(pc) {
			preds[s] = append(preds[s], pc)
		}
	}
	for r := 0; r < p.nregs; r++ {
		if written[r] {
			continue
		}
		var k int64
		found, ok := false, true
		for _, h := range p.entries {
			if !p.isLive(h, r) {
				continue
			}
			if p.states[h][r].k != lInt {
				ok = false
				break
			}
			v, vok := p.reachingConst(preds, h, r)
			if !vok || found && v != k {
				ok = false
				break
			}
			k, found = v, true
		}
		if ok && found {
			p.konst[r] = k
		}
	}
}

// reachingConst walks the control flow backwards from pc: ok when every
// definition of register r that reaches pc is a LOADCONST of the int v
// (and one does: reaching the function's start means r is a parameter
// or unset).
func (p *loopPlan) reachingConst(preds [][]int, pc, r int) (v int64, ok bool) {
	seen := make([]bool, len(p.instrs))
	work := append([]int(nil), preds[pc]...)
	if pc == 0 {
		return 0, false
	}
	found := false
	for len(work) > 0 {
		q := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[q] {
			continue
		}
		seen[q] = true
		w, known := p.writes(q, r)
		if !known {
			return 0, false
		}
		if w {
			ins := p.instrs[q]
			if ins.Op() != bytecode.LOADCONST || int(ins.Bx()) >= len(p.consts) {
				return 0, false
			}
			c := p.consts[ins.Bx()]
			if c.Tag() != gc.TagInt || found && c.Int() != v {
				return 0, false
			}
			v, found = c.Int(), true
			continue
		}
		if q == 0 {
			return 0, false
		}
		work = append(work, preds[q]...)
	}
	return v, found
}

// konstOf reports register r's constant value, if it is one.
func (g *loopGen) konstOf(r int) (int64, bool) {
	k, ok := g.p.konst[r]
	return k, ok
}

// addConst emits R[a] = R[b] + k (k = -c for a subtraction by c); an
// overflow exits at pc. false: not done (a subtraction of the smallest
// int64).
func (g *loopGen) addConst(pc, a, b int, k int64) {
	f := g.f
	if k != 0 && !fitsSum(g.p.rangeOf(pc, b), ival{k, k}, false) {
		f.LocalGet(g.locals[b])
		if k > 0 {
			f.I64Const(math.MaxInt64 - k)
			f.I64GtS()
		} else {
			f.I64Const(math.MinInt64 - k)
			f.I64LtS()
		}
		g.exitIf(pc)
	}
	f.LocalGet(g.locals[b])
	f.I64Const(k)
	f.I64Add()
	f.LocalSet(g.locals[a])
}

// arithConst emits ADD or SUB (op) with a constant operand the short
// way; false: not such a case.
func (g *loopGen) arithConst(pc int, op bytecode.Op, a, b, c int) bool {
	switch op {
	case bytecode.ADD:
		if k, ok := g.konstOf(c); ok {
			g.addConst(pc, a, b, k)
			return true
		}
		if k, ok := g.konstOf(b); ok {
			g.addConst(pc, a, c, k)
			return true
		}
	case bytecode.SUB:
		if k, ok := g.konstOf(c); ok && k != math.MinInt64 {
			g.addConst(pc, a, b, -k)
			return true
		}
	}
	return false
}

// mulSmall emits R[a] = R[b] * R[c] with a fast path when both factors
// fit in 32 bits (no overflow possible): the general check divides,
// which costs more than the rest of fannkuch's `sign * flips`.
func (g *loopGen) mulSmall(pc, a, b, c int) {
	f := g.f
	x, y := g.locals[b], g.locals[c]
	if _, ok := mulIval(g.p.rangeOf(pc, b), g.p.rangeOf(pc, c)); ok {
		// the loop's bounds rule out an overflow (loopfunc_ranges.go)
		f.LocalGet(x)
		f.LocalGet(y)
		f.I64Mul()
		f.LocalSet(g.locals[a])
		return
	}
	f.LocalGet(x)
	f.LocalGet(y)
	f.I64Mul()
	f.LocalSet(g.t)
	// a factor outside [-2^31, 2^31): the product may overflow
	f.LocalGet(x)
	f.I64Const(1 << 31)
	f.I64Add()
	f.LocalGet(y)
	f.I64Const(1 << 31)
	f.I64Add()
	f.I64Or()
	f.I64Const(32)
	f.I64ShrU()
	f.I64Const(0)
	f.I64Ne()
	f.If()
	g.fg.mulOverflow(pc, x, y, g.t) // its exits are this function's (exitHook)
	f.End()
	f.LocalGet(g.t)
	f.LocalSet(g.locals[a])
}
