// This file holds the fast path of float ** float: x**y = exp(y*log(x))
// evaluated with table-driven log and exp in a little more than double
// precision (about 2**-68 relative), with an error bound. When the bound
// proves which way the result rounds (Ziv's rounding test) the rounded
// value is returned; otherwise, in about one case in several thousand, the
// caller falls back to the double-double path of float_pow.go, so the
// result is the same correctly rounded float either way.
//
// log: x = 2**k * z with z in [0.707, 1.414); the top bits of z pick a
// subinterval with a 9-bit invc near 1/z, so r = z*invc - 1 is exact and
// |r| < 2**-8; log(x) = k*ln2 - log(invc) + log1p(r), with -log(invc) from
// the table (a multiple of 2**-42 plus a double) and log1p(r) as a Taylor
// series whose first terms are carried in double-double.
//
// exp: t = n*ln2/256 + r with |r| <= ln2/512; exp(t) = 2**(n/256) * exp(r),
// 2**(j/256) from a table as a double-double and exp(r) as a degree-6
// Taylor polynomial. The tables (float_pow_tables.go) are generated from
// 320-bit big.Float arithmetic by float_pow_gen_test.go.
//
// powShortFast, for y = 1.5, -1.5, -0.5, 3, 4, -2, -3 and -4, is cheaper
// still: a square root or power in double-double and at most one
// reciprocal.
//
// The error analysis is in docs/num.md; TestPowFastErrorBound measures
// the error against 320-bit arithmetic on random inputs and checks it stays
// well inside the bound that the rounding test assumes.

package num

import "math"

// powLogEntry is one subinterval of the log table: invc is a 9-bit
// approximation of 1/z for z in the subinterval, logcHi+logcLo is
// -log(invc) with logcHi a multiple of 2**-42.
type powLogEntry struct{ invc, logcHi, logcLo float64 }

const (
	powOneThird = 1.0 / 3
	powShift    = 0x1.8p52 // adding it rounds a float of magnitude < 2**51 to an integer
	// Beyond these bounds on y*log(x) the result may overflow or be
	// subnormal; the fast path leaves such cases to the general one.
	powTMin = -708.3
	powTMax = 709.7
	// The rounding test's error bound on the relative error of the
	// result: powErrBase plus powErrPerT times |y*log(x)| (the log's
	// relative error, magnified by |t|). See docs/num.md.
	powErrBase = 0x1p-67
	powErrPerT = 0x1p-71
)

// powFast returns x**y and true for finite x > 0, x != 1, finite y != 0
// when its error bound proves the rounding and the result is a normal
// float; otherwise false.
func powFast(x, y float64) (float64, bool) {
	hi, lo, scale, eb, ok := powFastEval(x, y)
	a := hi + (lo - eb)
	if !ok || a != hi+(lo+eb) {
		return 0, false
	}
	// a is in [0.99, 2.01] and the result is normal: adding scale to the
	// exponent field multiplies by the power of two.
	return math.Float64frombits(math.Float64bits(a) + scale), true
}

