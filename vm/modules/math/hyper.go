// This file holds sinh, cosh, tanh, asinh, acosh and cbrt written as glibc
// computes them. glibc's versions of these are not correctly rounded: they
// are the classic fdlibm algorithms (and, for cbrt, a polynomial guess plus
// one rational Halley-type step), built on glibc's exp, log, expm1 and
// log1p. Go's math package uses different formulas for some of them, so
// matching CPython bit for bit means following glibc's steps, with the
// correctly rounded exp and log of dd.go and glibc's expm1 and log1p of
// expm1.go.

package math

import gomath "math"

const (
	fdlibmLn2     = 6.93147180559945286227e-01
	sinhOverflow  = 0x408633ce8fb9f87d // bits of the largest |x| with finite sinh/cosh
	highLogMaxDbl = 0x40862e42         // high word of log(DBL_MAX)
)

func highWord(x float64) uint32 { return uint32(gomath.Float64bits(x)>>32) & 0x7fffffff }

func fdSinh(x float64) float64 {
	ix := highWord(x)
	if ix >= 0x7ff00000 {
		return x + x
	}
	h := 0.5
	if x < 0 {
		h = -h
	}
	ax := gomath.Abs(x)
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3e300000 { // |x| < 2**-28
			return x
		}
		t := glibcExpm1(ax)
		if ix < 0x3ff00000 {
			return h * (float64(2.0*t) - float64(t*t)/(t+1))
		}
		return h * (t + t/(t+1))
	}
	if ix < highLogMaxDbl {
		return h * cExp(ax)
	}
	if gomath.Float64bits(ax) <= sinhOverflow {
		w := cExp(0.5 * ax)
		t := h * w
		return t * w
	}
	return x * gomath.Inf(1)
}

func fdCosh(x float64) float64 {
	ix := highWord(x)
	ax := gomath.Abs(x)
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3fd62e43 { // |x| < ln2/2
			if ix < 0x3c800000 {
				return 1
			}
			t := glibcExpm1(ax)
			w := 1 + t
			return 1 + float64(t*t)/(w+w)
		}
		t := cExp(ax)
		return float64(0.5*t) + 0.5/t
	}
	if ix < highLogMaxDbl {
		return 0.5 * cExp(ax)
	}
	if gomath.Float64bits(ax) <= sinhOverflow {
		w := cExp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	if ix >= 0x7ff00000 {
		return x * x
	}
	return gomath.Inf(1)
}

func fdTanh(x float64) float64 {
	ix := highWord(x)
	if ix >= 0x7ff00000 {
		if gomath.IsNaN(x) {
			return x
		}
		return gomath.Copysign(1, x)
	}
	var z float64
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3c800000 { // |x| < 2**-55
			return x * (1 + x)
		}
		if ix >= 0x3ff00000 {
			t := glibcExpm1(2 * gomath.Abs(x))
			z = 1 - 2/(t+2)
		} else {
			t := glibcExpm1(-2 * gomath.Abs(x))
			z = -t / (t + 2)
		}
	} else {
		z = 1
	}
	if x < 0 {
		return -z
	}
	return z
}

func fdAsinh(x float64) float64 {
	ix := highWord(x)
	if ix >= 0x7ff00000 {
		return x + x
	}
	if ix < 0x3e300000 { // |x| < 2**-28
		return x
	}
	ax := gomath.Abs(x)
	var w float64
	switch {
	case ix > 0x41b00000: // |x| > 2**28
		w = cLog(ax) + fdlibmLn2
	case ix > 0x40000000: // 2 < |x| <= 2**28
		w = cLog(float64(2.0*ax) + 1/(gomath.Sqrt(float64(x*x)+1)+ax))
	default:
		t := x * x
		w = glibcLog1p(ax + t/(1+gomath.Sqrt(1+t)))
	}
	if x < 0 {
		return -w
	}
	return w
}

func fdAcosh(x float64) float64 {
	switch {
	case gomath.IsNaN(x):
		return x
	case x < 1:
		return gomath.NaN()
	case x >= 0x1p28:
		if gomath.IsInf(x, 1) {
			return x
		}
		return cLog(x) + fdlibmLn2
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return cLog(float64(2.0*x) - 1/(x+gomath.Sqrt(t-1)))
	default:
		t := x - 1
		return glibcLog1p(t + gomath.Sqrt(float64(2.0*t)+float64(t*t)))
	}
}

// cbrt: a degree-7 polynomial guess u for the cube root of the mantissa
// in [0.5, 1), one step u*(u**3 + 2m)/(2u**3 + m), then the exponent's
// remainder mod 3 fixed by a power of cbrt(2).
// The reciprocals are float64 divisions of the rounded constants, as in C;
// a Go constant expression would divide exactly and round once.
var cbrtFactor = func() [5]float64 {
	cbrt2, sqrCbrt2 := 1.2599210498948731648, 1.5874010519681994748
	return [5]float64{1 / sqrCbrt2, 1 / cbrt2, 1, cbrt2, sqrCbrt2}
}()

func glibcCbrt(x float64) float64 {
	if x == 0 || gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return x + x
	}
	xm, xe := gomath.Frexp(gomath.Abs(x))
	u := 0.354895765043919860 + float64((1.50819193781584896+
		float64((-2.11499494167371287+
			float64((2.44693122563534430+
				float64((-1.83469277483613086+
					float64((0.784932344976639262-float64(0.145263899385486377*xm))*xm))*xm))*xm))*xm))*xm)
	t2 := u * u * u
	ym := u * (t2 + float64(2.0*xm)) / (float64(2.0*t2) + xm) * cbrtFactor[2+xe%3]
	if x < 0 {
		ym = -ym
	}
	return gomath.Ldexp(ym, xe/3)
}
