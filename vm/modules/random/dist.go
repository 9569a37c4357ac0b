// This file holds random.py's real-valued distributions, each the same
// sequence of floating-point operations as CPython's code, drawing from
// Random in the same order and raising the same exceptions (a division by
// zero or a math domain or range error happens after the draws that
// precede it, so the generator's state advances exactly as in CPython).
//
// Parameters are float64: the interpreter converts int arguments with
// float() first, which is exact below 2**53 (CPython mixes ints and
// floats in the arithmetic, which differs only for larger ints).
// Products are wrapped in float64() conversions so that the compiler may
// not fuse them with an addition into an FMA, which would change
// rounding. The math functions come from libm.go.

package random

import (
	"math"

	"github.com/hotloop/hotloop/vm/num"
)

// Constants random.py computes at import time, as CPython computes them.
const (
	nvMagicConst = 0x1.b72cd3f331398p+0 // 4 * exp(-0.5) / sqrt(2.0)
	log4         = 0x1.62e42fefa39efp+0 // log(4.0)
	sgMagicConst = 0x1.40859baee748fp+1 // 1.0 + log(4.5)
	twoPi        = 0x1.921fb54442d18p+2 // 2.0 * pi
	mathE        = 0x1.5bf0a8b145769p+1 // math.e
	mathPi       = 0x1.921fb54442d18p+1 // math.pi
)

// Uniform returns random.uniform(a, b): a + (b - a) * random().
func (r *Random) Uniform(a, b float64) float64 {
	return a + float64((b-a)*r.Random())
}

// Triangular returns random.triangular(low, high, mode); mode nil stands
// for mode=None (the midpoint). When high == low with a mode given, the
// ZeroDivisionError inside is caught and low returned, as in random.py.
func (r *Random) Triangular(low, high float64, mode *float64) (float64, error) {
	u := r.Random()
	c := 0.5
	if mode != nil {
		if high-low == 0 {
			return low, nil
		}
		c = (*mode - low) / (high - low)
	}
	if u > c {
		u = 1.0 - u
		c = 1.0 - c
		low, high = high, low
	}
	s, err := mathSqrt(float64(u * c))
	if err != nil {
		return 0, err
	}
	return low + float64((high-low)*s), nil
}

// NormalVariate returns random.normalvariate(mu, sigma) by Kinderman and
// Monahan's ratio-of-uniforms method.
func (r *Random) NormalVariate(mu, sigma float64) float64 {
	var z float64
	for {
		u1 := r.Random()
		u2 := 1.0 - r.Random()
		z = float64(nvMagicConst*(u1-0.5)) / u2
		zz := float64(z*z) / 4.0
		if zz <= -correctLog(u2) {
			break
		}
	}
	return mu + float64(z*sigma)
}

// Gauss returns random.gauss(mu, sigma): Box-Muller, two normal values
// per two draws, the second cached for the next call (and forgotten by
// every seed).
func (r *Random) Gauss(mu, sigma float64) float64 {
	z, ok := r.gaussNext, r.hasGaussNext
	r.hasGaussNext = false
	if !ok {
		x2pi := float64(r.Random() * twoPi)
		g2rad := math.Sqrt(float64(-2.0 * correctLog(1.0-r.Random())))
		s, c, _ := sinCos(x2pi) // x2pi is finite
		z = float64(c * g2rad)
		r.gaussNext, r.hasGaussNext = float64(s*g2rad), true
	}
	return mu + float64(z*sigma)
}

// LogNormVariate returns random.lognormvariate(mu, sigma):
// exp(normalvariate(mu, sigma)), an OverflowError if that overflows.
func (r *Random) LogNormVariate(mu, sigma float64) (float64, error) {
	return mathExp(r.NormalVariate(mu, sigma))
}

// ExpoVariate returns random.expovariate(lambd):
// -log(1.0 - random()) / lambd (ZeroDivisionError for lambd == 0, after
// the draw).
func (r *Random) ExpoVariate(lambd float64) (float64, error) {
	return div(-correctLog(1.0-r.Random()), lambd)
}

