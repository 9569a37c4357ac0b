// This file holds the fast path of float ** float for half-integral
// exponents (x ** 1.5, x ** -1.5, x ** 2.5, ...), common in physics code
// (nbody's distance ** -1.5). Instead of double-double log and exp it
// multiplies a double-double square root by a double-double integral power,
// then rounds once, with the same near-halfway fallback as the general path.

package num

import "math"

// powHalf returns x ** y, for finite x > 0 and y = n + 0.5 with |n| <= 64
// and x, x ** n and the result comfortably inside the normal range, and true; or false when
// y is not such an exponent or the double-double result is too close to a
// rounding boundary to round from (the caller then takes the general path).
func powHalf(x, y float64) (float64, bool) {
	// 2*y is exact; y - floor(y) is not always (-0.49999999999999994 + 1
	// rounds to 0.5), so the half-integral test is made on 2*y.
	twice := 2 * y
	if twice != math.Floor(twice) || math.Abs(twice) > 129 || math.Mod(twice, 2) == 0 {
		return 0, false
	}
	n := (twice - 1) / 2
	if n < -64 || n > 64 || x < 0x1p-1022 || !t0Normal(x, y) || !t0Normal(x, n) {
		return 0, false
	}
	// sqrt(x) as a double-double: the residual x - s*s is exact with FMA.
	s := math.Sqrt(x)
	root := quickTwoSum(s, math.FMA(-s, s, x)/(2*s))
	p := root
	if n != 0 {
		p = ddPowInt(x, int64(n)).mul(root)
	}
	if nearHalfway(p) {
		return 0, false
	}
	return p.hi, true
}
