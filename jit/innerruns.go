// innerruns.go prices an iteration of a loop whose runs are short
// (session 23).
//
// The payoff rule (payoff.go) measures a loop's time per iteration
// between two hook calls, threshold iterations apart, on the work clock.
// For a loop that runs a few iterations per iteration of a range loop
// around it, that time also holds the outer loop's own work and every
// other loop inside it: jit/inner_end_accepted's body loop (5 iterations
// of 11 bytecodes per outer iteration) measured 1,450 ns an iteration,
// bounded to 1,100 (measuredCostCap times its 275 ns estimate), though
// its own bytecodes take 275. A trace of the loop saves only its own
// iterations, so such a loop's trace was priced at four times its worth
// and compiled on a certain future it never paid back. A loop of short
// runs (shortRuns) is now priced at its estimate when its runs pay their
// entries, at most shortRunCap times it otherwise (iterNs), and by ski
// rental at a loop bytecode's price (skiShare); its entries are charged
// under a same-frame range loop that has been hot and has no trace too
// (outerDeferred), and a new run of that loop keeps the last rate
// measured (lastRate). docs/jit.md "Inner loops of short runs (session
// 23)".

package jit

// shortRunIters bounds the iterations per run of a loop whose measured
// time per iteration is bounded by shortRunCap times its bytecode
// estimate rather than measuredCostCap times: the measured time is mostly
// the loops beside it, but its trace is worth more than its own
// bytecodes, since the outer loop's recording calls it rather than
// unrolling it, and the outer loop compiles small (workloads/nbody's body
// loop, 5 iterations a run: priced at its bytecodes alone, it waited for
// a side trace's wake, and the outer loop with it: 285 k -> 600 k
// bytecodes interpreted).
const (
	shortRunIters = 64
	shortRunCap   = 2
)

// iterNs returns what one iteration of lp's loop costs interpreted, for
// the payoff rule, given est, its bytecode estimate: the last measured
// time per iteration within [est, measuredCostCap*est], or within [est,
// shortRunCap*est] when the loop runs short runs inside a range loop
// (runRate), whose measured time is mostly the outer loop's.
func (lp *loop) iterNs(est float64) float64 {
	if lp.shortRuns() && lp.runLen > 0 {
		return est // its runs pay their entries: the outer loop will not call its trace
	}
	if lp.shortRuns() {
		return min(max(lp.perNs, est), shortRunCap*est)
	}
	return min(max(lp.perNs, est), measuredCostCap*est)
}

// outerDeferred reports whether lp, a range loop in the same frame
// around a loop whose payoff is being decided, has been hot and has no
// trace (deferred by the payoff rule, or backed off), and none is
// compiling: the inner loop's runs are entered from the interpreter
// until it gets one.
func outerDeferred(lp *loop) bool {
	return lp.tr == nil && !lp.pending && !lp.wake && lp.instrs > 0
}

// lastRate returns rate, the iterations per iteration the innermost
// range loop around lp's loop measured, or while that is 0 (a run too
// new to say) the last one measured by any range loop around it, and
// remembers it.
func (lp *loop) lastRate(rate int64) int64 {
	if rate > 0 {
		lp.prevRate = rate
	}
	return lp.prevRate
}

// shortRuns reports whether lp's loop runs short runs inside a range
// loop around it.
func (lp *loop) shortRuns() bool {
	return lp.runRate > 0 && lp.runRate <= shortRunIters
}

// skiShare returns the share of an iteration's time that ski rental
// (payoff.go) counts a trace as saving: traceSaving on the work clock,
// or for a loop of short runs what a certain future counts, a loop
// bytecode's price, since its entries are charged at their real price
// (payoff_runs.go) and the work clock's would hide them.
func (lp *loop) skiShare() float64 {
	if lp.shortRuns() {
		return loopNsPerBytecode / interpNsPerBytecode * savedShare
	}
	return traceSaving
}
