// loopfunc_lower.go lowers a loop function's plan only once its compile
// may pay (session 22). The payoff rule (loopfunc_payoff.go) needs the
// module's size, and the plan was lowered to wasm as soon as it was made,
// at the function's first hot loop header; most planned functions never
// pay (jit/loopfunc_fannkuch, leave_cond's four, leave_break's two), and
// the lowering cost 0.2-0.7 ms of CPU each in a fresh process (about as
// much as the planning). The rule now prices a plan at a size guessed
// from below, lfBytesPerBytecode per bytecode compiled, lowers it once
// that guess pays, and decides again at the real size. With a code cache (Config.Known,
// which hashes the module's bytes), in forced-hot mode and without
// Config.Payoff the plan is lowered at once, as before. docs/jit.md
// "Short runs priced (session 22)".

package jit

import "github.com/hotloop/hotloop/vm"

// lfBytesPerBytecode is a loop-function module's size per bytecode
// compiled, from below. It was 56 (session 22: 28 planned modules, the
// smallest 60.5 bytes a bytecode); the 17 lowerings of the corpus and
// the benchmarks today are 64.0-136.7 (median 91), and at 56
// jit/loopfunc_fannkuch lowered its fannkuch (67.7 bytes a bytecode)
// for 0.75 ms of CPU in a 12 ms program, on a guess the real size then
// refused. At 60 nothing else changes: every module that compiled
// before lowers and compiles where it did (docs/jit.md "A loop
// function's guessed size (session 33)").
const lfBytesPerBytecode = 60

// lfEstimatedBytes guesses the size of p's module from below.
func lfEstimatedBytes(p *loopPlan) int {
	return p.compiled * lfBytesPerBytecode
}

// lowerLate reports whether plans are lowered only once they may pay: the
// payoff rules apply and no code cache wants the bytes at once.
func (j *JIT) lowerLate(m *vm.VM) bool {
	return j.payoffOn(m) && j.cfg.Known == nil
}
