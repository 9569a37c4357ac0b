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
//
// One exception, reported in prologue: other writes that all come before
// one of the register's LOADCONSTs, where no backward jump or exception
// handler leads back; its constants are then those loaded after its last
// other write. The compiler hands a loop's constant registers out from
// temporaries that the code before the loop used (nbody's
// `for _ in range(n)` passes n in the register that then holds the
// hoisted 0 of `v[0]`; jit/hunt_alias's `objs = [A(1), A(2), A(3)]` puts
// the argument 1 and then the class and the call's result in the register
// of the hoisted 3 of `i % 3`), and once past that LOADCONST such a
// register holds constants only. Session 29 took the LOADCONSTs after the
// last other write rather than requiring every other write before the
// first LOADCONST, which left out a register that carried a constant
// argument before the loop. constReg takes those registers for ints alone: an int
// constant folds subscripts into fixed offsets and merges their bounds
// checks (trace/opt/abcwiden.go), while a float constant computes no
// faster than the register, and its guard would only lengthen traces
// (mandelbrot's hoisted 2.0 and 1.0 shifted its side-trace decisions).
func loadConstRegs(code *bytecode.Code, instrs []bytecode.Instr) (out map[int][]uint32, prologue map[int]bool) {
	if code == nil {
		return nil, nil
	}
	firstTemp := code.CellBase + len(code.Cellvars) + len(code.Freevars)
	out = map[int][]uint32{}
	lastConst := map[int]int{} // pc of the register's last LOADCONST
	other := map[int]int{}     // pc of the register's last other write
	backTarget := len(instrs)  // the lowest pc control may come back to
	for _, h := range code.Handlers {
		other[int(h.Reg)] = len(instrs)
		backTarget = min(backTarget, int(h.Target))
	}
	write := func(r, pc int) { other[r] = max(other[r], pc) }
	for pc, ins := range instrs {
		op := ins.Op()
		if op >= bytecode.NumOps {
			return nil, nil
		}
		a, b, c := ins.A(), ins.B(), ins.C()
		if bytecode.Table[op].Flags&bytecode.FlagJump != 0 && int(ins.Bx()) <= pc {
			backTarget = min(backTarget, int(ins.Bx()))
		}
		if op == bytecode.LOADCONST {
			if a >= firstTemp {
				lastConst[a] = pc
			}
			continue
		}
		if bytecode.Table[op].A == bytecode.ModeReg {
			write(a, pc)
		}
		switch op {
		case bytecode.LOADMETHOD, bytecode.FORITER, bytecode.CHECKEGMATCH:
			write(a+1, pc)
		case bytecode.UNPACK, bytecode.UNPACKEX:
			for k := 0; k < c; k++ {
				write(a+k, pc)
			}
		case bytecode.WITHENTER, bytecode.ASYNCWITHENTER:
			write(b+1, pc)
		}
	}
	prologue = map[int]bool{}
	for r, f := range lastConst {
		last, written := other[r]
		switch {
		case !written:
		case last < f && last < backTarget:
			prologue[r] = true
		default:
			continue
		}
		start := 0
		if written {
			start = last + 1
		}
		for pc := start; pc < len(instrs); pc++ {
			if ins := instrs[pc]; ins.Op() == bytecode.LOADCONST && ins.A() == r {
				out[r] = append(out[r], ins.Bx())
			}
		}
	}
	return out, prologue
}

// constReg reports whether register i, holding v when first read from the
// frame, is one of the code's loop constants (see the file comment).
func (r *recorder) constReg(i int, v gc.Value) bool {
	if len(r.stack) > 0 || (v.Tag() != gc.TagInt && v.Tag() != gc.TagFloat) {
		return false
	}
	if !r.constsDone {
		r.constsDone = true
		r.constRegs, r.constPrologue = loadConstRegs(r.fr.Code, r.fr.Instrs)
	}
	if r.constPrologue[i] && v.Tag() != gc.TagInt {
		return false // ints only (see loadConstRegs)
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
