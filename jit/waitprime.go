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
//
// An exit whose side path runs at least longSideRatio times its root's
// bytecodes never primes (session 31): the root then covers a cheap path
// of a loop whose other paths are long, as workloads/richards' scheduler
// does (a 24-bytecode "task held: next task" root; side paths of 116
// bytecodes through a task's body), and priming it for them bought two
// side traces that exit again at the next task, ten more side recordings
// and 3,100 round trips: CPU 1.11x `--jit=off`'s, 1.04x without. Its
// exits are still counted at the interpreter's own entries. Of the
// benchmarks' and the jit/ and workloads/ programs' decisions only
// richards' change. docs/jit.md "workloads/richards (session 31)".

package jit

import (
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// waitPrimeWindow is how many times its side trace's estimated cost of
// work (rootCostNs) an exit waiting for it keeps priming its trace:
// bench/interp needs more than 5, workloads/richards gains from 40 down.
const waitPrimeWindow = 20.0

// longSideRatio is how many times its root's bytecodes an exit's side
// path must run for its wait never to prime the root. Over the jit/,
// workloads/ and benchmark programs the largest ratios are
// workloads/richards' 4.8, jit/dispatch_loop's 3.1 (a dispatch root
// recorded on its shortest opcode path, whose waits must prime) and
// jit/poly_sched's 1.9.
const longSideRatio = 4.0

// noteWait notes that exit e of a tree whose root runs rootBytecodes
// bytecodes an iteration waits for a side trace of instrs wasm
// instructions running bytecodes bytecodes: the work clock at its first
// wait, the cost of its last, and whether its path is long enough
// (longSideRatio) that it never primes the root.
func (j *JIT) noteWait(m *vm.VM, e *exitState, instrs, bytecodes, rootBytecodes int) {
	if e.waitWork == 0 {
		e.waitWork = j.workNs(m)
	}
	e.waitCost = j.rootCost(instrs)
	e.waitLong = longSide(bytecodes, rootBytecodes)
}

// longSide reports whether a side path of bytecodes bytecodes is long
// for a root of rootBytecodes (longSideRatio).
func longSide(bytecodes, rootBytecodes int) bool {
	return float64(bytecodes) >= longSideRatio*float64(max(rootBytecodes, 1))
}

// waitPrimes reports whether exit snap of x, waiting for its side trace,
// still primes its trace's loop: its side path is not long
// (longSideRatio) and its wait began less than
// waitPrimeWindow times the side trace's cost of work ago. Outside the
// payoff rules (threshold 1, tests without them) it always does.
func (j *JIT) waitPrimes(m *vm.VM, x *compiled, snap ir.SnapID) bool {
	if !j.payoffOn(m) || int(snap) <= 0 || int(snap) >= len(x.exits) {
		return true
	}
	e := &x.exits[snap]
	if e.waitLong {
		if !e.waitOver {
			e.waitOver = true
			j.logf("exit %d of %s does not prime %s: its side path is at least %.0f times the root's %d bytecodes", snap, x.name, x.root.name, longSideRatio, x.root.bytecodes)
		}
		return false
	}
	if e.waitWork == 0 || j.workNs(m)-e.waitWork <= waitPrimeWindow*e.waitCost {
		return true
	}
	if !e.waitOver {
		e.waitOver = true
		j.logf("exit %d of %s no longer primes %s: it waited %.1f ms of work for a side trace of %.1f ms (%d exits)", snap, x.name, x.root.name, (j.workNs(m)-e.waitWork)/1e6, e.waitCost/1e6, e.count)
	}
	return false
}
