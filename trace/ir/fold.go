// fold.go holds the FOLD stage of the Builder: constant folding and
// algebraic simplification, one rule at a time, in the spirit of LuaJIT's
// lj_opt_fold.c (but as a plain switch: the rule set is small). A rule may
// replace the instruction by an existing Ref or a constant, rewrite it and
// let the pipeline continue, or drop a guard it proves always true. Rules
// never change when or whether a trace exits: a guarded op whose constant
// operands would make it fail stays as it is, and a guard's snapshot is
// only removed once the rule proves the guard cannot fail.

package ir

import "math"

// fold applies the folding rules to in. done reports that in has been
// replaced by r (possibly Nil for a dropped guard); otherwise in may have
// been rewritten and continues down the pipeline.
func (b *Builder) fold(in *Inst) (r Ref, done bool) {
	t := b.T
	ka, kb := in.A.IsConst(), in.B.IsConst()
	var ca, cb Const
	if ka {
		ca = t.Const(in.A)
	}
	if kb {
		cb = t.Const(in.B)
	}
	guarded := in.Guarded()
	switch in.Op {
	case IADD, ISUB, IMUL, IFLOORDIV, IMOD, IAND, IOR, IXOR, ISHL, ISHR, IMIN, IMAX:
		if ka && kb {
			v, ok := intBinary(in.Op, ca.Int(), cb.Int())
			if ok || !guarded {
				return b.KInt(v), true
			}
			return Nil, false
		}
		return b.foldIntAlgebra(in, kb, cb.Int(), guarded)
	case INEG, IABS:
		if ka {
			var v int64
			var ok bool
			if in.Op == INEG {
				v, ok = NegOv(ca.Int())
			} else {
				v, ok = AbsOv(ca.Int())
			}
			if ok || !guarded {
				return b.KInt(v), true
			}
			return Nil, false
		}
		if in.Op == INEG && in.A.IsInst() {
			x := t.Inst(in.A)
			if x.Op == INEG && (!guarded || x.Guarded()) {
				return x.A, true
			}
		}
	case FADD, FSUB, FMUL, FDIV, FFLOORDIV, FMOD, FMIN, FMAX:
		if ka && kb {
			v, ok := floatBinary(in.Op, ca.Float(), cb.Float())
			if ok || !guarded {
				return b.KFloat(v), true
			}
			return Nil, false
		}
		if kb {
			y := cb.Float()
			switch {
			case in.Op == FMUL && y == 1, in.Op == FDIV && y == 1,
				in.Op == FSUB && cb.Bits == 0, in.Op == FADD && cb.Bits == 1<<63:
				return in.A, true
			case (in.Op == FDIV || in.Op == FFLOORDIV || in.Op == FMOD) && y != 0 && !math.IsNaN(y):
				in.Snap = NoSnap // a non-zero constant divisor: cannot fail
			}
		}
	case FNEG, FABS, FSQRT, FFLOOR, FCEIL, FTRUNC:
		if ka {
			return b.KFloat(floatUnary(in.Op, ca.Float())), true
		}
		if in.Op == FNEG && in.A.IsInst() && t.Inst(in.A).Op == FNEG {
			return t.Inst(in.A).A, true
		}
	case ITOF:
		if ka {
			return b.KFloat(float64(ca.Int())), true
		}
	case FTOI:
		if ka {
			v, ok := FloatToInt(ca.Float())
			if ok || !guarded {
				return b.KInt(v), true
			}
		}
	case BTOI:
		if ka {
			return b.KInt(int64(ca.Bits & 1)), true
		}
	case ICMP:
		if ka && kb {
			return b.KBool(in.Cond().EvalInt(ca.Int(), cb.Int())), true
		}
		if in.A == in.B {
			return b.KBool(in.Cond().EvalInt(0, 0)), true
		}
	case FCMP:
		if ka && kb {
			return b.KBool(in.Cond().EvalFloat(ca.Float(), cb.Float())), true
		}
	case BNOT:
		if ka {
			return b.KBool(ca.Bits == 0), true
		}
		if in.A.IsInst() {
			x := t.Inst(in.A)
			switch x.Op {
			case BNOT:
				return x.A, true
			case ICMP:
				return b.Emit(Inst{Op: ICMP, Type: Bool, Flag: uint8(x.Cond().Negate()), A: x.A, B: x.B}), true
			}
		}
	case BAND, BOR:
		if ka && kb {
			if in.Op == BAND {
				return b.KBool(ca.Bits&cb.Bits != 0), true
			}
			return b.KBool(ca.Bits|cb.Bits != 0), true
		}
		if in.A == in.B {
			return in.A, true
		}
		if kb {
			isTrue := cb.Bits != 0
			if (in.Op == BAND) == isTrue {
				return in.A, true // x && true, x || false
			}
			return in.B, true // x && false, x || true
		}
	case GCMP:
		if ka && kb {
			if in.Cond().EvalInt(ca.Int(), cb.Int()) {
				return Nil, true
			}
			return Nil, false // always fails: keep it
		}
		if in.A == in.B && in.Cond().EvalInt(0, 0) {
			return Nil, true
		}
		// A guard on a bool compare against a constant: guard the compare.
		if kb && (in.Cond() == EQ || in.Cond() == NE) && in.A.IsInst() && t.TypeOf(in.A) == Bool {
			x := t.Inst(in.A)
			want := (cb.Bits != 0) == (in.Cond() == EQ)
			switch {
			case x.Op == ICMP:
				c := x.Cond()
				if !want {
					c = c.Negate()
				}
				in.Op, in.Flag, in.A, in.B = GCMP, uint8(c), x.A, x.B
				return b.fold(in)
			case x.Op == FCMP && want:
				in.Op, in.Flag, in.A, in.B = GFCMP, x.Flag, x.A, x.B
				return b.fold(in)
			}
		}
	case GFCMP:
		if ka && kb {
			if in.Cond().EvalFloat(ca.Float(), cb.Float()) {
				return Nil, true
			}
		}
	case ABC:
		if ka && kb && ca.Int() >= 0 && ca.Int() < cb.Int() {
			return Nil, true
		}
	case XLOAD, XSTORE:
		if kb {
			// A constant index is a field: gives forwarding an exact offset.
			off := in.Aux + 16*cb.Int()
			if in.Op == XLOAD {
				in.Op, in.B, in.Aux = FLOAD, Nil, off
			} else {
				in.Op, in.B, in.C, in.Aux = FSTORE, in.C, Nil, off
			}
		}
	}
	return Nil, false
}

