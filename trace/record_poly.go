// record_poly.go spots polymorphic inner loops while an outer recording
// simulates an inner loop it is about to call (callInner). richards'
// scheduler searches its task list with `for t in self.order: if
// t.runnable(): ... break`, and every item is of another class: the inner
// loop's trace, recorded for one class, fails its class guard on almost
// every iteration and runs each one in a side trace, and the outer trace
// that calls it is cut at every search. An outer trace that unrolls such a
// loop instead has one class guard per iteration that holds every time.
// So when the simulation sees one method call or attribute access of the
// loop's own frame reach instances of two classes in two iterations, the
// recording aborts with PolymorphicInnerLoop (Abort.PC is the inner
// loop's header); the JIT then marks that loop (Inner.Unroll) and the
// next outer recording unrolls it as it unrolls loops without a trace
// (record_inner.go). docs/jit.md "Richards: polymorphic calls in traces".

package trace

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// PolymorphicInnerLoop is the abort reason of an outer recording whose
// inner loop (at Abort.PC) reaches instances of different classes at one
// attribute access or method call of its own frame.
const PolymorphicInnerLoop = "polymorphic inner loop"

// polyWatch is the state of one simulation of the inner loop at h: per
// pc of the loop's frame, the class of the instance the last simulated
// iteration accessed there.
type polyWatch struct {
	types map[int]uint64
}

// polyWatchFor returns a watch for a simulation of the inner loop at h
// by a root recording in the loop's own frame, or nil when the loop
// cannot be unrolled instead (in a callee's window, inside an inlined
// call, or in a side trace, which calls what its root decided), or when
// it is no for loop over a list or range of at most MaxUnroll items (an
// unrolled recording of a longer one would abort, and a while loop's
// trip count is not known in advance).
func (r *recorder) polyWatchFor(h, d0 int) *polyWatch {
	if d0 != 0 || r.side != nil || r.callee != nil || len(r.stack) > 0 || !r.shortForLoop(h) {
		return nil
	}
	return &polyWatch{types: map[int]uint64{}}
}

// shortForLoop reports whether the loop at h is a for loop whose
// iterator, a list or range iterator, yields at most MaxUnroll items in
// all.
func (r *recorder) shortForLoop(h int) bool {
	ins := r.fr.Instrs[h]
	if ins.Op() != bytecode.FORITER {
		return false
	}
	v := r.peekReg(ins.A())
	if v.Tag() != vm.JITTagIter {
		return false
	}
	ref := uint32(v.Ref())
	switch (r.word(ref) >> vm.JITKindShift) & vm.JITKindMask {
	case uint64(vm.JITKindListIter):
		if gc.Tag(r.word(ref+vm.JITListIterList)) != vm.JITTagList {
			return false
		}
		lref := uint32(r.word(ref + vm.JITListIterList + 8))
		return int64(r.word(lref+vm.JITListLenOff)) <= MaxUnroll
	case uint64(vm.JITKindRangeIter):
		cur, stop, step := int64(r.word(ref+vm.JITRangeCurOff)), int64(r.word(ref+vm.JITRangeStopOff)), int64(r.word(ref+vm.JITRangeStepOff))
		return step > 0 && stop-cur <= MaxUnroll*step || step < 0 && cur-stop <= -MaxUnroll*step
	}
	return false
}

// polymorphic reports whether ins, about to be simulated at pc in the
// inner loop's frame, accesses an attribute or method of an instance of
// another class than the last iteration did at the same pc.
func (r *recorder) polymorphic(w *polyWatch, ins bytecode.Instr, pc int) bool {
	var reg int
	switch ins.Op() {
	case bytecode.LOADMETHOD, bytecode.LOADATTR:
		reg = ins.B()
	case bytecode.STOREATTR:
		reg = ins.A()
	default:
		return false
	}
	v := r.peekReg(reg)
	if v.Tag() != vm.JITTagObject {
		return false
	}
	tp := r.word(uint32(v.Ref()) + vm.JITInstTypeOff)
	old, seen := w.types[pc]
	w.types[pc] = tp
	return seen && old != tp
}

// newOfKind reports whether v is an object this recording allocates
// (its NEW) of the given kind: its header word is the NEW's, so a guard
// on the kind it holds is true by construction. Such a guard is the one
// load from an unrolled inner loop's iterator that is not forwarded from
// a store, and it kept sinking from removing the iterator: richards'
// scheduler allocated one list iterator per step for its unrolled search.
func (r *recorder) newOfKind(v ir.Ref, kind uint64) bool {
	if !v.IsInst() {
		return false
	}
	in := r.b.T.Inst(v)
	return in.Op == ir.NEW && in.Aux >= 0 && int(in.Aux) < len(r.b.T.Allocs) && uint64(r.b.T.Allocs[in.Aux].Kind) == kind
}
