// This file holds the C library's hypot(x, y), which CPython's cmath
// module and complex abs() call (math.hypot itself is CPython's own
// vector norm, in sum.go).

package math

import gomath "math"

// Scaling bounds of glibc's hypot (2.35 and later): arguments above
// hypotLarge or below hypotTiny are scaled by 2**-600 or 2**600 first, and
// a part below the other times hypotEps is negligible.
const (
	hypotScale = 0x1p-600
	hypotLarge = 0x1p+511
	hypotTiny  = 0x1p-511
	hypotEps   = 0x1p-54
)

// libmHypot is glibc's hypot: sqrt(x*x + y*y) without undue overflow or
// underflow, within one ulp but not always correctly rounded (glibc
// 2.36 differs from the correctly rounded result on about 0.45% of
// random arguments; this follows its steps to give the same bits).
func libmHypot(x, y float64) float64 {
	if gomath.IsInf(x, 0) || gomath.IsInf(y, 0) {
		return gomath.Inf(1)
	}
	if gomath.IsNaN(x) || gomath.IsNaN(y) {
		return x + y
	}
	x, y = gomath.Abs(x), gomath.Abs(y)
	ax, ay := max(x, y), min(x, y)
	switch {
	case ax > hypotLarge:
		if ay <= float64(ax*hypotEps) {
			return ax + ay
		}
		return hypotKernel(ax*hypotScale, ay*hypotScale) / hypotScale
	case ay < hypotTiny:
		if ax >= ay/hypotEps {
			return ax + ay
		}
		return hypotKernel(ax/hypotScale, ay/hypotScale) * hypotScale
	case ay <= float64(ax*hypotEps):
		return ax + ay
	}
	return hypotKernel(ax, ay)
}

// hypotKernel is the core of glibc's hypot for ax >= ay >= 0 in range
// (C. F. Borges, "An improved algorithm for hypot(a, b)", 2019): a square
// root rounded once, then corrected by one step that uses the exact
// residual of the sum of squares, computed without fused operations.
func hypotKernel(ax, ay float64) float64 {
	h := gomath.Sqrt(float64(ax*ax) + float64(ay*ay))
	var t1, t2 float64
	if h <= 2*ay {
		delta := h - ay
		t1 = float64(ax * (2*delta - ax))
		t2 = float64((delta - 2*(ax-ay)) * delta)
	} else {
		delta := h - ax
		t1 = float64(2 * delta * (ax - 2*ay))
		t2 = float64((4*delta-ay)*ay) + float64(delta*delta)
	}
	return h - (t1+t2)/(2*h)
}