// powFastEval returns x**y as (hi+lo) * 2**m, with hi in [0.99, 2.01] and
// m<<52 (two's complement) in scale, and an absolute error bound eb on
// hi+lo; false when y*log(x) is outside [powTMin, powTMax] (or not finite).
func powFastEval(x, y float64) (hi, lo float64, scale uint64, eb float64, ok bool) {
	// log(x), relative error below about 2**-73.
	ix := math.Float64bits(x)
	if ix < 1<<52 {
		// Subnormal: scale into the normal range and take 52 off the
		// exponent field; the arithmetic below wraps consistently.
		ix = math.Float64bits(x*0x1p52) - 52<<52
	}
	tmp := ix - powLogOff
	i := (tmp >> (52 - powLogBits)) % (1 << powLogBits)
	k := float64(int64(tmp) >> 52)
	z := math.Float64frombits(ix - tmp&(0xfff<<52))
	e := &powLogTable[i]
	r := math.FMA(z, e.invc, -1) // exact: see float_pow_gen_test.go
	// r**2 exactly, r**3 to about 2**-106, r**3/3 as a double-double.
	w := r * r
	wl := math.FMA(r, r, -w)
	c := r * w
	cl := math.FMA(r, w, -c) + r*wl
	q := c * powOneThird
	ql := (math.FMA(-q, 3, c) + cl) * powOneThird
	// The rest of log1p(r): r**4 * (-1/4 + r/5 - r**2/6 + ...), whose
	// terms beyond r**10 are below 2**-90, by Estrin's scheme (shorter
	// dependency chains than Horner's).
	w2 := w * w
	p := (-0.25 + r*0.2) + w*(-1.0/6+r*(1.0/7)) + w2*((-0.125+r*(1.0/9))-w*0.1)
	// k*powLn2Hi and logcHi are multiples of 2**-42 below 2**10: their sum
	// is exact. It is 0 or of an exponent at least r's (checked by the
	// table generator), so the fast two-sum is exact.
	s1 := k*powLn2Hi + e.logcHi
	s2 := quickTwoSum(s1, r)
	// -r**2/2 + r**3/3 exactly (|r**2/2| > |r**3/3|), beside s2, then
	// added to s2.hi (|s2.hi| > |r**2/2|: s2.hi is r when k = 0 and
	// invc = 1, and above 2**-10 otherwise).
	a := quickTwoSum(-0.5*w, q)
	s3 := quickTwoSum(s2.hi, a.hi)
	rest := ((k*powLn2Lo + e.logcLo) + (s2.lo + s3.lo)) + ((a.lo + ql) - 0.5*wl) + w2*p
	// log(x) = s3.hi + rest. t = y*log(x) = th + tl: y*s3.hi exactly, and
	// y*rest. rest is not normalized against s3.hi (it can reach |r**3|
	// relative to it), but the reduction below normalizes r, and a larger
	// tl only widens |r| by at most 2**-19.
	th := y * s3.hi
	if !(th > powTMin && th < powTMax) {
		return 0, 0, 0, 0, false
	}
	tl := math.FMA(y, s3.hi, -th) + y*rest
	// t = n*ln2/N + r: n by the round-to-nearest of adding powShift,
	// th - n*powLn2NHi exact (n*powLn2NHi has at most 53 bits and is
	// within a factor of two of th).
	kd := th*powInvLn2N + powShift
	kd -= powShift
	n := int64(kd)
	rs := twoSum(th-kd*powLn2NHi, tl-kd*powLn2NMid-kd*powLn2NLo)
	rh, rl := rs.hi, rs.lo
	// exp(r) - 1 - r to about 2**-72 (|r| <= 2**-9.4; the Taylor terms
	// from r**7 on are below 2**-78).
	r2 := rh * rh
	pe := r2*(0.5+rh*(1.0/6)) + (r2*r2)*((1.0/24+rh*(1.0/120))+r2*(1.0/720))
	sl := rl + rh*rl + pe
	tab := &powExpTable[n&(1<<powExpBits-1)]
	m := twoProd(tab.hi, rh)
	res := quickTwoSum(tab.hi, m.hi)
	lo = (res.lo + m.lo) + (tab.lo + tab.lo*rh) + tab.hi*sl
	eb = (powErrBase + powErrPerT*math.Abs(th)) * res.hi
	return res.hi, lo, uint64(n>>powExpBits) << 52, eb, true
}

// powShortFast returns x**y and true for y = 1.5, -1.5, -0.5, 3, 4, -2, -3
// or -4 and x in range (see powShortEval) when the rounding is proven,
// from a double-double square root or power and at most one
// double-double reciprocal: relative error below 2**-100, tested against
// a bound of 2**-97. nbody's distance ** -1.5 takes this path.
func powShortFast(x, y float64) (float64, bool) {
	hi, lo, ok := powShortEval(x, y)
	if !ok {
		return 0, false
	}
	eb := 0x1p-97 * hi
	a := hi + (lo - eb)
	if a != hi+(lo+eb) {
		return 0, false
	}
	return a, true
}

// powShortEval returns x**y as hi+lo for powShortFast: for the square-root
// exponents when x is in [2**-600, 2**600], for the integral ones when x is
// in [2**-240, 2**240] (so that every product and its FMA residual stay
// normal).
func powShortEval(x, y float64) (hi, lo float64, ok bool) {
	switch y {
	case 1.5, -1.5, -0.5:
		if !(x >= 0x1p-600 && x <= 0x1p600) {
			return 0, 0, false
		}
		// sqrt(x) = s + sl: x - s*s is exact with FMA.
		s := math.Sqrt(x)
		sl := math.FMA(-s, s, x) / (2 * s)
		switch y {
		case 1.5:
			hi = x * s
			return hi, math.FMA(x, s, -hi) + x*sl, true
		case -1.5:
			u := x * s
			hi, lo = ddRecip(u, math.FMA(x, s, -u)+x*sl)
			return hi, lo, true
		}
		hi, lo = ddRecip(s, sl)
		return hi, lo, true
	case 3, 4, -2, -3, -4:
		if !(x >= 0x1p-240 && x <= 0x1p240) {
			return 0, 0, false
		}
		// x**2 = a + b exactly.
		a := x * x
		b := math.FMA(x, x, -a)
		switch math.Abs(y) {
		case 2:
			hi, lo = a, b
		case 3:
			hi = x * a
			lo = math.FMA(x, a, -hi) + x*b
		default:
			hi = a * a
			lo = math.FMA(a, a, -hi) + (2*a*b + b*b)
		}
		if y < 0 {
			hi, lo = ddRecip(hi, lo)
		}
		return hi, lo, true
	}
	return 0, 0, false
}

// ddRecip returns 1/(h+l) as a double-double, for |l| <= 2**-51 |h|, to
// about 2**-103 relative: q = 1/h rounded, 1 - q*h exactly by FMA, and
// the first-order correction.
func ddRecip(h, l float64) (hi, lo float64) {
	q := 1 / h
	return q, (math.FMA(-q, h, 1) - q*l) * q
}
