// This file holds the integer functions of the math module (gcd, lcm,
// isqrt, factorial, comb, perm) and floor, ceil and trunc of floats. All
// work on *big.Int; the caller converts arguments with __index__ (so a
// float argument is the caller's TypeError "'float' object cannot be
// interpreted as an integer"). Results are exact, so only the error rules
// of CPython need reproducing, not its algorithms.

package math

import (
	gomath "math"
	"math/big"
)

// floatToInt converts an integral float to an int as PyLong_FromDouble.
func floatToInt(x float64) (*big.Int, error) {
	if gomath.IsInf(x, 0) {
		return nil, overflowError("cannot convert float infinity to integer")
	}
	if gomath.IsNaN(x) {
		return nil, valueError("cannot convert float NaN to integer")
	}
	i, _ := big.NewFloat(x).Int(nil)
	return i, nil
}

// Floor is math.floor for a float (or for an object without __floor__,
// after __float__).
func Floor(x float64) (*big.Int, error) { return floatToInt(gomath.Floor(x)) }

// Ceil is math.ceil for a float (or an object without __ceil__, after
// __float__).
func Ceil(x float64) (*big.Int, error) { return floatToInt(gomath.Ceil(x)) }

// Trunc is math.trunc for a float; other types are the caller's (their
// __trunc__, or TypeError "type X doesn't define __trunc__ method").
func Trunc(x float64) (*big.Int, error) { return floatToInt(gomath.Trunc(x)) }

// Gcd is math.gcd(*integers); gcd() is 0.
func Gcd(xs ...*big.Int) *big.Int {
	r := new(big.Int)
	for _, x := range xs {
		r.GCD(nil, nil, r, new(big.Int).Abs(x))
	}
	return r
}

// Lcm is math.lcm(*integers); lcm() is 1.
func Lcm(xs ...*big.Int) *big.Int {
	r := big.NewInt(1)
	if len(xs) > 0 {
		r.Abs(xs[0])
	}
	for _, x := range xs[min(1, len(xs)):] {
		if r.Sign() == 0 || x.Sign() == 0 {
			r.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, r, new(big.Int).Abs(x))
		r.Quo(r, g)
		r.Mul(r, x)
		r.Abs(r)
	}
	return r
}

// Isqrt is math.isqrt: the largest a with a*a <= n.
func Isqrt(n *big.Int) (*big.Int, error) {
	if n.Sign() < 0 {
		return nil, valueError("isqrt() argument must be nonnegative")
	}
	return new(big.Int).Sqrt(n), nil
}

const maxLongMsg = "9223372036854775807"

// Factorial is math.factorial.
func Factorial(n *big.Int) (*big.Int, error) {
	if !n.IsInt64() {
		if n.Sign() < 0 {
			return nil, valueError("factorial() not defined for negative values")
		}
		return nil, overflowError("factorial() argument should not exceed " + maxLongMsg)
	}
	v := n.Int64()
	if v < 0 {
		return nil, valueError("factorial() not defined for negative values")
	}
	return new(big.Int).MulRange(1, v), nil
}

// Perm is math.perm(n, k); k == nil means k=None, which is factorial(n).
func Perm(n, k *big.Int) (*big.Int, error) {
	if k == nil {
		return Factorial(n)
	}
	if n.Sign() < 0 {
		return nil, valueError("n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, valueError("k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return new(big.Int), nil
	}
	if !k.IsInt64() {
		return nil, overflowError("k must not exceed " + maxLongMsg)
	}
	return fallingFactorial(n, k.Int64()), nil
}

// Comb is math.comb(n, k).
func Comb(n, k *big.Int) (*big.Int, error) {
	if n.Sign() < 0 {
		return nil, valueError("n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, valueError("k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return new(big.Int), nil
	}
	// Use the smaller of k and n-k.
	nk := new(big.Int).Sub(n, k)
	if nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return nil, overflowError("min(n - k, k) must not exceed " + maxLongMsg)
	}
	kk := k.Int64()
	if n.IsInt64() {
		return new(big.Int).Binomial(n.Int64(), kk), nil
	}
	r := fallingFactorial(n, kk)
	return r.Quo(r, new(big.Int).MulRange(1, kk)), nil
}

// fallingFactorial returns n*(n-1)*...*(n-k+1) for 0 <= k <= n.
func fallingFactorial(n *big.Int, k int64) *big.Int {
	if k == 0 {
		return big.NewInt(1)
	}
	if n.IsInt64() {
		return new(big.Int).MulRange(n.Int64()-k+1, n.Int64())
	}
	lo := new(big.Int).Sub(n, big.NewInt(k-1))
	return productRange(lo, k)
}

// productRange returns lo*(lo+1)*...*(lo+count-1) by splitting the range
// in halves, so the big multiplications stay balanced.
func productRange(lo *big.Int, count int64) *big.Int {
	if count == 1 {
		return new(big.Int).Set(lo)
	}
	half := count / 2
	mid := new(big.Int).Add(lo, big.NewInt(half))
	left := productRange(lo, half)
	return left.Mul(left, productRange(mid, count-half))
}