// VonMisesVariate returns random.vonmisesvariate(mu, kappa), by the
// algorithm in Fisher's "Statistical Analysis of Circular Data".
func (r *Random) VonMisesVariate(mu, kappa float64) (float64, error) {
	if kappa <= 1e-6 {
		return float64(twoPi * r.Random()), nil
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1.0+float64(s*s))
	var z float64
	for {
		u1 := r.Random()
		var err error
		if z, err = mathCos(float64(mathPi * u1)); err != nil {
			return 0, err
		}
		d := z / (rr + z)
		u2 := r.Random()
		if u2 < 1.0-float64(d*d) {
			break
		}
		e, err := mathExp(d)
		if err != nil {
			return 0, err
		}
		if u2 <= float64((1.0-d)*e) {
			break
		}
	}
	q := 1.0 / rr
	f := (q + z) / (1.0 + float64(q*z))
	u3 := r.Random()
	a, err := mathAcos(f)
	if err != nil {
		return 0, err
	}
	if u3 > 0.5 {
		return num.FloatMod(mu+a, twoPi)
	}
	return num.FloatMod(mu-a, twoPi)
}

// GammaVariate returns random.gammavariate(alpha, beta): Cheng's
// rejection method for alpha > 1, the exponential for alpha == 1, and
// algorithm GS (Kennedy and Gentle) for 0 < alpha < 1. Like CPython it
// never returns for a NaN alpha.
func (r *Random) GammaVariate(alpha, beta float64) (float64, error) {
	if alpha <= 0.0 || beta <= 0.0 {
		return 0, valueError("gammavariate: alpha and beta must be > 0.0")
	}
	switch {
	case alpha > 1.0:
		ainv := math.Sqrt(float64(2.0*alpha) - 1.0)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			u1 := r.Random()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.Random()
			v := correctLog(u1/(1.0-u1)) / ainv
			e, err := mathExp(v)
			if err != nil {
				return 0, err
			}
			x := float64(alpha * e)
			z := float64(float64(u1*u1) * u2)
			rr := bbb + float64(ccc*v) - x
			if rr+sgMagicConst-float64(4.5*z) >= 0.0 || rr >= correctLog(z) {
				return float64(x * beta), nil
			}
		}
	case alpha == 1.0:
		return float64(-correctLog(1.0-r.Random()) * beta), nil
	default:
		var x float64
		for {
			u := r.Random()
			b := (mathE + alpha) / mathE
			p := float64(b * u)
			var err error
			if p <= 1.0 {
				x, err = pow(p, 1.0/alpha)
			} else {
				var l float64
				l, err = mathLog((b - p) / alpha)
				x = -l
			}
			if err != nil {
				return 0, err
			}
			u1 := r.Random()
			if p > 1.0 {
				bound, err := pow(x, alpha-1.0)
				if err != nil {
					return 0, err
				}
				if u1 <= bound {
					break
				}
			} else {
				bound, err := mathExp(-x)
				if err != nil {
					return 0, err
				}
				if u1 <= bound {
					break
				}
			}
		}
		return float64(x * beta), nil
	}
}

// BetaVariate returns random.betavariate(alpha, beta) from two gamma
// variates: y / (y + gammavariate(beta, 1)), or 0.0 when y is zero.
func (r *Random) BetaVariate(alpha, beta float64) (float64, error) {
	y, err := r.GammaVariate(alpha, 1.0)
	if err != nil || y == 0 {
		return 0, err
	}
	g, err := r.GammaVariate(beta, 1.0)
	if err != nil {
		return 0, err
	}
	return y / (y + g), nil
}

// ParetoVariate returns random.paretovariate(alpha):
// (1.0 - random()) ** (-1.0 / alpha).
func (r *Random) ParetoVariate(alpha float64) (float64, error) {
	u := 1.0 - r.Random()
	e, err := div(-1.0, alpha)
	if err != nil {
		return 0, err
	}
	return pow(u, e)
}

// WeibullVariate returns random.weibullvariate(alpha, beta):
// alpha * (-log(1.0 - random())) ** (1.0 / beta).
func (r *Random) WeibullVariate(alpha, beta float64) (float64, error) {
	u := 1.0 - r.Random()
	l := -correctLog(u)
	e, err := div(1.0, beta)
	if err != nil {
		return 0, err
	}
	p, err := pow(l, e)
	if err != nil {
		return 0, err
	}
	return float64(alpha * p), nil
}
