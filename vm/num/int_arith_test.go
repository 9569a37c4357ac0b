// Differential tests of Int arithmetic against CPython.

package num

import (
	"math/rand"
	"testing"
)

// intPairs returns every pair of edge ints plus random pairs.
func intPairs(r *rand.Rand, nRandom, maxBits int) [][2]Int {
	edges := edgeInts()
	var out [][2]Int
	for _, a := range edges {
		for _, b := range edges {
			out = append(out, [2]Int{a, b})
		}
	}
	for i := 0; i < nRandom; i++ {
		out = append(out, [2]Int{randInt(r, maxBits), randInt(r, maxBits)})
	}
	return out
}

func TestIntArithmetic(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var b batch
	for _, p := range intPairs(r, 3000, 300) {
		x, y := p[0], p[1]
		ax, ay := argInt(x), argInt(y)
		b.add("add", encInt(x.Add(y)), ax, ay)
		b.add("sub", encInt(x.Sub(y)), ax, ay)
		b.add("mul", encInt(x.Mul(y)), ax, ay)
		q, err := x.FloorDiv(y)
		b.add("floordiv", encResult(encInt(q), err), ax, ay)
		m, err := x.Mod(y)
		b.add("mod", encResult(encInt(m), err), ax, ay)
		q, m, err = x.DivMod(y)
		b.add("divmod", encResult(encTuple(encInt(q), encInt(m)), err), ax, ay)
		f, err := x.TrueDiv(y)
		b.add("truediv", encResult(encFloat(f), err), ax, ay)
		b.add("cmp", encInt(NewInt(int64(x.Cmp(y)))), ax, ay)
		b.add("eq", encBool(x.Equal(y)), ax, ay)
	}
	for _, x := range edgeInts() {
		ax := argInt(x)
		b.add("neg", encInt(x.Neg()), ax)
		b.add("abs", encInt(x.Abs()), ax)
		f, err := x.Float()
		b.add("float", encResult(encFloat(f), err), ax)
	}
	for i := 0; i < 3000; i++ {
		x := randInt(r, 1100)
		ax := argInt(x)
		b.add("neg", encInt(x.Neg()), ax)
		f, err := x.Float()
		b.add("float", encResult(encFloat(f), err), ax)
	}
	b.check(t)
}

// TestIntTrueDivision checks correctly rounded division on quotients
// near the overflow and subnormal boundaries and of very different sizes.
func TestIntTrueDivision(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	var b batch
	add := func(x, y Int) {
		f, err := x.TrueDiv(y)
		b.add("truediv", encResult(encFloat(f), err), argInt(x), argInt(y))
	}
	for i := 0; i < 4000; i++ {
		x := randInt(r, 2200)
		y := randInt(r, 2200)
		add(x, y)
	}
	one := NewInt(1)
	for _, k := range []int64{1020, 1022, 1023, 1024, 1025, 1070, 1074, 1075, 1076, 1080} {
		p, _ := one.Lsh(NewInt(k))
		for _, d := range []int64{-3, -1, 0, 1, 3} {
			q := p.Add(NewInt(d))
			add(q, NewInt(1))
			add(NewInt(1), q)
			add(NewInt(3), q)
			add(q.Mul(NewInt(3)), NewInt(2))
			add(NewInt(-7), q)
		}
	}
	b.check(t)
}
