// Differential tests of Int exponentiation against CPython.

package num

import (
	"math/rand"
	"testing"
)

func TestIntPow(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	var b batch
	add := func(x, y Int) {
		ax, ay := argInt(x), argInt(y)
		if y.Sign() < 0 {
			f, err := x.PowFloat(y)
			b.add("pow", encResult(encFloat(f), err), ax, ay)
			return
		}
		v, err := x.Pow(y)
		b.add("pow", encResult(encInt(v), err), ax, ay)
	}
	bases := []int64{0, 1, -1, 2, -2, 3, -3, 7, 10, -10, 255, 1 << 31, -(1 << 31), 3037000499, 3037000500, -3037000500, 1<<62 + 1}
	for _, x := range bases {
		for e := int64(-3); e <= 70; e++ {
			add(NewInt(x), NewInt(e))
		}
	}
	for i := 0; i < 2000; i++ {
		add(randInt(r, 80), NewInt(r.Int63n(40)-5))
	}
	for _, x := range edgeInts() {
		add(x, NewInt(-1))
		add(x, NewInt(-2))
		add(x, NewInt(3))
	}
	// Exponents too large to be small.
	huge := parseHex("i0x1" + zeros(20))
	for _, x := range []int64{0, 1, -1} {
		add(NewInt(x), huge)
		add(NewInt(x), huge.Add(NewInt(1)))
	}
	add(parseHex("i0x1"+zeros(300)), NewInt(-1))
	add(NewInt(3), parseHex("i-0x1"+zeros(300)))
	b.check(t)
}

func TestIntPowMod(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	var b batch
	add := func(x, y, m Int) {
		v, err := x.PowMod(y, m)
		b.add("pow3", encResult(encInt(v), err), argInt(x), argInt(y), argInt(m))
	}
	small := []int64{0, 1, -1, 2, -2, 3, 4, -4, 5, 6, 7, 12, -12, 97}
	for _, x := range small {
		for _, y := range small {
			for _, m := range small {
				add(NewInt(x), NewInt(y), NewInt(m))
			}
		}
	}
	for i := 0; i < 3000; i++ {
		add(randInt(r, 200), randInt(r, 100), randInt(r, 150))
	}
	for i := 0; i < 1000; i++ {
		add(randInt(r, 64), randInt(r, 64), randInt(r, 64))
	}
	b.check(t)
}
