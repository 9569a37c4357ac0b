// polypredict.go marks a polymorphic inner loop before it gets a trace of
// its own (session 23). poly.go learns that an inner loop is polymorphic
// (trace/record_poly.go: one attribute access of the loop's frame reaches
// instances of two classes in two iterations) only when an outer
// recording simulates it, which comes after the inner loop, hot first
// (several back-edges per outer iteration), has been compiled for one
// class: the search loops of richards (tests/bench and the corpus' jit/
// poly_sched, poly_raise) each compiled a trace of 660-940 wasm
// instructions (2-3 ms of CPU) that exited at the next item of another
// class, counted exits for side traces, and was retired as soon as the
// outer loop was recorded. When the loop's own hook sees what the outer
// recording will see (a for loop over a short list whose items are
// instances of different classes, and a body that reads or writes an
// attribute of the item), the loop is marked at once as poly.go marks it,
// and its compile is skipped.

package jit

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// refusePolyInner keeps key's loop from compiling a trace of its own
// when polyInnerPredicted says an outer recording would find it
// polymorphic: the loop is marked (loop.unroll, as poly.go marks it) and,
// at this and each later hook call, the loop around it is offered a wake
// at the price a side trace reaching it pays (wakeForSide's, without the
// exits' credit: the inner trace whose side trace used to wake it is not
// compiled). It reports whether the loop's compile is skipped: not once
// the loop around it is blacklisted (no outer recording will unroll it),
// not in forced-hot mode or without the payoff rules (the corpus'
// threshold-1 runs and the jit tests keep compiling such loops, which
// exercises the retirement poly.go does).
func (j *JIT) refusePolyInner(m *vm.VM, key loopKey, lp *loop) bool {
	if !j.payoffOn(m) {
		return false
	}
	fr := m.JITTopFrame()
	if fr.Code != key.code {
		return false
	}
	if lp.polyOuter == 0 {
		outer := polyInnerPredicted(m, fr, key.pc)
		if outer < 0 {
			return false
		}
		lp.unroll, lp.polyOuter = true, outer+1
		j.stats.AbortReasons[trace.PolymorphicInnerLoop+" (predicted, not recorded) at "+where(key.code, key.pc)]++
		j.logf("inner loop at %s is polymorphic (predicted: its list holds instances of several classes): outer recordings unroll it", where(key.code, key.pc))
	}
	outer := lp.polyOuter - 1
	tk := loopKey{key.code, outer, key.globals}
	olp := j.loops[tk]
	if olp != nil && olp.blacklisted {
		return false
	}
	if olp != nil && olp.tr == nil && olp.retired == 0 && olp.instrs > 0 && !olp.wake && !olp.pending {
		// Priced as wakeForSide prices a side trace's wake (stormswake.go),
		// without exits: only a loop the payoff rule priced and deferred,
		// and only until its first trace is retired (the inner trace's
		// side traces that used to wake it were gone by then too; a
		// retired loop has no size until it is recorded again, and
		// wakeLoop would wake it unpriced: jit/poly_sched then recompiled
		// its scheduler after each class change, 31 side traces).
		gain, cost := j.rootGain(m, tk, olp) // payoff.go
		if olp.unsized || gain < cost && !j.room(m, cost) {
			return true // (a loop deferred unrecorded is not woken on its bound: estskip.go)
		}
		if gain < cost {
			j.riskNs += cost
		}
		j.wakeLoop(m, key, outer, 0) // payoff.go
	}
	return true
}

// polyInnerPredicted returns the header of the loop around the loop
// whose header is at pc in fr when that loop is a for loop over a list of
// at most trace.MaxUnroll items, at least two of them instances of
// different classes, whose body reads or writes an attribute of the
// loop's item (LOADATTR, LOADMETHOD, STOREATTR on the register FORITER
// fills or a MOVE's copy of it), inside a loop of the same frame (an
// outer recording there unrolls it: record_poly.go's polyWatchFor needs
// the inner loop in the outer loop's own frame); -1 otherwise.
func polyInnerPredicted(m *vm.VM, fr vm.JITFrame, pc int) int {
	if pc < 0 || pc >= len(fr.Instrs) {
		return -1
	}
	ins := fr.Instrs[pc]
	if ins.Op() != bytecode.FORITER || int(ins.A())+1 >= len(fr.Regs) {
		return -1
	}
	back := lastBackEdge(fr.Instrs, pc, pc) // predict.go: the loop's last back-edge
	if back == pc {
		return -1 // none
	}
	outer := enclosing(fr.Instrs, pc, back)
	if outer < 0 || !itemAttrAccess(fr.Instrs, pc, back, int(ins.A())+1) || !mixedClasses(m, fr.Regs[ins.A()]) {
		return -1
	}
	return outer
}

// enclosing returns the header of the loop around the loop whose header
// is at pc and whose last back-edge is at back (-1: none): the header its
// FORITER's exit jumps back to (the compiler threads the end of a loop
// that ends an outer loop's body there), or the target, before pc, of the
// first jump after back that goes there.
func enclosing(instrs []bytecode.Instr, pc, back int) int {
	if h := int(instrs[pc].Bx()); h < pc {
		return h
	}
	for b := back + 1; b < len(instrs); b++ {
		if t, ok := instrs[b].JumpTarget(); ok && instrs[b].Op() != bytecode.FORITER && t < pc {
			return t
		}
	}
	return -1
}

// itemAttrAccess reports whether the body (pc, end] of a for loop whose
// FORITER writes register item reads or writes an attribute of that
// register or of a register a MOVE copied it to.
func itemAttrAccess(instrs []bytecode.Instr, pc, end, item int) bool {
	regs := map[int]bool{item: true}
	for b := pc + 1; b <= end; b++ {
		in := instrs[b]
		switch in.Op() {
		case bytecode.MOVE:
			if regs[in.B()] {
				regs[in.A()] = true
			}
		case bytecode.LOADATTR, bytecode.LOADMETHOD:
			if regs[in.B()] {
				return true
			}
		case bytecode.STOREATTR:
			if regs[in.A()] {
				return true
			}
		}
	}
	return false
}

// mixedClasses reports whether it is a list iterator over a list of 2 to
// trace.MaxUnroll items among which are instances of two classes
// (ownruns.go listShape).
func mixedClasses(m *vm.VM, it gc.Value) bool {
	n, classes, ok := listShape(m, it, trace.MaxUnroll)
	return ok && n >= 2 && n <= trace.MaxUnroll && classes >= 2
}
