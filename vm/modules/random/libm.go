// This file holds the math functions the distributions need, with the
// results CPython gets from the C library. glibc's exp, log, sin, cos and
// acos are nearly always correctly rounded, while Go's math package is
// only faithful (on random arguments it differs from glibc in the last
// bit for 5 to 30 per cent of the values). So these functions evaluate in
// double-double arithmetic (dd.go) to about 100 bits and round once,
// which gives the correctly rounded result except in cases too close to
// a rounding boundary to matter (of the order of 2**-40 of arguments).
// glibc itself misrounds about one argument in a thousand; there our
// result differs from CPython's in the last bit (see libm_test.go).
//
// The methods: log reduces to m in [sqrt(1/2), sqrt(2)) and a table
// point j/128 near m, then sums atanh of (m - c)/(m + c); exp reduces by
// multiples of ln2/64 with a table of 2**(j/64) and sums a short Taylor
// series; sin and cos reduce by multiples of pi/2 (pi/2 in pieces whose
// products are exact, or big.Float for huge arguments) and sum their
// series; acos uses asin, found by Newton's method on sin.
//
// Exceptions follow CPython's math module: a domain error is
// ValueError("math domain error"), an overflow OverflowError("math range
// error"). sqrt is math.Sqrt (IEEE, exactly rounded) and x ** y is
// num.FloatPow, which already matches CPython's float power.

package random

import (
	"math"
	"math/big"

	"github.com/hotloop/hotloop/vm/num"
)

// ddLog returns log(x) for a finite x > 0 in double-double.
func ddLog(x float64) dd {
	t := tables()
	m, e := math.Frexp(x) // x = m * 2**e, m in [0.5, 1)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	j := int(math.Round(m * 128))
	c := float64(j) / 128
	// log(m) = log(c) + 2 atanh(s), s = (m - c) / (m + c), |s| < 2**-8.5;
	// m - c is exact (Sterbenz).
	s := dd{m - c, 0}.div(sum2(m, c))
	s2 := s.mul(s)
	p := t.atanhCoef[atanhTerms-1]
	for n := atanhTerms - 2; n >= 0; n-- {
		p = p.mul(s2).add(t.atanhCoef[n])
	}
	acc := t.logTable[j].add(s.mul(p).mulF(2))
	if e != 0 {
		acc = t.ln2.mulF(float64(e)).add(acc)
	}
	return acc
}

// correctLog is log(x) for x > 0, or x itself for +inf and NaN (no error
// checks; see mathLog).
func correctLog(x float64) float64 {
	if math.IsInf(x, 1) || math.IsNaN(x) || x <= 0 {
		if x == 0 {
			return math.Inf(-1)
		}
		if x < 0 {
			return math.NaN()
		}
		return x
	}
	return ddLog(x).round()
}

// mathLog is math.log(x).
func mathLog(x float64) (float64, error) {
	if x <= 0 || math.IsInf(x, -1) {
		return 0, mathDomain()
	}
	return correctLog(x), nil
}

// mathExp is math.exp(x).
func mathExp(x float64) (float64, error) {
	t := tables()
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, nil
	case math.IsInf(x, -1) || x < -746:
		return 0, nil
	case x > 710:
		return 0, mathRange()
	case x == 0:
		return 1, nil
	}
	// x = k ln2/64 + r, |r| <= ln2/128; k times the first part is exact,
	// the second is an exact product.
	k := math.Round(x * (expSteps / math.Ln2))
	p := prod2(k, t.ln2Parts[1])
	r := sum2(x, -float64(k*t.ln2Parts[0])).sub(p).add(dd{-float64(k * t.ln2Parts[2]), 0})
	e := t.expCoef[expTerms-1]
	for n := expTerms - 2; n >= 0; n-- {
		e = e.mul(r).add(t.expCoef[n])
	}
	ik := int(k)
	j := ik & (expSteps - 1)
	scale := (ik - j) / expSteps
	e = e.mul(t.exp2Table[j])
	if scale > -1020 && scale < 1020 {
		v := math.Ldexp(e.round(), scale)
		if math.IsInf(v, 0) {
			return 0, mathRange()
		}
		return v, nil
	}
	// Near the ends of the range scale exactly, then round once (this
	// also rounds subnormal results correctly).
	b := new(big.Float).SetPrec(120).SetFloat64(e.hi)
	b.Add(b, big.NewFloat(e.lo))
	b.SetMantExp(b, scale)
	v, _ := b.Float64()
	if math.IsInf(v, 0) {
		return 0, mathRange()
	}
	return v, nil
}

