// hoptrees.go builds trace trees (fastloop.go) for roots that the hop
// dispatcher enters. A root is rebuilt with its side traces inside once it
// has run iterations enough to pay for the recompile (payoff.go's treeAt),
// counted from the iterations Go sees when a trace it entered returns. A
// root entered by hops (fannkuch's flips loop, entered once per
// permutation by the side trace that ends the copy loop) is never the trace
// Go entered, and its side trips (a side trace returning LoopAgain, the
// root restarting from its entry) stay in wasm: its count never grew, and
// its tree was never built. The dispatcher now counts the hops into each
// slot, and a waiting root's progress is its iterations plus
// hopTreeWeight per hop into it. docs/jit.md "Fannkuch: short inner loops
// (session 15)".

package jit

import (
	"encoding/binary"

	"github.com/hotloop/hotloop/vm"
)

// hopTreeWeight is how many root iterations a hop into a root counts as
// for its tree's payoff: a hop runs the entry's peeled iteration at least,
// and the loops entered by hops are short inner loops whose iterations
// (fannkuch's flips: five per entry, most of them a side trip) Go does not
// see.
const hopTreeWeight = 1

// hopEntries returns how many hops the dispatcher made into c's slot.
func (j *JIT) hopEntries(c *compiled) int64 {
	if j.hop == nil || c.slot < 0 || int(c.slot) >= j.cfg.MaxModules {
		return 0
	}
	return int64(binary.LittleEndian.Uint32(j.w.heapBytes()[j.hop.entered+4*uint32(c.slot):]))
}

// treeProgress is what a root's treeAt is compared with: its iterations
// as Go counted them, plus hopTreeWeight per hop into it.
func (j *JIT) treeProgress(c *compiled) int64 {
	return c.iters + hopTreeWeight*j.hopEntries(c)
}

// waitTree notes that root waits for its tree (treeAt set), so that
// hopTrees checks it after hops.
func (j *JIT) waitTree(root *compiled) {
	for _, c := range j.treeWait {
		if c == root {
			return
		}
	}
	j.treeWait = append(j.treeWait, root)
}

// hopTrees rebuilds every waiting root whose progress reached its treeAt
// (and that has room in the budget: treeDue),
// and forgets roots that no longer wait (built, or retired).
func (j *JIT) hopTrees(m *vm.VM) {
	if len(j.treeWait) == 0 {
		return
	}
	keep := j.treeWait[:0]
	for _, c := range j.treeWait {
		if c.treeAt == 0 || c.slot < 0 || j.bySlot[c.slot] != c {
			continue
		}
		if j.treeProgress(c) >= c.treeAt && j.treeDue(m, c) { // sidebudget.go
			c.treeAt = 0
			j.inlineSides(c)
			continue
		}
		keep = append(keep, c)
	}
	clear(j.treeWait[len(keep):])
	j.treeWait = keep
}
