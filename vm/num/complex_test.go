// Differential tests of complex arithmetic against CPython.

package num

import (
	"math"
	"math/rand"
	"testing"
)

func complexSamples(r *rand.Rand, n int) []complex128 {
	parts := []float64{0, math.Copysign(0, -1), 1, -1, 2, 0.5, -3, 1e300, -1e300, 1e-300, math.Inf(1), math.Inf(-1), math.NaN()}
	var out []complex128
	for _, a := range parts {
		for _, b := range parts {
			out = append(out, complex(a, b))
		}
	}
	for i := 0; i < n; i++ {
		out = append(out, complex(randFloat(r), randFloat(r)))
	}
	return out
}

func argComplex(z complex128) string { return "c" + argFloat(real(z)) + "," + argFloat(imag(z)) }

func TestComplex(t *testing.T) {
	r := rand.New(rand.NewSource(19))
	var b batch
	zs := complexSamples(r, 300)
	for _, z := range zs {
		az := argComplex(z)
		b.add("repr", encStr(ComplexRepr(z)), az)
		a, err := ComplexAbs(z)
		b.addAlt("abs", "abs_cr", encResult(encFloat(a), err), az)
		if !math.IsNaN(real(z)) && !math.IsNaN(imag(z)) {
			b.add("hash", encInt(NewInt(ComplexHash(z))), az)
		}
	}
	for i, x := range zs {
		for j := 0; j < 40; j++ {
			y := zs[(i*7+j*13)%len(zs)]
			ax, ay := argComplex(x), argComplex(y)
			b.add("mul", encComplex(ComplexMul(x, y)), ax, ay)
			q, err := ComplexDiv(x, y)
			b.add("truediv", encResult(encComplex(q), err), ax, ay)
		}
	}
	for i := 0; i < 3000; i++ {
		x := complex(r.NormFloat64()*10, r.NormFloat64()*10)
		a, err := ComplexAbs(x)
		b.addAlt("abs", "abs_cr", encResult(encFloat(a), err), argComplex(x))
	}
	b.check(t)
}

func TestComplexPow(t *testing.T) {
	r := rand.New(rand.NewSource(20))
	var b batch
	add := func(x, y complex128, exact bool) {
		p, err := ComplexPow(x, y)
		got := encResult(encComplex(p), err)
		if exact {
			b.add("pow", got, argComplex(x), argComplex(y))
		} else {
			b.addClose("pow", 1e-12, got, argComplex(x), argComplex(y))
		}
	}
	for i := 0; i < 3000; i++ {
		x := complex(r.NormFloat64()*3, r.NormFloat64()*3)
		n := float64(r.Intn(241) - 120)
		add(x, complex(n, 0), math.Abs(n) <= 100)
	}
	for _, x := range complexSamples(r, 50) {
		for _, n := range []float64{0, 1, 2, 3, -1, -2, 100, 101, -100, -101} {
			add(x, complex(n, 0), math.Abs(n) <= 100)
		}
	}
	for i := 0; i < 3000; i++ {
		x := complex(r.NormFloat64()*3, r.NormFloat64()*3)
		y := complex(r.NormFloat64()*3, r.NormFloat64()*3)
		add(x, y, false)
	}
	add(0, complex(-1, 0), true)
	add(0, complex(0, 1), true)
	add(0, complex(1, 1), true)
	add(0, complex(2.5, 0), true)
	add(complex(1e200, 1e200), complex(2, 0), true)
	add(complex(1e200, 1e200), complex(2.5, 0), false)
	// Float ** float with a complex result goes through ComplexPow.
	for i := 0; i < 2000; i++ {
		x, y := -math.Abs(randFloat(r)), r.NormFloat64()*5
		v, isComplex, err := FloatPow(x, y)
		got := encResult(encFloat(v), err)
		if isComplex {
			p, err := ComplexPow(complex(x, 0), complex(y, 0))
			got = encResult(encComplex(p), err)
		}
		b.addClose("pow", 1e-12, got, argFloat(x), argFloat(y))
	}
	b.check(t)
}

func TestComplexReprSweep(t *testing.T) {
	fs := reprSweepFloats()
	rng := rand.New(rand.NewSource(2))
	var zs []complex128
	special := []float64{0, math.Copysign(0, -1), 1, -1, 2.5, 1e16, 1e-5, math.Inf(1), math.Inf(-1), math.NaN(),
		-math.NaN()}
	for _, a := range special {
		for _, c := range special {
			zs = append(zs, complex(a, c))
		}
	}
	for i := 0; i < 2000; i++ {
		re := fs[rng.Intn(len(fs))]
		if i%2 == 0 {
			re = 0
		}
		zs = append(zs, complex(re, fs[rng.Intn(len(fs))]))
	}
	var b batch
	for _, z := range zs {
		b.add("repr", encStr(ComplexRepr(z)), argComplex(z))
	}
	b.check(t)
}
