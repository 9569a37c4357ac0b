// This file holds correctly rounded exp, log and pow, used in place of Go's
// math.Exp, math.Log and math.Pow because glibc's versions of these (which
// CPython calls) are correctly rounded in all but very rare cases while
// Go's differ from them in the last bit for several percent of arguments
// (and Go's Log is wrong for subnormals).
//
// The idea: compute the function in double-double arithmetic (an unevaluated
// sum hi+lo carrying about 106 bits) and round once at the end. exp reduces
// x = k*ln2 + r with ln2 in three parts, evaluates exp(r/256) by Taylor
// series and squares eight times; log sums the atanh series of
// (m-1)/(m+1) for the mantissa m; pow is
// exp(y*log(x)) over double-double values. The products rely on math.FMA
// being exact, which it is by definition.

package math

import (
	gomath "math"
	"math/big"
)

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

// ln2 and the reciprocals of ln 2 and ln 10 to about 160 bits, each as
// three floats of decreasing magnitude.
const (
	ln2A     = 0x1.62e42fefa39efp-1
	ln2B     = 0x1.abc9e3b39803fp-56
	ln2C     = 0x1.7b57a079a1934p-111
	invLn2A  = 0x1.71547652b82fep+0
	invLn2B  = 0x1.777d0ffda0d24p-56
	invLn10A = 0x1.bcb7b1526e50ep-2
	invLn10B = 0x1.95355baaafad3p-57
)

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func fastTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, gomath.FMA(a, b, -p)}
}

func ddAdd(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = fastTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return fastTwoSum(s.hi, s.lo)
}

func ddMul(a, b dd) dd {
	p := twoProd(a.hi, b.hi)
	p.lo += a.hi*b.lo + a.lo*b.hi
	return fastTwoSum(p.hi, p.lo)
}

func ddMulF(a dd, b float64) dd {
	p := twoProd(a.hi, b)
	p.lo += a.lo * b
	return fastTwoSum(p.hi, p.lo)
}

// ddDiv returns a / b to double-double precision.
func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddMulF(b, -q1))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddMulF(b, -q2))
	q3 := r.hi / b.hi
	q := fastTwoSum(q1, q2)
	return ddAdd(q, dd{q3, 0})
}

// ddDivF returns a / n for a small integer n.
func ddDivF(a dd, n float64) dd {
	q1 := a.hi / n
	p := twoProd(q1, n)
	r := ((a.hi - p.hi) - p.lo + a.lo) / n
	return fastTwoSum(q1, r)
}

// recip holds 1/n as double-doubles for n < 48, built once.
var recip = func() (t [48]dd) {
	for n := 1; n < len(t); n++ {
		t[n] = ddDivF(dd{1, 0}, float64(n))
	}
	return t
}()

// expReduced returns exp(r) for |r| <= 0.36 as a double-double.
func expReduced(r dd) dd {
	s := dd{r.hi / 256, r.lo / 256}
	// Taylor series of exp(s)-1, Horner form, |s| < 0.0015.
	sum := dd{1.0 / 13, 0}
	for n := 12; n >= 1; n-- {
		sum = ddMul(sum, s)
		sum = ddMul(sum, recip[n])
		if n > 1 {
			sum = ddAdd(sum, dd{1, 0})
		}
	}
	// sum is exp(s) - 1; square back up with (1+e)^2 - 1 = e*(2+e), which
	// keeps the relative accuracy of e.
	e := sum
	for i := 0; i < 8; i++ {
		e = ddMul(e, ddAdd(e, dd{2, 0}))
	}
	return ddAdd(e, dd{1, 0})
}

// expDD returns exp(x) as (v, k) with exp(x) ~= v * 2**k, for finite x in
// [-760, 720].
func expDD(x dd) (dd, int) {
	k := gomath.RoundToEven(x.hi * invLn2A)
	// r = x - k*ln2, with k*ln2 exact to about 160 bits.
	r := ddAdd(x, twoProd(-k, ln2A))
	r = ddAdd(r, twoProd(-k, ln2B))
	r = ddAdd(r, dd{-k * ln2C, 0})
	return expReduced(r), int(k)
}

// roundScaled rounds (v.hi + v.lo) * 2**k to a float, correctly also when
// the result is subnormal.
func roundScaled(v dd, k int) float64 {
	r := gomath.Ldexp(v.hi, k)
	if gomath.IsInf(r, 0) || gomath.Abs(r) >= 0x1p-1022 {
		return gomath.Ldexp(v.hi+v.lo, k)
	}
	// Zero or subnormal: ldexp rounded v.hi alone, and v.lo may move the
	// exact value past a rounding boundary.
	back := gomath.Ldexp(r, -k)
	resid := (v.hi - back) + v.lo
	half := gomath.Ldexp(1, -1075-k)
	if resid > half {
		r = gomath.Nextafter(r, gomath.Inf(1))
	} else if resid < -half {
		r = gomath.Nextafter(r, gomath.Inf(-1))
	}
	return r
}

// crExp is exp(x) correctly rounded (barring cases of extreme closeness
// to a rounding boundary).
func crExp(x float64) float64 {
	switch {
	case gomath.IsNaN(x):
		return x
	case x > 710:
		return gomath.Inf(1)
	case x < -746:
		return 0
	}
	v, k := expDD(dd{x, 0})
	return roundScaled(v, k)
}

