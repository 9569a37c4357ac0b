// loopfunc_payoff.go decides when a loop function (loopfunc.go) is worth
// compiling. wazero compiles a loop function's module at about 1.6 µs of
// process CPU per wasm byte plus a millisecond (fannkuch's 7.6 KB: 12-14
// ms), several times a trace of the same loop, and a short program whose
// function became hot only near its end paid all of it for nothing:
// jit/loopfunc_fannkuch (a 15 ms program) took 2.2x its --jit=off time.
//
// The rule is the ski-rental one the traces use (payoff.go): the function
// is planned and lowered at its first hot loop header (cheap, and the
// plan's refusal sends its loops to the tracer at once, as before), and
// compiled once the work its loops are expected to do from now on, at
// the share a loop function saves, exceeds the compile's estimated cost.
// The expected work is the work its loops have done so far (every hook
// call of any of its loop headers credits the work clock's advance since
// the function's previous hook call, bounded above by four times the
// hooking loop's threshold iterations of its body at the interpreter's
// rate; the first call is credited those iterations), or, when
// more, what the range loop at the header has left. Until then the
// function's loops are interpreted, not traced: a trace made meanwhile
// would be thrown away at the compile. With the code cache holding the
// module (Config.Known), in forced-hot mode (--jit-threshold=1) and
// without Config.Payoff the function is compiled at once, as before.
// docs/jit.md "Loop functions that pay (session 17)".

package jit

import (
	"slices"

	"github.com/hotloop/hotloop/vm"
)

// Loop-function cost model: wazero's compile in process CPU per wasm
// byte of the module and per module (measured on the corpus's 52 loop
// functions at --jit-threshold=1, 0.9-6 KB, load 15: 1-12 ms, the model's
// median error 3%), and the share of the work clock's time a loop
// function saves. The work clock counts 25 ns per interpreted bytecode;
// the int-and-list code loop functions take interprets at 5-13 ns
// (fannkuch: 0.43 s for 81 M bytecodes) and a loop function saves about
// 80% of that (fannkuch 0.43 -> 0.13 s), so 0.8 x 10/25, about 0.3 (0.5
// compiled jit/loopfunc_fannkuch at 90% of its run, for nothing).
const (
	lfCompileNsPerByte = 1600.0
	lfCompileFixedNs   = 1000000.0
	lfSaving           = 0.3
)

// lfCompileCostNs estimates the compile of a loop-function module of
// size bytes.
func lfCompileCostNs(size int) float64 {
	return lfCompileFixedNs + float64(size)*lfCompileNsPerByte
}

// lfPays credits the work of the loop at header pc (just hot: threshold
// back-edges since its last hook call) to lf and reports whether the
// function's compile pays now.
func (j *JIT) lfPays(m *vm.VM, lf *loopFunc, pc int) bool {
	if !j.payoffOn(m) || lf.bin != nil && j.known(lf.bin) {
		return true
	}
	th := float64(m.JITHookThreshold())
	body := 1
	if fr := m.JITTopFrame(); fr.PC > pc {
		body = fr.PC - pc + 1
	}
	est := th * float64(body) * interpNsPerBytecode
	credit := est
	now := j.workNs(m)
	if lf.lastWork > 0 {
		credit = min(now-lf.lastWork, measuredCostCap*est)
	}
	lf.lastWork = now
	lf.work += credit
	it, _, _, left, _ := rangeIn(m, m.JITTopFrame(), pc) // payoff_future.go
	if lf.plan.returnsInside(pc) {
		left = 0 // a return may end the range early: not a certain future
	}
	lf.certain = max(float64(left)*est/th, j.lfOuterLeft(m, lf, pc))
	lf.onlyCertain = left > 0 && lf.tailOnly(pc, left, it) // loopfunc_tail.go
	return j.lfPaysNow(m, lf)
}

