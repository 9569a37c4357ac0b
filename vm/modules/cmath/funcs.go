// This file holds the computations of cmathmodule.c, one per function,
// each returning its value and the errno it leaves.

package cmath

import "github.com/hotloop/hotloop/vm/num"

// sqrtC is cmath_sqrt_impl: s = sqrt((|x| + hypot(x, y))/2) computed as
// 2*sqrt(|x|/8 + hypot(|x|/8, |y|/8)), or after scaling by 2**53 when
// both parts are subnormal; d = |y|/(2s).
func sqrtC(z complex128) (complex128, errno) {
	if isSpecial(z) {
		return sqrtSpecial.lookup(z), errNone
	}
	x, y := real(z), imag(z)
	if x == 0 && y == 0 {
		return complex(0, y), errNone
	}
	ax, ay := fabs(x), fabs(y)
	var s float64
	if ax < dblMin && ay < dblMin {
		ax = ldexp(ax, scaleUp)
		s = ldexp(sqrt(ax+hypot(ax, ldexp(ay, scaleUp))), scaleDown)
	} else {
		ax /= 8
		s = 2 * sqrt(ax+hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, copysign(d, y)), errNone
	}
	return complex(d, copysign(s, y)), errNone
}

// expC is cmath_exp_impl.
func expC(z complex128) (complex128, errno) {
	x, y := real(z), imag(z)
	if isSpecial(z) {
		var r complex128
		if isInf(x) && finite(y) && y != 0 {
			if x > 0 {
				r = complex(copysign(inf, cos(y)), copysign(inf, sin(y)))
			} else {
				r = complex(copysign(0, cos(y)), copysign(0, sin(y)))
			}
		} else {
			r = expSpecial.lookup(z)
		}
		if isInf(y) && (finite(x) || (isInf(x) && x > 0)) {
			return r, errDomain
		}
		return r, errNone
	}
	var re, im float64
	if x > logLargeDouble {
		l := exp(x - 1)
		re = float64(float64(l*cos(y)) * mathE)
		im = float64(float64(l*sin(y)) * mathE)
	} else {
		l := exp(x)
		re = float64(l * cos(y))
		im = float64(l * sin(y))
	}
	return overflowCheck(complex(re, im))
}

// overflowCheck sets ERANGE when a part of r is infinite.
func overflowCheck(r complex128) (complex128, errno) {
	if isInf(real(r)) || isInf(imag(r)) {
		return r, errRange
	}
	return r, errNone
}

// logC is c_log: log(hypot) with rescaling for huge and subnormal moduli
// and log1p((m-1)(m+1) + n*n)/2 near modulus 1.
func logC(z complex128) (complex128, errno) {
	if isSpecial(z) {
		return logSpecial.lookup(z), errNone
	}
	x, y := real(z), imag(z)
	ax, ay := fabs(x), fabs(y)
	var re float64
	switch {
	case ax > largeDouble || ay > largeDouble:
		re = log(hypot(ax/2, ay/2)) + ln2
	case ax < dblMin && ay < dblMin:
		if ax > 0 || ay > 0 {
			re = log(hypot(ldexp(ax, mantDig), ldexp(ay, mantDig))) - float64(mantDig*ln2Double)
		} else {
			return complex(-inf, atan2(y, x)), errDomain
		}
	default:
		h := hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := max(ax, ay), min(ax, ay)
			re = log1pPy(float64((am-1)*(am+1))+float64(an*an)) / 2
		} else {
			re = log(h)
		}
	}
	return complex(re, atan2(y, x)), errNone
}

// quot is CPython's _Py_c_quot; ok is false for a zero divisor (EDOM).
func quot(a, b complex128) (complex128, bool) {
	q, err := num.ComplexDiv(a, b)
	if err != nil {
		return 0, false
	}
	return q, true
}

