// sidebudget.go puts side traces under the payoff rule's two ways
// (payoff.go rootPays, payoff_budget.go), as root traces have been since
// session 21. A side trace compiled on ski rental alone (sideExitsToPay:
// its exit should be taken as many times again as it has been) loses at
// most about its exits' cost so far when the exits stop, which in a short
// program is most of the program: jit/dictget_const compiled 13 side
// traces, 50 ms, in a 51 ms program. Now a side trace compiles either
// because its exit's future is certain (the range loops around its root
// loop, and the root's own range, will take it often enough to pay the
// compile back), or on ski rental with room in the program's budget
// (JIT.room), charged like a root compile of unknown future. docs/jit.md
// "Side traces under the budget (session 22)".

package jit

import (
	"crypto/sha256"

	"github.com/hotloop/hotloop/vm"
)

// sideCostNs is a side trace's compile cost in process CPU, priced as a
// root trace's (rootCostNs).
func sideCostNs(instrs int) float64 {
	return rootCostNs(instrs)
}

// sideSavedNs is what one exit taken into a side trace of bytecodes
// bytecodes saves at the measured prices: the round trip through Go and
// the path after it interpreted (payoff_budget.go's loop prices).
func sideSavedNs(bytecodes int) float64 {
	return exitRoundTripNs + float64(max(bytecodes, 1))*loopNsPerBytecode*savedShare
}

// sideFuture returns how many more times exit e of a trace of root's
// loop is certain to be taken: its rate per root iteration times what
// the root loop's own range has left, or its rate per iteration of a
// range loop around the root loop (in its frame or its callers',
// measured between this exit's decisions: outerFuture on the exit's own
// record) times what that loop has left. 0 when nothing says so yet.
func (j *JIT) sideFuture(m *vm.VM, root *compiled, e *exitState) int64 {
	if e.future == nil {
		e.future = &loop{}
	}
	e.future.seen = int64(e.count)
	future := j.outerFuture(m, root.key, e.future) // payoff_future.go
	if left := rangeLeft(m, root.key.pc); left > 0 && root.iters > 0 {
		future = max(future, left*int64(e.count)/root.iters)
	}
	return future
}

// sideBudgetOn: side traces of unknown future need room in the budget.
const sideBudgetOn = false

// sharedCostNs is what loading a module costs when a module of the same
// bytes is open, so that wazero's cache serves its machine code (the
// fixed part of a warm compile, 50-60 us of thread CPU, and the
// instantiation; docs/jit.md "Compiles shared by identical traces
// (session 21)").
const sharedCostNs = 150000.0

// opened reports whether a module of these bytes is open (place counts
// such loads as shared).
func (w *wasmRuntime) opened(bin []byte) bool {
	return w != nil && w.openBytes[sha256.Sum256(bin)] > 0
}

// sideRoom reports whether the side traces' budget has room for a
// compile of cost: the program's work so far must be lossBound times the
// cost of the side traces compiled on an unknown future, this one
// included. Side traces have their own budget, beside the roots' (room):
// most of them complete a root's investment (a dispatch loop's root saves
// nothing until its opcodes' side traces come), and under the roots'
// budget, which the root's own compile had just filled, interp's side
// traces waited for 50 k exits.
func (j *JIT) sideRoom(m *vm.VM, cost float64) bool {
	return j.workNs(m) >= lossBound*(j.sideRiskNs+cost)
}

// sideOverBudget reports whether exit e waits for room in the budget
// (sideWait) and the program's work has not made it yet: its side trace
// is not recorded again until then.
func (j *JIT) sideOverBudget(m *vm.VM, e *exitState) bool {
	return e.over && j.workNs(m) < e.roomAt
}

// sideWait decides whether exit e of a trace of root's loop, taken
// e.count times, pays for a side trace of instrs wasm instructions
// running bytecodes bytecodes: it returns 0 when the side trace should be
// compiled now, or how many more exits it should wait. wasm is the
// lowered module (nil: a decision on the estimated size, before lowering);
// a side trace decided on its module is charged to the budget when it
// compiles on an unknown future, and costs only sharedCostNs when a
// module of its bytes is open.
func (j *JIT) sideWait(m *vm.VM, root *compiled, e *exitState, instrs, bytecodes int, wasm []byte) int {
	e.over = false
	charge := wasm != nil
	cost := sideCostNs(instrs)
	if charge && j.w.opened(wasm) {
		cost = sharedCostNs
	}
	need := sideExitsToPay(instrs, bytecodes)
	if f := j.sideFuture(m, root, e); float64(f)*sideSavedNs(bytecodes) >= cost {
		if int64(e.count) < need {
			j.logf("side trace for exit of %s pays by its certain future: %d more exits, %d seen", root.name, f, e.count)
		}
		return 0 // a certain future pays it back: no risk
	}
	if int64(e.count) < need {
		return int(need) - e.count
	}
	if sideBudgetOn && !j.sideRoom(m, cost) {
		// Over the budget: wait until the program's work makes room
		// (sideOverBudget), its exits charged to its trace meanwhile, so
		// that a trace whose exits cost more than it saves is parked
		// (exitcost.go). Waiting for more exits instead left interp's
		// root parked for good: a parked trace takes no exits.
		e.over, e.roomAt = true, lossBound*(j.sideRiskNs+cost)
		j.logf("side trace over the budget: work %.1f ms, side traces' risk %.1f ms, cost %.2f ms", j.workNs(m)/1e6, j.sideRiskNs/1e6, cost/1e6)
		return 1
	}
	if charge && sideBudgetOn {
		j.sideRiskNs += cost
	}
	return 0
}

// treeInstrs is the wasm size of root c with every side trace hanging
// off it, about what its rebuild as a tree (fastloop.go) compiles.
func treeInstrs(c *compiled) int {
	n := c.instrs
	for _, s := range c.sides {
		n += treeInstrs(s)
	}
	return n
}

// treeDue reports whether root c, whose progress reached its treeAt,
// should be rebuilt with its side traces inside now. A rebuild pays by
// the root iterations after it (treeItersToPay, ski rental: as many again
// as waited for), a future as unknown as a root's: it needs room in the
// program's budget, and is charged to it; without room, c waits as long
// again. m nil (a test driving the hop trees) or the payoff rules off:
// always due.
func (j *JIT) treeDue(m *vm.VM, c *compiled) bool {
	if m == nil || !j.payoffOn(m) {
		return true
	}
	n := treeInstrs(c)
	cost := rootCostNs(n)
	if j.room(m, cost) {
		j.riskNs += cost
		return true
	}
	c.treeAt = j.treeProgress(c) + treeItersToPay(n)
	j.waitTree(c)
	j.logf("trace tree of %s over the budget: %d wasm instructions, work %.1f ms, risk %.1f ms; waits until %d iterations", c.name, n, j.workNs(m)/1e6, j.riskNs/1e6, c.treeAt)
	return false
}
