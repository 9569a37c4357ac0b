// This file holds float ** float with CPython's special cases and errors.
//
// CPython handles NaNs, infinities, zeros, 1.0 and negative bases itself
// and hands the rest to the C library's pow(), which on this platform
// (glibc) is correctly rounded except in rare near-halfway cases. Go's
// math.Pow is off by several ulps for large exponents, so the general case
// here is computed as exp(y*log(x)) in double-double arithmetic (dd.go)
// and rounded once.

package num

import (
	"math"
	"math/big"
)

// FloatPow returns x ** y for floats. When x is negative and y is not an
// integer Python's result is complex: FloatPow then reports isComplex and
// the caller computes the complex power instead. Errors: ZeroDivisionError
// "0.0 cannot be raised to a negative power", and an OverflowError built
// from errno ERANGE when the result is too large.
func FloatPow(x, y float64) (r float64, isComplex bool, err error) {
	// The common case first, with one test: finite x > 0 other than 1,
	// finite y != 0. The switch below gives the same results for it.
	if x > 0 && x <= math.MaxFloat64 && x != 1 && y != 0 && math.Abs(y) <= math.MaxFloat64 {
		if r = powPositive(x, y); r > math.MaxFloat64 {
			return 0, false, erangeError()
		}
		return r, false, nil
	}
	switch {
	case y == 0:
		return 1, false, nil
	case math.IsNaN(x):
		return x, false, nil
	case math.IsNaN(y):
		if x == 1 {
			return 1, false, nil
		}
		return y, false, nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1, false, nil
		case (y > 0) == (ax > 1):
			return math.Inf(1), false, nil
		}
		return 0, false, nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return x, false, nil
			}
			return math.Abs(x), false, nil
		}
		if odd {
			return math.Copysign(0, x), false, nil
		}
		return 0, false, nil
	case x == 0:
		if y < 0 {
			return 0, false, zeroDivision(msgNegativePower)
		}
		if isOddInteger(y) {
			return x, false, nil
		}
		return 0, false, nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			return 0, true, nil
		}
		x = -x
		negate = isOddInteger(y)
	}
	if x == 1 {
		if negate {
			return -1, false, nil
		}
		return 1, false, nil
	}
	r = powPositive(x, y)
	if negate {
		r = -r
	}
	if math.IsInf(r, 0) {
		return 0, false, erangeError()
	}
	return r, false, nil
}

// isOddInteger reports whether y is an odd integer.
func isOddInteger(y float64) bool { return math.Mod(math.Abs(y), 2) == 1 }

// powPositive returns x**y, correctly rounded in all but the rarest
// near-halfway cases, for finite x > 0, x != 1 and finite y != 0. It
// returns +Inf on overflow.
func powPositive(x, y float64) float64 {
	switch y {
	case 1:
		return x
	case 2:
		return x * x
	case -1:
		return 1 / x
	case 0.5:
		return math.Sqrt(x)
	case 1.5, -1.5, -0.5, 3, 4, -2, -3, -4:
		if r, ok := powShortFast(x, y); ok {
			return r
		}
	}
	if r, ok := powFast(x, y); ok {
		return r
	}
	return powSlow(x, y)
}

// powSlow is powPositive without the fast path of float_pow_fast.go: the
// double-double evaluation, and the exact one when that cannot decide the
// rounding. It is taken when the fast path's error bound does not prove
// the rounding or the result is near overflow or subnormal.
func powSlow(x, y float64) float64 {
	// Far outside the float range a rough exponent decides (and keeps the
	// double-double arithmetic away from infinities).
	if t0 := math.Log(x) * y; t0 > 720 {
		return math.Inf(1)
	} else if t0 < -760 {
		return 0
	}
	if r, ok := powHalf(x, y); ok {
		return r
	}
	if n := int64(y); float64(n) == y && n >= -64 && n <= 64 && t0Normal(x, y) {
		// Small integral powers by double-double squaring: exact to
		// about 2**-100, and much cheaper than log and exp.
		p := ddPowInt(x, n)
		if nearHalfway(p) {
			return powExact(x, y)
		}
		return p.hi
	}
	t := ddLog(x).mulFloat(y)
	p, k := ddExpScaled(t)
	if nearHalfway(p) {
		return powExact(x, y)
	}
	if e := math.Ilogb(p.hi) + k; e >= -1021 && e <= 1023 {
		// Normal range: hi is already hi+lo rounded, and scaling by a
		// power of two is exact. The one case that needs care is hi+lo
		// rounding up to 2**1024, which Ldexp turns into +Inf as it should.
		return math.Ldexp(p.hi, k)
	}
	if math.Ilogb(p.hi)+k > 1023 {
		return math.Inf(1)
	}
	// Subnormal result: round hi+lo scaled, once. (The halfway test
	// above was for 53 bits; fewer are kept here, so test again.)
	if e := math.Ilogb(p.hi) + k; e < -1074-1 || nearHalfwaySubnormal(p, k) {
		return powExact(x, y)
	}
	var f big.Float
	f.SetPrec(200).SetFloat64(p.hi)
	f.Add(&f, new(big.Float).SetFloat64(p.lo))
	f.SetMantExp(&f, k)
	r, _ := f.Float64()
	return r
}

// nearHalfway reports whether the double-double p lies too close to a
// midpoint between two float64s for its accuracy (about 2**-95
// relative) to tell which way the true value rounds.
func nearHalfway(p dd) bool {
	ulpHalf := math.Ldexp(1, math.Ilogb(p.hi)-53)
	return math.Abs(math.Abs(p.lo)-ulpHalf) < math.Abs(p.hi)*0x1p-92
}

// nearHalfwaySubnormal is nearHalfway for a result p*2**k below the
// normal range, where the rounding unit is 2**-1074.
func nearHalfwaySubnormal(p dd, k int) bool {
	// Position of p relative to the subnormal grid: the fraction of
	// p*2**k/2**-1074 after its integer part.
	v := math.Ldexp(p.hi, k+1074) // exact: a float of at most 53 bits scaled
	fl := math.Floor(v)
	frac := (v - fl) + math.Ldexp(p.lo, k+1074)
	return math.Abs(math.Abs(frac)-0.5) < 0x1p-40
}

// t0Normal reports whether x**y is comfortably inside the normal float
// range, judged from a rough logarithm.
func t0Normal(x, y float64) bool {
	t := math.Log(x) * y
	return t > -700 && t < 700
}

// ddPowInt returns x**n for |n| <= 64 in double-double arithmetic.
func ddPowInt(x float64, n int64) dd {
	neg := n < 0
	if neg {
		n = -n
	}
	r := dd{1, 0}
	b := dd{x, 0}
	for n > 0 {
		if n&1 != 0 {
			r = r.mul(b)
		}
		n >>= 1
		if n > 0 {
			b = b.mul(b)
		}
	}
	if neg {
		r = dd{1, 0}.div(r)
	}
	return r
}
