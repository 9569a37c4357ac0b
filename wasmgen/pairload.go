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

// boundsLoaded lowers ABC whose length is known not to be negative as
// one unsigned compare: for a length n >= 0, 0 <= i < n is exactly
// uint64(i) < uint64(n), since a negative i reads as 2^63 or more. The
// generic lowering's two signed compares combined by an and are not
// fused into the branch by wazero: both flags are materialised (setcc,
// movzx twice), anded and tested, a fifth of an item read's machine code
// (docs/jit.md "Combined compares (session 29)"). A length is known not
// negative when it is a loaded length word (an FLOAD: a list's, tuple's,
// deque's or str's length) or an IAND with a non-negative constant (a
// length masked out of a packed word). For the masked length the
// instructions saved against the generic lowering stay in the priced
// size (unpriced), so trace decisions are those of the generic code. It
// reports whether it lowered in.
func (l *lowerer) boundsLoaded(in *ir.Inst) bool {
	if !l.nonNegative(in.B) {
		return false
	}
	f := l.f
	n0 := f.Len()
	l.push(in.A)
	pushA := f.Len() - n0
	l.push(in.B)
	f.Op(OpI64GeU)
	l.exitIf(in.Snap)
	if l.t.Insts[in.B].Op == ir.IAND {
		// Priced as the generic code, which pushes A twice and has
		// i64.const 0, i64.ge_s, i64.lt_s (here i64.ge_u), i32.and and
		// i32.eqz: pushA + 4 more. (FLOAD lengths have been priced as
		// lowered since session 15.)
		l.unpriced += pushA + 4
	}
	return true
}

// nonNegative reports whether the Int value r is never negative by its
// definition: an FLOAD of an Int field (the heap's length words) or an
// IAND one of whose operands is a non-negative constant.
func (l *lowerer) nonNegative(r ir.Ref) bool {
	if r <= 0 || r >= l.t.Len() {
		return false
	}
	in := &l.t.Insts[r]
	if in.Type != ir.Int {
		return false
	}
	switch in.Op {
	case ir.FLOAD:
		return true
	case ir.IAND:
		if k, ok := l.constInt(in.A); ok && k >= 0 {
			return true
		}
		k, ok := l.constInt(in.B)
		return ok && k >= 0
	}
	return false
}
