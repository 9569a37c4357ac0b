// prepareearly.go decides whether a root recording's compile sets the
// wasm runtime up beside its passes and lowering (async.go
// prepareRuntime) or leaves it to the load (wasmUp). compile checks a
// recording's payoff again with its lowered size when the size it was
// let through on was a guess (estimate.go) or much smaller, and may
// still defer it then: a runtime started before that check was set up
// for nothing when the program compiles no trace afterwards (0.6 ms of
// CPU on the other core in jit/inner_end_accepted, docs/jit.md "What the
// JIT costs programs it compiles nothing for (session 26)").

package jit

import (
	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
)

// lowerMargin is how much larger than the guess (or the size the loop
// was let through on) the lowered module may turn out before the check
// after lowering could defer it: the guess is within 0.6-1.3 of the real
// size for 90% of root traces, and 1.5 was seen (inner_end_accepted:11).
const lowerMargin = 2

// prepareEarly reports whether compile may set the wasm runtime up
// before lowering rec: when the payoff rules are off, when the loop's
// size is not known yet (a recording compiled in an earlier run, which
// loads at once), or when the loop pays even at lowerMargin times the
// larger of its size so far and rec's guessed one.
func (j *JIT) prepareEarly(m *vm.VM, key loopKey, lp *loop, rec *trace.Recording) bool {
	if !j.payoffOn(m) || lp.instrs == 0 {
		return true
	}
	size := lowerMargin * max(lp.instrs, estimateInstrs(rec.Trace, false))
	return j.paysAtSize(m, key, lp, size, rec.Bytecodes, traceSavingNs(rec))
}

// paysAtSize reports whether rootPays (without measuring again) lets
// lp's trace compile at instrs wasm instructions running bytecodes
// bytecodes an iteration that save saving (tracesaving.go); lp is left
// as it was.
func (j *JIT) paysAtSize(m *vm.VM, key loopKey, lp *loop, instrs, bytecodes int, saving float64) bool {
	was := *lp
	lp.instrs, lp.bytecodes, lp.saving = instrs, bytecodes, saving
	ok := j.rootPays(m, key, lp, false)
	lp.instrs, lp.bytecodes, lp.risk, lp.saving, lp.unpaidRun = was.instrs, was.bytecodes, was.risk, was.saving, was.unpaidRun
	return ok
}
