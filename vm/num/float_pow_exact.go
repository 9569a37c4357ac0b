// This file holds the slow, high-precision path of FloatPow, taken only
// when the double-double result lies so close to a rounding boundary that
// its ~100 bits cannot decide the rounding: exact big-integer arithmetic
// for integral exponents of moderate size, otherwise log and exp on
// 320-bit big.Floats.

package num

import (
	"math"
	"math/big"
)

const powPrec = 320

// powExact returns x**y correctly rounded for finite x > 0 and finite
// y != 0 whose result is within the float range (give or take).
func powExact(x, y float64) float64 {
	if y == math.Trunc(y) && math.Abs(y) <= 2048 {
		frac, e := math.Frexp(x)
		m := big.NewInt(int64(math.Ldexp(frac, 53)))
		e -= 53
		n := int64(math.Abs(y))
		m.Exp(m, big.NewInt(n), nil)
		shift := int64(e) * n
		if y < 0 {
			shift = -shift
		}
		var r big.Rat
		if y > 0 {
			r.SetInt(m)
		} else {
			r.SetFrac(big.NewInt(1), m)
		}
		p := new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), uint(abs64(shift))))
		if shift >= 0 {
			r.Mul(&r, p)
		} else {
			r.Quo(&r, p)
		}
		f, _ := r.Float64()
		return f
	}
	t := bigLog(x)
	t.Mul(t, new(big.Float).SetPrec(powPrec).SetFloat64(y))
	f, _ := bigExp(t).Float64()
	return f
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// bigLn2 returns log(2) = 2*atanh(1/3) to powPrec bits.
func bigLn2() *big.Float {
	third := new(big.Float).SetPrec(powPrec).Quo(big.NewFloat(1), big.NewFloat(3))
	return bigAtanh2(third)
}

// bigAtanh2 returns 2*atanh(s) for small |s| by its series.
func bigAtanh2(s *big.Float) *big.Float {
	z := new(big.Float).SetPrec(powPrec).Mul(s, s)
	sum := new(big.Float).SetPrec(powPrec).Set(s)
	term := new(big.Float).SetPrec(powPrec).Set(s)
	q := new(big.Float).SetPrec(powPrec)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -powPrec-8)
	for k := int64(1); ; k++ {
		term.Mul(term, z)
		q.Quo(term, new(big.Float).SetInt64(2*k+1))
		if q.Sign() == 0 || new(big.Float).Abs(q).Cmp(eps) < 0 {
			break
		}
		sum.Add(sum, q)
	}
	return sum.Mul(sum, big.NewFloat(2))
}

// bigLog returns log(x) for finite x > 0.
func bigLog(x float64) *big.Float {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	bm := new(big.Float).SetPrec(powPrec).SetFloat64(m)
	num := new(big.Float).SetPrec(powPrec).Sub(bm, big.NewFloat(1))
	den := new(big.Float).SetPrec(powPrec).Add(bm, big.NewFloat(1))
	s := num.Quo(num, den)
	r := bigAtanh2(s)
	l2 := bigLn2()
	return r.Add(r, l2.Mul(l2, new(big.Float).SetInt64(int64(e))))
}

// bigExp returns exp(t) for |t| below about 800.
func bigExp(t *big.Float) *big.Float {
	ln2 := bigLn2()
	kf := new(big.Float).SetPrec(powPrec).Quo(t, ln2)
	k, _ := kf.Int64()
	r := new(big.Float).SetPrec(powPrec).Mul(ln2, new(big.Float).SetInt64(k))
	r.Sub(t, r)
	// exp(r) = exp(r / 2**10) ** (2**10).
	r.SetMantExp(r, -10)
	sum := new(big.Float).SetPrec(powPrec).SetInt64(1)
	term := new(big.Float).SetPrec(powPrec).SetInt64(1)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -powPrec-8)
	for n := int64(1); ; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetInt64(n))
		if term.Sign() == 0 || new(big.Float).Abs(term).Cmp(eps) < 0 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < 10; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}
