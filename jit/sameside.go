// sameside.go stops a chain of identical side traces. dijkstra.py's graph
// building loop has a side trace whose first guards fail where it is
// linked (its exit 1, before it does anything) again and again; recorded
// from there, the next side trace came out instruction for instruction
// the same as the one it leaves, failed in the same place and grew a
// side trace of its own: six copies of a 2,600-instruction module, some
// 20 ms of compile each, which made the program slower with the JIT than
// without once warm.go brought those exits sooner. A side trace whose
// optimised IR equals its parent's can only fail as its parent does, so
// its recording counts as an abort (four blacklist the exit: the
// interpreter then runs that path).

package jit

import "github.com/hotloop/hotloop/trace/ir"

// sameTrace reports whether optimised traces a and b are the same code:
// the same instructions, constants and snapshots.
func sameTrace(a, b *ir.Trace) bool {
	if a == nil || b == nil || len(a.Insts) != len(b.Insts) || len(a.Consts) != len(b.Consts) || len(a.Snaps) != len(b.Snaps) {
		return false
	}
	for i := range a.Insts {
		if a.Insts[i] != b.Insts[i] {
			return false
		}
	}
	for i := range a.Consts {
		if a.Consts[i] != b.Consts[i] {
			return false
		}
	}
	for i := range a.Snaps {
		x, y := &a.Snaps[i], &b.Snaps[i]
		if x.PC != y.PC || len(x.Entries) != len(y.Entries) || len(x.Frames) != len(y.Frames) || len(x.Virtuals) != len(y.Virtuals) {
			return false
		}
		for k := range x.Entries {
			if x.Entries[k] != y.Entries[k] {
				return false
			}
		}
	}
	return true
}
