// record_consts.go makes the loop constants the compiler keeps in
// registers (vm/compile hoistConstants: `v[0]`, `i + 1`, `x ** -1.5`
// inside a loop read a register loaded before the loop) constants of the
// trace again. A register that the recorder reads from the frame, that is
// a temporary, and that the code loads with LOADCONST of a constant equal
// to the value it holds, is guarded equal to that value (one integer
// compare of the payload bits, after the tag guard); from then on the
// trace uses the IR constant, so folding sees `v[0]` as a field at a fixed
// offset and its bounds check as a constant index, and the guard itself
// is loop-invariant: peeling leaves it before the loop.
//
// Only temporaries that nothing but LOADCONST writes qualify (a temporary
// that also holds computed values could equal a constant by chance at
// recording and fail the guard later); the guard is what makes it sound
// (a register two loops use for different constants fails it and exits).
// Only ints and floats: other constants gain little.

package trace

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// loadConstRegs returns, for each temporary register of the root frame's
// code that only LOADCONST writes, the indexes of the constants it loads.
// A register that any other instruction may write (its A operand, the
// extra registers of LOADMETHOD, FORITER, UNPACK, UNPACKEX, WITHENTER,
// ASYNCWITHENTER and CHECKEGMATCH, an exception handler's register) is
// left out: it holds ordinary values, which may equal a constant only by
// chance, and a guard on them would fail.
func loadConstRegs(code *bytecode.Code, instrs []bytecode.Instr) map[int][]uint32 {
	if code == nil {
		return nil
	}
	firstTemp := code.CellBase + len(code.Cellvars) + len(code.Freevars)
	out := map[int][]uint32{}
	other := map[int]bool{}
	for _, h := range code.Handlers {
		other[int(h.Reg)] = true
	}
	for _, ins := range instrs {
		op := ins.Op()
		if op >= bytecode.NumOps {
			return nil
		}
		a, b, c := ins.A(), ins.B(), ins.C()
		if op == bytecode.LOADCONST {
			if a >= firstTemp {
				out[a] = append(out[a], ins.Bx())
			}
			continue
		}
		if bytecode.Table[op].A == bytecode.ModeReg {
			other[a] = true
		}
		switch op {
		case bytecode.LOADMETHOD, bytecode.FORITER, bytecode.CHECKEGMATCH:
			other[a+1] = true
		case bytecode.UNPACK, bytecode.UNPACKEX:
			for k := 0; k < c; k++ {
				other[a+k] = true
			}
		case bytecode.WITHENTER, bytecode.ASYNCWITHENTER:
			other[b+1] = true
		}
	}
	for r := range other {
		delete(out, r)
	}
	return out
}

// constReg reports whether register i, holding v when first read from the
// frame, is one of the code's loop constants (see the file comment).
func (r *recorder) constReg(i int, v gc.Value) bool {
	if len(r.stack) > 0 || (v.Tag() != gc.TagInt && v.Tag() != gc.TagFloat) {
		return false
	}
	if !r.constsDone {
		r.constsDone = true
		r.constRegs = loadConstRegs(r.fr.Code, r.fr.Instrs)
	}
	for _, k := range r.constRegs[i] {
		if int(k) < len(r.fr.Consts) {
			c := r.fr.Consts[k]
			if c.Tag() == v.Tag() && c.Bits() == v.Bits() {
				return true
			}
		}
	}
	return false
}

// readConst loads register i's payload bits and guards them equal to v's
// (after read's tag guard), returning v's IR constant.
func (r *recorder) readConst(i int, v gc.Value) ir.Ref {
	b := r.b
	bits := b.SLoad(int32(i), ir.Int)
	b.Guard(ir.EQ, bits, b.KInt(int64(v.Bits())), r.snap(r.pc))
	if v.Tag() == gc.TagFloat {
		return b.KFloat(v.Float())
	}
	return b.KInt(int64(v.Bits()))
}
