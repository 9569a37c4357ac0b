// This file holds math.gamma and math.lgamma. CPython does not call libm
// for these: it has its own Lanczos approximation (N=13, g=6.0246800407...,
// the rational form used by Boost) with the reflection formula for negative
// arguments and an accurate sin(pi*x). Reproducing CPython's results bit for
// bit means running the same sequence of float operations, which this file
// does, calling the libm stand-ins of libm.go for exp, pow, log, sin, cos.
// Products that feed an addition are wrapped in float64() so that no
// compiler may fuse them into an FMA (Go allows fusion otherwise; C as
// CPython is built does not fuse).

package math

import gomath "math"

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

// lanczosNum and lanczosDen are the numerator and denominator coefficients
// of the Lanczos sum written as a rational function; the denominator is
// x*(x+1)*...*(x+11).
var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [13]float64{
	0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
}

// lanczosSum evaluates the rational Lanczos sum for x > 0, in 1/x for
// x >= 5 so that large arguments do not overflow.
func lanczosSum(x float64) float64 {
	var num, den float64
	if x < 5.0 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = float64(num*x) + lanczosNum[i]
			den = float64(den*x) + lanczosDen[i]
		}
	} else {
		for i := 0; i < len(lanczosNum); i++ {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinPi is sin(pi*x) for finite x, exact at integers and half-integers.
func sinPi(x float64) float64 {
	y := gomath.Mod(gomath.Abs(x), 2.0)
	var r float64
	switch int(gomath.RoundToEven(2.0 * y)) {
	case 0:
		r = cSin(Pi * y)
	case 1:
		r = cCos(Pi * (y - 0.5))
	case 2:
		r = cSin(Pi * (1.0 - y))
	case 3:
		r = -cCos(Pi * (y - 1.5))
	default:
		r = cSin(Pi * (y - 2.0))
	}
	return gomath.Copysign(1.0, x) * r
}

// Gamma is math.gamma.
func Gamma(x float64) (float64, error) {
	if !isFinite(x) {
		if gomath.IsNaN(x) || x > 0 {
			return x, nil
		}
		return 0, domainError()
	}
	if x == 0 {
		return 0, domainError()
	}
	if x == gomath.Floor(x) {
		if x < 0 {
			return 0, domainError()
		}
		if x <= 23 {
			return factorialFloat(int(x) - 1), nil
		}
	}
	absx := gomath.Abs(x)
	if absx < 1e-20 {
		r := 1.0 / x
		if gomath.IsInf(r, 0) {
			return 0, rangeError()
		}
		return r, nil
	}
	if absx > 200.0 {
		if x < 0 {
			return 0.0 / sinPi(x), nil
		}
		return 0, rangeError()
	}
	y := absx + lanczosGMinusHalf
	var z float64
	// z is the rounding error of y, needed for a correction factor.
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -Pi / sinPi(absx) / absx * cExp(y) / lanczosSum(absx)
		r -= float64(z * r)
		if absx < 140.0 {
			r /= cPow(y, absx-0.5)
		} else {
			sqrtpow := cPow(y, absx/2.0-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(absx) / cExp(y)
		r += float64(z * r)
		if absx < 140.0 {
			r *= cPow(y, absx-0.5)
		} else {
			sqrtpow := cPow(y, absx/2.0-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	if gomath.IsInf(r, 0) {
		return 0, rangeError()
	}
	return r, nil
}

// factorialFloat returns n! as a float for 0 <= n <= 22, exactly as
// CPython's table of gamma values at small integers.
func factorialFloat(n int) float64 {
	f := 1.0
	for i := 2; i <= n; i++ {
		f *= float64(i)
	}
	return f
}

// Lgamma is math.lgamma: log(abs(gamma(x))).
func Lgamma(x float64) (float64, error) {
	if !isFinite(x) {
		if gomath.IsNaN(x) {
			return x, nil
		}
		return gomath.Inf(1), nil
	}
	if x == gomath.Floor(x) && x <= 2.0 {
		if x <= 0 {
			return 0, domainError()
		}
		return 0, nil
	}
	absx := gomath.Abs(x)
	if absx < 1e-20 {
		return -cLog(absx), nil
	}
	r := cLog(lanczosSum(absx)) - lanczosG
	r += float64((absx - 0.5) * (cLog(absx+lanczosG-0.5) - 1))
	if x < 0 {
		r = logPi - cLog(gomath.Abs(sinPi(absx))) - cLog(absx) - r
	}
	if gomath.IsInf(r, 0) {
		return 0, rangeError()
	}
	return r, nil
}
