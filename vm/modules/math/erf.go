// This file holds erf and erfc as glibc computes them: fdlibm's rational
// approximations on [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35) and
// [1/0.35, 28), evaluated in glibc's order (each polynomial split into
// pairs combined with powers of the argument, for instruction-level
// parallelism), and for the tails exp(-z*z-0.5625)*exp((z-x)*(z+x)+R/S)
// with z = x truncated to its high 32 bits. The coefficients are fdlibm's.
// Go's math.Erf is the same fdlibm code in its original evaluation order
// over Go's Exp, which differs from glibc in 0.7% (erf) and 4% (erfc) of
// results.

package math

import gomath "math"

const (
	erx = 8.45062911510467529297e-01
	efx = 1.28379167095512586316e-01
)

// Approximation of erf on [0, 0.84375): x + x*P(x*x)/Q(x*x).
var erfPP = [5]float64{1.28379167095512558561e-01, -3.25042107247001499370e-01,
	-2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05}
var erfQQ = [6]float64{0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
	5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06}

// Approximation of erf(1+s) - erx on [0.84375, 1.25).
var erfPA = [7]float64{-2.36211856075265944077e-03, 4.14856118683748331666e-01,
	-3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
	3.54783043256182359371e-02, -2.16637559486879084300e-03}
var erfQA = [7]float64{0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
	7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
	1.19844998467991074170e-02}

// Approximation of erfc on [1.25, 1/0.35), in s = 1/x**2.
var erfRA = [8]float64{-9.86494403484714822705e-03, -6.93858572707181764372e-01,
	-1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
	-1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00}
var erfSA = [9]float64{0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
	4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
	1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02}

// Approximation of erfc on [1/0.35, 28), in s = 1/x**2.
var erfRB = [7]float64{-9.86494292470009928597e-03, -7.99283237680523006574e-01,
	-1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
	-1.02509513161107724954e+03, -4.83519191608651397019e+02}
var erfSB = [8]float64{0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
	1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
	4.74528541206955367215e+02, -2.24409524465858183362e+01}

// mulAdd is a + b*c with the product rounded before the addition, as C
// compiles it without contraction.
func mulAdd(a, b, c float64) float64 { return a + float64(b*c) }

// erfSmall returns y with erf(x) = x + x*y for |x| < 0.84375.
func erfSmall(x float64) float64 {
	z := x * x
	r1 := mulAdd(erfPP[0], z, erfPP[1])
	z2 := z * z
	r2 := mulAdd(erfPP[2], z, erfPP[3])
	z4 := z2 * z2
	s1 := mulAdd(1, z, erfQQ[1])
	s2 := mulAdd(erfQQ[2], z, erfQQ[3])
	s3 := mulAdd(erfQQ[4], z, erfQQ[5])
	r := r1 + float64(z2*r2) + float64(z4*erfPP[4])
	s := s1 + float64(z2*s2) + float64(z4*s3)
	return r / s
}

// erfMid returns P and Q with erf(|x|) = erx + P/Q on [0.84375, 1.25).
func erfMid(ax float64) (float64, float64) {
	s := ax - 1
	p1 := mulAdd(erfPA[0], s, erfPA[1])
	s2 := s * s
	q1 := mulAdd(1, s, erfQA[1])
	s4 := s2 * s2
	p2 := mulAdd(erfPA[2], s, erfPA[3])
	s6 := s4 * s2
	q2 := mulAdd(erfQA[2], s, erfQA[3])
	p3 := mulAdd(erfPA[4], s, erfPA[5])
	q3 := mulAdd(erfQA[4], s, erfQA[5])
	p := p1 + float64(s2*p2) + float64(s4*p3) + float64(s6*erfPA[6])
	q := q1 + float64(s2*q2) + float64(s4*q3) + float64(s6*erfQA[6])
	return p, q
}