// lfPaysNow reports whether lf's compile pays at the work credited so far
// (lfPays) or the work its range loops are certain to do, at its module's
// size or, before it is lowered, the size lfEstimatedBytes guesses from
// below (loopfunc_lower.go). Not under the program's budget
// (payoff_budget.go): that delayed the benchmarks' loop functions
// (fannkuch 1.12 M -> 3.45 M bytecodes interpreted, sieve 0.63 M -> 2.05 M;
// session 22).
func (j *JIT) lfPaysNow(m *vm.VM, lf *loopFunc) bool {
	size := lf.size
	if lf.bin == nil {
		size = lfEstimatedBytes(lf.plan)
	}
	work := lf.work
	if lf.onlyCertain {
		work = 0 // the run's last loop: only its range is left (loopfunc_tail.go)
	}
	return max(work, lf.certain)*lfSaving >= j.lfCompileCost(size)
}

// lfRun is a run of a range loop as the payoff rule first saw it: its
// iterator, the iterations it had left and the function's credited work.
type lfRun struct {
	it         uint64
	left, work float64
}

// lfOuterMinDone is how many iterations of a range loop around the
// header lfOuterLeft waits for before it extrapolates their work to the
// loop's iterations left. One iteration says little of the others:
// lang/algorithms' sieve(10000) was predicted 50 ms of work from its outer
// loop's first iteration (i = 2: 5,000 inner iterations; most later ones
// have none, and the whole sieve is 17,000), and compiled a 2.6 KB module
// (5-7 ms of CPU) for the last 0.2 ms of a 7 ms program. After 8 the
// average has come down to about a third (still ten times what the
// outer iterations left do: a smaller module, 1.7 KB, still compiles at
// i = 13), which keeps that one from paying. The loops whose work this
// extrapolation predicts well (jit/loopfunc_payoff's mixed(3000, 30),
// fannkuch's) run dozens of outer iterations between two hook calls and
// are not delayed. docs/jit.md "Compiles that never pay (session 20)".
const lfOuterMinDone = 8

// lfOuterLeft estimates the work left in the range loops around header
// pc (and pc's own): for each, its iterations left times the work
// credited per iteration since this run of it (this iterator) was first
// seen (0 until it has moved). An inner loop is hot long before its outer loop runs threshold
// iterations, and its own range says little about the nest's work.
func (j *JIT) lfOuterLeft(m *vm.VM, lf *loopFunc, pc int) float64 {
	fr := m.JITTopFrame()
	back := fr.PC
	if lf.outer == nil {
		lf.outer = map[int]lfRun{}
	}
	expect := 0.0
	for h, srcs := range lf.plan.backs {
		if h > pc || !slices.ContainsFunc(srcs, func(b int) bool { return b >= back }) {
			continue
		}
		left := float64(rangeLeft(m, h))
		if left == 0 || lf.plan.returnsInside(h) {
			continue
		}
		it := fr.Regs[fr.Instrs[h].A()].Bits()
		first, ok := lf.outer[h]
		if !ok || it != first.it || left > first.left {
			// first seen, or a new run of the loop (another iterator:
			// the per-iteration work of one run is what counts)
			lf.outer[h] = lfRun{it: it, left: left, work: lf.work}
			continue
		}
		if done := first.left - left; done >= lfOuterMinDone {
			expect = max(expect, left*(lf.work-first.work)/done)
		}
	}
	return expect
}

// returnsInside reports whether the loop whose header is at h has an
// instruction that leaves the function (leavesFunction, loopfunc_plan.go:
// a re-raise only in handler code, which no plan has) between its header
// and its last back-edge: its range
// may end early (jit/leave_return's early_exit(10 ** 6) returns after
// 1,581 of its million iterations), so its iterations left are no certain
// future, and the function's compile waits for its loops' work so far
// (the ski rental) as for a while loop.
func (p *loopPlan) returnsInside(h int) bool {
	last := h
	for _, b := range p.backs[h] {
		last = max(last, b)
	}
	for pc := h; pc <= last && pc < len(p.instrs); pc++ {
		if leavesFunction(p.instrs[pc].Op()) {
			return true
		}
	}
	return false
}
