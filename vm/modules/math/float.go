// This file holds the float functions of the math module: the wrappers
// around libm functions with CPython's error rules (math_1, math_2 and the
// special-case wrappers of Modules/mathmodule.c) and the small exact
// functions (fabs, copysign, fmod, remainder, modf, frexp, ldexp, ...).
//
// Unless a doc comment says otherwise, a float64 argument is what CPython
// gets from PyFloat_AsDouble: a float's value, an int converted with
// correct rounding (OverflowError "int too large to convert to float" is
// the caller's), or the result of __float__ (falling back to __index__).

package math

import (
	gomath "math"
	"math/big"
)

// Constants of the math module.
const (
	Pi  = 3.141592653589793
	E   = 2.718281828459045
	Tau = 6.283185307179586
)

// Inf returns math.inf.
func Inf() float64 { return gomath.Inf(1) }

// NaN returns math.nan, the positive quiet NaN CPython builds.
func NaN() float64 { return gomath.Float64frombits(0x7ff8000000000000) }

func isFinite(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) }

// math1 applies CPython's math_1 rules to r = f(x): a NaN from a non-NaN
// argument is a domain error; an infinity from a finite argument is a range
// error when the function can overflow and a domain error (a singularity)
// otherwise.
func math1(f func(float64) float64, x float64, canOverflow bool) (float64, error) {
	r := f(x)
	if gomath.IsNaN(r) && !gomath.IsNaN(x) {
		return 0, domainError()
	}
	if gomath.IsInf(r, 0) && isFinite(x) {
		if canOverflow {
			return 0, rangeError()
		}
		return 0, domainError()
	}
	return r, nil
}

// math2 applies CPython's math_2 rules to r = f(x, y).
func math2(f func(float64, float64) float64, x, y float64) (float64, error) {
	r := f(x, y)
	if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
		return 0, domainError()
	}
	if gomath.IsInf(r, 0) && isFinite(x) && isFinite(y) {
		return 0, rangeError()
	}
	return r, nil
}

// Sin is math.sin.
func Sin(x float64) (float64, error) { return math1(cSin, x, false) }

// Cos is math.cos.
func Cos(x float64) (float64, error) { return math1(cCos, x, false) }

// Tan is math.tan.
func Tan(x float64) (float64, error) { return math1(cTan, x, false) }

// Asin is math.asin.
func Asin(x float64) (float64, error) { return math1(cAsin, x, false) }

// Acos is math.acos.
func Acos(x float64) (float64, error) { return math1(cAcos, x, false) }

// Atan is math.atan.
func Atan(x float64) (float64, error) { return math1(cAtan, x, false) }

// Sinh is math.sinh.
func Sinh(x float64) (float64, error) { return math1(cSinh, x, true) }

// Cosh is math.cosh.
func Cosh(x float64) (float64, error) { return math1(cCosh, x, true) }

// Tanh is math.tanh.
func Tanh(x float64) (float64, error) { return math1(cTanh, x, false) }

// Asinh is math.asinh.
func Asinh(x float64) (float64, error) { return math1(cAsinh, x, false) }

// Acosh is math.acosh.
func Acosh(x float64) (float64, error) { return math1(cAcosh, x, false) }

// Atanh is math.atanh.
func Atanh(x float64) (float64, error) { return math1(cAtanh, x, false) }

// Exp is math.exp.
func Exp(x float64) (float64, error) { return math1(cExp, x, true) }

// Exp2 is math.exp2.
func Exp2(x float64) (float64, error) { return math1(cExp2, x, true) }

// Expm1 is math.expm1.
func Expm1(x float64) (float64, error) { return math1(cExpm1, x, true) }

// Cbrt is math.cbrt.
func Cbrt(x float64) (float64, error) { return math1(cCbrt, x, false) }

// Sqrt is math.sqrt.
func Sqrt(x float64) (float64, error) { return math1(gomath.Sqrt, x, false) }

// Fabs is math.fabs.
func Fabs(x float64) float64 { return gomath.Abs(x) }

// Erf is math.erf.
func Erf(x float64) float64 { return cErf(x) }

// Erfc is math.erfc.
func Erfc(x float64) float64 { return cErfc(x) }

// Log1p is math.log1p.
func Log1p(x float64) (float64, error) {
	return math1(func(v float64) float64 {
		if v == 0 {
			return v // keep the sign of a zero, as CPython's m_log1p
		}
		return cLog1p(v)
	}, x, false)
}

// Degrees is math.degrees.
func Degrees(x float64) float64 { return x * (180.0 / Pi) }

// Radians is math.radians.
func Radians(x float64) float64 { return x * (Pi / 180.0) }

// IsFinite is math.isfinite.
func IsFinite(x float64) bool { return isFinite(x) }

// IsInf is math.isinf.
func IsInf(x float64) bool { return gomath.IsInf(x, 0) }

// IsNaN is math.isnan.
func IsNaN(x float64) bool { return gomath.IsNaN(x) }

// IsClose is math.isclose(a, b, rel_tol=relTol, abs_tol=absTol); the
// defaults are relTol 1e-09 and absTol 0.0.
func IsClose(a, b, relTol, absTol float64) (bool, error) {
	if relTol < 0 || absTol < 0 {
		return false, valueError("tolerances must be non-negative")
	}
	if a == b {
		return true, nil
	}
	if gomath.IsInf(a, 0) || gomath.IsInf(b, 0) {
		return false, nil
	}
	diff := gomath.Abs(b - a)
	return diff <= gomath.Abs(relTol*b) || diff <= gomath.Abs(relTol*a) || diff <= absTol, nil
}

// Copysign is math.copysign.
func Copysign(x, y float64) float64 { return gomath.Copysign(x, y) }

