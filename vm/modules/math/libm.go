// This file names the C library functions that CPython's math module calls
// (sin, exp, log, pow, ...) and binds each to a Go implementation.
//
// CPython delegates most elementary functions to the platform libm (glibc
// on Linux), so matching CPython bit for bit means matching glibc. glibc's
// functions come in two kinds, and so do the bindings here:
//
//   - exp, exp2, log, log2, pow, sin, cos, tan, asin, acos, atan, atan2
//     are correctly rounded in glibc except in rare hard cases; here they
//     are correctly rounded too, through double-double arithmetic (dd.go,
//     trig.go, atan.go). Go's math package differs from glibc in the last
//     bit for 5-30% of arguments of these.
//   - log10, sinh, cosh, tanh, asinh, acosh, atanh, expm1, log1p, cbrt,
//     erf, erfc are fdlibm-style formulas in glibc, not correctly rounded;
//     here they follow glibc's steps (hyper.go, erf.go, expm1.go, dd.go)
//     over the functions above.
//
// The measured differences that remain are listed in docs/math.md.

package math

func cSin(x float64) float64      { return crSin(x) }
func cCos(x float64) float64      { return crCos(x) }
func cTan(x float64) float64      { return crTan(x) }
func cAsin(x float64) float64     { return crAsin(x) }
func cAcos(x float64) float64     { return crAcos(x) }
func cAtan(x float64) float64     { return crAtan(x) }
func cAtan2(y, x float64) float64 { return crAtan2(y, x) }
func cSinh(x float64) float64     { return fdSinh(x) }
func cCosh(x float64) float64     { return fdCosh(x) }
func cTanh(x float64) float64     { return fdTanh(x) }
func cAsinh(x float64) float64    { return fdAsinh(x) }
func cAcosh(x float64) float64    { return fdAcosh(x) }
func cAtanh(x float64) float64    { return glibcAtanh(x) }
func cExp(x float64) float64      { return crExp(x) }
func cExp2(x float64) float64     { return crExp2(x) }
func cExpm1(x float64) float64    { return glibcExpm1(x) }
func cLog(x float64) float64      { return crLog(x) }
func cLog2(x float64) float64     { return crLog2(x) }
func cLog10(x float64) float64    { return glibcLog10(x) }
func cLog1p(x float64) float64    { return glibcLog1p(x) }
func cPow(x, y float64) float64   { return crPow(x, y) }
func cCbrt(x float64) float64     { return glibcCbrt(x) }
func cErf(x float64) float64      { return glibcErf(x) }
func cErfc(x float64) float64     { return glibcErfc(x) }
