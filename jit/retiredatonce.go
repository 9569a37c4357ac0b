// retiredatonce.go prices a loop's next compile higher when its root
// trace was retired at once (session 34, docs/jit.md "Roots that hardly
// run (session 34)").
//
// The payoff rule scales a loop's compile price by four for each of its
// retired traces (payoff.go): a trace retired for failing its guards is a
// sign that the loop changes under its traces, and the next one has to
// show more evidence. A trace that ran for a while before it was retired
// paid its compile back, or most of it, and the loop's next trace may do
// so again; one retired within its first entries, having run a handful of
// iterations, was a whole compile for nothing, and the loop that made it
// is likely to do it again: jit/deepruns_lists' count_hits loop, iterating
// short lists of objects of several classes, compiled a trace that ran 14
// iterations in 10 entries, then a second one on the same evidence (at
// four times the price), which ran 25. Such a retirement counts twice in
// the price: the next compile must show sixteen times the evidence, not
// four. Blacklisting still counts retirements once each (retireCounted).

package jit

// atOnceEntries bounds the entries of a trace retired at once: twice the
// stuck streak that retires it (jit.go: a ninth consecutive entry that
// fails a type or version guard before one iteration), so that at most as
// many entries ran iterations as failed.
const atOnceEntries = 18

// maxRetiredFactor bounds the exponent of the retired traces' factor
// (four to that power), as payoff.go always did.
const maxRetiredFactor = 8

// retiredAtOnce reports whether the root trace c, retired for its loop's
// sake (retireCounted), was retired at once: within its first
// atOnceEntries entries, and before its iterations saved what its compile
// cost in real CPU (each at its bytecodes' saving, savedNsPerBytecode,
// the estimate's figure without allocations, which every trace has;
// against realCost, realRootCostNs of its module at the measured compile
// price: compileprice.go).
func retiredAtOnce(c *compiled, realCost float64) bool {
	if c.entries > atOnceEntries {
		return false
	}
	saved := float64(c.iters) * float64(max(c.bytecodes, 1)) * savedNsPerBytecode
	return saved < realCost
}

// noteRetired counts c's retirement in lp's compile price: once, and
// once more when it was retired at once.
func (j *JIT) noteRetired(lp *loop, c *compiled) {
	lp.retired++
	if retiredAtOnce(c, j.realRootCost(c.instrs)) {
		lp.atOnce++
		j.logf("retired %s at once (%d entries, %d iterations): the loop's next compile pays %.0fx", c.name, c.entries, c.iters, lp.retiredFactor())
	}
}

// retiredFactor is what the payoff rule scales lp's compile price by for
// its retired traces: four per retirement, a retirement at once counting
// twice.
func (lp *loop) retiredFactor() float64 {
	return float64(int64(1) << (2 * min(lp.retired+lp.atOnce, maxRetiredFactor)))
}
