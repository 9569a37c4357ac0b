// This file holds round(float, ndigits): x rounded to a multiple of
// 10**-ndigits, ties to even, judged on x's exact binary value (so
// round(2.675, 2) is 2.67, as 2.675 is really 2.67499999...).
//
// CPython rounds through a decimal string from dtoa and reads it back
// with strtod; for ndigits >= 0 strconv's 'f' formatting and ParseFloat
// are the same correctly rounded pair, and for ndigits < 0 the rounding
// is done exactly on big rationals.

package num

import (
	"math"
	"math/big"
	"strconv"
)

// Bounds beyond which rounding is trivial: every float is a multiple of
// 10**-323 as far as rounding goes, and below 10**308 rounds to zero at
// ndigits < -308 (CPython's NDIGITS_MAX and NDIGITS_MIN).
const (
	ndigitsMax = 323
	ndigitsMin = -308
)

// FloatRound returns round(x, ndigits). NaNs and infinities round to
// themselves; a result too large for a float is an OverflowError ("rounded
// value too large to represent").
func FloatRound(x float64, ndigits Int) (float64, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x, nil
	}
	n, ok := ndigits.Int64()
	if !ok || n > ndigitsMax || n < ndigitsMin {
		if ndigits.Sign() > 0 {
			return x, nil
		}
		return 0 * x, nil
	}
	if x == 0 {
		return x, nil
	}
	var r float64
	if n >= 0 {
		r, _ = strconv.ParseFloat(strconv.FormatFloat(x, 'f', int(n), 64), 64)
	} else {
		// q = x / 10**k rounded half to even, times 10**k.
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		q := new(big.Rat).SetFloat64(x)
		q.Quo(q, new(big.Rat).SetInt(p))
		num, den := q.Num(), q.Denom()
		qi, rem := new(big.Int).QuoRem(num, den, new(big.Int))
		// Compare 2*|rem| with den to decide the rounding.
		rem.Abs(rem).Lsh(rem, 1)
		if c := rem.Cmp(den); c > 0 || (c == 0 && qi.Bit(0) == 1) {
			if x < 0 {
				qi.Sub(qi, big.NewInt(1))
			} else {
				qi.Add(qi, big.NewInt(1))
			}
		}
		r = bigToFloat(qi.Mul(qi, p))
		if r == 0 {
			r = math.Copysign(0, x)
		}
	}
	if math.IsInf(r, 0) {
		return 0, overflow("rounded value too large to represent")
	}
	return r, nil
}
