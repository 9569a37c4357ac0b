// payoff.go decides whether a trace is worth compiling yet. wazero's
// compiler costs about 1.5 µs of CPU per wasm instruction plus 0.7 ms per
// module (docs/jit.md "What a compile costs"; 3 µs and more for
// long modules before session 13's leaner exits), and a trace has 50-100
// wasm instructions per bytecode of its loop body, so compiling a trace
// costs as much as interpreting its loop for some thousands of
// iterations; a loop that stops after a few hundred never
// pays its trace back, and short programs were several times slower with
// the JIT on than off (docs/jit.md "When a trace pays").
//
// The rule is the ski-rental one: a loop that has run n iterations is
// expected to run about n more (a range loop: at least what its iterator
// has left), so its trace is compiled once the time those iterations
// would save exceeds the compile's estimated cost; since session 21 a
// loop whose future is certain (its range, or the range loops around it:
// payoff_future.go) compiles as soon as that future pays, and one whose
// future is guessed also needs room in the program's budget for compiles
// that may not pay (payoff_budget.go). The estimate needs the
// trace's size, so the loop is recorded and lowered at the usual
// threshold (cheap next to the compile: BenchmarkTraceCompile puts wazero
// at ~85-90%); when it does not pay yet, the recording is dropped, and
// each later hook call (every threshold iterations) measures the loop's
// time per iteration on a work clock counted from bytecodes, exits and
// hops (deterministic, unlike the CPU clock it replaced) and checks again; the loop is
// recorded again once it pays. Side traces wait for their exit to be
// taken often enough (their trace stays primed meanwhile, so that the
// exits keep coming), trace trees (a root rebuilt with its side traces
// inside, a whole recompile) for root iterations enough, and a side
// trace that reaches a loop whose trace was deferred wakes that loop
// once its own exits would have paid for it.
//
// None of it applies in forced-hot mode (--jit-threshold=1, which the
// corpus uses to put traces everywhere) or without Config.Payoff (the
// jit tests): there every loop is traced when first hot, as before.

package jit

import (
	"github.com/hotloop/hotloop/vm"
)

// Cost model constants (measured on the 2-core machine, docs/jit.md "When
// a trace pays"): the interpreter's time per bytecode; the share of it a
// trace is counted as saving (0.4, below the 0.8-0.95 traces really
// save, so that a loop must run 2.5 times the compile's worth before it
// is compiled: the loss when it stops right after is then at most 40% of
// the loop's time rather than 100%); wazero's compile time per wasm
// instruction with the module size at which that doubles (a margin: the
// dumped benchmark traces measured linear up to 3,700 instructions once
// exits shared one tail, docs/jit.md "What a compile costs"), plus a
// fixed cost per module (compile, instantiate, recording and lowering).
// Measured in process CPU time (--jit-log's "its CPU"), which runs about
// twice the warm benchmark's: each CompileModule builds wazero's compiler
// state afresh, and the first compile of a run is colder still.
const (
	interpNsPerBytecode = 25.0
	traceSaving         = 0.4
	compileNsPerInstr   = 1500.0
	compileDoublingSize = 40000.0
	compileFixedNs      = 700000.0
	// exitNs is what one exit that reaches Go costs beyond interpreting
	// the path after it: writing the snapshot, returning to Go, the
	// interpreter's resume and the trace's re-entry.
	exitNs = 1500.0
	// treeSavingNs is what inlining side traces into their root saves
	// per root iteration taking one (a call_indirect and the root's
	// restart from its entry; a guess on the safe side).
	treeSavingNs = 30.0
)

// compileCostNs estimates wazero's compile time for a module of instrs
// wasm instructions.
func compileCostNs(instrs int) float64 {
	n := float64(instrs)
	return compileFixedNs + n*compileNsPerInstr*(1+n/compileDoublingSize)
}

// payoffOn reports whether the payoff rules apply: Config.Payoff asks for
// them and the loop threshold is not 1 (forced-hot mode).
func (j *JIT) payoffOn(m *vm.VM) bool {
	return j.cfg.Payoff && m.JITHookThreshold() > 1
}

// known reports whether a trace module with these bytes was compiled in
// an earlier run (Config.Known): its machine code is in the code cache,
// so loading it pays at once and it does not wait.
func (j *JIT) known(wasm []byte) bool {
	return j.cfg.Known != nil && j.cfg.Known(wasm)
}

