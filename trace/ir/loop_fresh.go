// loop_fresh.go holds the one alias fact that lets loads of objects that
// existed before a loop be forwarded across the loop's stores into the
// objects it allocates (session 14, docs/jit.md "Objects made in
// traces"). A loop that makes instances (vectors.py: two Vecs per
// particle step) stores their type slot, shape word and fields in every
// iteration, and the loop summary compares only classes and offsets, so
// every load of the same kind of word from a loop-invariant object (the
// type slot of `center`, its shape) was done and guarded again in every
// iteration. A store whose base is a NEW of the loop body writes into an
// object allocated in that iteration, which is none of the objects a
// value computed before the loop refers to (the collector runs only at
// exits, so no address is reused while the trace runs).

package ir

// freshInRegion reports whether base is a NEW among t's instructions
// from..to.
func freshInRegion(t *Trace, base Ref, from, to Ref) bool {
	return base.IsInst() && base >= from && base <= to && int(base) < len(t.Insts) && t.Insts[base].Op == NEW
}

// baseBefore reports whether the heap load in, emitted after the LOOP
// marker at loop, reads from an object that existed before the loop: a
// constant, or a pointer computed before the marker.
func baseBefore(t *Trace, in *Inst, loop Ref) bool {
	if in.Op != FLOAD && in.Op != XLOAD {
		return false
	}
	return in.A.IsConst() || (in.A.IsInst() && in.A < loop && t.TypeOf(in.A) == Ptr)
}
