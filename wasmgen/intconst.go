// intconst.go lowers integer multiplication's overflow check and floor
// division and modulo without wasm's divide instructions where it can
// (session 16).
//
// spectral_norm's inner loop computes (i+j)*(i+j+1)//2 per iteration; the
// generic lowering checked the product with `r / b == a` and computed the
// floor division with both `i64.rem_s` and `i64.div_s` by a divisor
// selected at run time: three 64-bit divides per iteration, each tens of
// cycles, in a loop of about forty. Here:
//
//   - IADD and ISUB with a constant operand: the result fits exactly when
//     the other operand is on one side of a bound computed at compile
//     time, one signed compare instead of the two xors, the and and the
//     compare of the general sign test.
//   - IMUL by a constant c: the product fits exactly when the other
//     operand lies in [lo, hi], bounds computed at compile time, so the
//     check is one unsigned compare of a - lo against hi - lo.
//   - IMUL of two variables: when both lie in [-2^31, 2^31) (tested with
//     one add each, an or and a shift) the product cannot overflow; only
//     otherwise does the division check run, in the other arm of an `if`.
//   - ABC (0 <= i < len) with a constant index k >= 0: one compare of
//     the length against k; with a constant length L > 0: one unsigned
//     compare of the index against L (a negative index is a huge
//     unsigned one). A negative constant index or a non-positive
//     constant length always exits.
//   - IFLOORDIV and IMOD by a constant power of two 2^k (k >= 1): an
//     arithmetic shift right by k and an and with 2^k - 1, which are
//     Python's floor division and modulo by a positive divisor in two's
//     complement for every int64.
//   - IFLOORDIV and IMOD by another constant c (not 0 or -1): one
//     `i64.div_s` by the constant (it cannot trap), the remainder as
//     a - q*c, and the floor correction when the remainder is non-zero
//     and its sign differs from c's.
//
// Each computes exactly what ir.Exec computes (ir.FloorDiv, ir.FloorMod,
// the overflow rule of ir.MulOverflows); intconst_test.go runs them
// against those on edge values under wazero.

package wasmgen

import (
	"math"
	"math/bits"

	"github.com/hotloop/hotloop/trace/ir"
)

// mulConstBounds returns the range of x for which x*c does not overflow
// int64 (c != 0).
func mulConstBounds(c int64) (lo, hi int64) {
	switch {
	case c == -1:
		return math.MinInt64 + 1, math.MaxInt64
	case c > 0:
		return math.MinInt64 / c, math.MaxInt64 / c
	default:
		return math.MaxInt64 / c, math.MinInt64 / c
	}
}

// mulCheck pushes an i32 that is non-zero when in's product (already in
// r) overflowed. It returns false when it does not handle in (the caller
// emits the generic check).
func (l *lowerer) mulCheck(r ir.Ref, in *ir.Inst) bool {
	f := l.f
	x, c := in.A, in.B
	k, ok := l.constInt(c)
	if !ok {
		x, c = in.B, in.A
		k, ok = l.constInt(c)
	}
	if ok {
		if k == 0 {
			return false
		}
		lo, hi := mulConstBounds(k)
		l.push(x)
		f.I64Const(lo)
		f.Op(OpI64Sub)
		f.I64Const(int64(uint64(hi) - uint64(lo)))
		f.Op(OpI64GtU)
		return true
	}
	// Both operands in [-2^31, 2^31): no overflow; else r / b != a, with
	// b == 0 and b == -1 kept from the divide as the generic check does.
	l.push(in.A)
	f.I64Const(1 << 31)
	f.Op(OpI64Add)
	l.push(in.B)
	f.I64Const(1 << 31)
	f.Op(OpI64Add)
	f.Op(OpI64Or)
	f.I64Const(32)
	f.Op(OpI64ShrU)
	f.Op(OpI64Eqz)
	f.If(I32)
	f.I32Const(0)
	f.Else()
	// Neither is 0 here unless the other is outside the fast range; a
	// zero b gives no overflow.
	l.push(in.B)
	f.Op(OpI64Eqz)
	f.If(I32)
	f.I32Const(0)
	f.Else()
	l.push(in.B)
	f.I64Const(-1)
	f.Op(OpI64Eq)
	f.If(I32)
	l.push(in.A)
	f.I64Const(math.MinInt64)
	f.Op(OpI64Eq)
	f.Else()
	l.push(r)
	l.push(in.B)
	f.Op(OpI64DivS)
	l.push(in.A)
	f.Op(OpI64Ne)
	f.End()
	f.End()
	f.End()
	return true
}

