// record_objalloc.go holds the recorder's early check on the objects a
// simulated inner loop allocates. An outer recording that calls an inner
// loop's trace first runs the inner loop on its copy of the heap
// (simulateInnerLoop), and every object the inner loop allocates takes
// fake addresses in the overlay's top 64 KiB. An inner loop that
// allocates objects that stay reachable (vectors.py: two Vecs stored
// into each of 200 particles, five temporaries) runs out of them part
// way through, after simulating dozens of iterations at a few hundred
// microseconds each, and the outer recording aborts anyway. The check
// here projects the allocation of the iterations done so far over the
// iterations the loop's iterator has left and aborts at once when they
// cannot fit.

package trace

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// fakeLimit is the last fake address fakeAlloc hands out.
const fakeLimit = 0xffffff00

// allocProjection follows the fake allocation of a simulated inner loop
// from one iteration to the next.
type allocProjection struct {
	last     uint32 // r.fake at the end of the previous iteration
	minDelta uint32 // the fewest fake bytes an iteration took so far
	deltas   int    // iterations measured
}

// startAllocProjection is called when simulateInnerLoop begins.
func (r *recorder) startAllocProjection() allocProjection {
	return allocProjection{last: max(r.fake, fakeBase)}
}

// checkAllocProjection is called after each simulated iteration of an
// inner loop whose FORITER keeps its iterator in the loop frame's
// register iterReg (-1: not a FORITER loop, nothing is checked). Once two
// iterations are measured it aborts the recording when the iterations
// the iterator has left, each taking as many fake bytes as the cheapest
// iteration so far, cannot fit in what is left of the overlay (the
// abort fakeAlloc would reach later, reached now).
func (r *recorder) checkAllocProjection(p *allocProjection, iterReg int) error {
	now := max(r.fake, fakeBase)
	d := now - p.last
	p.last = now
	if p.deltas == 0 || d < p.minDelta {
		p.minDelta = d
	}
	p.deltas++
	if p.deltas < 2 || p.minDelta == 0 || iterReg < 0 {
		return nil
	}
	left, ok := r.itersLeft(iterReg)
	if !ok || left <= 0 {
		return nil
	}
	if room := int64(fakeLimit - now); left > room/int64(p.minDelta) {
		return r.abort("too many allocations while recording")
	}
	return nil
}

// itersLeft returns how many more items the range or list iterator in
// the loop frame's register reg will produce, on the recorder's copy.
func (r *recorder) itersLeft(reg int) (int64, bool) {
	if r.calleeFrameReal() || reg >= len(r.root) || reg >= len(r.fr.Regs) {
		return 0, false
	}
	v := r.fr.Regs[reg]
	if s := r.root[reg]; s.loaded || s.stale {
		v = s.v
	}
	if v.Tag() != vm.JITTagIter {
		return 0, false
	}
	ref := uint32(v.Ref())
	switch (r.word(ref) >> vm.JITKindShift) & vm.JITKindMask {
	case uint64(vm.JITKindRangeIter):
		cur, stop, step := int64(r.word(ref+vm.JITRangeCurOff)), int64(r.word(ref+vm.JITRangeStopOff)), int64(r.word(ref+vm.JITRangeStepOff))
		switch {
		case step > 0 && cur < stop:
			return (stop-cur-1)/step + 1, true
		case step < 0 && cur > stop:
			return (cur-stop-1)/-step + 1, true
		}
		return 0, true
	case uint64(vm.JITKindListIter):
		if gc.Tag(r.word(ref+vm.JITListIterList)) != vm.JITTagList {
			return 0, true
		}
		lref := uint32(r.word(ref + vm.JITListIterList + 8))
		return max(int64(r.word(lref+vm.JITListLenOff))-int64(r.word(ref+vm.JITListIterIndex)), 0), true
	}
	return 0, false
}

// innerIterReg is the iterator register of the FORITER at h when the
// loop being simulated is the recording's own frame's (d0 == 0), else -1.
func (r *recorder) innerIterReg(h, d0 int) int {
	if d0 != 0 || h < 0 || h >= len(r.fr.Instrs) || r.fr.Instrs[h].Op() != bytecode.FORITER {
		return -1
	}
	return r.fr.Instrs[h].A()
}