// erfTail returns r with erfc(ax) = r/ax for 1.25 <= ax < 28; hi is the
// high word of ax.
func erfTail(ax float64, hi uint32) float64 {
	s := 1 / (ax * ax)
	var R, S float64
	if hi < 0x4006db6e {
		r1 := mulAdd(erfRA[0], s, erfRA[1])
		s2 := s * s
		t1 := mulAdd(1, s, erfSA[1])
		s4 := s2 * s2
		r2 := mulAdd(erfRA[2], s, erfRA[3])
		s6 := s4 * s2
		t2 := mulAdd(erfSA[2], s, erfSA[3])
		s8 := s4 * s4
		r3 := mulAdd(erfRA[4], s, erfRA[5])
		t3 := mulAdd(erfSA[4], s, erfSA[5])
		r4 := mulAdd(erfRA[6], s, erfRA[7])
		t4 := mulAdd(erfSA[6], s, erfSA[7])
		R = r1 + float64(s2*r2) + float64(s4*r3) + float64(s6*r4)
		S = t1 + float64(s2*t2) + float64(s4*t3) + float64(s6*t4) + float64(s8*erfSA[8])
	} else {
		r1 := mulAdd(erfRB[0], s, erfRB[1])
		s2 := s * s
		t1 := mulAdd(1, s, erfSB[1])
		s4 := s2 * s2
		r2 := mulAdd(erfRB[2], s, erfRB[3])
		s6 := s4 * s2
		t2 := mulAdd(erfSB[2], s, erfSB[3])
		r3 := mulAdd(erfRB[4], s, erfRB[5])
		t3 := mulAdd(erfSB[4], s, erfSB[5])
		t4 := mulAdd(erfSB[6], s, erfSB[7])
		R = r1 + float64(s2*r2) + float64(s4*r3) + float64(s6*erfRB[6])
		S = t1 + float64(s2*t2) + float64(s4*t3) + float64(s6*t4)
	}
	z := gomath.Float64frombits(gomath.Float64bits(ax) &^ 0xffffffff)
	return cExp(float64(-z*z)-0.5625) * cExp(float64((z-ax)*(z+ax))+R/S)
}

func glibcErf(x float64) float64 {
	hi := highWord(x)
	neg := gomath.Signbit(x)
	if hi >= 0x7ff00000 {
		if gomath.IsNaN(x) {
			return x
		}
		return gomath.Copysign(1, x)
	}
	if hi < 0x3feb0000 { // |x| < 0.84375
		if hi < 0x3e300000 { // |x| < 2**-28
			if hi < 0x00800000 {
				return 0.0625 * (float64(16.0*x) + float64((16.0*efx)*x))
			}
			return x + float64(efx*x)
		}
		return x + float64(x*erfSmall(x))
	}
	if hi < 0x3ff40000 { // |x| < 1.25
		p, q := erfMid(gomath.Abs(x))
		if !neg {
			return erx + p/q
		}
		return -erx - p/q
	}
	if hi >= 0x40180000 { // |x| >= 6
		if !neg {
			return 1
		}
		return -1
	}
	ax := gomath.Abs(x)
	r := erfTail(ax, hi)
	if !neg {
		return 1 - r/ax
	}
	return r/ax - 1
}

func glibcErfc(x float64) float64 {
	hi := highWord(x)
	neg := gomath.Signbit(x)
	if hi >= 0x7ff00000 {
		if gomath.IsNaN(x) {
			return x
		}
		if neg {
			return 2
		}
		return 0
	}
	if hi < 0x3feb0000 { // |x| < 0.84375
		if hi < 0x3c700000 { // |x| < 2**-56
			return 1 - x
		}
		y := erfSmall(x)
		if neg || hi < 0x3fd00000 { // x < 1/4
			return 1 - (x + float64(x*y))
		}
		r := x * y
		r += x - 0.5
		return 0.5 - r
	}
	if hi < 0x3ff40000 { // |x| < 1.25
		p, q := erfMid(gomath.Abs(x))
		if !neg {
			return (1 - erx) - p/q
		}
		return 1 + (erx + p/q)
	}
	if hi < 0x403c0000 { // |x| < 28
		if neg && hi >= 0x40180000 {
			return 2 // x < -6
		}
		ax := gomath.Abs(x)
		r := erfTail(ax, hi)
		if !neg {
			return r / ax
		}
		return 2 - r/ax
	}
	if !neg {
		return 0
	}
	return 2
}
