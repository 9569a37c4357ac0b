// This file holds Int, hotloop's Python int: the representation, its
// constructors and conversions, and comparisons.
//
// The idea: almost every int a program touches fits in 64 bits, so the
// value lives in an int64 and big is nil; only values outside the int64
// range use a *big.Int. The representation is normalised (a value that fits
// in int64 is never held in big), so "is it small" is one nil test and two
// small Ints are equal exactly when their int64s are. A *big.Int held by an
// Int is never mutated after the Int is made, so Ints can be copied and
// shared freely like any Go value.

package num

import (
	"math"
	"math/big"
	"math/bits"
)

// Int is a Python int of any size. The zero value is 0.
type Int struct {
	small int64
	big   *big.Int // nil when the value fits in int64; never mutated once set
}

// NewInt returns v as an Int.
func NewInt(v int64) Int { return Int{small: v} }

// NewIntUint64 returns v as an Int.
func NewIntUint64(v uint64) Int {
	if v <= math.MaxInt64 {
		return Int{small: int64(v)}
	}
	return Int{big: new(big.Int).SetUint64(v)}
}

// NewIntBool returns 1 for true and 0 for false, as Python's int(b).
func NewIntBool(b bool) Int {
	if b {
		return Int{small: 1}
	}
	return Int{}
}

// NewIntBig returns b as an Int. The Int takes ownership of b: the caller
// must not modify b afterwards.
func NewIntBig(b *big.Int) Int {
	if b.IsInt64() {
		return Int{small: b.Int64()}
	}
	return Int{big: b}
}

// IsSmall reports whether x fits in an int64 (and is held without a
// *big.Int).
func (x Int) IsSmall() bool { return x.big == nil }

// Int64 returns x as an int64 and true, or 0 and false if x does not fit.
func (x Int) Int64() (int64, bool) {
	if x.big == nil {
		return x.small, true
	}
	return 0, false
}

// Uint64 returns x as a uint64 and true, or 0 and false if x is negative
// or does not fit.
func (x Int) Uint64() (uint64, bool) {
	if x.big == nil {
		if x.small < 0 {
			return 0, false
		}
		return uint64(x.small), true
	}
	if x.big.Sign() > 0 && x.big.BitLen() <= 64 {
		return x.big.Uint64(), true
	}
	return 0, false
}

// Big returns x as a new *big.Int that the caller may modify.
func (x Int) Big() *big.Int {
	if x.big == nil {
		return big.NewInt(x.small)
	}
	return new(big.Int).Set(x.big)
}

// bigOf returns x as a *big.Int without copying: tmp receives a small
// value. The result must not be modified.
func (x Int) bigOf(tmp *big.Int) *big.Int {
	if x.big == nil {
		return tmp.SetInt64(x.small)
	}
	return x.big
}

// Sign returns -1, 0 or +1 as x is negative, zero or positive.
func (x Int) Sign() int {
	if x.big == nil {
		return int(x.small>>63) | int(uint64(-x.small)>>63)
	}
	return x.big.Sign()
}

// IsZero reports whether x == 0.
func (x Int) IsZero() bool { return x.big == nil && x.small == 0 }

// Cmp returns -1, 0 or +1 as x < y, x == y or x > y.
func (x Int) Cmp(y Int) int {
	if x.big == nil && y.big == nil {
		switch {
		case x.small < y.small:
			return -1
		case x.small > y.small:
			return 1
		}
		return 0
	}
	if x.big != nil && y.big != nil {
		return x.big.Cmp(y.big)
	}
	// Exactly one is big, so it lies outside the int64 range and its
	// sign decides.
	if x.big != nil {
		return x.big.Sign()
	}
	return -y.big.Sign()
}

// Equal reports whether x == y.
func (x Int) Equal(y Int) bool {
	if x.big == nil && y.big == nil {
		return x.small == y.small
	}
	if x.big != nil && y.big != nil {
		return x.big.Cmp(y.big) == 0
	}
	return false
}

// BitLength returns the number of bits needed to represent abs(x), as
// Python's int.bit_length.
func (x Int) BitLength() int {
	if x.big == nil {
		return bits.Len64(absSmall(x.small))
	}
	return x.big.BitLen()
}

// BitCount returns the number of ones in the binary representation of
// abs(x), as Python's int.bit_count.
func (x Int) BitCount() int {
	if x.big == nil {
		return bits.OnesCount64(absSmall(x.small))
	}
	n := 0
	for _, w := range x.big.Bits() {
		n += bits.OnesCount(uint(w))
	}
	return n
}

// absSmall returns |v| as a uint64 (correct for math.MinInt64 too).
func absSmall(v int64) uint64 {
	m := v >> 63
	return uint64((v ^ m) - m)
}

// Bool returns x != 0, Python's bool(x).
func (x Int) Bool() bool { return x.big != nil || x.small != 0 }

// Float returns float(x): x correctly rounded to the nearest float64,
// ties to even, or an OverflowError if it is too large.
func (x Int) Float() (float64, error) {
	if x.big == nil {
		return float64(x.small), nil
	}
	f := bigToFloat(x.big)
	if math.IsInf(f, 0) {
		return 0, overflow(msgIntTooLargeForFloat)
	}
	return f, nil
}

// bigToFloat rounds b to the nearest float64 (ties to even), giving an
// infinity when it is out of range.
func bigToFloat(b *big.Int) float64 {
	n := b.BitLen()
	if n <= 64 {
		f := float64(b.Uint64()) // |b|, correctly rounded
		if b.Sign() < 0 {
			f = -f
		}
		return f
	}
	shift := n - 64
	var t big.Int
	t.Rsh(t.Abs(b), uint(shift))
	sticky := b.TrailingZeroBits() < uint(shift)
	f := scaledFloat(t.Uint64(), sticky, shift)
	if b.Sign() < 0 {
		f = -f
	}
	return f
}

// scaledFloat returns the float64 nearest to (m + f) * 2**e, ties to even,
// where f is a fraction in [0, 1) known only by whether it is non-zero
// (sticky). It handles subnormal results and returns +Inf on overflow. For
// the rounding to be right when sticky is set, m must carry at least two
// bits beyond the 53 kept, which callers ensure by passing a normalised
// 64-bit m or a small exact one.
func scaledFloat(m uint64, sticky bool, e int) float64 {
	if m == 0 {
		return 0
	}
	n := bits.LeadingZeros64(m)
	m <<= uint(n)
	e -= n
	// Now m has its top bit at 2**63 and the value's leading bit is
	// 2**(e+63). Normal results keep 53 bits; subnormal ones keep the bits
	// down to 2**-1074.
	drop := 11
	if e+63 < -1022 {
		drop = -1074 - e
	}
	if drop > 64 {
		return 0
	}
	var kept, rem, half uint64
	if drop == 64 {
		kept, rem, half = 0, m, 1<<63
	} else {
		kept = m >> uint(drop)
		rem = m & (1<<uint(drop) - 1)
		half = 1 << uint(drop-1)
	}
	if rem > half || (rem == half && (sticky || kept&1 == 1)) {
		kept++
	}
	if e+drop > 1023 {
		return math.Inf(1)
	}
	return math.Ldexp(float64(kept), e+drop)
}
