// Package cmath is the pure-Go core of CPython 3.11's cmath module.
//
// Each function takes and returns complex128 (or float64) values and
// repeats cmathmodule.c's algorithm step for step over the C library
// functions of vm/modules/math (glibc's bits), so that results match
// CPython's to the bit: the special-value tables of C99 Annex G for
// infinite and NaN parts (special.go), the rescalings that avoid spurious
// overflow and underflow, and the errno each computation leaves, which
// becomes ValueError "math domain error" (EDOM) or OverflowError "math
// range error" (ERANGE) as a *math.Error. Every product that feeds a sum
// is rounded on its own (float64(...)) so that no Go compiler fuses it
// into an FMA, as CPython's C is compiled without them on x86-64.
package cmath

import (
	gomath "math"

	pymath "github.com/hotloop/hotloop/vm/modules/math"
)

// errno is the C errno value a computation leaves.
type errno int

const (
	errNone   errno = iota
	errDomain       // EDOM
	errRange        // ERANGE
)

// err converts an errno to the error CPython raises for it.
func (e errno) err() error {
	switch e {
	case errDomain:
		return &pymath.Error{Type: "ValueError", Msg: "math domain error"}
	case errRange:
		return &pymath.Error{Type: "OverflowError", Msg: "math range error"}
	}
	return nil
}

// Constants of cmathmodule.c: CM_LARGE_DOUBLE and the bounds derived
// from it, DBL_MIN, and the scalings for subnormal square roots.
const (
	largeDouble = gomath.MaxFloat64 / 4
	dblMin      = 0x1p-1022
	mantDig     = 53
	scaleUp     = 2*(mantDig/2) + 1  // 53
	scaleDown   = -(scaleUp + 1) / 2 // -27
	ln2         = 0.6931471805599453094
	ln10        = 2.302585092994045684
	mathE       = 2.718281828459045
)

// Bounds computed with the C library at run time in cmathmodule.c
// (sqrt(CM_LARGE_DOUBLE), log(CM_LARGE_DOUBLE), sqrt(DBL_MIN)).
var (
	sqrtLargeDouble = gomath.Sqrt(largeDouble)
	logLargeDouble  = pymath.LibmLog(largeDouble)
	sqrtDblMin      = gomath.Sqrt(dblMin)
	// ln2Double is M_LN2 as a double, so that DBL_MANT_DIG*M_LN2 is a
	// rounded product as in C (a Go constant product is exact).
	ln2Double float64 = ln2
)

// libm shorthands.
var (
	sin   = pymath.LibmSin
	cos   = pymath.LibmCos
	tan   = pymath.LibmTan
	sinh  = pymath.LibmSinh
	cosh  = pymath.LibmCosh
	tanh  = pymath.LibmTanh
	asinh = pymath.LibmAsinh
	exp   = pymath.LibmExp
	log   = pymath.LibmLog
	log1p = pymath.LibmLog1p
	atan2 = pymath.LibmAtan2
	hypot = pymath.LibmHypot
)

// log1pPy is CPython's m_log1p: log1p that keeps the sign of a zero.
func log1pPy(x float64) float64 {
	if x == 0 {
		return x
	}
	return log1p(x)
}

// copysign, fabs and ldexp are exact operations.
func copysign(x, y float64) float64 { return gomath.Copysign(x, y) }
func fabs(x float64) float64        { return gomath.Abs(x) }
func ldexp(x float64, e int) float64 {
	return gomath.Ldexp(x, e)
}

// neg is -z on both parts.
func neg(z complex128) complex128 { return complex(-real(z), -imag(z)) }

// viaI computes f(z) as -i*g(i*z): the identities asin(z) = -i asinh(iz),
// atan(z) = -i atanh(iz), sin and tan use.
func viaI(g func(complex128) (complex128, errno), z complex128) (complex128, errno) {
	s, e := g(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), e
}

// result converts a computation's value and errno to the Go API.
func result(z complex128, e errno) (complex128, error) {
	if e != errNone {
		return 0, e.err()
	}
	return z, nil
}

// Sqrt is cmath.sqrt.
func Sqrt(z complex128) (complex128, error) { return result(sqrtC(z)) }

// Exp is cmath.exp.
func Exp(z complex128) (complex128, error) { return result(expC(z)) }

// Log is cmath.log with one argument.
func Log(z complex128) (complex128, error) { return result(logC(z)) }

