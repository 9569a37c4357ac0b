// Differential tests of Int shifts, bitwise operations and byte
// conversions against CPython.

package num

import (
	"math/rand"
	"testing"
)

func TestIntBits(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	var b batch
	for _, p := range intPairs(r, 3000, 300) {
		x, y := p[0], p[1]
		ax, ay := argInt(x), argInt(y)
		b.add("and", encInt(x.And(y)), ax, ay)
		b.add("or", encInt(x.Or(y)), ax, ay)
		b.add("xor", encInt(x.Xor(y)), ax, ay)
	}
	shifts := []int64{-1, 0, 1, 2, 7, 29, 30, 31, 32, 33, 62, 63, 64, 65, 100, 127, 128, 129, 1000}
	xs := append(edgeInts(), randInt(r, 200), randInt(r, 200), randInt(r, 64), randInt(r, 64))
	for _, x := range xs {
		ax := argInt(x)
		for _, s := range shifts {
			v, err := x.Lsh(NewInt(s))
			b.add("lsh", encResult(encInt(v), err), ax, argInt64(s))
			v, err = x.Rsh(NewInt(s))
			b.add("rsh", encResult(encInt(v), err), ax, argInt64(s))
		}
		b.add("inv", encInt(x.Invert()), ax)
		b.add("bit_length", encInt(NewInt(int64(x.BitLength()))), ax)
		b.add("bit_count", encInt(NewInt(int64(x.BitCount()))), ax)
	}
	// Shift counts CPython refuses: too many digits, memory, huge right
	// shifts.
	huge := []string{"i0x1" + zeros(25), "i0x8000000000000000", "i0x7fffffffffffffff", "i-0x1" + zeros(25)}
	for _, x := range []Int{NewInt(0), NewInt(1), NewInt(-1), NewInt(-5), randInt(r, 300)} {
		for _, h := range huge {
			n := parseHex(h)
			v, err := x.Lsh(n)
			b.add("lsh", encResult(encInt(v), err), argInt(x), h)
			v, err = x.Rsh(n)
			b.add("rsh", encResult(encInt(v), err), argInt(x), h)
		}
	}
	// Digit-count boundary of CPython's "too many digits in integer".
	for _, d := range []int64{-8, -7, -6, -1, 0, 1} {
		n := NewInt(30).Mul(NewInt(shiftClip + d))
		v, err := NewInt(1).Lsh(n)
		b.add("lsh", encResult(encInt(v), err), argInt64(1), argInt(n))
	}
	b.check(t)
}

func zeros(n int) string {
	s := make([]byte, n)
	for i := range s {
		s[i] = '0'
	}
	return string(s)
}

// parseHex decodes an "i"-encoded int with math/big (not with the code
// under test).
func parseHex(s string) Int {
	neg := s[1] == '-'
	digits := s[3:]
	if neg {
		digits = s[4:]
	}
	v, ok := newBigFromHex(digits)
	if !ok {
		panic(s)
	}
	if neg {
		v.Neg(v)
	}
	return NewIntBig(v)
}

func TestIntBytes(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	var b batch
	xs := edgeInts()
	for i := 0; i < 500; i++ {
		xs = append(xs, randInt(r, 100))
	}
	for _, x := range xs {
		n := (x.BitLength() + 7) / 8
		for _, length := range []int{-1, 0, n - 1, n, n + 1, n + 3} {
			for _, little := range []bool{false, true} {
				for _, signed := range []bool{false, true} {
					bs, err := x.ToBytes(length, little, signed)
					b.add("to_bytes", encResult("b"+hexBytes(bs), err), argInt(x), argInt64(int64(length)), argBool(little), argBool(signed))
				}
			}
		}
	}
	for i := 0; i < 2000; i++ {
		bs := make([]byte, r.Intn(20))
		for j := range bs {
			bs[j] = byte(r.Intn(256))
			if r.Intn(3) == 0 {
				bs[j] = 0xff
			}
		}
		little, signed := r.Intn(2) == 0, r.Intn(2) == 0
		b.add("from_bytes", encInt(IntFromBytes(bs, little, signed)), "b"+hexBytes(bs), argBool(little), argBool(signed))
	}
	b.check(t)
}