// foldIntAlgebra applies the identities of the integer ops with one
// non-constant operand (a constant, if any, is in B after normalise).
func (b *Builder) foldIntAlgebra(in *Inst, kb bool, k int64, guarded bool) (Ref, bool) {
	t := b.T
	x := in.A
	if in.A == in.B {
		switch in.Op {
		case ISUB, IXOR:
			return b.KInt(0), true
		case IAND, IOR, IMIN, IMAX:
			return x, true
		}
	}
	if in.A.IsConst() && t.Const(in.A).Int() == 0 && in.Op == ISUB {
		in.Op, in.A, in.B = INEG, in.B, Nil // 0 - x
		return b.fold(in)
	}
	if !kb {
		return Nil, false
	}
	switch in.Op {
	case IADD, ISUB, IOR, IXOR, ISHL, ISHR:
		if k == 0 {
			return x, true
		}
	case IMUL:
		switch k {
		case 0:
			return b.KInt(0), true
		case 1:
			return x, true
		case -1:
			in.Op, in.B = INEG, Nil
			return b.fold(in)
		}
	case IAND:
		switch k {
		case 0:
			return b.KInt(0), true
		case -1:
			return x, true
		}
	case IFLOORDIV:
		if k == 1 {
			return x, true
		}
		if k != 0 && k != -1 {
			in.Snap = NoSnap
		}
	case IMOD:
		if k == 1 || k == -1 {
			return b.KInt(0), true
		}
		if k != 0 {
			in.Snap = NoSnap
		}
	}
	if (in.Op == ISHR) && k >= 0 && k <= 63 {
		in.Snap = NoSnap
	}
	if (in.Op == IOR && k == -1) || (in.Op == IAND && k == 0) {
		return b.KInt(k), true
	}
	// (x + k1) + k2 => x + (k1 + k2) for wrapping adds.
	if (in.Op == IADD || in.Op == ISUB) && !guarded && x.IsInst() {
		inner := t.Inst(x)
		if (inner.Op == IADD || inner.Op == ISUB) && !inner.Guarded() && inner.B.IsConst() {
			k1 := t.Const(inner.B).Int()
			if inner.Op == ISUB {
				k1 = -k1
			}
			k2 := k
			if in.Op == ISUB {
				k2 = -k2
			}
			in.Op, in.A, in.B = IADD, inner.A, b.KInt(k1+k2)
			return b.fold(in)
		}
	}
	return Nil, false
}

func intBinary(op Op, a, c int64) (int64, bool) {
	switch op {
	case IADD:
		return AddOv(a, c)
	case ISUB:
		return SubOv(a, c)
	case IMUL:
		return MulOv(a, c)
	case IFLOORDIV:
		return FloorDiv(a, c)
	case IMOD:
		return FloorMod(a, c)
	case IAND:
		return a & c, true
	case IOR:
		return a | c, true
	case IXOR:
		return a ^ c, true
	case ISHL:
		return Shl(a, c)
	case ISHR:
		return Shr(a, c)
	case IMIN:
		return min(a, c), true
	case IMAX:
		return max(a, c), true
	}
	return 0, false
}

func floatBinary(op Op, a, c float64) (float64, bool) {
	switch op {
	case FADD:
		return a + c, true
	case FSUB:
		return a - c, true
	case FMUL:
		return a * c, true
	case FDIV:
		return a / c, c != 0
	case FFLOORDIV:
		d, _, ok := FloatDivmod(a, c)
		return d, ok
	case FMOD:
		return FloatMod(a, c)
	case FMIN:
		return FloatMin(a, c), true
	case FMAX:
		return FloatMax(a, c), true
	}
	return 0, false
}

func floatUnary(op Op, a float64) float64 {
	switch op {
	case FNEG:
		return -a
	case FABS:
		return math.Abs(a)
	case FSQRT:
		return math.Sqrt(a)
	case FFLOOR:
		return math.Floor(a)
	case FCEIL:
		return math.Ceil(a)
	case FTRUNC:
		return math.Trunc(a)
	}
	return 0
}
