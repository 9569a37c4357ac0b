// This file holds sin, cos and tan rounded correctly (barring extremely
// close cases), in place of Go's math.Sin/Cos/Tan, which differ from
// glibc's (nearly always correctly rounded) results in the last bit for
// about a fifth of arguments.
//
// Method: x = k*(pi/2) + r with pi/2 in four parts (about 215 bits), the
// products k*part exact via FMA, the sum kept in double-double; then Taylor
// series of sin and cos in double-double for |r| <= pi/4, and the quadrant
// k mod 4 picks the function and sign. For |x| >= 2**28 the four-part
// reduction is not exact enough: x is reduced with math/big against pi to
// 1400 bits (computed once, by Machin's formula) instead.

package math

import (
	gomath "math"
	"math/big"
	"sync"
)

const (
	pio2A     = 0x1.921fb54442d18p+0
	pio2B     = 0x1.1a62633145c07p-54
	pio2C     = -0x1.f1976b7ed8fbcp-110
	pio2D     = 0x1.4cf98e804177dp-164
	twoOverPi = 0x1.45f306dc9c883p-1
	trigLimit = 0x1p28
	bigPrec   = 1400
)

// bigPio2 returns pi/2 and 2/pi to bigPrec bits, computed on first use.
var bigPio2 = sync.OnceValues(func() (*big.Float, *big.Float) {
	// pi = 16*atan(1/5) - 4*atan(1/239)
	pi := new(big.Float).SetPrec(bigPrec).Mul(atanInv(5), big.NewFloat(16))
	pi.Sub(pi, new(big.Float).SetPrec(bigPrec).Mul(atanInv(239), big.NewFloat(4)))
	half := new(big.Float).SetPrec(bigPrec).Quo(pi, big.NewFloat(2))
	inv := new(big.Float).SetPrec(bigPrec).Quo(big.NewFloat(2), pi)
	return half, inv
})

// atanInv returns atan(1/n) to bigPrec bits by its Taylor series.
func atanInv(n int64) *big.Float {
	nn := new(big.Float).SetPrec(bigPrec).SetInt64(n * n)
	term := new(big.Float).SetPrec(bigPrec).Quo(big.NewFloat(1), new(big.Float).SetInt64(n))
	sum := new(big.Float).SetPrec(bigPrec).Set(term)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -bigPrec-10)
	for k := int64(1); ; k++ {
		term.Quo(term, nn)
		t := new(big.Float).SetPrec(bigPrec).Quo(term, new(big.Float).SetInt64(2*k+1))
		if k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if t.Cmp(eps) < 0 {
			return sum
		}
	}
}

// reduceBig is reducePio2 for huge |x|, exact to about 1400-1024 bits.
func reduceBig(x float64) (dd, int) {
	half, inv := bigPio2()
	q := new(big.Float).SetPrec(bigPrec).SetFloat64(x)
	q.Mul(q, inv)
	ki, _ := q.Int(nil)
	frac := new(big.Float).SetPrec(bigPrec).Sub(q, new(big.Float).SetInt(ki))
	if frac.Abs(frac).Cmp(big.NewFloat(0.5)) > 0 {
		frac.Sub(q, new(big.Float).SetInt(ki))
		if frac.Sign() > 0 {
			ki.Add(ki, big.NewInt(1))
		} else {
			ki.Sub(ki, big.NewInt(1))
		}
	}
	frac.Sub(q, new(big.Float).SetInt(ki))
	r := frac.Mul(frac, half)
	hi, _ := r.Float64()
	lo, _ := new(big.Float).SetPrec(bigPrec).Sub(r, big.NewFloat(hi)).Float64()
	return dd{hi, lo}, int(new(big.Int).And(ki, big.NewInt(3)).Int64())
}

// reducePio2 returns r and k with x = k*pi/2 + r, |r| <= ~pi/4.
func reducePio2(x float64) (dd, int) {
	if gomath.Abs(x) >= trigLimit {
		return reduceBig(x)
	}
	k := gomath.RoundToEven(x * twoOverPi)
	r := ddAdd(dd{x, 0}, twoProd(-k, pio2A))
	r = ddAdd(r, twoProd(-k, pio2B))
	r = ddAdd(r, twoProd(-k, pio2C))
	r = ddAdd(r, dd{-k * pio2D, 0})
	return r, int(int64(k) & 3)
}

// sinCosDD returns sin(r) and cos(r) for |r| <= ~pi/4 as double-doubles.
func sinCosDD(r dd) (dd, dd) {
	r2 := ddMul(r, r)
	// sin(r)/r = 1 - r2/(2*3) * (1 - r2/(4*5) * (1 - ...)), and likewise
	// cos(r) = 1 - r2/(1*2) * (1 - r2/(3*4) * (...)).
	s := dd{1, 0}
	c := dd{1, 0}
	for n := 30.0; n >= 2; n -= 2 {
		s = ddAdd(dd{1, 0}, ddDivF(ddDivF(ddMul(ddNeg(r2), s), n), n+1))
		c = ddAdd(dd{1, 0}, ddDivF(ddDivF(ddMul(ddNeg(r2), c), n-1), n))
	}
	return ddMul(s, r), c
}

func ddNeg(a dd) dd { return dd{-a.hi, -a.lo} }

func crSin(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return gomath.NaN()
	}
	if gomath.Abs(x) < 0x1p-26 {
		return x // sin(x) rounds to x; this also keeps the sign of zero
	}
	r, q := reducePio2(x)
	s, c := sinCosDD(r)
	var v dd
	switch q {
	case 0:
		v = s
	case 1:
		v = c
	case 2:
		v = ddNeg(s)
	default:
		v = ddNeg(c)
	}
	return v.hi + v.lo
}

func crCos(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return gomath.NaN()
	}
	r, q := reducePio2(x)
	s, c := sinCosDD(r)
	var v dd
	switch q {
	case 0:
		v = c
	case 1:
		v = ddNeg(s)
	case 2:
		v = ddNeg(c)
	default:
		v = s
	}
	return v.hi + v.lo
}

func crTan(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return gomath.NaN()
	}
	if gomath.Abs(x) < 0x1p-27 {
		return x
	}
	r, q := reducePio2(x)
	s, c := sinCosDD(r)
	var v dd
	if q&1 == 0 {
		v = ddDiv(s, c)
	} else {
		v = ddNeg(ddDiv(c, s))
	}
	return v.hi + v.lo
}
