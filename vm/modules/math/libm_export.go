// This file exports the C library functions (as CPython on glibc sees
// them: no errno, no Python error checks) that vm/modules/cmath and
// vm/num build on. Each returns the bits glibc 2.36 returns, within the
// differences docs/math.md lists.

package math

// LibmSin is C's sin.
func LibmSin(x float64) float64 { return cSin(x) }

// LibmCos is C's cos.
func LibmCos(x float64) float64 { return cCos(x) }

// LibmTan is C's tan.
func LibmTan(x float64) float64 { return cTan(x) }

// LibmSinh is C's sinh.
func LibmSinh(x float64) float64 { return cSinh(x) }

// LibmCosh is C's cosh.
func LibmCosh(x float64) float64 { return cCosh(x) }

// LibmTanh is C's tanh.
func LibmTanh(x float64) float64 { return cTanh(x) }

// LibmAsinh is C's asinh.
func LibmAsinh(x float64) float64 { return cAsinh(x) }

// LibmExp is C's exp.
func LibmExp(x float64) float64 { return cExp(x) }

// LibmLog is C's log.
func LibmLog(x float64) float64 { return cLog(x) }

// LibmLog1p is C's log1p.
func LibmLog1p(x float64) float64 { return cLog1p(x) }

// LibmAtan2 is C's atan2 (C99's values for zeros, infinities and NaNs).
func LibmAtan2(y, x float64) float64 { return c99Atan2(y, x) }

// LibmHypot is C's hypot.
func LibmHypot(x, y float64) float64 { return libmHypot(x, y) }