// measuredCostCap bounds a loop's measured time per iteration at this
// many times its bytecode estimate: the time between two hook calls also
// holds whatever the program did between runs of the loop.
const measuredCostCap = 4

// Work-clock weights (workNs): a bytecode run in a trace costs about a
// tenth of an interpreted one (traces save 80-95% of it), a hop from one
// trace to another (the entered trace's entry: register loads, guards)
// about as much as a few interpreted bytecodes, and an exit that reaches
// Go exitNs.
const (
	traceNsPerBytecode = 2.5
	hopNs              = 60.0
)

// workNs is the run's work so far in estimated nanoseconds, counted from
// what the VM and the JIT did rather than read from a clock: bytecodes
// interpreted, bytecodes run in traces, exits to Go and hops between
// traces, each at its cost-model weight. The payoff rules measure a
// loop's time per iteration on it, so that every run of one program makes
// the same trace decisions whatever the machine's load (docs/jit.md
// "Deterministic trace decisions"). Compiles are left out: the process's
// CPU clock, which the rules read before, counted every compile between
// two hook calls as the loop's own time.
func (j *JIT) workNs(m *vm.VM) float64 {
	return float64(m.BytecodesInterpreted())*interpNsPerBytecode +
		float64(j.stats.BytecodesInTraces)*traceNsPerBytecode +
		float64(j.stats.GuardExits)*exitNs +
		float64(j.stats.TraceHops)*hopNs
}

// rootPays reports whether lp's loop, whose last recording had
// lp.instrs wasm instructions and lp.bytecodes bytecodes per iteration,
// has run long enough for its trace to pay (payoff_budget.go). Two ways:
// its certain future (what its range has left, or what the range loops
// around it will make it run: outerFuture) saves more than the compile
// costs; or, its future unknown, the
// time it has taken so far would have (ski rental: it runs as long
// again) and the program's budget has room for the compile (JIT.room).
// The cost is scaled up for a loop whose traces were retired. An
// iteration's time so far is measured between hook calls (threshold
// iterations apart, on the work clock, workNs) and bounded below by the
// bytecode estimate and above by measuredCostCap times it; the first
// call only has the estimate. With measure, it measures (moving
// lp.lastHot to now) and follows the outer loops; without, it uses the
// last measurement (for a recording that came out much longer than the
// one the loop was deferred with).
func (j *JIT) rootPays(m *vm.VM, key loopKey, lp *loop, measure bool) bool {
	var outer int64
	if measure && !lp.wake {
		j.measurePer(m, key, lp, j.workNs(m)) // payoff_measure.go
		outer = j.outerFuture(m, key, lp)     // payoff_future.go
		j.listRuns(m, key, lp)                // ownruns.go
		lp.outerNow = outer                   // (estskip.go prices this hook call's recording by it)
	}
	return j.paysWithFuture(m, key, lp, outer)
}

// paysWithFuture is rootPays once its measurements are made: outer is
// the iterations the range loops around lp's will make it run.
func (j *JIT) paysWithFuture(m *vm.VM, key loopKey, lp *loop, outer int64) bool {
	lp.risk = 0
	if lp.wake {
		return true
	}
	est := float64(max(lp.bytecodes, 1)) * interpNsPerBytecode
	per := lp.iterNs(est) // innerruns.go
	// A loop whose traces were retired (their guards failed at once: a
	// polymorphic loop, each recording another path) must show four
	// times the evidence per retirement, sixteen for one retired at once
	// (retiredatonce.go).
	retired := lp.retiredFactor()
	retired *= float64(max(lp.classes, 1)) // a list of k classes needs k traces (ownruns.go)
	cost := j.rootCost(lp.instrs) * retired
	left := rangeLeft(m, key.pc)
	future := float64(max(left, outer))
	// (An iteration's time as measured, with what the loops inside it
	// did, at a loop bytecode's price: the work clock's are whole
	// programs'.)
	credit := per * loopNsPerBytecode / interpNsPerBytecode * savedShare
	saved := lp.runSaving(credit)
	if future*saved >= cost && (left < outer || lp.paysInRealCPU(m, key, left, per/est, saved/credit, j.realRootCost(lp.instrs)*retired)) {
		return true // a certain future pays it back (tracesaving.go: in real CPU too): no risk
	}
	if lp.inUnpaidRun(m, key) {
		return false // (tracesaving.go: the rest of a run whose range does not pay)
	}
	// Ski rental, priced as before session 21 (on the work clock, which
	// makes it compile at about half the real break-even point: long
	// programs want that), within the program's budget.
	if float64(lp.seen)*lp.runSaving(per*lp.skiShare()) < j.compileCost(lp.instrs)*retired || !j.room(m, cost) {
		return false
	}
	if left > 0 && !lp.paysInRealCPU(m, key, left, per/est, saved/credit, j.realRootCost(lp.instrs)*retired) {
		return false // (tracesaving.go: a range loop's future is what it has left, in real CPU too)
	}
	lp.risk = cost // charged as its compile starts (JIT.chargeRoot)
	return true
}

