// waitprime.go bounds how long an exit waiting for its side trace keeps
// its trace primed (session 24).
//
// An exit whose side trace was recorded but does not pay yet (exitState
// waits, payoff.go's ski rental) primes its trace's loop even while the
// trace is on probation (prime.go), so that the exits that will pay for
// the side trace keep coming: a dispatch loop's root covers one path and
// exits at the first iteration of every other until their side traces
// come (bench/interp: 5,841 entries for 2,940 iterations before its
// seventh side trace, then 790 iterations an entry). Each primed entry
// costs a round trip through Go. In a loop of many long paths the waiting
// exits' counts grow slowly, and the priming goes on for the whole run:
// workloads/richards' scheduler root took 8,267 entries for 4,282
// iterations (13,822 exits) and grew 5 side traces, each after 0.2-0.4 s
// of work, while 21.8 M of its 22.1 M bytecodes ran interpreted.
//
// So an exit primes only for waitPrimeWindow times its side trace's
// estimated cost of work (the work clock, workNs) after it first waited;
// after that its exits are counted at the interpreter's own entries of
// the trace, and the side trace still compiles when they reach its count.
// bench/interp's waiting exits reach their side traces within 5 times
// their cost (at 5 it interprets 25 M bytecodes instead of 3.3 M), so the
// window leaves it, and every other benchmark but nqueens (one more late
// side trace), as it was; richards stops priming after 2 side traces
// (4.9 k exits). docs/jit.md "Dispatch loops: what a module costs, and
// waiting exits that stop priming (session 24)".

package jit

import (
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// waitPrimeWindow is how many times its side trace's estimated cost of
// work (rootCostNs) an exit waiting for it keeps priming its trace:
// bench/interp needs more than 5, workloads/richards gains from 40 down.
const waitPrimeWindow = 20.0

// noteWait notes that exit e waits for a side trace of instrs wasm
// instructions: the work clock at its first wait, the cost of its last.
func (j *JIT) noteWait(m *vm.VM, e *exitState, instrs int) {
	if e.waitWork == 0 {
		e.waitWork = j.workNs(m)
	}
	e.waitCost = rootCostNs(instrs)
}

// waitPrimes reports whether exit snap of x, waiting for its side trace,
// still primes its trace's loop: its wait began less than
// waitPrimeWindow times the side trace's cost of work ago. Outside the
// payoff rules (threshold 1, tests without them) it always does.
func (j *JIT) waitPrimes(m *vm.VM, x *compiled, snap ir.SnapID) bool {
	if !j.payoffOn(m) || int(snap) <= 0 || int(snap) >= len(x.exits) {
		return true
	}
	e := &x.exits[snap]
	if e.waitWork == 0 || j.workNs(m)-e.waitWork <= waitPrimeWindow*e.waitCost {
		return true
	}
	if !e.waitOver {
		e.waitOver = true
		j.logf("exit %d of %s no longer primes %s: it waited %.1f ms of work for a side trace of %.1f ms (%d exits)", snap, x.name, x.root.name, (j.workNs(m)-e.waitWork)/1e6, e.waitCost/1e6, e.count)
	}
	return false
}