// Atan2 is math.atan2(y, x), with CPython's own handling of infinities,
// zeros and NaNs before libm is asked.
func Atan2(y, x float64) (float64, error) { return math2(c99Atan2, y, x) }

// c99Atan2 is C's atan2(y, x): C99's results for infinities, zeros and
// NaNs, and the correctly rounded value otherwise.
func c99Atan2(y, x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsNaN(y) {
		return gomath.NaN()
	}
	if gomath.IsInf(y, 0) {
		if gomath.IsInf(x, 0) {
			if gomath.Copysign(1, x) == 1 {
				return gomath.Copysign(0.25*Pi, y)
			}
			return gomath.Copysign(0.75*Pi, y)
		}
		return gomath.Copysign(0.5*Pi, y)
	}
	if gomath.IsInf(x, 0) || y == 0 {
		if gomath.Copysign(1, x) == 1 {
			return gomath.Copysign(0, y)
		}
		return gomath.Copysign(Pi, y)
	}
	return cAtan2(y, x)
}

// Fmod is math.fmod: the exact remainder with the sign of x.
func Fmod(x, y float64) (float64, error) {
	if gomath.IsInf(y, 0) && isFinite(x) {
		return x, nil
	}
	r := gomath.Mod(x, y)
	if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
		return 0, domainError()
	}
	return r, nil
}

// Remainder is math.remainder: x - n*y for the integer n nearest x/y, ties
// to even; always exact.
func Remainder(x, y float64) (float64, error) {
	return math2(remainder, x, y)
}

func remainder(x, y float64) float64 {
	if isFinite(x) && isFinite(y) {
		if y == 0 {
			return gomath.NaN()
		}
		absx, absy := gomath.Abs(x), gomath.Abs(y)
		m := gomath.Mod(absx, absy)
		// Compare m with absy-m rather than absy/2, which may be inexact.
		c := absy - m
		var r float64
		switch {
		case m < c:
			r = m
		case m > c:
			r = -c
		default:
			// Halfway: the quotient's parity picks the sign.
			r = m - 2.0*gomath.Mod(0.5*(absx-m), absy)
		}
		return gomath.Copysign(1, x) * r
	}
	if gomath.IsNaN(x) {
		return x
	}
	if gomath.IsNaN(y) {
		return y
	}
	if gomath.IsInf(x, 0) {
		return gomath.NaN()
	}
	return x
}

// Modf is math.modf: the fractional and integer parts of x, both with the
// sign of x.
func Modf(x float64) (frac, whole float64) {
	if gomath.IsInf(x, 0) {
		return gomath.Copysign(0, x), x
	}
	if gomath.IsNaN(x) {
		return x, x
	}
	whole, frac = gomath.Modf(x)
	return frac, whole
}

// Frexp is math.frexp: x == m * 2**e with 0.5 <= |m| < 1, or (x, 0) for
// zeros, infinities and NaNs.
func Frexp(x float64) (m float64, e int) {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) || x == 0 {
		return x, 0
	}
	return gomath.Frexp(x)
}

// Ldexp is math.ldexp(x, i): x * 2**i. The caller passes i only if it is a
// Python int (else TypeError "Expected an int as second argument to
// ldexp."); bool counts as int.
func Ldexp(x float64, i *big.Int) (float64, error) {
	if x == 0 || !isFinite(x) {
		return x, nil
	}
	if !i.IsInt64() || i.Int64() > gomath.MaxInt32 || i.Int64() < gomath.MinInt32 {
		if i.Sign() > 0 {
			return 0, rangeError()
		}
		return gomath.Copysign(0, x), nil
	}
	r := gomath.Ldexp(x, int(i.Int64()))
	if gomath.IsInf(r, 0) {
		return 0, rangeError()
	}
	return r, nil
}

// Pow is math.pow(x, y), with CPython's own treatment of infinities and
// NaNs and its mapping of libm's failures to exceptions.
func Pow(x, y float64) (float64, error) {
	if !isFinite(x) || !isFinite(y) {
		switch {
		case gomath.IsNaN(x):
			if y == 0 {
				return 1, nil
			}
			return x, nil
		case gomath.IsNaN(y):
			if x == 1 {
				return 1, nil
			}
			return y, nil
		case gomath.IsInf(x, 0):
			oddY := isFinite(y) && gomath.Mod(gomath.Abs(y), 2) == 1
			switch {
			case y > 0:
				if oddY {
					return x, nil
				}
				return gomath.Abs(x), nil
			case y == 0:
				return 1, nil
			default:
				if oddY {
					return gomath.Copysign(0, x), nil
				}
				return 0, nil
			}
		default: // y is infinite
			ax := gomath.Abs(x)
			switch {
			case ax == 1:
				return 1, nil
			case y > 0 && ax > 1:
				return y, nil
			case y < 0 && ax < 1:
				return -y, nil
			default:
				return 0, nil
			}
		}
	}
	r := cPow(x, y)
	if gomath.IsNaN(r) {
		return 0, domainError()
	}
	if gomath.IsInf(r, 0) {
		if x == 0 {
			return 0, domainError()
		}
		return 0, rangeError()
	}
	return r, nil
}

// Nextafter is math.nextafter(x, y).
func Nextafter(x, y float64) float64 { return gomath.Nextafter(x, y) }

// Ulp is math.ulp: the value of the least significant bit of x.
func Ulp(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	x = gomath.Abs(x)
	if gomath.IsInf(x, 0) {
		return x
	}
	x2 := gomath.Nextafter(x, gomath.Inf(1))
	if gomath.IsInf(x2, 0) {
		// x is the largest finite float: step down instead.
		x2 = gomath.Nextafter(x, gomath.Inf(-1))
		return x - x2
	}
	return x2 - x
}