// acosC is cmath_acos_impl.
func acosC(z complex128) (complex128, errno) {
	if isSpecial(z) {
		return acosSpecial.lookup(z), errNone
	}
	x, y := real(z), imag(z)
	if fabs(x) > largeDouble || fabs(y) > largeDouble {
		re := atan2(fabs(y), x)
		l := log(hypot(x/2, y/2)) + ln2*2
		if x < 0 {
			return complex(re, -copysign(l, y)), errNone
		}
		return complex(re, copysign(l, -y)), errNone
	}
	s1, _ := sqrtC(complex(1-x, -y))
	s2, _ := sqrtC(complex(1+x, y))
	re := 2 * atan2(real(s1), real(s2))
	im := asinh(float64(real(s2)*imag(s1)) - float64(imag(s2)*real(s1)))
	return complex(re, im), errNone
}

// acoshC is cmath_acosh_impl.
func acoshC(z complex128) (complex128, errno) {
	if isSpecial(z) {
		return acoshSpecial.lookup(z), errNone
	}
	x, y := real(z), imag(z)
	if fabs(x) > largeDouble || fabs(y) > largeDouble {
		return complex(log(hypot(x/2, y/2))+ln2*2, atan2(y, x)), errNone
	}
	s1, _ := sqrtC(complex(x-1, y))
	s2, _ := sqrtC(complex(x+1, y))
	re := asinh(float64(real(s1)*real(s2)) + float64(imag(s1)*imag(s2)))
	im := 2 * atan2(imag(s1), real(s2))
	return complex(re, im), errNone
}

// asinhC is cmath_asinh_impl.
func asinhC(z complex128) (complex128, errno) {
	if isSpecial(z) {
		return asinhSpecial.lookup(z), errNone
	}
	x, y := real(z), imag(z)
	if fabs(x) > largeDouble || fabs(y) > largeDouble {
		l := log(hypot(x/2, y/2)) + ln2*2
		var re float64
		if y >= 0 {
			re = copysign(l, x)
		} else {
			re = -copysign(l, -x)
		}
		return complex(re, atan2(y, fabs(x))), errNone
	}
	s1, _ := sqrtC(complex(1+y, -x))
	s2, _ := sqrtC(complex(1-y, x))
	re := asinh(float64(real(s1)*imag(s2)) - float64(real(s2)*imag(s1)))
	im := atan2(y, float64(real(s1)*real(s2))-float64(imag(s1)*imag(s2)))
	return complex(re, im), errNone
}

// atanhC is cmath_atanh_impl.
func atanhC(z complex128) (complex128, errno) {
	if isSpecial(z) {
		return atanhSpecial.lookup(z), errNone
	}
	x, y := real(z), imag(z)
	if x < 0 {
		r, e := atanhC(neg(z))
		return neg(r), e
	}
	ay := fabs(y)
	switch {
	case x > sqrtLargeDouble || ay > sqrtLargeDouble:
		h := hypot(x/2, y/2)
		return complex(x/4/h/h, -copysign(pi/2, -y)), errNone
	case x == 1 && ay < sqrtDblMin:
		if ay == 0 {
			return complex(inf, y), errDomain
		}
		re := -log(sqrt(ay) / sqrt(hypot(ay, 2)))
		return complex(re, copysign(atan2(2, -ay)/2, y)), errNone
	}
	re := log1pPy(4*x/(float64((1-x)*(1-x))+float64(ay*ay))) / 4
	im := -atan2(-2*y, float64((1-x)*(1+x))-float64(ay*ay)) / 2
	return complex(re, im), errNone
}

// hyperSpecial is the shared special-argument path of cosh and sinh:
// for an infinite real part and a finite nonzero imaginary part the
// result is infinite with the signs of cos(y) and sin(y) (times the given
// signs); otherwise the table's entry. EDOM when y is infinite and x is
// not a NaN.
func hyperSpecial(z complex128, t *table, reSign, imSign float64) (complex128, errno) {
	x, y := real(z), imag(z)
	var r complex128
	if isInf(x) && finite(y) && y != 0 {
		re, im := copysign(inf, cos(y)), copysign(inf, sin(y))
		if x < 0 {
			re, im = reSign*re, imSign*im
		}
		r = complex(re, im)
	} else {
		r = t.lookup(z)
	}
	if isInf(y) && !isNaN(x) {
		return r, errDomain
	}
	return r, errNone
}