// sinCosSmall returns sin(r) and cos(r) for |r| <= pi/4 (a little more is
// fine) by their series.
func sinCosSmall(r dd) (dd, dd) {
	t := tables()
	r2 := r.mul(r)
	s, c := t.sinCoef[sinTerms-1], t.cosCoef[sinTerms-1]
	for n := sinTerms - 2; n >= 0; n-- {
		s = s.mul(r2).add(t.sinCoef[n])
		c = c.mul(r2).add(t.cosCoef[n])
	}
	return r.mul(s), c
}

// reduce returns r and k mod 4 with x = k pi/2 + r, |r| <= pi/4 roughly,
// r to double-double accuracy relative to itself.
func reduce(x float64) (dd, int) {
	t := tables()
	if math.Abs(x) <= math.Pi/4 {
		return dd{x, 0}, 0
	}
	if math.Abs(x) < 0x1p19 {
		k := math.Round(x / t.halfPi.hi)
		r := sum2(x, -float64(k*t.halfPiParts[0]))
		r = r.add(dd{-float64(k * t.halfPiParts[1]), 0})
		r = r.add(dd{-float64(k * t.halfPiParts[2]), 0})
		r = r.sub(prod2(k, t.halfPiParts[3]))
		return r, int(int64(k) & 3)
	}
	// k = round(x / (pi/2)) as an exact integer, then r = x - k pi/2
	// with enough bits of pi for the cancellation.
	prec := uint(200 + max(math.Ilogb(x), 0))
	b := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Quo(b, bigHalfPi())
	q.Add(q, big.NewFloat(math.Copysign(0.5, x)))
	k, _ := q.Int(nil) // truncating q + 1/2 away from zero rounds q
	kp := new(big.Float).SetPrec(prec).SetInt(k)
	kp.Mul(kp, bigHalfPi())
	b.Sub(b, kp)
	hi, _ := b.Float64()
	lo, _ := b.Sub(b, big.NewFloat(hi)).Float64()
	quadrant := new(big.Int).And(k, big.NewInt(3)) // two's complement: k mod 4
	return dd{hi, lo}, int(quadrant.Int64())
}

// sinCos returns math.sin(x) and math.cos(x).
func sinCos(x float64) (float64, float64, error) {
	switch {
	case math.IsInf(x, 0):
		return 0, 0, mathDomain()
	case math.IsNaN(x):
		return x, x, nil
	case x == 0:
		return x, 1, nil
	}
	r, k := reduce(x)
	s, c := sinCosSmall(r)
	switch k {
	case 1:
		s, c = c, s.neg()
	case 2:
		s, c = s.neg(), c.neg()
	case 3:
		s, c = c.neg(), s
	}
	return s.round(), c.round(), nil
}

func mathCos(x float64) (float64, error) {
	_, c, err := sinCos(x)
	return c, err
}

func mathSin(x float64) (float64, error) {
	s, _, err := sinCos(x)
	return s, err
}

// asinSmall returns asin(z) for a double-double 0 <= z <= 0.5 by two
// Newton steps on sin from Go's estimate.
func asinSmall(z dd) dd {
	y := dd{math.Asin(z.hi), 0}
	for i := 0; i < 2; i++ {
		s, c := sinCosSmall(y)
		y = y.add(z.sub(s).div(c))
	}
	return y
}

// mathAcos is math.acos(x).
func mathAcos(x float64) (float64, error) {
	t := tables()
	switch {
	case math.IsNaN(x):
		return x, nil
	case x > 1 || x < -1:
		return 0, mathDomain()
	case x == 1:
		return 0, nil
	case x == -1:
		return t.pi.round(), nil
	}
	if math.Abs(x) <= 0.5 {
		a := asinSmall(dd{math.Abs(x), 0})
		if x < 0 {
			return t.halfPi.add(a).round(), nil
		}
		return t.halfPi.sub(a).round(), nil
	}
	// acos(x) = 2 asin(sqrt((1-x)/2)) for x > 0.5, and pi minus that
	// with 1+x for x < -0.5; 1-|x| is exact there. The square root gets
	// one correction term from the exact square of its float estimate.
	h := (1 - math.Abs(x)) / 2
	s := math.Sqrt(h)
	sq := prod2(s, s)
	z := fastSum2(s, ((h-sq.hi)-sq.lo)/(2*s))
	a := asinSmall(z).mulF(2)
	if x < 0 {
		return t.pi.sub(a).round(), nil
	}
	return a.round(), nil
}

// mathSqrt is math.sqrt(x).
func mathSqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, mathDomain()
	}
	return math.Sqrt(x), nil
}

// pow is the float x ** y.
func pow(x, y float64) (float64, error) {
	v, _, err := num.FloatPow(x, y)
	return v, err
}

// div is the float x / y, with Python's ZeroDivisionError.
func div(x, y float64) (float64, error) {
	if y == 0 {
		return 0, zeroDivision()
	}
	return x / y, nil
}