// crExp2 is 2**x correctly rounded.
func crExp2(x float64) float64 {
	switch {
	case gomath.IsNaN(x):
		return x
	case x > 1025:
		return gomath.Inf(1)
	case x < -1080:
		return 0
	}
	n := gomath.RoundToEven(x)
	f := x - n // exact
	a := ddAdd(twoProd(f, ln2A), dd{f * ln2B, 0})
	v, k := expDD(a)
	return roundScaled(v, k+int(n))
}

// logDD returns log(x) for finite x > 0 as a double-double: with
// x = m * 2**e, m in [sqrt(1/2), sqrt(2)), f = m-1 (exact) and
// s = f/(2+f), log(m) = 2*atanh(s) = 2*(s + s**3/3 + s**5/5 + ...), which
// keeps its relative accuracy as m approaches 1.
func logDD(x float64) dd {
	m, e := gomath.Frexp(x)
	if m < gomath.Sqrt2/2 {
		m *= 2
		e--
	}
	f := m - 1
	s := ddDiv(dd{f, 0}, twoSum(2, f))
	s2 := ddMul(s, s)
	sum := recip[47]
	for k := 45; k >= 1; k -= 2 {
		sum = ddAdd(ddMul(sum, s2), recip[k])
	}
	y := ddMul(sum, s)
	y = dd{2 * y.hi, 2 * y.lo}
	fe := float64(e)
	y = ddAdd(y, twoProd(fe, ln2A))
	y = ddAdd(y, twoProd(fe, ln2B))
	return ddAdd(y, dd{fe * ln2C, 0})
}

// crLog is log(x) correctly rounded for finite x > 0.
func crLog(x float64) float64 {
	if x == 1 {
		return 0
	}
	y := logDD(x)
	return y.hi + y.lo
}

// crLog2 is log2(x) correctly rounded for finite x > 0.
func crLog2(x float64) float64 {
	m, e := gomath.Frexp(x)
	if m == 0.5 {
		return float64(e - 1)
	}
	y := ddMul(logDD(x), dd{invLn2A, invLn2B})
	return y.hi + y.lo
}

// log10 constants of the classic fdlibm algorithm that glibc keeps:
// log10(x) = n*log10(2) + log(m)/ln(10), with n*log10(2) split in two.
const (
	ivln10   = 4.34294481903251816668e-01
	log102hi = 3.01029995663611771306e-01
	log102lo = 3.69423907715893078616e-13
)

// glibcLog10 follows glibc's log10 (fdlibm's e_log10.c), whose result is
// not always correctly rounded: it splits x = 2**k * m with m in [1, 2)
// (or [0.5, 1) for negative k), and adds the pieces in a fixed order.
func glibcLog10(x float64) float64 {
	bits := gomath.Float64bits(x)
	k := 0
	if bits < 0x0010000000000000 { // subnormal
		k = -54
		x *= 0x1p54
		bits = gomath.Float64bits(x)
	}
	hx := int32(bits >> 32)
	k += int(hx>>20) - 1023
	i := int32(0)
	if k < 0 {
		i = 1
	}
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(int32(k) + i)
	x = gomath.Float64frombits(uint64(uint32(hx))<<32 | bits&0xffffffff)
	z := float64(y*log102lo) + float64(ivln10*crLog(x))
	return z + float64(y*log102hi)
}

// crPow is pow(x, y) for finite x and y, with C99's special cases.
func crPow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	}
	yInt := y == gomath.Trunc(y)
	yOdd := yInt && gomath.Abs(y) < 0x1p53 && gomath.Mod(y, 2) != 0
	if x == 0 {
		if y < 0 {
			if yOdd {
				return gomath.Copysign(gomath.Inf(1), x)
			}
			return gomath.Inf(1)
		}
		if yOdd {
			return x
		}
		return 0
	}
	sign := 1.0
	if x < 0 {
		if !yInt {
			return gomath.NaN()
		}
		if yOdd {
			sign = -1
		}
		x = -x
	}
	if r, ok := exactPow(x, y); ok {
		return sign * r
	}
	lg := logDD(x)
	if a := lg.hi * y; a > 720 {
		return sign * gomath.Inf(1)
	} else if a < -760 {
		return sign * 0
	}
	l := ddMulF(lg, y)
	v, k := expDD(l)
	return sign * roundScaled(v, k)
}

// exactPow handles x**y for x > 0 and y an integer with |y| <= 64 or
// y = +-0.5, where the result can lie within 2**-106 of a rounding
// boundary (x = 2**k * (1 +- ulp), say) and double-double is not enough:
// the power is computed exactly (or to 300 bits) with math/big and rounded
// once.
func exactPow(x, y float64) (float64, bool) {
	if y == 0.5 {
		return gomath.Sqrt(x), true
	}
	ay := gomath.Abs(y)
	if ay != gomath.Trunc(ay) || ay > 64 {
		if y != -0.5 {
			return 0, false
		}
	}
	var p *big.Float
	if y == -0.5 {
		p = new(big.Float).SetPrec(300).SetFloat64(x)
		p.Sqrt(p)
	} else {
		n := int(ay)
		p = new(big.Float).SetPrec(uint(53*n + 64)).SetFloat64(1)
		bx := new(big.Float).SetFloat64(x)
		for i := 0; i < n; i++ {
			p.Mul(p, bx)
		}
	}
	if y < 0 {
		p = new(big.Float).SetPrec(300).Quo(big.NewFloat(1), p)
	}
	r, _ := p.Float64()
	return r, true
}
