// poly.go marks inner loops whose iterations are polymorphic
// (trace.PolymorphicInnerLoop, trace/record_poly.go): an outer recording
// that would call such a loop's trace aborts, the loop is marked, and
// the outer loop's next recording unrolls it (trace.Inner.Unroll), so
// that each iteration gets the class guards that hold for it instead of
// a side exit per iteration. The abort is not counted towards the outer
// loop's blacklisting and is retried soon: it carries its fix.
// docs/jit.md "Richards: polymorphic calls in traces (session 14)".

package jit

import (
	"errors"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
)

// markPolymorphic handles a root recording of key's loop that ended in
// err: when the recording found the inner loop at the abort's pc
// polymorphic, that loop is marked to be unrolled by outer recordings.
func (j *JIT) markPolymorphic(key loopKey, lp *loop, err error) {
	var a *trace.Abort
	if !errors.As(err, &a) || a.Reason != trace.PolymorphicInnerLoop {
		return
	}
	inner := j.loops[loopKey{key.code, a.PC, key.globals}]
	if inner == nil || inner.unroll {
		return
	}
	inner.unroll = true
	j.logf("inner loop at %s is polymorphic: outer recordings unroll it", where(key.code, a.PC))
	if inner.tr != nil {
		// Its own trace goes: entered by the interpreter after an exit
		// of the outer trace in the middle of the loop, it would exit
		// again at the next item of another class, and its exits would
		// grow side traces of their own; the interpreter finishes the
		// loop and enters the outer trace at its next back-edge instead.
		j.retire(inner.tr)
	}
	inner.blacklisted = true
	lp.aborts--
	lp.penalty = 1
}

// dropBranchSnaps unmarks the type snapshots (typeGuards) that a branch
// guard shares, except at the loop's header. Every guard inside an
// inlined call resumes at the call, so a method's `if` shares its
// snapshot with the tag guards of the attributes it reads: richards'
// IdleTask.run alternates on `self.v1 & 1`, and a trace recorded on one
// side that is entered on the other fails that branch before its first
// iteration, which counted as a failed type guard; nine in a row (one
// chance in 512 per entry) retired the scheduler's trace, four such
// retirements blacklisted its loop. Such an exit is a path the trace does
// not cover, which gets its side trace like any other.
func dropBranchSnaps(t *ir.Trace, marks []bool) {
	n := len(t.Insts)
	if n < 2 {
		return
	}
	header := int32(-1)
	if last := &t.Insts[n-1]; (last.Op == ir.JLOOP || last.Op == ir.EXIT) && last.Snap != ir.NoSnap {
		header = t.Snap(last.Snap).PC
	}
	for i := 1; i < n; i++ {
		in := &t.Insts[i]
		if in.Op != ir.GCMP || in.Snap == ir.NoSnap || !marks[in.Snap] || t.Snap(in.Snap).PC == header {
			continue
		}
		if !layoutOperand(t, in.A) {
			marks[in.Snap] = false
		}
	}
}

// layoutOperand reports whether a guard's operand is a register's tag, a
// type, shape, version, dict or function word (a global's tag among
// them), or a field of an object's header word: what a type, layout or
// version guard compares, unlike a branch's condition. A bool attribute
// is a load from an instance slot, and `x.attr is None` compares the
// loaded tag: both are branches when guarded.
func layoutOperand(t *ir.Trace, r ir.Ref) bool {
	if !r.IsInst() {
		return false
	}
	a := t.Inst(r)
	switch {
	case a.Type == ir.Tag && a.Op != ir.FLOAD:
		return true // a register's or a helper result's tag
	case a.Op == ir.IAND:
		return kindWord(t, a)
	case a.Op != ir.FLOAD:
		return false
	}
	switch a.Class() {
	case trace.ClassInstType, trace.ClassInstShape, trace.ClassTypeVersion, trace.ClassInstDict,
		trace.ClassDictStorage, trace.ClassDictEntry, trace.ClassModuleDict, trace.ClassDictVersion,
		trace.ClassHeader, trace.ClassFuncCode, trace.ClassIterList:
		return true
	}
	return false
}
