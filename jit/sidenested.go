// sidenested.go: exits of an inner loop's side trace taken while an outer
// trace called the inner loop's trace.

package jit

import (
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// nestedSideTaken handles an exit of x, a side trace of an inner loop's
// trace, that reached Go through an outer trace calling that inner trace.
// It counts towards x's own side trace for the exit as a direct exit
// does: that side trace is linked through x's link word, so it serves x
// whether the interpreter or an outer trace entered the inner loop.
// Before, such exits were never counted (only the inner root's own exits
// were): dijkstra's `for v, w in adj[u]` side trace for a key already in
// `dist` exited to Go 55,000 times, once per improved distance, from
// inside the outer `while heap` trace, and never grew its side trace.
func (j *JIT) nestedSideTaken(m *vm.VM, x *compiled, snap ir.SnapID) {
	root, pc := x.root, int(x.t.Snap(snap).PC)
	if e := &x.exits[snap]; e.black || e.leaves || pc < root.key.pc || pc > root.backEdge {
		// A path that leaves the inner loop: its side trace would stop
		// at the outer loop, which the outer trace runs already.
		return
	}
	j.exitTaken(m, x, snap)
}
