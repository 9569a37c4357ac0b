// This file holds expm1, log1p and atanh as glibc computes them: fdlibm's
// algorithms with glibc's evaluation order (the polynomials split into
// pairs combined with powers of the argument). Go's math.Expm1 and Log1p
// are the same fdlibm code in the original order, and differ from glibc in
// about 0.01% of results; tanh, sinh, cosh, asinh, acosh and atanh inherit
// those differences, so they are all built on the functions here.
//
// expm1 uses fused multiply-adds wherever a C compiler contracts a*b+c:
// on x86-64 CPUs with FMA, glibc 2.36 runs an FMA-compiled expm1 (an ifunc
// variant), and only the fused version matches CPython there (measured: 0
// differences in 40,000 arguments, against 0.01% unfused). log1p matched
// best unfused. On a CPU without FMA glibc's plain variant would be the
// reference instead; see docs/math.md.

package math

import gomath "math"

const (
	fdLn2Hi     = 6.93147180369123816490e-01 // ln2 with 21 low zero bits
	fdLn2Lo     = 1.90821492927058770002e-10
	fdInvLn2    = 1.44269504088896338700e+00
	expm1Thresh = 7.09782712893383973096e+02
)

// expm1Q are the scaled coefficients of fdlibm's rational expm1 kernel.
var expm1Q = [6]float64{1.0, -3.33333333333331316428e-02, 1.58730158725481460165e-03,
	-7.93650757867487942473e-05, 4.00821782732936239552e-06, -2.01099218183624371326e-07}

// log1pLp are the coefficients of fdlibm's log kernel in s = f/(2+f).
var log1pLp = [8]float64{0, 6.666666666666735130e-01, 3.999999999940941908e-01,
	2.857142874366239149e-01, 2.222219843214978396e-01, 1.818357216161805012e-01,
	1.531383769920937332e-01, 1.479819860511658591e-01}

// withHigh returns x with the high 32 bits of its representation replaced.
func withHigh(x float64, hi uint32) float64 {
	return gomath.Float64frombits(uint64(hi)<<32 | gomath.Float64bits(x)&0xffffffff)
}

// addExp adds k to the binary exponent of y by integer arithmetic on its
// representation, as fdlibm's SET_HIGH_WORD(y, high + (k << 20)).
func addExp(y float64, k int) float64 {
	return gomath.Float64frombits(gomath.Float64bits(y) + uint64(int64(k))<<52)
}

