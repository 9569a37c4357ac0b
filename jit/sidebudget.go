// sidebudget.go prices side traces and trace trees (session 22). A side
// trace compiles on ski rental (sideExitsToPay: its exit should be taken
// as many times again as it has been); now also at once when its exit's
// future is certain (the root loop's own range, or the range loops around
// the root loop, will take it often enough to pay the compile back), and
// a side trace whose module's bytes are open (slotfree.go: wazero's cache
// serves its machine code) is priced at sharedCostNs. A trace tree (a root
// rebuilt with its side traces inside, fastloop.go) compiles the root and
// all its side traces again: on an unknown future, it now needs room in
// the program's budget (payoff_budget.go) as root compiles do. Side traces
// of unknown future under a budget were built and measured, and are not
// here: see docs/jit.md "Side traces and trees under the budget (session
// 22)".

package jit

import (
	"crypto/sha256"

	"github.com/hotloop/hotloop/vm"
)

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
// record) times what that loop has left. 0 when nothing says so yet, or
// when the top frame is not the root loop's (the loops are read from it).
func (j *JIT) sideFuture(m *vm.VM, root *compiled, e *exitState) int64 {
	if m.JITTopFrame().Code != root.key.code {
		return 0
	}
	if e.future == nil {
		e.future = &loop{}
	}
	e.future.seen = int64(e.count)
	future := j.outerFuture(m, root.key, e.future) // payoff_future.go
	if left := rangeLeft(m, root.key.pc); left > 0 && root.iters > 0 {
		future = max(future, left*int64(e.count)/j.headerPasses(root))
	}
	return future
}

// headerPasses is how many times root's loop has come round its header
// since root compiled: the iterations its trace finished (root.iters)
// and those that left the tree by an exit to Go, which the interpreter
// finished (treepay.go's ledger counts them). An exit's rate per
// iteration is its count over these: over root.iters alone, an exit
// taken on most iterations was credited several exits an iteration
// (jit/payoff_pathwake's first side trace: 30 exits in 9 root
// iterations and 58 exits to Go, a future of 132,720 exits for 39,817
// iterations left; docs/jit.md "Side traces that must pay in real CPU
// (session 31)").
func (j *JIT) headerPasses(root *compiled) int64 {
	return root.iters + j.ledgerOf(root).exits
}

// sideWait decides whether exit e of a trace of root's loop, taken
// e.count times, pays for a side trace of instrs wasm instructions
// running bytecodes bytecodes: it returns 0 when the side trace should be
// compiled now, or how many more exits it should wait. wasm is the
// lowered module (nil: a decision on the estimated size, before
// lowering); a module whose bytes are open costs only sharedCostNs.
//
// The ski-rental wait shrinks as the tree grows (treeWaitShare): in a
// tree that keeps growing side traces, nearly every exit to Go is one
// waiting for its side trace, which then compiles anyway.
//
// A wait that the exit's certain future (sideFuture) covers is certain to
// end in the compile, so it is not waited: the exits it would take are
// rent paid for nothing (session 27, docs/jit.md "Compiled loops that save
// nothing"). This is a weaker test than the future paying the compile at
// sideSavedNs an exit, which prices the exit at a third of the wait's
// exitNs: jit/lead_break_last's mixed_positions, whose branch on i % 5 is
// split among three exits of one tree, waited 3,400 exits for futures of
// 2,200-2,900 against waits of 860.
func (j *JIT) sideWait(m *vm.VM, root *compiled, e *exitState, instrs, bytecodes int, wasm []byte) int {
	cost := j.rootCost(instrs)
	rent := j.compileCost(instrs) // sideExitsToPay's price
	if wasm != nil && j.w.opened(wasm) {
		cost = sharedCostNs * j.priceFactor()
		rent = cost
	}
	per := exitNs + float64(max(bytecodes, 1))*interpNsPerBytecode*traceSaving
	need := int64(rent*treeWaitShare(treeSides(root))/per) + 1
	seen := e.count + e.inherited
	f := j.sideFuture(m, root, e)
	if float64(f)*sideSavedNs(bytecodes) >= cost {
		if int64(e.count) < need {
			j.logf("side trace for an exit of %s pays by its certain future: %d more exits, %d seen", root.name, f, e.count)
		}
		return 0
	}
	if wait := need - int64(seen); wait > 0 {
		if f < wait {
			return int(wait)
		}
		j.logf("side trace for an exit of %s ends its wait by its certain future: %d more exits, %d to wait, %d seen", root.name, f, wait, e.count)
		return 0
	}
	if e.inherited > 0 && int64(e.count) < need {
		j.logf("side trace for an exit of %s pays by the exits its trace's parent exit waited: %d inherited, %d seen", root.name, e.inherited, e.count)
	}
	return 0
}

