// This file holds double-double arithmetic: a value is the unevaluated sum
// hi + lo of two float64s with |lo| <= ulp(hi)/2, carrying about 106 bits.
// FloatPow uses it to compute x**y to roughly 100 bits before a single
// final rounding, which makes the result correctly rounded except when the
// true value lies within 2**-100 relative of a rounding boundary.

package num

import "math"

type dd struct{ hi, lo float64 }

// twoSum returns a+b as an exact double-double.
func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	e := (a - (s - bb)) + (b - bb)
	return dd{s, e}
}

// quickTwoSum is twoSum for |a| >= |b|.
func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

// twoProd returns a*b as an exact double-double.
func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func (a dd) add(b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func (a dd) neg() dd { return dd{-a.hi, -a.lo} }

func (a dd) sub(b dd) dd { return a.add(b.neg()) }

func (a dd) mul(b dd) dd {
	p := twoProd(a.hi, b.hi)
	p.lo += a.hi*b.lo + a.lo*b.hi
	return quickTwoSum(p.hi, p.lo)
}

func (a dd) mulFloat(b float64) dd {
	p := twoProd(a.hi, b)
	p.lo += a.lo * b
	return quickTwoSum(p.hi, p.lo)
}

func (a dd) div(b dd) dd {
	q1 := a.hi / b.hi
	r := a.sub(b.mulFloat(q1))
	q2 := r.hi / b.hi
	r = r.sub(b.mulFloat(q2))
	q3 := r.hi / b.hi
	q := quickTwoSum(q1, q2)
	return q.add(dd{q3, 0})
}

// ln2dd is log(2) to about 107 bits.
var ln2dd = dd{0.6931471805599453, 2.3190468138462996e-17}

// atanhCoeffs[k] is 1/(2k+1) as a double-double: the series
// atanh(s)/s = sum s**(2k)/(2k+1).
var atanhCoeffs = func() [24]dd {
	var c [24]dd
	for k := range c {
		d := float64(2*k + 1)
		hi := 1 / d
		lo := -math.FMA(hi, d, -1) / d
		c[k] = quickTwoSum(hi, lo)
	}
	return c
}()

// ddLog returns log(x) for finite x > 0.
func ddLog(x float64) dd {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// log(m) = 2*atanh(s) with s = (m-1)/(m+1), |s| <= 0.1716.
	s := dd{m - 1, 0}.div(twoSum(m, 1))
	z := s.mul(s)
	p := atanhCoeffs[len(atanhCoeffs)-1]
	for k := len(atanhCoeffs) - 2; k >= 0; k-- {
		p = p.mul(z).add(atanhCoeffs[k])
	}
	lm := p.mul(s).mulFloat(2)
	return ln2dd.mulFloat(float64(e)).add(lm)
}

// expFactorials[n] is 1/n! as a double-double, for the Taylor series of
// exp.
var expFactorials = func() [16]dd {
	var c [16]dd
	f := dd{1, 0}
	for n := range c {
		if n > 0 {
			f = f.mulFloat(float64(n))
		}
		c[n] = dd{1, 0}.div(f)
	}
	return c
}()

// ddExpScaled returns r and k with exp(t) = r * 2**k, r in about [0.7, 1.42],
// for |t.hi| <= 800.
func ddExpScaled(t dd) (dd, int) {
	k := math.Round(t.hi / math.Ln2)
	r := t.sub(ln2dd.mulFloat(k))
	// exp(r) = exp(r/16)**16 with a Taylor series for exp(r/16).
	r = dd{r.hi / 16, r.lo / 16}
	p := expFactorials[len(expFactorials)-1]
	for n := len(expFactorials) - 2; n >= 0; n-- {
		p = p.mul(r).add(expFactorials[n])
	}
	for i := 0; i < 4; i++ {
		p = p.mul(p)
	}
	return p, int(k)
}