// rootGain returns what lp's trace is expected to save (its further
// iterations at the last measured time per iteration, rootPays) and what
// its compile costs, in nanoseconds.
func (j *JIT) rootGain(m *vm.VM, key loopKey, lp *loop) (gain, cost float64) {
	est := float64(max(lp.bytecodes, 1)) * interpNsPerBytecode
	per := min(max(lp.perNs, est), measuredCostCap*est)
	expect := float64(max(lp.seen, rangeLeft(m, key.pc)))
	// A loop whose traces were retired (their guards failed at once: a
	// polymorphic loop, each recording another path) must show four
	// times the evidence per retirement (retiredatonce.go).
	cost = j.compileCost(lp.instrs) * lp.retiredFactor()
	return expect * per * traceSaving, cost
}

// sideExitsToPay returns how many times an exit must be expected to be
// taken for a side trace of instrs wasm instructions running bytecodes
// bytecodes to pay its compile back.
func sideExitsToPay(instrs, bytecodes int) int64 {
	per := exitNs + float64(max(bytecodes, 1))*interpNsPerBytecode*traceSaving
	return int64(compileCostNs(instrs)/per) + 1
}

// treeItersToPay returns how many root iterations must follow a side
// trace's linking before rebuilding a root of instrs wasm instructions
// (side traces included) pays, at the measured compile price
// (compileprice.go).
func (j *JIT) treeItersToPay(instrs int) int64 {
	return int64(j.compileCost(instrs)/treeSavingNs) + 1
}

// rangeLeft returns how many iterations the range loop whose header is
// at pc has left in the top frame, or 0 when the header is not a FORITER
// over a range iterator.
func rangeLeft(m *vm.VM, pc int) int64 {
	_, _, _, left, _ := rangeIn(m, m.JITTopFrame(), pc) // payoff_future.go
	return left
}

// wakeLoop is told that a side trace hanging off an exit taken exits
// times, in a loop of key's frame, or a root recording that left its loop
// (a path), reached the loop whose header or back-edge is at pc, which
// has no trace, and aborted there. When that loop has been hot (its trace
// deferred for not paying, or its recording aborted and backed off), it
// is woken: recorded and compiled at its next back-edge whatever the
// payoff rule says, and its back-edges are primed so that the next one
// taken is that chance. The interpreter, resuming where the aborted
// recording started with the same registers, follows the same path into
// the loop, so the loop is recorded in this very pass (docs/jit.md
// "Deterministic trace decisions"). Its own iterations undercount what
// its trace is worth: every exit that reaches it goes back to the
// interpreter there until it has a trace to link to. Waiting for the
// exits to pay its compile first (session 13) kept fannkuch's main loop
// traceless for thousands of exits. It returns how many exits the
// caller's side trace should wait (0: none, it links to the loop's trace
// once there is one).
func (j *JIT) wakeLoop(m *vm.VM, key loopKey, pc int, exits int) int {
	instrs := m.JITTopFrame().Instrs
	if pc < 0 || pc >= len(instrs) {
		return 0
	}
	header := headerOf(instrs, pc) // storms.go
	lp := j.loops[loopKey{key.code, header, key.globals}]
	if lp == nil || lp.tr != nil || lp.blacklisted || lp.pending {
		return 0
	}
	if !lp.wake {
		lp.wake, lp.skip = true, 0
		j.logf("woke deferred trace at %s: a side trace (%d exits) or a path reached it", where(key.code, header), exits)
	}
	primeBackEdges(m, header)
	return 0
}

// primeBackEdges makes every back-edge of the top frame's loop whose
// header is at header report the loop hot when next taken.
func primeBackEdges(m *vm.VM, header int) {
	instrs := m.JITTopFrame().Instrs
	for _, b := range jumpsTo(instrs, header, header, len(instrs)) {
		m.JITPrimeLoop(b)
	}
}
