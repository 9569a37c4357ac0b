// sparsepoll.go lowers a root's back-edge countdown with the interrupt
// word polled once every pollEvery iterations instead of at each one.
//
// The back-edge counted the budget down and loaded the interrupt word at
// every iteration. wazero checks each load's address against the memory's
// length, and the word's constant address is a new base value each time,
// so the poll was a budget decrement, two flag materialisations, the
// memory length's two loads, an add, a compare and branch for the bounds
// and the load itself: about sixteen machine instructions, an eighth of
// spectral_norm's inner loop. The word is set by Ctrl-C, --pyprof's
// sampler and the time limit, none of which needs an answer within 64
// iterations rather than one. The budget still leaves exactly when it
// runs out.

package wasmgen

import "github.com/hotloop/hotloop/trace/ir"

// pollEvery is how many back-edges pass between two polls of the
// interrupt word (a power of two).
const pollEvery = 64

// sparseCountdown lowers the back-edge countdown of snap when the
// collector's budget is not polled there (a trace that allocates keeps
// the per-iteration poll): the budget is decremented, and only when it
// is a multiple of pollEvery, zero or negative does the code test whether
// it ran out or the interrupt word is set, leaving through snap's
// safepoint block if so. It reports whether it lowered the countdown.
//
// The test is one and, one subtract and one unsigned compare: with
// x = budget & (0x80000000 | pollEvery-1), x is 0 for a multiple of
// pollEvery (0 included), 1..pollEvery-1 otherwise when budget >= 0,
// and 0x80000000 or more when budget < 0; x-1 (as uint32) is below
// 0x7fffffff exactly in the middle case.
func (l *lowerer) sparseCountdown(snap ir.SnapID) bool {
	if l.pollGC || l.cfg.InterruptAddr == 0 {
		return false
	}
	lbl, ok := l.safeLbl[snap]
	if !ok {
		return false
	}
	f := l.f
	f.LocalGet(l.budget)
	f.I32Const(1)
	f.Op(OpI32Sub)
	f.LocalTee(l.budget)
	f.I32Const(int32(-0x80000000 | (pollEvery - 1)))
	f.Op(OpI32And)
	f.I32Const(1)
	f.Op(OpI32Sub)
	f.I32Const(0x7fffffff)
	f.Op(OpI32GeU)
	f.If()
	l.pushSafepointTest0()
	f.BrIf(f.LabelDepth(lbl))
	f.End()
	return true
}

// pushSafepointTest0 pushes the i32 "leave for a safepoint" condition of
// an already decremented budget: it ran out, or the interrupt word is
// set.
func (l *lowerer) pushSafepointTest0() {
	f := l.f
	f.LocalGet(l.budget)
	f.I32Const(0)
	f.Op(OpI32LeS)
	f.I32Const(0)
	f.I32Load(l.cfg.InterruptAddr)
	f.Op(OpI32Or)
}
