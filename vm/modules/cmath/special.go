// This file holds the special-value tables of CPython's cmathmodule.c:
// for a function f and an argument whose real or imaginary part is an
// infinity or a NaN, f's result is table[kind(re)][kind(im)] (C99 Annex
// G's recommendations). Entries marked u are never used: those kinds of
// argument are finite and take the function's ordinary path.

package cmath

import (
	gomath "math"

	pymath "github.com/hotloop/hotloop/vm/modules/math"
)

// kind classifies a float as cmathmodule.c's special_type does; the
// values index the tables below.
type kind int

const (
	kNegInf  kind = iota // -inf
	kNeg                 // finite, < 0
	kNegZero             // -0.0
	kPosZero             // +0.0
	kPos                 // finite, > 0
	kPosInf              // +inf
	kNaN                 // nan
)

// kindOf returns d's kind.
func kindOf(d float64) kind {
	switch {
	case gomath.IsNaN(d):
		return kNaN
	case gomath.IsInf(d, 1):
		return kPosInf
	case gomath.IsInf(d, -1):
		return kNegInf
	case d == 0 && gomath.Signbit(d):
		return kNegZero
	case d == 0:
		return kPosZero
	case d < 0:
		return kNeg
	}
	return kPos
}

// table is one function's special values.
type table [7][7]complex128

// lookup returns the table entry for z.
func (t *table) lookup(z complex128) complex128 { return t[kindOf(real(z))][kindOf(imag(z))] }

// isSpecial reports whether z has an infinite or NaN part.
func isSpecial(z complex128) bool { return !finite(real(z)) || !finite(imag(z)) }

// finite reports whether x is neither infinite nor NaN.
func finite(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) }

// Table constants: multiples of pi as C computes them in double, an
// infinity, a NaN and cmathmodule.c's placeholder for unused entries.
const (
	pi  = pymath.Pi
	p14 = 0.25 * pi
	p12 = 0.5 * pi
	p34 = 0.75 * pi // equal to the double product 0.75*pi (checked)
	u   = -9.5426319407711027e33
)

var (
	inf = gomath.Inf(1)
	nan = pymath.NaN()
)

// c builds a table entry.
func c(re, im float64) complex128 { return complex(re, im) }

// negZero is -0.0 (a constant -0.0 is +0 in Go).
var negZero = gomath.Copysign(0, -1)

