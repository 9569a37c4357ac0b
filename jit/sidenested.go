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
	e := &x.exits[snap]
	if e.black || e.leaves {
		return
	}
	if (pc < root.key.pc || pc > root.backEdge) && !(j.payoffOn(m) && j.entersLive(x)) {
		// A path that leaves the inner loop: its side trace would stop
		// at the outer loop, which the outer trace runs already.
		return
	}
	j.exitTaken(m, x, snap)
}

// entersLive reports whether x is a side trace that ends by entering a
// root trace that is still live: x has left its own root's loop and runs
// the path of the loop it enters (after the inner loop's break, the rest
// of the outer loop's body), so that an exit of x outside its root's loop
// is a guard on that outer path, whose side trace can end by entering the
// same trace. jit/poly_sched: the scheduler's `task.step(acc)` after the
// search loop's break, polymorphic, reached Go 85,000 times from side
// traces of the search loop that the outer trace's call had run into
// (session 20). Only under the payoff rules, which make such a side trace
// wait until its exits pay for it: in forced-hot mode (and the tests
// without Config.Payoff) every such exit would grow one after HotExit
// exits, and fannkuch's trees (TestPreloopSidesInlined) came out another
// shape.
func (j *JIT) entersLive(x *compiled) bool {
	t := x.enters
	return t != nil && j.bySlot[t.slot] == t && j.loops[t.key] != nil && j.loops[t.key].tr == t
}
