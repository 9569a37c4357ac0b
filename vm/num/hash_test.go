// Differential tests of the numeric hash against CPython.

package num

import (
	"math"
	"math/rand"
	"testing"
)

func TestHash(t *testing.T) {
	r := rand.New(rand.NewSource(9))
	var b batch
	xs := edgeInts()
	for i := 0; i < 2000; i++ {
		xs = append(xs, randInt(r, 300))
	}
	m := NewInt(hashModulus)
	for _, k := range []int64{-3, -2, -1, 0, 1, 2} {
		xs = append(xs, m.Add(NewInt(k)), m.Add(NewInt(k)).Neg(), m.Mul(NewInt(2)).Add(NewInt(k)))
	}
	for _, x := range xs {
		b.add("hash", encInt(NewInt(x.Hash())), argInt(x))
	}
	fs := edgeFloats()
	for i := 0; i < 5000; i++ {
		fs = append(fs, randFloat(r))
	}
	for _, f := range fs {
		if math.IsNaN(f) {
			continue
		}
		b.add("hash", encInt(NewInt(FloatHash(f))), argFloat(f))
	}
	b.check(t)
}