// The tables, rows by the real part's kind, columns by the imaginary
// part's, in kind order (-inf, neg, -0, +0, pos, +inf, nan).
var (
	acosSpecial = table{
		{c(p34, inf), c(pi, inf), c(pi, inf), c(pi, -inf), c(pi, -inf), c(p34, -inf), c(nan, inf)},
		{c(p12, inf), c(u, u), c(u, u), c(u, u), c(u, u), c(p12, -inf), c(nan, nan)},
		{c(p12, inf), c(u, u), c(p12, 0), c(p12, negZero), c(u, u), c(p12, -inf), c(p12, nan)},
		{c(p12, inf), c(u, u), c(p12, 0), c(p12, negZero), c(u, u), c(p12, -inf), c(p12, nan)},
		{c(p12, inf), c(u, u), c(u, u), c(u, u), c(u, u), c(p12, -inf), c(nan, nan)},
		{c(p14, inf), c(0, inf), c(0, inf), c(0, -inf), c(0, -inf), c(p14, -inf), c(nan, inf)},
		{c(nan, inf), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, -inf), c(nan, nan)},
	}
	acoshSpecial = table{
		{c(inf, -p34), c(inf, -pi), c(inf, -pi), c(inf, pi), c(inf, pi), c(inf, p34), c(inf, nan)},
		{c(inf, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(0, -p12), c(0, p12), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(0, -p12), c(0, p12), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p14), c(inf, negZero), c(inf, negZero), c(inf, 0), c(inf, 0), c(inf, p14), c(inf, nan)},
		{c(inf, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(inf, nan), c(nan, nan)},
	}
	asinhSpecial = table{
		{c(-inf, -p14), c(-inf, negZero), c(-inf, negZero), c(-inf, 0), c(-inf, 0), c(-inf, p14), c(-inf, nan)},
		{c(-inf, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(-inf, p12), c(nan, nan)},
		{c(-inf, -p12), c(u, u), c(negZero, negZero), c(negZero, 0), c(u, u), c(-inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p14), c(inf, negZero), c(inf, negZero), c(inf, 0), c(inf, 0), c(inf, p14), c(inf, nan)},
		{c(inf, nan), c(nan, nan), c(nan, negZero), c(nan, 0), c(nan, nan), c(inf, nan), c(nan, nan)},
	}
	atanhSpecial = table{
		{c(negZero, -p12), c(negZero, -p12), c(negZero, -p12), c(negZero, p12), c(negZero, p12), c(negZero, p12), c(negZero, nan)},
		{c(negZero, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(negZero, p12), c(nan, nan)},
		{c(negZero, -p12), c(u, u), c(negZero, negZero), c(negZero, 0), c(u, u), c(negZero, p12), c(negZero, nan)},
		{c(0, -p12), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(0, p12), c(0, nan)},
		{c(0, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(0, p12), c(nan, nan)},
		{c(0, -p12), c(0, -p12), c(0, -p12), c(0, p12), c(0, p12), c(0, p12), c(0, nan)},
		{c(0, -p12), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(0, p12), c(nan, nan)},
	}
	coshSpecial = table{
		{c(inf, nan), c(u, u), c(inf, 0), c(inf, negZero), c(u, u), c(inf, nan), c(inf, nan)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(nan, 0), c(u, u), c(1, 0), c(1, negZero), c(u, u), c(nan, 0), c(nan, 0)},
		{c(nan, 0), c(u, u), c(1, negZero), c(1, 0), c(u, u), c(nan, 0), c(nan, 0)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(inf, nan), c(u, u), c(inf, negZero), c(inf, 0), c(u, u), c(inf, nan), c(inf, nan)},
		{c(nan, nan), c(nan, nan), c(nan, 0), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
	}
	expSpecial = table{
		{c(0, 0), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(0, 0), c(0, 0)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(nan, nan), c(u, u), c(1, negZero), c(1, 0), c(u, u), c(nan, nan), c(nan, nan)},
		{c(nan, nan), c(u, u), c(1, negZero), c(1, 0), c(u, u), c(nan, nan), c(nan, nan)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(inf, nan), c(u, u), c(inf, negZero), c(inf, 0), c(u, u), c(inf, nan), c(inf, nan)},
		{c(nan, nan), c(nan, nan), c(nan, negZero), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
	}
	logSpecial = table{
		{c(inf, -p34), c(inf, -pi), c(inf, -pi), c(inf, pi), c(inf, pi), c(inf, p34), c(inf, nan)},
		{c(inf, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(-inf, -pi), c(-inf, pi), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(-inf, negZero), c(-inf, 0), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p14), c(inf, negZero), c(inf, negZero), c(inf, 0), c(inf, 0), c(inf, p14), c(inf, nan)},
		{c(inf, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(inf, nan), c(nan, nan)},
	}
	sinhSpecial = table{
		{c(inf, nan), c(u, u), c(-inf, negZero), c(-inf, 0), c(u, u), c(inf, nan), c(inf, nan)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(0, nan), c(u, u), c(negZero, negZero), c(negZero, 0), c(u, u), c(0, nan), c(0, nan)},
		{c(0, nan), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(0, nan), c(0, nan)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(inf, nan), c(u, u), c(inf, negZero), c(inf, 0), c(u, u), c(inf, nan), c(inf, nan)},
		{c(nan, nan), c(nan, nan), c(nan, negZero), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
	}
	sqrtSpecial = table{
		{c(inf, -inf), c(0, -inf), c(0, -inf), c(0, inf), c(0, inf), c(inf, inf), c(nan, inf)},
		{c(inf, -inf), c(u, u), c(u, u), c(u, u), c(u, u), c(inf, inf), c(nan, nan)},
		{c(inf, -inf), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(inf, inf), c(nan, nan)},
		{c(inf, -inf), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(inf, inf), c(nan, nan)},
		{c(inf, -inf), c(u, u), c(u, u), c(u, u), c(u, u), c(inf, inf), c(nan, nan)},
		{c(inf, -inf), c(inf, negZero), c(inf, negZero), c(inf, 0), c(inf, 0), c(inf, inf), c(inf, nan)},
		{c(inf, -inf), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(inf, inf), c(nan, nan)},
	}
	tanhSpecial = table{
		{c(-1, 0), c(u, u), c(-1, negZero), c(-1, 0), c(u, u), c(-1, 0), c(-1, 0)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(nan, nan), c(u, u), c(negZero, negZero), c(negZero, 0), c(u, u), c(nan, nan), c(nan, nan)},
		{c(nan, nan), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(nan, nan), c(nan, nan)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(1, 0), c(u, u), c(1, negZero), c(1, 0), c(u, u), c(1, 0), c(1, 0)},
		{c(nan, nan), c(nan, nan), c(nan, negZero), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
	}
	rectSpecial = table{
		{c(inf, nan), c(u, u), c(-inf, 0), c(-inf, negZero), c(u, u), c(inf, nan), c(inf, nan)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(0, 0), c(u, u), c(negZero, 0), c(negZero, negZero), c(u, u), c(0, 0), c(0, 0)},
		{c(0, 0), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(0, 0), c(0, 0)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(inf, nan), c(u, u), c(inf, negZero), c(inf, 0), c(u, u), c(inf, nan), c(inf, nan)},
		{c(nan, nan), c(nan, nan), c(nan, 0), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
	}
)
