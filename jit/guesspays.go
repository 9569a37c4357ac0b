// guesspays.go keeps the payoff rule (payoff.go) from recording loops
// that cannot pay yet. Without it, a loop's first recording came at its
// first hook call (threshold iterations): the rule needs the recording's
// size to price the compile, so every loop that ran a thousand
// iterations was recorded and its size estimated, and short programs
// whose loops never ran long enough to pay (most of the jit/ corpus
// programs: a dozen loops of a few thousand iterations) paid a recording
// for each of them (0.1-0.2 ms apiece) and compiled nothing.
//
// The guess: the first hook call only starts the loop's clock (the work
// clock, workNs); each later one measures the loop's time per iteration
// since the last, takes the bytecodes per iteration as that time over
// the interpreter's price per bytecode and the trace's size as
// guessInstrsPerBytecode times that (below the 35-50 wasm instructions
// per bytecode the recordings of those loops came to, so the guess errs
// towards recording), and records only once the rule says a trace of
// that size pays. The recording is then priced on its estimated and its
// real size as before (estimate.go, compile), so the guess only ever
// delays a recording, by at most one hook period for a loop that pays at
// once, and it measured time that the rule would otherwise have to
// take on trust at the first recording.

package jit

import "github.com/hotloop/hotloop/vm"

// guessInstrsPerBytecode is the trace size per bytecode of its loop
// that the guess assumes (see above).
const guessInstrsPerBytecode = 25

// guessPays reports whether lp's loop, which has no recorded size yet,
// may pay by the guess above; it starts the loop's clock (lp.lastHot) at
// its first call, and at each later one prices a trace of the guessed
// size by the payoff rule itself (rootPays, measuring: certain futures
// and the program's budget included).
func (j *JIT) guessPays(m *vm.VM, key loopKey, lp *loop) bool {
	th := float64(m.JITHookThreshold())
	if lp.lastHot == 0 || th <= 0 {
		lp.lastHot = j.workNs(m)
		return false
	}
	per := (j.workNs(m) - lp.lastHot) / th
	return j.withGuess(lp, per, func() bool { return j.rootPays(m, key, lp, true) })
}

// withGuess runs f with lp's size set to the guess for a loop taking
// perNs per iteration, and puts the size back to "not recorded" after.
func (j *JIT) withGuess(lp *loop, perNs float64, f func() bool) bool {
	bytecodes := int(max(perNs/interpNsPerBytecode, 1))
	lp.bytecodes, lp.instrs = bytecodes, bytecodes*guessInstrsPerBytecode
	defer func() { lp.bytecodes, lp.instrs = 0, 0 }()
	return f()
}

// deferredUnpaid reports whether lp's loop has been hot, has no trace and
// does not pay yet: by its recorded size (payoff.go) or, before its first
// recording, by the guess. What wakes a deferred loop (a root path that
// reached it, a call of its function inlined in a hot loop) asks this.
func (j *JIT) deferredUnpaid(m *vm.VM, key loopKey, lp *loop) bool {
	if lp.tr != nil || lp.wake || lp.pending {
		return false
	}
	if lp.instrs > 0 {
		return !j.rootPays(m, key, lp, false)
	}
	return lp.lastHot > 0 && (lp.perNs <= 0 || !j.withGuess(lp, lp.perNs, func() bool { return j.rootPays(m, key, lp, false) }))
}
