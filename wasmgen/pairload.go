// pairload.go lowers the two reads of one list item (its tag, a guard on
// it, then its payload) with one address and one memory bounds check.
//
// wazero checks every load's address against the memory's length, and
// skips the check only for a later access through the same SSA base value
// whose end is no further than one already checked (frontend memOpSetup's
// known safe bounds). The generic lowering computed the item's address
// twice (base + 16*index, once per XLOAD) and read the tag first: two
// checks and two address computations per item read, about a dozen
// machine instructions (spectral_norm's inner loop reads v[j] per
// iteration, nbody's reads a dozen items). Here the address goes to a
// scratch local once, the payload (the higher word) is read first and the
// tag second, so the tag's read is known to be in bounds. Reading the
// payload before the tag's guard is harmless: it is a plain load of the
// same 16-byte item, whose value is used only after the guard passed.

package wasmgen

import "github.com/hotloop/hotloop/trace/ir"

// pairedPayload returns the payload XLOAD that tag XLOAD r pairs with, or
// ir.Nil: r reads a tag at [A + 16*B] + off, the next instruction is a
// guard on that tag, and the one after reads the word at off+8 of the same
// item (same base and index refs).
func (l *lowerer) pairedPayload(r ir.Ref) ir.Ref {
	t := l.t
	if r+2 >= t.Len() || int(r)+2 >= len(l.local) {
		return ir.Nil
	}
	tag, guard, val := &t.Insts[r], &t.Insts[r+1], &t.Insts[r+2]
	if tag.Op != ir.XLOAD || tag.Type != ir.Tag || l.local[r] == 0 {
		return ir.Nil
	}
	if guard.Op != ir.GCMP || (guard.A != r && guard.B != r) {
		return ir.Nil
	}
	if val.Op != ir.XLOAD || val.Type == ir.Tag || val.A != tag.A || val.B != tag.B || val.Aux != tag.Aux+8 || l.local[r+2] == 0 {
		return ir.Nil
	}
	return r + 2
}

// pairLoad lowers XLOAD r when it is one of a pair (pairedPayload): the
// tag's XLOAD emits both reads, and the payload's XLOAD, lowered right
// after the guard, emits nothing. It reports whether it lowered r.
func (l *lowerer) pairLoad(r ir.Ref) bool {
	if l.pairVal == r {
		l.pairVal = ir.Nil
		return true
	}
	val := l.pairedPayload(r)
	if val == ir.Nil {
		return false
	}
	in, vin := &l.t.Insts[r], &l.t.Insts[val]
	f := l.f
	a := l.temp(I32)
	l.address(in.A, in.B)
	f.LocalTee(a)
	l.loadWord(vin.Type, l.offset(vin.Aux))
	l.set(val)
	f.LocalGet(a)
	l.loadWord(in.Type, l.offset(in.Aux))
	l.set(r)
	l.release(I32, a)
	l.pairVal = val
	return true
}

// pairStep forgets a pending payload (pairLoad) unless r is the guard or
// the payload read that follows its tag's read: an emission order that
// skips or repeats instructions (a pre-loop redone, an inlined side
// trace) then lowers the payload's XLOAD on its own.
func (l *lowerer) pairStep(r ir.Ref) {
	if l.pairVal != ir.Nil && r != l.pairVal && r != l.pairVal-1 {
		l.pairVal = ir.Nil
	}
}

// boundsLoaded lowers ABC whose length is a loaded length word (an FLOAD:
// a list's, tuple's, deque's or str's length, never negative) as one
// unsigned compare: for a length n >= 0, 0 <= i < n is exactly
// uint64(i) < uint64(n), since a negative i reads as 2^63 or more. The
// generic lowering's two signed compares, two flag materialisations and
// an and were a fifth of an item read's machine code. It reports whether
// it lowered in.
func (l *lowerer) boundsLoaded(in *ir.Inst) bool {
	b := in.B
	if b <= 0 || b >= l.t.Len() || l.t.Insts[b].Op != ir.FLOAD || l.t.Insts[b].Type != ir.Int {
		return false
	}
	l.push(in.A)
	l.push(b)
	l.f.Op(OpI64GeU)
	l.exitIf(in.Snap)
	return true
}
