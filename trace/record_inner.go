// record_inner.go unrolls inner loops that have no compiled trace into the
// recording of their outer loop (LuaJIT's way for short inner loops): a
// loop of a few iterations never gets a trace of its own, because each
// recording of it leaves the loop within its one iteration, and without
// this the outer loop could never be recorded either. Each iteration is
// recorded in place, its loop test a guard like any branch; past
// MaxUnroll iterations of one entry into the loop the recording aborts.
// docs/jit.md "Recording" explains the choice.

package trace

import (
	"fmt"

	"github.com/hotloop/hotloop/vm/bytecode"
)

// MaxUnroll is the number of iterations of one inner loop without a
// trace that a recording unrolls; one more aborts it.
const MaxUnroll = 16

// unrolling is the recorder's state for unrolling inner loops.
type unrolling struct {
	loops      []unrolledLoop // the inner loops being unrolled, innermost last
	simulating bool           // callInner is simulating an inner loop: nothing is unrolled
}

// unrolledLoop is an inner loop being unrolled: its header, the pc of its
// last jump back to the header, and the iterations recorded since the
// recording entered it.
type unrolledLoop struct {
	header, end, iters int
}

// innerBackEdge handles a backward jump to h, the header of an inner
// loop: the loop is unrolled when it can be (unrollable), otherwise its
// trace is called.
func (r *recorder) innerBackEdge(h int) (int, error) {
	if !r.unrollable(h) {
		return r.callInner(h)
	}
	if r.side != nil && r.side.left {
		return 0, r.untracedAbort(h)
	}
	if r.fr.Instrs[h].Op() == bytecode.FORITER {
		return h, nil // forIter at h counts the iteration
	}
	if err := r.unrollIteration(h); err != nil {
		return 0, err
	}
	return h, nil
}

// untracedAbort aborts a side trace (or a path) that left its loop and
// reached the loop at header h, which has no trace: the Abort names h,
// which the JIT waits for (and wakes).
func (r *recorder) untracedAbort(h int) error {
	err := r.abort(SideUntracedLoop)
	if a, ok := err.(*Abort); ok {
		a.Untraced = h + 1
	}
	return err
}

// unrollable reports whether the inner loop at header h is unrolled: it
// has no compiled trace, or the JIT marked it polymorphic
// (record_poly.go). Never while callInner simulates a loop, nor inside an
// inlined call (loops there abort).
func (r *recorder) unrollable(h int) bool {
	if r.inner == nil || r.unroll.simulating || len(r.stack) > 0 {
		return false
	}
	in, ok := r.inner(h)
	return !ok || in.Unroll
}

// simulatedThrough reports whether the for loop at header h, reached
// while callInner simulates the inner loop around it, is simulated on
// like the rest of that loop rather than called: the JIT marked it to be
// unrolled (Inner.Unroll) and it has no trace, so the inner loop's trace
// unrolled it too. simulateInnerLoop counts its iterations against the
// same bound as a while loop nested there.
func (r *recorder) simulatedThrough(h int) bool {
	if r.inner == nil || !r.unroll.simulating {
		return false
	}
	in, ok := r.inner(h)
	return !ok && in.Unroll
}

// unrollIteration counts one more unrolled iteration of the inner loop at
// h, aborting past MaxUnroll.
func (r *recorder) unrollIteration(h int) error {
	if n := len(r.unroll.loops); n > 0 && r.unroll.loops[n-1].header == h {
		r.unroll.loops[n-1].iters++
		if r.unroll.loops[n-1].iters > MaxUnroll {
			return r.abort(fmt.Sprintf("inner loop unrolled past %d iterations", MaxUnroll))
		}
		return nil
	}
	end := h
	for pc := h; pc < len(r.fr.Instrs); pc++ {
		ins := r.fr.Instrs[pc]
		if t, ok := ins.JumpTarget(); ok && t == h {
			end = pc
		}
	}
	r.unroll.loops = append(r.unroll.loops, unrolledLoop{header: h, end: end, iters: 1})
	return nil
}

// leaveUnrolled forgets the unrolled loops that the jump to next leaves,
// so that entering one again counts its iterations from zero.
func (r *recorder) leaveUnrolled(next int) {
	for n := len(r.unroll.loops); n > 0; n = len(r.unroll.loops) {
		if u := r.unroll.loops[n-1]; next >= u.header && next <= u.end {
			return
		}
		r.unroll.loops = r.unroll.loops[:n-1]
	}
}

// unrollForIter records FORITER at the header of an inner for loop that
// has no trace: an exhausted iterator is guarded exhausted and the loop
// left, otherwise one more iteration is unrolled.
func (r *recorder) unrollForIter(ins bytecode.Instr) (int, error) {
	if r.exhausted(ins) {
		return r.forIterDone(ins)
	}
	if r.side != nil && r.side.left {
		return 0, r.untracedAbort(r.pc)
	}
	if err := r.unrollIteration(r.pc); err != nil {
		return 0, err
	}
	return r.forIterStep(ins)
}
