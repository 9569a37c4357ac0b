// Differential tests of float arithmetic, conversions and int/float
// comparison against CPython.

package num

import (
	"math"
	"math/rand"
	"testing"
)

func floatSamples(r *rand.Rand, n int) []float64 {
	fs := edgeFloats()
	for i := 0; i < n; i++ {
		fs = append(fs, randFloat(r))
	}
	return fs
}

func TestFloatDivMod(t *testing.T) {
	r := rand.New(rand.NewSource(10))
	var b batch
	add := func(x, y float64) {
		ax, ay := argFloat(x), argFloat(y)
		q, err := FloatFloorDiv(x, y)
		b.add("floordiv", encResult(encFloat(q), err), ax, ay)
		m, err := FloatMod(x, y)
		b.add("mod", encResult(encFloat(m), err), ax, ay)
		q, m, err = FloatDivMod(x, y)
		b.add("divmod", encResult(encTuple(encFloat(q), encFloat(m)), err), ax, ay)
	}
	edges := edgeFloats()
	for _, x := range edges {
		for _, y := range edges {
			add(x, y)
		}
	}
	for i := 0; i < 5000; i++ {
		add(randFloat(r), randFloat(r))
	}
	b.check(t)
}

func TestFloatPow(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	var b batch
	add := func(x, y float64) {
		v, isComplex, err := FloatPow(x, y)
		got := encResult(encFloat(v), err)
		if isComplex {
			return // checked by TestComplexPow
		}
		b.addAlt("pow", "pow_cr", got, argFloat(x), argFloat(y))
	}
	edges := append(edgeFloats(), 0.25, -0.25, 4, -4, 1e-300, -3, 1.0/3, 100, 1e10, -1e10)
	for _, x := range edges {
		for _, y := range edges {
			add(x, y)
		}
	}
	for i := 0; i < 20000; i++ {
		switch i % 4 {
		case 0: // moderate bases and exponents
			add(r.Float64()*10, r.NormFloat64()*20)
		case 1: // integer exponents
			add(r.NormFloat64()*3, float64(r.Intn(80)-40))
		case 2: // near overflow and underflow
			add(1+r.Float64(), float64(r.Intn(2200)-1100)+r.Float64())
		default:
			add(math.Abs(randFloat(r)), r.NormFloat64())
		}
	}
	b.check(t)
}

func TestFloatRound(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	var b batch
	add := func(x float64, n Int) {
		v, err := FloatRound(x, n)
		b.add("round", encResult(encFloat(v), err), argFloat(x), argInt(n))
	}
	ns := []int64{-400, -309, -308, -307, -300, -30, -20, -16, -5, -2, -1, 0, 1, 2, 3, 5, 10, 15, 16, 17, 20, 100, 300, 322, 323, 324, 400}
	for _, x := range floatSamples(r, 800) {
		for _, n := range ns {
			add(x, NewInt(n))
		}
		v, err := FloatRoundInt(x)
		b.add("round1", encResult(encInt(v), err), argFloat(x))
	}
	for _, x := range []float64{0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.7e308, -1.7e308, 1.5e308, 5e-324, 1e-323, 25, 35, 250, 1e22, 5e22, 1234.5} {
		for _, n := range ns {
			add(x, NewInt(n))
		}
		add(x, parseHex("i0x1"+zeros(30)))
		add(x, parseHex("i-0x1"+zeros(30)))
		v, err := FloatRoundInt(x)
		b.add("round1", encResult(encInt(v), err), argFloat(x))
	}
	b.check(t)
}

func TestFloatConversions(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	var b batch
	for _, x := range floatSamples(r, 5000) {
		ax := argFloat(x)
		v, err := IntFromFloat(x)
		b.add("int", encResult(encInt(v), err), ax)
		v, err = FloatFloor(x)
		b.add("floor", encResult(encInt(v), err), ax)
		v, err = FloatCeil(x)
		b.add("ceil", encResult(encInt(v), err), ax)
		b.add("is_integer", encBool(FloatIsInteger(x)), ax)
		n, d, err := FloatAsIntegerRatio(x)
		b.add("ratio", encResult(encTuple(encInt(n), encInt(d)), err), ax)
	}
	b.check(t)
}

func TestIntFloatCompare(t *testing.T) {
	r := rand.New(rand.NewSource(14))
	var b batch
	add := func(x Int, y float64) {
		c, ok := CmpIntFloat(x, y)
		got := encInt(NewInt(int64(c)))
		if !ok {
			got = encStr("unordered")
		}
		b.add("cmp", got, argInt(x), argFloat(y))
	}
	for _, x := range edgeInts() {
		for _, y := range edgeFloats() {
			add(x, y)
		}
	}
	for i := 0; i < 5000; i++ {
		y := randFloat(r)
		if x, err := IntFromFloat(y); err == nil && r.Intn(2) == 0 {
			add(x.Add(NewInt(int64(r.Intn(3)-1))), y)
		} else {
			add(randInt(r, 1100), y)
		}
	}
	b.check(t)
}
