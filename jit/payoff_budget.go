// payoff_budget.go holds the payoff rule's prices (session 21) and the
// program's budget for compiles whose future is unknown.
//
// Issue 6's bar is per program: no program may run more than 10% longer
// with the JIT than without. Ski rental (payoff.go) bounds a loop's loss
// at about its own time so far, which in a short program is most of the
// program: a 15 ms program that compiles a 2 ms trace for a loop that
// then stops loses 13%, two such compiles 27%. So a root trace compiled
// on an unknown future (its loop expected to run as long again as it
// has) also needs room in the program's budget: the work the program has
// done so far must be at least lossBound times the cost of every such
// compile made so far, this one included (and the wasm runtime's set-up,
// before the first). If the program stopped right after, the compiles
// would have cost at most 1/lossBound of it. A compile whose future is
// certain (a range loop's iterations left, or an inner loop's under the
// range loops around it: payoff_future.go) pays itself back and needs no
// room. Long programs (every benchmark) have room after their first tens
// of milliseconds; short ones compile only what a certain future pays
// for. Side traces keep their own rule (sideExitsToPay): under the budget
// too, dijkstra's exits went from 5,936 to 45,569 and its bytecodes
// interpreted from 2.0 M to 15.9 M. docs/jit.md "The payoff rule
// re-priced (session 21)".

package jit

import "github.com/hotloop/hotloop/vm"

// Prices measured in session 21. A trace's loop runs simple bytecodes:
// the interpreter takes 5-8 ns for each (--jit=off CPU over bytecodes
// interpreted: nbody 5.1, mandelbrot 6.7, interp 7.7, fannkuch 7.8,
// spectral_norm 8.0), so a certain future's saving is priced at
// loopNsPerBytecode; a trace saves about savedShare of it. A whole short
// program takes 10-45 ns a bytecode (its start-up, calls, allocation and
// host operations: jit/leave_cond 13, jit/gen_pipeline 18, jit/alloc_objects
// 30, lang/random_seeded 45), near the work clock's interpNsPerBytecode,
// so the budget reads the work clock (workNs) as the program's time. A
// root trace's compile (recording, passes, lowering, wazero) costs a
// median compileModelLow times compileCostNs in process CPU (the 137
// root traces of the jit, lang and workloads corpus areas, session 20);
// the wasm runtime's set-up before the first compile takes about
// runtimeSetupNs. Session 25 measured a module of a short program at
// 0.45 ms + 1.65 us per wasm instruction of process CPU while a loop
// bytecode took 3.0 ns: at loopNsPerBytecode, the fixed part is this
// price's and the part per instruction 1.7 times its; priced so, the
// decisions moved by which path a later recording met, as many programs
// slower as faster (docs/jit.md "What a compile costs a short program
// (session 25)").
const (
	loopNsPerBytecode = 7.0
	savedShare        = 0.85
	compileModelLow   = 1.5
	runtimeSetupNs    = 450000.0
	// lossBound: the program's work so far must be this many times the
	// cost of the compiles it made on an unknown future (10%).
	lossBound = 10.0
)

// rootCostNs is a root trace's compile cost in process CPU.
func rootCostNs(instrs int) float64 {
	return compileCostNs(instrs) * compileModelLow
}

// room reports whether the program's budget has room for a compile of
// cost (ns of CPU) made on an unknown future.
func (j *JIT) room(m *vm.VM, cost float64) bool {
	need := j.riskNs + cost
	if j.w == nil {
		need += runtimeSetupNs * j.priceFactor()
	}
	return j.workNs(m) >= lossBound*need
}

// chargeRoot charges the budget the cost rootPays let lp's trace be
// compiled on, as its compile starts (a recording that aborts after the
// decision costs nothing).
func (j *JIT) chargeRoot(lp *loop) {
	j.riskNs += lp.risk
	lp.risk = 0
}