// LogBase is cmath.log(z, base): log(z)/log(base), with the errno of the
// second logarithm (the first one's is overwritten, as in CPython) or
// EDOM for a zero quotient divisor.
func LogBase(z, base complex128) (complex128, error) {
	x, _ := logC(z)
	y, e := logC(base)
	q, ok := quot(x, y)
	if !ok {
		e = errDomain
	}
	return result(q, e)
}

// Log10 is cmath.log10.
func Log10(z complex128) (complex128, error) {
	r, e := logC(z)
	return result(complex(real(r)/ln10, imag(r)/ln10), e)
}

// Acos is cmath.acos.
func Acos(z complex128) (complex128, error) { return result(acosC(z)) }

// Acosh is cmath.acosh.
func Acosh(z complex128) (complex128, error) { return result(acoshC(z)) }

// Asin is cmath.asin.
func Asin(z complex128) (complex128, error) { return result(viaI(asinhC, z)) }

// Asinh is cmath.asinh.
func Asinh(z complex128) (complex128, error) { return result(asinhC(z)) }

// Atan is cmath.atan.
func Atan(z complex128) (complex128, error) { return result(viaI(atanhC, z)) }

// Atanh is cmath.atanh.
func Atanh(z complex128) (complex128, error) { return result(atanhC(z)) }

// Cos is cmath.cos: cosh(iz).
func Cos(z complex128) (complex128, error) {
	return result(coshC(complex(-imag(z), real(z))))
}

// Cosh is cmath.cosh.
func Cosh(z complex128) (complex128, error) { return result(coshC(z)) }

// Sin is cmath.sin.
func Sin(z complex128) (complex128, error) { return result(viaI(sinhC, z)) }

// Sinh is cmath.sinh.
func Sinh(z complex128) (complex128, error) { return result(sinhC(z)) }

// Tan is cmath.tan.
func Tan(z complex128) (complex128, error) { return result(viaI(tanhC, z)) }

// Tanh is cmath.tanh.
func Tanh(z complex128) (complex128, error) { return result(tanhC(z)) }

// Phase is cmath.phase: the argument of z, or OverflowError "math range
// error" when it underflows to zero (glibc's atan2 sets ERANGE when its
// result is zero for a nonzero y and a finite x).
func Phase(z complex128) (float64, error) {
	phi := phase(z)
	if phi == 0 && imag(z) != 0 && finite(real(z)) {
		return 0, errRange.err()
	}
	return phi, nil
}

// Polar is cmath.polar: (abs(z), phase(z)); OverflowError "math range
// error" when abs(z) overflows.
func Polar(z complex128) (r, phi float64, err error) {
	phi = phase(z)
	r, e := absC(z)
	return r, phi, e.err()
}

// IsFinite is cmath.isfinite.
func IsFinite(z complex128) bool { return finite(real(z)) && finite(imag(z)) }

// IsNaN is cmath.isnan.
func IsNaN(z complex128) bool { return gomath.IsNaN(real(z)) || gomath.IsNaN(imag(z)) }

// IsInf is cmath.isinf.
func IsInf(z complex128) bool { return isInf(real(z)) || isInf(imag(z)) }

// IsClose is cmath.isclose(a, b, rel_tol=relTol, abs_tol=absTol), or
// ValueError "tolerances must be non-negative".
func IsClose(a, b complex128, relTol, absTol float64) (bool, error) {
	if relTol < 0 || absTol < 0 {
		return false, &pymath.Error{Type: "ValueError", Msg: "tolerances must be non-negative"}
	}
	if real(a) == real(b) && imag(a) == imag(b) {
		return true, nil
	}
	if IsInf(a) || IsInf(b) {
		return false, nil
	}
	diff, _ := absC(complex(real(a)-real(b), imag(a)-imag(b)))
	ab, _ := absC(b)
	aa, _ := absC(a)
	return diff <= float64(relTol*ab) || diff <= float64(relTol*aa) || diff <= absTol, nil
}

// isInf, isNaN and sqrt are the C99 classification macros and sqrt (IEEE
// sqrt is exact).
func isInf(x float64) bool   { return gomath.IsInf(x, 0) }
func isNaN(x float64) bool   { return gomath.IsNaN(x) }
func sqrt(x float64) float64 { return gomath.Sqrt(x) }
