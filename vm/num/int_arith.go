// This file holds Int's arithmetic: + - * // % divmod, true division,
// negation and abs.
//
// Each operation tries the int64 fast path first, written to be small
// enough to inline and free of allocation: an overflow test on the int64
// result decides whether to redo the operation on *big.Int in a separate,
// never-inlined slow function.

package num

import (
	"math"
	"math/big"
	"math/bits"
)

// Add returns x + y.
func (x Int) Add(y Int) Int {
	if x.big == nil && y.big == nil {
		s := x.small + y.small
		if (s^x.small)&(s^y.small) >= 0 {
			return Int{small: s}
		}
	}
	return x.addSlow(y)
}

func (x Int) addSlow(y Int) Int {
	var tx, ty big.Int
	return NewIntBig(new(big.Int).Add(x.bigOf(&tx), y.bigOf(&ty)))
}

// Sub returns x - y.
func (x Int) Sub(y Int) Int {
	if x.big == nil && y.big == nil {
		d := x.small - y.small
		if (x.small^y.small)&(d^x.small) >= 0 {
			return Int{small: d}
		}
	}
	return x.subSlow(y)
}

func (x Int) subSlow(y Int) Int {
	var tx, ty big.Int
	return NewIntBig(new(big.Int).Sub(x.bigOf(&tx), y.bigOf(&ty)))
}

// Mul returns x * y.
func (x Int) Mul(y Int) Int {
	if x.big == nil && y.big == nil {
		// Signed 128-bit product from the unsigned one; it fits in int64
		// when the high word is the sign extension of the low word.
		hi, lo := bits.Mul64(uint64(x.small), uint64(y.small))
		hi -= uint64(x.small>>63) & uint64(y.small)
		hi -= uint64(y.small>>63) & uint64(x.small)
		if int64(hi) == int64(lo)>>63 {
			return Int{small: int64(lo)}
		}
	}
	return x.mulSlow(y)
}

func (x Int) mulSlow(y Int) Int {
	var tx, ty big.Int
	return NewIntBig(new(big.Int).Mul(x.bigOf(&tx), y.bigOf(&ty)))
}

// Neg returns -x.
func (x Int) Neg() Int {
	if x.big == nil && x.small != math.MinInt64 {
		return Int{small: -x.small}
	}
	var t big.Int
	return NewIntBig(new(big.Int).Neg(x.bigOf(&t)))
}

// Abs returns abs(x).
func (x Int) Abs() Int {
	if x.big == nil {
		if x.small >= 0 {
			return x
		}
		return x.Neg()
	}
	if x.big.Sign() >= 0 {
		return x
	}
	return Int{big: new(big.Int).Neg(x.big)}
}

// FloorDiv returns x // y, the quotient rounded towards minus infinity,
// or a ZeroDivisionError if y is 0.
func (x Int) FloorDiv(y Int) (Int, error) {
	if x.big == nil && y.big == nil && (y.small > 0 || y.small < -1) {
		q := x.small / y.small
		if r := x.small % y.small; r != 0 && (r^y.small) < 0 {
			q--
		}
		return Int{small: q}, nil
	}
	q, _, err := x.divModSlow(y, msgIntDivZero)
	return q, err
}

// Mod returns x % y, which has the sign of y, or a ZeroDivisionError if y
// is 0.
func (x Int) Mod(y Int) (Int, error) {
	if x.big == nil && y.big == nil && (y.small > 0 || y.small < -1) {
		r := x.small % y.small
		if r != 0 && (r^y.small) < 0 {
			r += y.small
		}
		return Int{small: r}, nil
	}
	_, r, err := x.divModSlow(y, msgIntModZero)
	return r, err
}

// DivMod returns (x // y, x % y), Python's divmod(x, y).
func (x Int) DivMod(y Int) (Int, Int, error) {
	if x.big == nil && y.big == nil && (y.small > 0 || y.small < -1) {
		q, r := x.small/y.small, x.small%y.small
		if r != 0 && (r^y.small) < 0 {
			q--
			r += y.small
		}
		return Int{small: q}, Int{small: r}, nil
	}
	return x.divModSlow(y, msgIntDivZero)
}

// divModSlow is floor division and modulo for any operands; zeroMsg is
// the ZeroDivisionError message for y == 0.
func (x Int) divModSlow(y Int, zeroMsg string) (Int, Int, error) {
	if y.IsZero() {
		return Int{}, Int{}, zeroDivision(zeroMsg)
	}
	if y.big == nil && y.small == -1 {
		return x.Neg(), Int{}, nil
	}
	var tx, ty big.Int
	bx, by := x.bigOf(&tx), y.bigOf(&ty)
	q, r := new(big.Int).QuoRem(bx, by, new(big.Int))
	if r.Sign() != 0 && r.Sign() != by.Sign() {
		q.Sub(q, big.NewInt(1))
		r.Add(r, by)
	}
	return NewIntBig(q), NewIntBig(r), nil
}

// exactFloatLimit is 2**53: every integer of at most this magnitude is
// exactly a float64.
const exactFloatLimit = 1 << 53

// TrueDiv returns x / y correctly rounded to a float64 (ties to even), as
// CPython's int true division: a ZeroDivisionError for y == 0 and an
// OverflowError when the quotient is too large for a float.
func (x Int) TrueDiv(y Int) (float64, error) {
	if x.big == nil && y.big == nil && y.small != 0 &&
		absSmall(x.small) <= exactFloatLimit && absSmall(y.small) <= exactFloatLimit {
		return float64(x.small) / float64(y.small), nil
	}
	return x.trueDivSlow(y)
}

func (x Int) trueDivSlow(y Int) (float64, error) {
	if y.IsZero() {
		return 0, zeroDivision(msgDivZero)
	}
	negative := (x.Sign() < 0) != (y.Sign() < 0)
	f := 0.0
	if !x.IsZero() {
		var tx, ty big.Int
		a := new(big.Int).Abs(x.bigOf(&tx))
		b := new(big.Int).Abs(y.bigOf(&ty))
		// Scale so that the integer quotient has 63 or 64 bits, keep
		// whether anything was lost, and round once.
		s := a.BitLen() - b.BitLen() - 63
		sticky := false
		if s >= 0 {
			sticky = a.TrailingZeroBits() < uint(s)
			a.Rsh(a, uint(s))
		} else {
			a.Lsh(a, uint(-s))
		}
		q, r := a.QuoRem(a, b, new(big.Int))
		sticky = sticky || r.Sign() != 0
		f = scaledFloat(q.Uint64(), sticky, s)
		if math.IsInf(f, 0) {
			return 0, overflow("integer division result too large for a float")
		}
	}
	if negative {
		f = -f
	}
	return f, nil
}
