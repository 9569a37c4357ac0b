// zerobase.go addresses the heap words of a trace's constant pointers
// through one base: a local that is never written, so always 0, with the
// word's whole address in the access's offset (docs/jit.md "Constant
// addresses through one base (session 31)").
//
// wazero checks each load's and store's end against the memory's length
// unless an earlier access through the same SSA base value already
// checked that far (boundtouch.go says how). A constant pointer pushed
// with i32.const is a new SSA value at every use, so each FLOAD or FSTORE
// of a constant object's word (a globals dict's storage and entries, a
// type's version word, a module's dict) paid a full check: about seven
// SSA instructions that wazero's compiler lowers and allocates registers
// for, at ~1 us of compile per wasm instruction. Through the zero local
// they share one base, and a touch of the furthest word a run reads
// (planConstTouches) leaves one check for all of them.
//
// The touch may read a word before the guard that would have exited
// first; it is a word of an object the recording read or wrote, so it
// lies inside the memory, which never shrinks.

package wasmgen

import (
	"math"

	"github.com/hotloop/hotloop/trace/ir"
)

// constAddr returns the absolute address of the word an FLOAD or FSTORE
// accesses when its base is a constant pointer, so that the zero base
// with this offset reaches the same word.
func (l *lowerer) constAddr(in *ir.Inst) (uint32, bool) {
	if in.A >= 0 || in.Aux < 0 || int(-in.A) >= len(l.t.Consts) {
		return 0, false
	}
	if _, ok := l.subst[in.A]; ok {
		return 0, false
	}
	c := l.t.Const(in.A)
	if c.Type != ir.Ptr {
		return 0, false
	}
	a := uint64(uint32(c.Bits)) + uint64(in.Aux)
	if a+8 > math.MaxUint32 {
		return 0, false
	}
	return uint32(a), true
}

// zeroLocal returns the function's i32 local that is never written (wasm
// starts every local at 0), declared on first use; an inlined side
// trace's lowerer uses its parent's.
func (l *lowerer) zeroLocal() uint32 {
	if l.parent != nil {
		return l.parent.zeroLocal()
	}
	if !l.hasZero {
		l.zero = l.f.Local(I32)
		l.hasZero = true
	}
	return l.zero
}

// pushBase pushes the base of in (an FLOAD or FSTORE) and returns the
// offset that goes with it: the zero local and the word's address for a
// constant pointer, else the base's value and in's offset.
func (l *lowerer) pushBase(in *ir.Inst) uint32 {
	if a, ok := l.constAddr(in); ok {
		l.f.LocalGet(l.zeroLocal())
		return a
	}
	l.push(in.A)
	return l.offset(in.Aux)
}

// planConstTouches returns, per instruction, the end (address + 8) that a
// touch through the zero base before it checks, or 0 for none: the
// constant-pointer FLOADs and FSTOREs all go through that one base, and
// planTouchRuns (boundtouch.go) plans them as it plans an object's.
func planConstTouches(t *ir.Trace, addr func(*ir.Inst) (uint32, bool)) []uint32 {
	return planTouchRuns(t, func(in *ir.Inst) (ir.Ref, uint32, bool) {
		a, ok := addr(in)
		return 0, a + 8, ok
	})
}

// touchConst emits r's touch through the zero base, if planConstTouches
// gave it one. The touch is left out of the priced size (unpriced), so
// that trace decisions stay those of the code without it.
func (l *lowerer) touchConst(r ir.Ref) {
	if l.constTouch == nil {
		l.constTouch = planConstTouches(l.t, l.constAddr)
	}
	if int(r) >= len(l.constTouch) || l.constTouch[r] == 0 {
		return
	}
	n0 := l.f.Len()
	l.f.LocalGet(l.zeroLocal())
	l.f.I64Load(l.constTouch[r] - 8)
	l.f.Drop()
	l.unpriced -= l.f.Len() - n0
}
