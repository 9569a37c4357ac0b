// payoff_measure.go measures a loop's time per iteration for the payoff
// rule (payoff.go rootPays) between two of its hook calls, on the work
// clock (workNs).
//
// The hook is called every threshold traversals of one back-edge, so the
// plain measure, the work between two calls over threshold, is one
// iteration's time only when one run of the loop, through one back-edge,
// went on in between. Two cases broke it (session 23):
//   - A loop with two back-edges (an if/else at the end of its body) has
//     a counter for each, and their calls come in pairs an iteration or
//     two apart: the measure alternated between about 0 and about twice
//     the real time, and max(measure, estimate) kept the high one.
//   - A function called again: the work between the last hook call of
//     one call's run and the first of the next (what the caller did,
//     other loops) was counted as the loop's. jit/bridge_types'
//     raises_late measured 1,530 ns an iteration against its 225 ns
//     estimate, so its certain future priced a 9-bytecode loop at 4
//     times its worth (measuredCostCap) and compiled a trace that saved
//     about 1 ms for about 3.
//
// A range loop's iterator says how many iterations ran: when it is the
// same object as at the last call and its position moved forwards by at
// most the loop's back-edges times threshold, that is the count. A window
// shorter than a quarter of threshold iterations (another back-edge's
// call) is not taken: it grows to the next call. A range loop that is
// not in that case and has no loop around it in its own frame is in
// another run (its function called again, or a new iterator where the
// old one was): nothing is measured across, and it keeps its last
// measure. Every other loop keeps the plain measure. That includes an
// inner loop entered again by its outer loop, whose measure counts the
// outer loop's own work per inner iteration (payoff_future.go prices
// inner loops on it; the benchmarks' warm-up depends on it).
//
// Tried and left out (docs/jit.md "Loops measured in their own runs
// (session 23)"): the same for loops over other iterators, with the run
// named by the outermost for loop around the loop; taking the lower of
// the last two measures; and, for loops that are not range loops,
// counting every hook call since the last measure as threshold
// iterations and letting short windows grow. Each kept
// jit/nested_traces' `for v in row` from a trace it never paid for, or
// left the other changes alone, but jit/gen_pipeline's generator loop,
// whose trace pays, measured 900 ns in its runs against 989 across them
// and stopped compiling (1.08x -> 1.31x CPU against --jit=off), and a
// list comprehension's new iterator at the old one's address passed for
// the same run (jit/pow_const).

package jit

import (
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// measurePer updates lp.perNs at a hook call of key's loop at work time
// now.
func (j *JIT) measurePer(m *vm.VM, key loopKey, lp *loop, now float64) {
	th := int64(m.JITHookThreshold())
	if th <= 0 {
		return
	}
	fr := m.JITTopFrame()
	it, cur, step, _, isRange := rangeIn(m, fr, key.pc)
	isRange = isRange && step != 0
	if lp.lastHot > 0 {
		iters := int64(-1)
		if isRange && it == lp.lastIt {
			iters = (cur - lp.lastCur) / step
		}
		switch {
		case iters > 0 && iters <= th*int64(max(backEdges(fr.Instrs, key.pc), 1)):
			if iters < th/4 {
				return // another back-edge's call: let the window grow
			}
			lp.perNs = (now - lp.lastHot) / float64(iters)
		case isRange && !loopAround(fr.Instrs, key.pc):
			// Another run: what ran in between is not the loop's.
		default:
			lp.perNs = (now - lp.lastHot) / float64(th)
		}
	}
	lp.lastHot, lp.lastIt, lp.lastCur = now, 0, 0
	if isRange {
		lp.lastIt, lp.lastCur = it, cur
	}
}

// loopAround reports whether the loop whose header is pc lies inside
// another loop of the same code: a jump at or after pc goes back before
// it.
func loopAround(instrs []bytecode.Instr, pc int) bool {
	for b := pc; b < len(instrs); b++ {
		if isJumpTo(instrs[b], func(t int) bool { return t < pc }) {
			return true
		}
	}
	return false
}

// backEdges counts the jumps back to the loop header h.
func backEdges(instrs []bytecode.Instr, h int) int {
	return len(jumpsTo(instrs, h, h, len(instrs)))
}

// isJumpTo reports whether ins jumps to a target that want accepts.
func isJumpTo(ins bytecode.Instr, want func(int) bool) bool {
	t, ok := ins.JumpTarget()
	return ok && want(t)
}