// treeWaitGrowth is the number of side traces a tree must already have
// for its next side trace's ski-rental wait to be half a first one's.
// In dispatch trees (jit/dictget_const 14 side traces on one root,
// jit/dispatch_loop 12, jit/compilecost_shared_sides 9) the guard exits
// are about the side traces times the exits each waited (11,060 exits,
// 14 x about 790): every exit keeps firing until its side trace
// compiles. Crediting the k-th side trace less (8/(8+k), what the net
// saving per bytecode against side traces per root fits) lengthened the
// waits without sparing a compile and made them slower; shortening the
// waits by as much made them faster (docs/jit.md "Side traces of big
// trees (session 25)").
const treeWaitGrowth = 8.0

// treeWaitShare scales the ski-rental wait of the next side trace of a
// tree that has sides side traces already: 1 for the first, 1/2 at
// treeWaitGrowth, 1/3 at twice that.
func treeWaitShare(sides int) float64 {
	return treeWaitGrowth / (treeWaitGrowth + float64(sides))
}

// servedExits is the number of c's exits that have a side trace: its own
// side traces and its exits linked to another exit's (sideshare.go).
func (c *compiled) servedExits() int { return len(c.sides) + len(c.sharedOut) }

// treeSides is the number of side traces hanging off c, at any depth,
// counting an exit linked to another exit's side trace (sideshare.go) as
// one: each served exit once waited for a side trace of its own.
func treeSides(c *compiled) int {
	n := c.servedExits()
	for _, s := range c.sides {
		n += treeSides(s)
	}
	return n
}

// treeInstrs is the wasm size of root c's rebuild as a tree
// (fastloop.go): c lowered with the side traces the rebuild carries
// (treeSides, twins.go), as a root is lowered to be priced. Summing c and
// every side trace hanging off it missed the twins the rebuild inlines
// at the loop body's exits: bench/richards' tree was priced at 4,690
// instructions and came out at 7,178. When the lowering fails (the
// rebuild would too), that sum. The size is kept until c gets another
// side trace (a root checks its tree every time it waited as long again);
// a lowering made now is kept in c.treeLow for the rebuild.
func (j *JIT) treeInstrs(c *compiled) int {
	if c.treeSize > 0 && c.treeSizeSides == c.servedExits() {
		return c.treeSize
	}
	_, in := j.treeSides(c)
	if low, err := j.lowerTree(c, in); err == nil {
		c.treeSize, c.treeSizeSides, c.treeLow = low.Instrs, c.servedExits(), low
		return low.Instrs
	}
	return summedInstrs(c)
}

// summedInstrs is the wasm size of root c and of the side traces hanging
// directly off it, added up: the price of c's rebuild as a tree before it
// is lowered (side.go sets a tree's wait by it).
func summedInstrs(c *compiled) int {
	n := c.instrs
	for _, s := range c.sides {
		n += s.instrs
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
	c.treeLow = nil
	if m == nil || !j.payoffOn(m) {
		return true
	}
	n := j.treeInstrs(c)
	cost := j.rootCost(n)
	if j.room(m, cost) {
		j.riskNs += cost
		return true
	}
	c.treeLow = nil
	c.treeAt = j.treeProgress(c) + j.treeItersToPay(n)
	j.waitTree(c)
	j.logf("trace tree of %s over the budget: %d wasm instructions, work %.1f ms, risk %.1f ms; waits until %d iterations", c.name, n, j.workNs(m)/1e6, j.riskNs/1e6, c.treeAt)
	return false
}