// intDivConst lowers IFLOORDIV or IMOD by a constant divisor other than
// 0 and -1; it returns false for any other divisor.
func (l *lowerer) intDivConst(r ir.Ref, in *ir.Inst) bool {
	c, ok := l.constInt(in.B)
	if !ok || c == 0 || c == -1 {
		return false
	}
	f := l.f
	if c > 0 && c&(c-1) == 0 {
		l.push(in.A)
		if in.Op == ir.IFLOORDIV {
			f.I64Const(int64(bits.TrailingZeros64(uint64(c))))
			f.Op(OpI64ShrS)
		} else {
			f.I64Const(c - 1)
			f.Op(OpI64And)
		}
		l.set(r)
		return true
	}
	q := l.temp(I64)
	rem := l.temp(I64)
	l.push(in.A)
	f.I64Const(c)
	f.Op(OpI64DivS)
	f.LocalSet(q)
	// rem = a - q*c (exact: |q*c| <= |a|)
	l.push(in.A)
	f.LocalGet(q)
	f.I64Const(c)
	f.Op(OpI64Mul)
	f.Op(OpI64Sub)
	f.LocalSet(rem)
	// adjust: rem != 0 and rem's sign differs from c's
	adjust := func() {
		f.LocalGet(rem)
		f.I64Const(0)
		if c > 0 {
			f.Op(OpI64LtS)
		} else {
			f.Op(OpI64GtS)
		}
	}
	if in.Op == ir.IFLOORDIV {
		f.LocalGet(q)
		adjust()
		f.Op(OpI64ExtendI32U)
		f.Op(OpI64Sub)
	} else {
		f.LocalGet(rem)
		f.I64Const(c)
		f.I64Const(0)
		adjust()
		f.Select()
		f.Op(OpI64Add)
	}
	l.set(r)
	l.release(I64, rem)
	l.release(I64, q)
	return true
}

// addConstCheck pushes an i32 that is non-zero when in (IADD or ISUB,
// result in r) overflowed, for an operation with a constant operand; it
// returns false for two variables.
func (l *lowerer) addConstCheck(in *ir.Inst) bool {
	f := l.f
	if c, ok := l.constInt(in.B); ok {
		// a + c or a - c
		if in.Op == ir.ISUB {
			if c == math.MinInt64 {
				// a - MinInt64 overflows exactly when a >= 0.
				l.push(in.A)
				f.I64Const(0)
				f.Op(OpI64GeS)
				return true
			}
			c = -c
		}
		l.push(in.A)
		if c >= 0 {
			f.I64Const(math.MaxInt64 - c)
			f.Op(OpI64GtS)
		} else {
			f.I64Const(math.MinInt64 - c)
			f.Op(OpI64LtS)
		}
		return true
	}
	c, ok := l.constInt(in.A)
	if !ok {
		return false
	}
	l.push(in.B)
	if in.Op == ir.IADD {
		// c + b
		if c >= 0 {
			f.I64Const(math.MaxInt64 - c)
			f.Op(OpI64GtS)
		} else {
			f.I64Const(math.MinInt64 - c)
			f.Op(OpI64LtS)
		}
		return true
	}
	// c - b: overflows above when b < c - MaxInt64, below when
	// b > c - MinInt64.
	if c >= 0 {
		f.I64Const(c - math.MaxInt64)
		f.Op(OpI64LtS)
	} else {
		f.I64Const(c - math.MinInt64)
		f.Op(OpI64GtS)
	}
	return true
}

// boundsConst lowers ABC when its index or its length is a constant; it
// returns false otherwise.
func (l *lowerer) boundsConst(in *ir.Inst) bool {
	f := l.f
	if k, ok := l.constInt(in.A); ok {
		if k < 0 {
			f.I32Const(1)
		} else {
			l.push(in.B)
			f.I64Const(k)
			f.Op(OpI64LeS)
		}
		l.exitIf(in.Snap)
		return true
	}
	if n, ok := l.constInt(in.B); ok {
		if n <= 0 {
			f.I32Const(1)
		} else {
			l.push(in.A)
			f.I64Const(n)
			f.Op(OpI64GeU)
		}
		l.exitIf(in.Snap)
		return true
	}
	return false
}
