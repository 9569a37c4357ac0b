// This file holds the functions that combine many floats: fsum (exact
// summation with Shewchuk's non-overlapping partials and CPython's final
// half-even correction), hypot and dist (CPython 3.11's vector_norm:
// power-of-two scaling, Veltkamp-Dekker squaring, compensated summation and
// a differential correction of the square root), and prod.
//
// Products feeding additions are wrapped in float64() so that the compiler
// never fuses them into FMAs: the algorithms rely on each operation being
// rounded separately, as in CPython's C.

package math

import (
	gomath "math"
	"math/big"
)

// Fsum is math.fsum over the floats xs. Each element is what CPython's
// ASSIGN_DOUBLE gives: a float's value, an int via PyLong_AsDouble
// (IntToFloat), else __float__.
func Fsum(xs []float64) (float64, error) {
	var p []float64
	specialSum, infSum := 0.0, 0.0
	for _, xsave := range xs {
		x := xsave
		i := 0
		for _, y := range p {
			if gomath.Abs(x) < gomath.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			yr := hi - x
			lo := y - yr
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x != 0 {
			if !isFinite(x) {
				// Either an intermediate overflow or a special summand.
				if isFinite(xsave) {
					return 0, overflowError("intermediate overflow in fsum")
				}
				if gomath.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				p = p[:0]
			} else {
				p = append(p, x)
			}
		}
	}
	if specialSum != 0 {
		if gomath.IsNaN(infSum) {
			return 0, valueError("-inf + inf in fsum")
		}
		return specialSum, nil
	}
	hi := 0.0
	n := len(p)
	if n > 0 {
		var lo float64
		n--
		hi = p[n]
		// Add the partials from the top while the sum stays exact.
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		// Round half-even across partials: if the discarded part has the
		// same sign as the next partial, the true sum is past the tie.
		if n > 0 && ((lo < 0 && p[n-1] < 0) || (lo > 0 && p[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return hi, nil
}

// vectorNorm is CPython 3.11's vector_norm: sqrt(sum(x*x for x in vec))
// for non-negative finite vec with maximum max, correctly rounded in
// practice.
func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	const t27 = 134217729.0 // 2**27 + 1, the Veltkamp splitter
	if gomath.IsInf(max, 0) {
		return max
	}
	if foundNaN {
		return gomath.NaN()
	}
	if max == 0 || len(vec) <= 1 {
		return max
	}
	_, maxE := gomath.Frexp(max)
	csum, frac1, frac2, frac3 := 1.0, 0.0, 0.0, 0.0
	if maxE >= -1023 {
		scale := gomath.Ldexp(1.0, -maxE)
		for _, x := range vec {
			x *= scale
			t := x * t27
			hi := t - (t - x)
			lo := x - hi

			x = hi * hi
			old := csum
			csum += x
			frac1 += (old - csum) + x

			x = float64(2.0*hi) * lo
			old = csum
			csum += x
			frac2 += (old - csum) + x

			frac3 += float64(lo * lo)
		}
		h := gomath.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3))

		x := h
		t := x * t27
		hi := t - (t - x)
		lo := x - hi

		x = float64(-hi * hi)
		old := csum
		csum += x
		frac1 += (old - csum) + x

		x = float64(float64(-2.0*hi) * lo)
		old = csum
		csum += x
		frac2 += (old - csum) + x

		x = float64(-lo * lo)
		old = csum
		csum += x
		frac3 += (old - csum) + x

		x = csum - 1.0 + (frac1 + frac2 + frac3)
		return (h + x/(2.0*h)) / scale
	}
	// max is subnormal-small: 2**-maxE would overflow, so divide by max.
	for _, x := range vec {
		x /= max
		x = x * x
		old := csum
		csum += x
		frac1 += (old - csum) + x
	}
	return max * gomath.Sqrt(csum-1.0+frac1)
}

// Hypot is math.hypot(*coordinates); each coordinate converted as for Fsum.
func Hypot(coords []float64) float64 {
	vec := make([]float64, len(coords))
	max, nan := 0.0, false
	for i, x := range coords {
		x = gomath.Abs(x)
		vec[i] = x
		nan = nan || gomath.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return vectorNorm(vec, max, nan)
}

// Dist is math.dist(p, q) for two points given as float sequences (the
// caller turns each iterable into a tuple and converts the items as for
// Fsum, item by item: p[i] then q[i]).
func Dist(p, q []float64) (float64, error) {
	if len(p) != len(q) {
		return 0, valueError("both points must have the same number of dimensions")
	}
	vec := make([]float64, len(p))
	max, nan := 0.0, false
	for i := range p {
		x := gomath.Abs(p[i] - q[i])
		vec[i] = x
		nan = nan || gomath.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return vectorNorm(vec, max, nan), nil
}

// ProdFloat is math.prod when start (default 1) and every item are floats
// or ints: the running product is a float from the first float on. The
// caller converts the items to float64 as Python's float * int does
// (IntToFloat, whose OverflowError it raises); for any other item types
// the interpreter multiplies with its generic binary operator.
func ProdFloat(start float64, xs []float64) float64 {
	r := start
	for _, x := range xs {
		r *= x
	}
	return r
}

// ProdInt is math.prod over Python ints with an int start.
func ProdInt(start *big.Int, xs []*big.Int) *big.Int {
	r := new(big.Int).Set(start)
	for _, x := range xs {
		r.Mul(r, x)
	}
	return r
}
