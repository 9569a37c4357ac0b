// This file holds atan, atan2, asin and acos correctly rounded (barring
// extremely close cases), as glibc's IBM-derived versions are, in place of
// Go's, which differ from glibc in the last bit for 10-18% of arguments.
//
// Method: start from Go's result t0 (within an ulp or so) and take one
// Newton step on an equation whose residual is evaluated in double-double
// with the sin and cos of trig.go: for atan2, y*cos(t) - x*sin(t) = 0;
// for asin, sin(t) = x; for acos, cos(t) = x. The step size is about an
// ulp and is itself accurate to dozens of bits, so t0 + step rounds
// correctly.

package math

import gomath "math"

// sinCosOf returns sin(t) and cos(t) as double-doubles.
func sinCosOf(t float64) (dd, dd) {
	r, q := reducePio2(t)
	s, c := sinCosDD(r)
	switch q {
	case 1:
		s, c = c, ddNeg(s)
	case 2:
		s, c = ddNeg(s), ddNeg(c)
	case 3:
		s, c = ddNeg(c), s
	}
	return s, c
}

// crAtan2 is atan2(y, x) for finite x and nonzero y (CPython's m_atan2
// deals with the other cases).
func crAtan2(y, x float64) float64 {
	if x == 0 {
		return gomath.Copysign(Pi/2, y)
	}
	t0 := gomath.Atan2(y, x)
	// Scale so that the larger of |x|, |y| is near 1.
	_, ex := gomath.Frexp(x)
	_, ey := gomath.Frexp(y)
	e := max(ex, ey)
	xs, ys := gomath.Ldexp(x, -e), gomath.Ldexp(y, -e)
	if ey-ex > 900 {
		return gomath.Copysign(Pi/2, y) - x/y
	}
	if ey-ex < -900 {
		// |y/x| < 2**-899: atan2 is y/x, or +-pi plus it for negative x.
		if x > 0 {
			return y / x
		}
		return gomath.Copysign(Pi, y) + y/x
	}
	s, c := sinCosOf(t0)
	num := ddAdd(ddMulF(c, ys), ddMulF(s, -xs))
	den := float64(xs*c.hi) + float64(ys*s.hi)
	return t0 + num.hi/den
}

func crAtan(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) || gomath.Abs(x) < 0x1p-27 {
		return gomath.Atan(x)
	}
	return crAtan2(x, 1)
}

func crAsin(x float64) float64 {
	ax := gomath.Abs(x)
	if gomath.IsNaN(x) || ax > 1 {
		return gomath.NaN()
	}
	if ax < 0x1p-26 {
		return x // asin(x) = x + x**3/6 rounds to x
	}
	t := gomath.Asin(x)
	for i := 0; i < 2; i++ {
		s, c := sinCosOf(t)
		num := ddAdd(s, dd{-x, 0})
		t -= num.hi / c.hi
		if ax < 0.9 {
			break
		}
	}
	return t
}

func crAcos(x float64) float64 {
	if gomath.IsNaN(x) || gomath.Abs(x) > 1 || x == 1 {
		return gomath.Acos(x)
	}
	t := gomath.Acos(x)
	for i := 0; i < 2; i++ {
		s, c := sinCosOf(t)
		num := ddAdd(c, dd{-x, 0})
		t += num.hi / s.hi
		if gomath.Abs(x) < 0.9 {
			break
		}
	}
	return t
}
