// boundtouch.go checks, once per object, every field a straight run of a
// trace reads or writes at a constant offset (docs/jit.md "nbody: one
// memory bounds check per object (session 22)").
//
// wazero checks each load's and store's address against the memory's
// length and skips the check only for a later access through the same SSA
// base value whose end (offset + size) is no further than one already
// checked (frontend memOpSetup's known safe bounds, kept across blocks
// with one predecessor, which every guard's fall-through is). FLOADs and
// FSTOREs of one object usually go up in offset (a tuple's header, then
// its items; a list's items 0, 1, 2, each tag then payload), so every one
// of them paid a check of its own: an add, a compare, a branch and the
// address computed again, about six machine instructions. nbody's pair
// loop had 50 such checks among 608 machine instructions per pair.
//
// Here the first access to an object in a run is preceded by a touch: a
// dropped 8-byte load of the furthest word the run accesses through the
// same base, whose check covers all of them. The touch may read past the
// object (before the guard that would have shown the object too short),
// but never past the memory: the base is an object's start (or a word in
// the runtime area below the heap), no block ends within gc.TailSlack
// bytes of the memory's end, and touches reach at most maxTouch bytes.
// The value read is never used.
//
// A run ends at the LOOP marker (the loop header joins the pre-loop with
// the back-edge, and a value defined before it is a different SSA value
// after a phi). Bases that are constants (a fresh SSA value per use) or
// values of an inlining parent are not touched.

package wasmgen

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
)

// maxTouch is the furthest end (offset + 8) a touch may check: within the
// memory's tail that no block uses.
const maxTouch = gc.TailSlack

// planTouches returns, per instruction, the end (offset + 8) that a touch
// before it checks, or 0 for none: set on the first FLOAD or FSTORE of a
// base in a run when a later access of the run through that base ends
// further than its own.
func planTouches(t *ir.Trace, skip func(ir.Ref) bool) []uint32 {
	return planTouchRuns(t, func(in *ir.Inst) (ir.Ref, uint32, bool) {
		b := in.A
		if b <= 0 || b >= t.Len() || in.Aux < 0 || skip(b) {
			return 0, 0, false
		}
		end := in.Aux + 8
		if end > maxTouch {
			return 0, 0, false
		}
		return b, uint32(end), true
	})
}

// planTouchRuns plans touches for the FLOADs and FSTOREs that access
// says go through a base (its key) up to an end (the offset from that
// base plus 8): per run (runs end at LOOP), the first access of each base
// gets the furthest end of the run's later accesses through it, when one
// ends further than its own, else none.
func planTouchRuns(t *ir.Trace, access func(*ir.Inst) (base ir.Ref, end uint32, ok bool)) []uint32 {
	touch := make([]uint32, t.Len())
	type firstAccess struct {
		r   ir.Ref
		end uint32
	}
	first := map[ir.Ref]firstAccess{} // base -> its first access in the run
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := &t.Insts[r]
		if in.Op == ir.LOOP {
			clear(first)
			continue
		}
		if in.Op != ir.FLOAD && in.Op != ir.FSTORE {
			continue
		}
		b, end, ok := access(in)
		if !ok {
			continue
		}
		f, ok := first[b]
		if !ok {
			first[b] = firstAccess{r, end}
			continue
		}
		if end > f.end && end > touch[f.r] {
			touch[f.r] = end
		}
	}
	return touch
}

// touchBound emits r's touch, if planTouches gave it one: a load of the
// word ending at the planned end through r's base, dropped.
func (l *lowerer) touchBound(r ir.Ref) {
	if l.touch == nil {
		l.touch = planTouches(l.t, func(b ir.Ref) bool {
			_, ok := l.subst[b]
			return ok || int(b) >= len(l.local) || l.local[b] == 0
		})
	}
	if int(r) >= len(l.touch) || l.touch[r] == 0 {
		return
	}
	l.push(l.t.Insts[r].A)
	l.f.I64Load(l.touch[r] - 8)
	l.f.Drop()
}

// frameTouchEnd returns the end (offset + 8) of the furthest frame word
// that instructions [from, to) of t read (SLOAD) or write (SSTORE), at
// most maxTouch, when a touch there saves a check: wazero would check
// more than once (the accesses' ends go up more than once in program
// order). Otherwise it returns 0. The register stack is a heap block, so
// a touch maxTouch bytes in is inside the memory even past the frame's
// last slot.
func frameTouchEnd(t *ir.Trace, from, to ir.Ref) uint32 {
	var end int64
	checks := 0
	for r := max(from, 1); r < to && r < t.Len(); r++ {
		in := &t.Insts[r]
		if (in.Op != ir.SLOAD && in.Op != ir.SSTORE) || in.Aux < 0 {
			continue
		}
		if e := min(16*in.Aux+16, maxTouch); e > end {
			end = e
			checks++
		}
	}
	if checks < 2 {
		return 0
	}
	return uint32(end)
}

// touchFrame emits a touch of the furthest frame word that instructions
// [from, to) access, when that saves checks (frameTouchEnd). The frame is
// a parameter, but inside a wasm loop it is the loop header's phi, a value
// of its own: the pre-loop and the loop body each get their own touch.
func (l *lowerer) touchFrame(from, to ir.Ref) {
	if l.parent != nil {
		return
	}
	end := frameTouchEnd(l.t, from, to)
	if end == 0 {
		return
	}
	l.f.LocalGet(l.frame)
	l.f.I64Load(end - 8)
	l.f.Drop()
}
