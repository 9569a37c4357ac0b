// This file holds Int exponentiation: x ** y for y >= 0, the float result
// Python gives for a negative exponent, and three-argument pow(x, y, m).
//
// CPython computes x ** y until memory runs out however large the result;
// hotloop refuses up front, with a MemoryError, any result that would
// need more than MaxBits bits, so a runaway power fails fast instead of
// exhausting the machine.

package num

import (
	"math/big"
	"math/bits"
)

// MaxBits is the largest bit length hotloop lets an int reach through **
// or <<; a larger result raises MemoryError (CPython would try to allocate
// it and fail the same way on any real machine).
const MaxBits = 1 << 36

// Pow returns x ** y for y >= 0. For y < 0 Python's result is a float:
// call PowFloat instead. A negative y here gives a ValueError.
func (x Int) Pow(y Int) (Int, error) {
	if y.Sign() < 0 {
		return Int{}, valueError("negative exponent for an int result")
	}
	if x.big == nil && y.big == nil {
		if r, ok := powSmall(x.small, uint64(y.small)); ok {
			return Int{small: r}, nil
		}
	}
	return x.powSlow(y)
}

// powSmall computes b**e in int64 by repeated squaring, reporting false
// on overflow.
func powSmall(b int64, e uint64) (int64, bool) {
	switch b {
	case 0:
		if e == 0 {
			return 1, true
		}
		return 0, true
	case 1:
		return 1, true
	case -1:
		if e&1 == 0 {
			return 1, true
		}
		return -1, true
	}
	if e >= 64 {
		return 0, false
	}
	r := int64(1)
	for {
		if e&1 != 0 {
			p, ok := mul64(r, b)
			if !ok {
				return 0, false
			}
			r = p
		}
		e >>= 1
		if e == 0 {
			return r, true
		}
		p, ok := mul64(b, b)
		if !ok {
			return 0, false
		}
		b = p
	}
}

// mul64 returns a*b and whether it fits in an int64.
func mul64(a, b int64) (int64, bool) {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	hi -= uint64(a>>63) & uint64(b)
	hi -= uint64(b>>63) & uint64(a)
	return int64(lo), int64(hi) == int64(lo)>>63
}

func (x Int) powSlow(y Int) (Int, error) {
	// 0, 1 and -1 raised to anything are cheap whatever the exponent.
	if x.big == nil && x.small >= -1 && x.small <= 1 {
		if x.small == 0 && !y.IsZero() {
			return Int{}, nil
		}
		if x.small == -1 && y.IsOdd() {
			return Int{small: -1}, nil
		}
		return Int{small: 1}, nil
	}
	e, ok := y.Uint64()
	hi, need := bits.Mul64(uint64(x.BitLength()-1), e)
	if !ok || hi != 0 || need > MaxBits {
		return Int{}, memoryError()
	}
	var tx big.Int
	return NewIntBig(new(big.Int).Exp(x.bigOf(&tx), new(big.Int).SetUint64(e), nil)), nil
}

// IsOdd reports whether x is odd.
func (x Int) IsOdd() bool {
	if x.big == nil {
		return x.small&1 != 0
	}
	return x.big.Bit(0) != 0
}

// PowFloat returns x ** y for a negative y, which Python computes as
// float(x) ** float(y): the conversions may raise "int too large to
// convert to float", and 0 ** -n raises ZeroDivisionError.
func (x Int) PowFloat(y Int) (float64, error) {
	fx, err := x.Float()
	if err != nil {
		return 0, err
	}
	fy, err := y.Float()
	if err != nil {
		return 0, err
	}
	r, isComplex, err := FloatPow(fx, fy)
	if isComplex {
		// An integral exponent never makes a complex result.
		return 0, valueError("complex result")
	}
	return r, err
}

// PowMod returns pow(x, y, m): x**y reduced modulo m, with the sign of m.
// A negative y uses the modular inverse of x. Errors are CPython's:
// "pow() 3rd argument cannot be 0" and "base is not invertible for the
// given modulus" (ValueError).
func (x Int) PowMod(y, m Int) (Int, error) {
	if m.IsZero() {
		return Int{}, valueError("pow() 3rd argument cannot be 0")
	}
	negativeOutput := m.Sign() < 0
	if negativeOutput {
		m = m.Neg()
	}
	if m.big == nil && m.small == 1 {
		return Int{}, nil
	}
	if y.Sign() < 0 {
		inv, err := x.modInverse(m)
		if err != nil {
			return Int{}, err
		}
		x, y = inv, y.Neg()
	}
	var r Int
	if x.big == nil && y.big == nil && m.big == nil {
		r = Int{small: int64(powModSmall(x.small, uint64(y.small), uint64(m.small)))}
	} else {
		var tx, ty, tm big.Int
		bm := m.bigOf(&tm)
		b := new(big.Int).Mod(x.bigOf(&tx), bm)
		r = NewIntBig(b.Exp(b, y.bigOf(&ty), bm))
	}
	if negativeOutput && !r.IsZero() {
		r = r.Sub(m)
	}
	return r, nil
}

// powModSmall returns b**e mod m for m > 1, the result in [0, m).
func powModSmall(b int64, e, m uint64) uint64 {
	var base uint64
	if b >= 0 {
		base = uint64(b) % m
	} else {
		base = (m - absSmall(b)%m) % m
	}
	r := uint64(1) % m
	for e != 0 {
		if e&1 != 0 {
			hi, lo := bits.Mul64(r, base)
			r = bits.Rem64(hi, lo, m)
		}
		e >>= 1
		if e != 0 {
			hi, lo := bits.Mul64(base, base)
			base = bits.Rem64(hi, lo, m)
		}
	}
	return r
}

// modInverse returns the inverse of x modulo m > 1, in [0, m).
func (x Int) modInverse(m Int) (Int, error) {
	var tx, tm big.Int
	bm := m.bigOf(&tm)
	a := new(big.Int).Mod(x.bigOf(&tx), bm)
	if a.ModInverse(a, bm) == nil {
		return Int{}, valueError("base is not invertible for the given modulus")
	}
	return NewIntBig(a), nil
}