// coshC is cmath_cosh_impl.
func coshC(z complex128) (complex128, errno) {
	if isSpecial(z) {
		return hyperSpecial(z, &coshSpecial, 1, -1)
	}
	x, y := real(z), imag(z)
	var re, im float64
	if fabs(x) > logLargeDouble {
		xm1 := x - copysign(1, x)
		re = float64(float64(cos(y)*cosh(xm1)) * mathE)
		im = float64(float64(sin(y)*sinh(xm1)) * mathE)
	} else {
		re = float64(cos(y) * cosh(x))
		im = float64(sin(y) * sinh(x))
	}
	return overflowCheck(complex(re, im))
}

// sinhC is cmath_sinh_impl.
func sinhC(z complex128) (complex128, errno) {
	if isSpecial(z) {
		return hyperSpecial(z, &sinhSpecial, -1, 1)
	}
	x, y := real(z), imag(z)
	var re, im float64
	if fabs(x) > logLargeDouble {
		xm1 := x - copysign(1, x)
		re = float64(float64(cos(y)*sinh(xm1)) * mathE)
		im = float64(float64(sin(y)*cosh(xm1)) * mathE)
	} else {
		re = float64(cos(y) * sinh(x))
		im = float64(sin(y) * cosh(x))
	}
	return overflowCheck(complex(re, im))
}

// tanhC is cmath_tanh_impl: (tanh x (1 + tan^2 y) + i tan y sech^2 x) /
// (1 + tanh^2 x tan^2 y), with 4 exp(-2|x|) for sech^2 x when |x| is large.
func tanhC(z complex128) (complex128, errno) {
	x, y := real(z), imag(z)
	if isSpecial(z) {
		var r complex128
		if isInf(x) && finite(y) && y != 0 {
			im := copysign(0, float64(float64(2*sin(y))*cos(y)))
			if x > 0 {
				r = complex(1, im)
			} else {
				r = complex(-1, im)
			}
		} else {
			r = tanhSpecial.lookup(z)
		}
		if isInf(y) && finite(x) {
			return r, errDomain
		}
		return r, errNone
	}
	if fabs(x) > logLargeDouble {
		im := float64(float64(float64(4*sin(y))*cos(y)) * exp(-2*fabs(x)))
		return complex(copysign(1, x), im), errNone
	}
	tx := tanh(x)
	ty := tan(y)
	cx := 1 / cosh(x)
	txty := float64(tx * ty)
	denom := 1 + float64(txty*txty)
	re := float64(tx*(1+float64(ty*ty))) / denom
	im := float64(float64(ty/denom)*cx) * cx
	return complex(re, im), errNone
}

// Rect is cmath.rect(r, phi).
func Rect(r, phi float64) (complex128, error) {
	if !finite(r) || !finite(phi) {
		var z complex128
		if isInf(r) && finite(phi) && phi != 0 {
			re, im := copysign(inf, cos(phi)), copysign(inf, sin(phi))
			if r < 0 {
				re, im = -re, -im
			}
			z = complex(re, im)
		} else {
			z = rectSpecial[kindOf(r)][kindOf(phi)]
		}
		if r != 0 && !isNaN(r) && isInf(phi) {
			return result(z, errDomain)
		}
		return z, nil
	}
	if phi == 0 {
		return complex(r, float64(r*phi)), nil
	}
	return complex(float64(r*cos(phi)), float64(r*sin(phi))), nil
}

// phase is c_atan2: the argument of z, with C99's values for infinite,
// zero and NaN parts.
func phase(z complex128) float64 { return atan2(imag(z), real(z)) }

// absC is _Py_c_abs: hypot of the parts, +inf if either is infinite
// (even with a NaN), NaN for a NaN, and ERANGE when a finite z's modulus
// overflows.
func absC(z complex128) (float64, errno) {
	x, y := real(z), imag(z)
	switch {
	case isInf(x):
		return fabs(x), errNone
	case isInf(y):
		return fabs(y), errNone
	case isNaN(x) || isNaN(y):
		return nan, errNone
	}
	h := hypot(x, y)
	if !finite(h) {
		return h, errRange
	}
	return h, errNone
}
