// This file checks the half-integral exponent fast path of FloatPow
// (float_pow_half.go) against CPython, whose pow is glibc's.

package num

import (
	"math"
	"math/rand"
	"testing"
)

func TestFloatPowHalf(t *testing.T) {
	r := rand.New(rand.NewSource(15))
	var b batch
	add := func(x, y float64) {
		v, isComplex, err := FloatPow(x, y)
		if isComplex {
			return
		}
		b.addAlt("pow", "pow_cr", encResult(encFloat(v), err), argFloat(x), argFloat(y))
	}
	ys := []float64{0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.5, -7.5, 10.5, 63.5, -64.5, 64.5}
	for i := 0; i < 20000; i++ {
		y := ys[i%len(ys)]
		var x float64
		switch i % 3 {
		case 0:
			x = r.Float64() * 10
		case 1:
			x = math.Abs(r.NormFloat64()) * math.Pow(10, float64(r.Intn(20)-10))
		default:
			x = float64(r.Intn(1000) + 1) // perfect squares and exact cases
		}
		add(x, y)
	}
	for _, x := range []float64{4, 9, 0.25, 2, 1e-300, 1e300, 5e-324, math.MaxFloat64} {
		for _, y := range ys {
			add(x, y)
		}
	}
	b.check(t)
}
