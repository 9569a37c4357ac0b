// This file holds Python's float arithmetic where it differs from Go's:
// floor division, modulo and divmod (results take the sign of the
// divisor), conversions between float and Int (int(), math.floor/ceil,
// round() without ndigits, float.as_integer_ratio) and the exact
// comparison of an int with a float.

package num

import (
	"math"
	"math/big"
)

// FloatFloorDiv returns x // y for floats, or a ZeroDivisionError ("float
// floor division by zero") when y is zero.
func FloatFloorDiv(x, y float64) (float64, error) {
	if y == 0 {
		return 0, zeroDivision("float floor division by zero")
	}
	q, _ := floatDivMod(x, y)
	return q, nil
}

// FloatMod returns x % y for floats, which has the sign of y, or a
// ZeroDivisionError ("float modulo") when y is zero.
func FloatMod(x, y float64) (float64, error) {
	if y == 0 {
		return 0, zeroDivision("float modulo")
	}
	m := math.Mod(x, y)
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
		}
	} else {
		m = math.Copysign(0, y)
	}
	return m, nil
}

// FloatDivMod returns divmod(x, y) for floats, or a ZeroDivisionError
// ("float divmod()") when y is zero.
func FloatDivMod(x, y float64) (float64, float64, error) {
	if y == 0 {
		return 0, 0, zeroDivision("float divmod()")
	}
	q, m := floatDivMod(x, y)
	return q, m, nil
}

// floatDivMod is CPython's float divmod for y != 0: the remainder from
// fmod, the quotient from (x - mod) / y snapped to the integer it must be.
func floatDivMod(x, y float64) (float64, float64) {
	m := math.Mod(x, y)
	div := (x - m) / y
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
			div -= 1
		}
	} else {
		m = math.Copysign(0, y)
	}
	var q float64
	if div != 0 {
		q = math.Floor(div)
		if div-q > 0.5 {
			q += 1
		}
	} else {
		q = math.Copysign(0, x/y)
	}
	return q, m
}

// IntFromFloat returns int(x), x truncated towards zero. NaN is a
// ValueError and infinities an OverflowError, with CPython's messages.
func IntFromFloat(x float64) (Int, error) {
	if x > -9.223372036854775808e18 && x < 9.223372036854775808e18 {
		return Int{small: int64(x)}, nil
	}
	if math.IsNaN(x) {
		return Int{}, valueError("cannot convert float NaN to integer")
	}
	if math.IsInf(x, 0) {
		return Int{}, overflow("cannot convert float infinity to integer")
	}
	// |x| >= 2**63, so x is an integer: its mantissa shifted.
	mant, exp := math.Frexp(x)
	m := int64(math.Ldexp(mant, 53))
	b := big.NewInt(m)
	return NewIntBig(b.Lsh(b, uint(exp-53))), nil
}

// FloatFloor returns math.floor(x) as an Int.
func FloatFloor(x float64) (Int, error) { return IntFromFloat(math.Floor(x)) }

// FloatCeil returns math.ceil(x) as an Int.
func FloatCeil(x float64) (Int, error) { return IntFromFloat(math.Ceil(x)) }

// FloatTrunc returns math.trunc(x) as an Int.
func FloatTrunc(x float64) (Int, error) { return IntFromFloat(x) }

// FloatRoundInt returns round(x) (no ndigits) as an Int: the nearest
// integer, ties to even.
func FloatRoundInt(x float64) (Int, error) { return IntFromFloat(math.RoundToEven(x)) }

// FloatIsInteger reports float.is_integer(x).
func FloatIsInteger(x float64) bool {
	return !math.IsInf(x, 0) && x == math.Trunc(x)
}

// FloatAsIntegerRatio returns float.as_integer_ratio(x): the fraction in
// lowest terms with a positive denominator equal to x. Infinities give an
// OverflowError and NaN a ValueError.
func FloatAsIntegerRatio(x float64) (Int, Int, error) {
	if math.IsInf(x, 0) {
		return Int{}, Int{}, overflow("cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(x) {
		return Int{}, Int{}, valueError("cannot convert NaN to integer ratio")
	}
	if x == 0 {
		return Int{}, Int{small: 1}, nil
	}
	mant, exp := math.Frexp(x)
	m := int64(math.Ldexp(mant, 53))
	exp -= 53
	for m&1 == 0 {
		m >>= 1
		exp++
	}
	n := Int{small: m}
	if exp >= 0 {
		r, err := n.Lsh(NewInt(int64(exp)))
		return r, Int{small: 1}, err
	}
	d, err := Int{small: 1}.Lsh(NewInt(int64(-exp)))
	return n, d, err
}

// CmpIntFloat compares the int x with the float y exactly (no rounding of
// x to a float), returning -1, 0 or +1. It reports ok == false when y is a
// NaN, for which every comparison but != is false.
func CmpIntFloat(x Int, y float64) (c int, ok bool) {
	if math.IsNaN(y) {
		return 0, false
	}
	if x.big == nil && absSmall(x.small) <= exactFloatLimit {
		fx := float64(x.small)
		switch {
		case fx < y:
			return -1, true
		case fx > y:
			return 1, true
		}
		return 0, true
	}
	if math.IsInf(y, 0) {
		if y > 0 {
			return -1, true
		}
		return 1, true
	}
	// Compare x with floor(y); a fractional part of y breaks a tie.
	fl := math.Floor(y)
	iy, _ := IntFromFloat(fl)
	if c := x.Cmp(iy); c != 0 {
		return c, true
	}
	if y != fl {
		return -1, true
	}
	return 0, true
}
