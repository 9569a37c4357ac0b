// payoff_future.go tells the payoff rule (payoff.go) how many more
// iterations a loop is certain to run because of the range loops around
// it. A loop's own iterator says what its current run has left (rangeLeft);
// an inner loop that is not a range loop (a for over a list, a while
// loop), or whose runs are short, has a future its own iterator does not
// show: nbody's pair loop runs 10 iterations per run, once per iteration
// of advance()'s `for _ in range(n)`, and mandelbrot's escape loop once per
// pixel of two range loops. When the range loops around it (in its own
// frame, or in the callers' frames, whose loops call into it) have many
// iterations left, the inner loop will run about (outer iterations left)
// x (its iterations per outer iteration) more. That future is measured,
// not guessed: the rate is taken between two hook calls in the same run of
// the outer loop (the same iterator), after outerMinDone outer
// iterations, so one iteration's work is not extrapolated to the rest.
// docs/jit.md "The payoff rule re-priced (session 21)".

package jit

import (
	"encoding/binary"

	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// outerMinDone is how many iterations of a run of an outer range loop
// in the hot loop's own frame outerFuture waits for before it
// extrapolates the inner loop's iterations per outer iteration to the
// iterations left: one iteration of a triangular nest says little of the
// others (the loop functions' rule waits for lfOuterMinDone, eight, for
// the same reason; a loop function's module costs several times a
// trace's). A caller's loop is waited for one iteration: each of its
// iterations is a whole call of the hot loop's function, and the loops
// that call a long function a few times (dijkstra's `for src in
// range(0, 10)`, richards' `for i in range(10)`) would otherwise run a
// fifth of the program interpreted.
const (
	outerMinDone       = 2
	outerCallerMinDone = 1
)

// outerMaxDepth is how many caller frames outerFuture looks into, and
// outerMaxLoops how many enclosing range loops it follows in all.
const (
	outerMaxDepth = 3
	outerMaxLoops = 8
)

// outerRun is a run of a range loop around a hot loop as its payoff rule
// first saw it: where the loop is (frame depth, code, header), its
// iterator, the iterator's position and the inner loop's iterations seen.
type outerRun struct {
	depth int
	code  *bytecode.Code
	h     int
	it    uint64
	cur   int64
	seen  int64
	// rate: the inner loop's iterations per iteration of this loop's
	// last run that measured one (innerruns.go), 0 when none did.
	rate int64
}

// rangeIn reads the range iterator of the FORITER at pc in fr: its
// identity, position, step and iterations left. ok is false when pc is
// not a FORITER over a range iterator.
func rangeIn(m *vm.VM, fr vm.JITFrame, pc int) (it uint64, cur, step, left int64, ok bool) {
	if pc < 0 || pc >= len(fr.Instrs) {
		return 0, 0, 0, 0, false
	}
	ins := fr.Instrs[pc]
	if ins.Op() != bytecode.FORITER || int(ins.A()) >= len(fr.Regs) {
		return 0, 0, 0, 0, false
	}
	v := fr.Regs[ins.A()]
	if v.Tag() != vm.JITTagIter {
		return 0, 0, 0, 0, false
	}
	mem := m.JITHeap().Bytes()
	ref := uint64(uint32(v.Ref()))
	if ref+vm.JITRangeStepOff+8 > uint64(len(mem)) {
		return 0, 0, 0, 0, false
	}
	if (binary.LittleEndian.Uint64(mem[ref:])>>vm.JITKindShift)&vm.JITKindMask != uint64(vm.JITKindRangeIter) {
		return 0, 0, 0, 0, false
	}
	cur = int64(binary.LittleEndian.Uint64(mem[ref+vm.JITRangeCurOff:]))
	stop := int64(binary.LittleEndian.Uint64(mem[ref+vm.JITRangeStopOff:]))
	step = int64(binary.LittleEndian.Uint64(mem[ref+vm.JITRangeStepOff:]))
	return v.Bits(), cur, step, rangeCount(cur, stop, step), true // heapread.go
}

// outerFuture returns the iterations the loop at key is expected to run
// because of the range loops around it (0 when none says so yet), and
// records the runs of those loops it sees in lp.outer.
func (j *JIT) outerFuture(m *vm.VM, key loopKey, lp *loop) int64 {
	future, n := int64(0), 0
	lp.runLen, lp.runRate = 0, 0
	for d := 0; d <= outerMaxDepth && n < outerMaxLoops; d++ {
		fr, p := m.JITTopFrame(), key.pc
		if d > 0 {
			var ok bool
			if fr, ok = m.JITCallerFrame(d); !ok {
				break
			}
			p = fr.PC
		}
		for h := min(p, len(fr.Instrs)) - 1; h >= 0 && n < outerMaxLoops; h-- {
			ins := fr.Instrs[h]
			if ins.Op() != bytecode.FORITER || int(ins.Bx()) <= p {
				continue // not a for loop, or one that ends before p
			}
			it, cur, step, left, ok := rangeIn(m, fr, h)
			if !ok || step == 0 {
				continue
			}
			n++
			f, rate := lp.outerSeen(d, fr.Code, h, it, cur, step)
			if n == 1 {
				rate = lp.lastRate(rate) // innerruns.go
				if j.entriesPaid(d, fr, h) {
					lp.runLen = rate // the innermost: one run per iteration (payoff_runs.go)
				}
				lp.runRate = rate
			}
			if f > 0 {
				future = max(future, left*f)
			}
		}
	}
	return future
}

// outerSeen records the run (iterator it at position cur) of the range
// loop at h of code, depth frames down, and returns the loop's iterations
// per iteration of that run since it was first seen, or 0 while fewer
// than outerMinDone of its iterations (outerCallerMinDone in a caller)
// have been seen. rate is the same, or while it is 0 the last one an
// earlier run of that loop measured (the loop's runs per iteration
// there: innerruns.go).
func (lp *loop) outerSeen(depth int, code *bytecode.Code, h int, it uint64, cur, step int64) (f, rate int64) {
	for i := range lp.outer {
		r := &lp.outer[i]
		if r.depth != depth || r.code != code || r.h != h {
			continue
		}
		done := (cur - r.cur) / step
		if r.it != it || done < 0 {
			*r = outerRun{depth, code, h, it, cur, lp.seen, r.rate}
			return 0, r.rate
		}
		if done < outerMinDone && (depth == 0 || done < outerCallerMinDone) {
			return 0, r.rate
		}
		r.rate = (lp.seen - r.seen) / done
		return r.rate, r.rate
	}
	if len(lp.outer) < outerMaxLoops {
		lp.outer = append(lp.outer, outerRun{depth, code, h, it, cur, lp.seen, 0})
	}
	return 0, 0
}
