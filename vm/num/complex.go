// This file holds Python's complex arithmetic where it differs from Go's
// complex128 operators: CPython's division algorithm (scaling by the
// larger part of the divisor) and its ZeroDivisionError, abs() with its
// OverflowError, ** by repeated multiplication for small integral
// exponents and through polar form otherwise, and repr().
//
// Every product and sum is written with explicit float64 conversions so
// that the Go compiler may not fuse them into FMA instructions, which
// would change the rounding.

package num

import (
	"math"

	pymath "github.com/hotloop/hotloop/vm/modules/math"
)

// ComplexRepr returns repr(z) (also str(z)): "1j", "(1+2j)", "(-0-1j)",
// "(nan+infj)".
func ComplexRepr(z complex128) string {
	re, im := real(z), imag(z)
	if re == 0 && !math.Signbit(re) {
		return FormatFloat(im, 'r', 0, 0) + "j"
	}
	return "(" + FormatFloat(re, 'r', 0, 0) + FormatFloat(im, 'r', 0, FmtSign) + "j)"
}

// ComplexMul returns a*b computed as CPython does (no FMA, no special
// handling of infinities).
func ComplexMul(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	re := float64(ar*br) - float64(ai*bi)
	im := float64(ar*bi) + float64(ai*br)
	return complex(re, im)
}

// ComplexDiv returns a/b, or a ZeroDivisionError ("complex division by
// zero") when b is zero.
func ComplexDiv(a, b complex128) (complex128, error) {
	q, ok := complexQuot(a, b)
	if !ok {
		return 0, zeroDivision("complex division by zero")
	}
	return q, nil
}

// complexQuot is CPython's _Py_c_quot; ok is false for a zero divisor.
func complexQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), true
	}
	nan := math.NaN()
	return complex(nan, nan), true
}

// ComplexAbs returns abs(z), or an OverflowError ("absolute value too
// large") when it is not finite although both parts are.
func ComplexAbs(z complex128) (float64, error) {
	re, im := real(z), imag(z)
	switch {
	case math.IsInf(re, 0):
		return math.Inf(1), nil
	case math.IsInf(im, 0):
		return math.Inf(1), nil
	case math.IsNaN(re) || math.IsNaN(im):
		return math.NaN(), nil
	}
	h := hypot(re, im)
	if math.IsInf(h, 0) {
		return 0, overflow("absolute value too large")
	}
	return h, nil
}

// hypot is the C library's hypot (glibc's algorithm, which CPython's
// abs() and ** reach through _Py_c_abs and _Py_c_pow).
func hypot(x, y float64) float64 { return pymath.LibmHypot(x, y) }

// ComplexPow returns a**b as CPython computes it: for an integral b.real
// of magnitude at most 100 with b.imag == 0, by repeated squaring (and a
// division for negative powers); otherwise through polar form with the C
// library's pow, exp, log, atan2, cos and sin (vm/modules/math's, which
// give glibc's results).
// Errors: ZeroDivisionError "0.0 to a negative or complex power" and
// OverflowError "complex exponentiation".
func ComplexPow(a, b complex128) (complex128, error) {
	var p complex128
	edom := false
	n := int64(real(b))
	if imag(b) == 0 && real(b) == float64(n) && n <= 100 && n >= -100 {
		if n > 0 {
			p = complexPowU(a, n)
		} else {
			var ok bool
			p, ok = complexQuot(1, complexPowU(a, -n))
			edom = !ok
		}
	} else {
		p, edom = complexPowPolar(a, b)
	}
	if edom {
		return 0, zeroDivision("0.0 to a negative or complex power")
	}
	if math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
		return 0, overflow("complex exponentiation")
	}
	return p, nil
}

// complexPowU is CPython's c_powu: x**n for n >= 0 by binary powering.
func complexPowU(x complex128, n int64) complex128 {
	r := complex(1, 0)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = ComplexMul(r, p)
		}
		p = ComplexMul(p, p)
	}
	return r
}

// complexPowPolar is CPython's _Py_c_pow.
func complexPowPolar(a, b complex128) (r complex128, edom bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	if br == 0 && bi == 0 {
		return complex(1, 0), false
	}
	if ar == 0 && ai == 0 {
		return 0, bi != 0 || br < 0
	}
	vabs := math.Hypot(ar, ai)
	if !math.IsInf(ar, 0) && !math.IsInf(ai, 0) && !math.IsNaN(ar) && !math.IsNaN(ai) {
		vabs = hypot(ar, ai)
	}
	// C's pow: a zero base to a negative power is +Inf, and an overflow
	// matters only if it leaves an infinity in the result.
	length, _, err := FloatPow(vabs, br)
	if err != nil {
		length = math.Inf(1)
	}
	at := libm2(pymath.Atan2, math.Atan2, ai, ar)
	phase := float64(at * br)
	if bi != 0 {
		length /= libm1(pymath.Exp, math.Exp, float64(at*bi))
		phase += float64(bi * libm1(pymath.Log, math.Log, vabs))
	}
	// cos and sin of an infinite phase set errno to EDOM, which CPython
	// reports as the zero-power ZeroDivisionError.
	if math.IsInf(phase, 0) {
		return 0, true
	}
	return complex(float64(length*libm1(pymath.Cos, math.Cos, phase)), float64(length*libm1(pymath.Sin, math.Sin, phase))), false
}

// libm1 calls a function of vm/modules/math, whose results are glibc's
// (Go's math package differs from it in the last bit), falling back to
// Go's for arguments where the Python-level function raises.
func libm1(f func(float64) (float64, error), g func(float64) float64, x float64) float64 {
	if r, err := f(x); err == nil {
		return r
	}
	return g(x)
}

// libm2 is libm1 for functions of two arguments.
func libm2(f func(float64, float64) (float64, error), g func(float64, float64) float64, x, y float64) float64 {
	if r, err := f(x, y); err == nil {
		return r
	}
	return g(x, y)
}
