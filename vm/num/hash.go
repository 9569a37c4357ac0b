// This file holds CPython's numeric hash: every number hashes to its value
// modulo the prime P = 2**61 - 1 (a rational m/n as m * n**-1 mod P), with
// the sign of the number, so that equal ints, floats and complex numbers
// hash alike. -1 is never a hash (CPython uses it for errors) and becomes
// -2.

package num

import (
	"math"
	"math/big"
	"math/bits"
)

const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1
	hashInf     = 314159
	hashImag    = 1000003
)

// Hash returns hash(x).
func (x Int) Hash() int64 {
	var h uint64
	if x.big == nil {
		h = absSmall(x.small) % hashModulus
	} else {
		var m big.Int
		m.Abs(x.big)
		h = m.Mod(&m, big.NewInt(hashModulus)).Uint64()
	}
	r := int64(h)
	if x.Sign() < 0 {
		r = -r
	}
	if r == -1 {
		r = -2
	}
	return r
}

// FloatHash returns hash(x) for a float that is not a NaN (CPython 3.11
// hashes a NaN by object identity, which only the interpreter knows; here
// a NaN hashes to 0). Integral floats hash as the equal int.
func FloatHash(x float64) int64 {
	switch {
	case math.IsInf(x, 1):
		return hashInf
	case math.IsInf(x, -1):
		return -hashInf
	case math.IsNaN(x) || x == 0:
		return 0
	}
	// |x| = m * 2**e with an integer m < 2**53; 2**61 = 1 mod P, so 2**e
	// is 2**(e mod 61).
	frac, e := math.Frexp(math.Abs(x))
	m := uint64(math.Ldexp(frac, 53))
	e -= 53
	s := e % hashBits
	if s < 0 {
		s += hashBits
	}
	h := mulMod61(m%hashModulus, 1<<uint(s))
	r := int64(h)
	if x < 0 {
		r = -r
	}
	if r == -1 {
		r = -2
	}
	return r
}

// mulMod61 returns a*b mod 2**61-1 for a, b < 2**61.
func mulMod61(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	// a*b = hi*2**64 + lo = (hi*8 + lo>>61)*2**61 + lo&P, and 2**61 = 1.
	r := (hi<<3 | lo>>hashBits) + lo&hashModulus
	for r >= hashModulus {
		r -= hashModulus
	}
	return r
}

// ComplexHash returns hash(z) for a complex number with no NaN part:
// hash(real) + 1000003*hash(imag), wrapping as CPython's unsigned
// arithmetic does.
func ComplexHash(z complex128) int64 {
	r := uint64(FloatHash(real(z))) + hashImag*uint64(FloatHash(imag(z)))
	h := int64(r)
	if h == -1 {
		h = -2
	}
	return h
}