func glibcExpm1(x float64) float64 {
	bits := gomath.Float64bits(x)
	neg := bits>>63 != 0
	hx := uint32(bits>>32) & 0x7fffffff
	if hx >= 0x4043687a { // |x| >= 56*ln2
		if hx >= 0x40862e42 { // |x| >= 709.78...
			if hx >= 0x7ff00000 {
				if gomath.IsNaN(x) {
					return x
				}
				if neg {
					return -1
				}
				return x
			}
			if x > expm1Thresh {
				return gomath.Inf(1)
			}
		}
		if neg {
			return -1
		}
	}
	var hi, lo, c float64
	k := 0
	switch {
	case hx > 0x3fd62e42: // |x| > ln2/2: reduce by k*ln2
		if hx < 0x3ff0a2b2 { // |x| < 1.5*ln2
			if !neg {
				hi, lo, k = x-fdLn2Hi, fdLn2Lo, 1
			} else {
				hi, lo, k = x+fdLn2Hi, -fdLn2Lo, -1
			}
		} else {
			half := 0.5
			if neg {
				half = -0.5
			}
			k = int(gomath.FMA(fdInvLn2, x, half))
			t := float64(k)
			hi = gomath.FMA(-t, fdLn2Hi, x) // exact
			lo = t * fdLn2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	case hx < 0x3c900000: // |x| < 2**-54
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1a := gomath.FMA(hxs, expm1Q[1], 1)
	h2 := hxs * hxs
	r2 := gomath.FMA(hxs, expm1Q[3], expm1Q[2])
	h4 := h2 * h2
	r3 := gomath.FMA(hxs, expm1Q[5], expm1Q[4])
	r1 := gomath.FMA(h4, r3, gomath.FMA(h2, r2, r1a))
	t := gomath.FMA(-r1, hfx, 3.0)
	e := hxs * ((r1 - t) / gomath.FMA(-x, t, 6.0))
	if k == 0 {
		return x - gomath.FMA(x, e, -hxs)
	}
	e = gomath.FMA(x, e-c, -c)
	e -= hxs
	switch {
	case k == -1:
		return gomath.FMA(0.5, x-e, -0.5)
	case k == 1:
		if x < -0.25 {
			return -2.0 * (e - (x + 0.5))
		}
		return gomath.FMA(2.0, x-e, 1)
	case k <= -2 || k > 56:
		y := 1 - (e - x)
		return addExp(y, k) - 1
	case k < 20:
		t := withHigh(0, 0x3ff00000-(0x200000>>k)) // 1 - 2**-k
		y := t - (e - x)
		return addExp(y, k)
	default:
		t := withHigh(0, uint32(0x3ff-k)<<20) // 2**-k
		y := x - (e + t)
		y++
		return addExp(y, k)
	}
}

func glibcLog1p(x float64) float64 {
	hx := int32(gomath.Float64bits(x) >> 32)
	ax := hx & 0x7fffffff
	k := 1
	var f, c float64
	var hu int32
	if hx < 0x3fda827a { // x < 0.41422
		if ax >= 0x3ff00000 { // x <= -1
			if x == -1 {
				return gomath.Inf(-1)
			}
			return gomath.NaN()
		}
		if ax < 0x3e200000 { // |x| < 2**-29
			if ax < 0x3c900000 {
				return x
			}
			return x - float64(float64(x*x)*0.5)
		}
		if hx > 0 || hx <= int32(-0x402d413d) { // -0.2929 < x < 0.41422 (0xbfd2bec3)
			k, f, hu = 0, x, 1
		}
	} else if hx >= 0x7ff00000 {
		return x + x
	}
	if k != 0 {
		var u float64
		if hx < 0x43400000 {
			u = 1.0 + x
			hu = int32(gomath.Float64bits(u) >> 32)
			k = int(hu>>20) - 1023
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			hu = int32(gomath.Float64bits(u) >> 32)
			k = int(hu>>20) - 1023
			c = 0
		}
		hu &= 0x000fffff
		if hu < 0x6a09e {
			u = withHigh(u, uint32(hu|0x3ff00000)) // normalize u
		} else {
			k++
			u = withHigh(u, uint32(hu|0x3fe00000)) // normalize u/2
			hu = (0x00100000 - hu) >> 2
		}
		f = u - 1.0
	}
	fk := float64(k)
	hfsq := 0.5 * f * f
	if hu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += float64(fk * fdLn2Lo)
			return float64(fk*fdLn2Hi) + c
		}
		R := hfsq * (1.0 - float64(0.66666666666666666*f))
		if k == 0 {
			return f - R
		}
		return float64(fk*fdLn2Hi) - ((R - (float64(fk*fdLn2Lo) + c)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	r1 := z * log1pLp[1]
	z2 := z * z
	r2 := log1pLp[2] + float64(z*log1pLp[3])
	z4 := z2 * z2
	r3 := log1pLp[4] + float64(z*log1pLp[5])
	z6 := z4 * z2
	r4 := log1pLp[6] + float64(z*log1pLp[7])
	R := r1 + float64(z2*r2) + float64(z4*r3) + float64(z6*r4)
	if k == 0 {
		return f - (hfsq - float64(s*(hfsq+R)))
	}
	return float64(fk*fdLn2Hi) - ((hfsq - (float64(s*(hfsq+R)) + (float64(fk*fdLn2Lo) + c))) - f)
}

func glibcAtanh(x float64) float64 {
	xa := gomath.Abs(x)
	var t float64
	switch {
	case gomath.IsNaN(x):
		return x
	case xa < 0.5:
		if xa < 0x1p-28 {
			return x
		}
		t = xa + xa
		t = 0.5 * glibcLog1p(t+t*xa/(1.0-xa))
	case xa < 1:
		t = 0.5 * glibcLog1p((xa+xa)/(1.0-xa))
	case xa > 1:
		return gomath.NaN()
	default:
		return x / 0.0
	}
	return gomath.Copysign(t, x)
}
