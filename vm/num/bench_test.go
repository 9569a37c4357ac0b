// Benchmarks of the small-int fast paths and of a few slower operations.

package num

import (
	"testing"
)

var (
	sinkInt   Int
	sinkI64   int64
	sinkFloat float64
	sinkStr   string
)

func BenchmarkAdd(b *testing.B) {
	x, y := NewInt(123456), NewInt(-789)
	for i := 0; i < b.N; i++ {
		x = x.Add(y)
	}
	sinkInt = x
}

func BenchmarkMul(b *testing.B) {
	x, y := NewInt(3), NewInt(1)
	for i := 0; i < b.N; i++ {
		y = x.Mul(y)
		if y.big != nil || y.small > 1<<40 {
			y = NewInt(1)
		}
	}
	sinkInt = y
}

func BenchmarkFloorDiv(b *testing.B) {
	x, y := NewInt(-1234567890123), NewInt(7)
	var q Int
	for i := 0; i < b.N; i++ {
		q, _ = x.FloorDiv(y)
	}
	sinkInt = q
}

func BenchmarkMod(b *testing.B) {
	x, y := NewInt(-1234567890123), NewInt(97)
	var q Int
	for i := 0; i < b.N; i++ {
		q, _ = x.Mod(y)
	}
	sinkInt = q
}

func BenchmarkAddInt64(b *testing.B) {
	var s int64
	for i := 0; i < b.N; i++ {
		r, ok := AddInt64(s, int64(i))
		if !ok {
			r = 0
		}
		s = r
	}
	sinkI64 = s
}

func BenchmarkAddBig(b *testing.B) {
	x := parseHex("i0x1" + zeros(40))
	y := NewInt(1)
	for i := 0; i < b.N; i++ {
		sinkInt = x.Add(y)
	}
}

func BenchmarkTrueDiv(b *testing.B) {
	x, y := NewInt(22), NewInt(7)
	var f float64
	for i := 0; i < b.N; i++ {
		f, _ = x.TrueDiv(y)
	}
	sinkFloat = f
}

func BenchmarkFloatPow(b *testing.B) {
	var f float64
	for i := 0; i < b.N; i++ {
		f, _, _ = FloatPow(1.0001, 2.5)
	}
	sinkFloat = f
}

func BenchmarkFloatRepr(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkStr = FloatRepr(0.1)
	}
}

func BenchmarkParseInt(b *testing.B) {
	var v Int
	for i := 0; i < b.N; i++ {
		v, _ = ParseInt("12345", 10, DefaultMaxStrDigits)
	}
	sinkInt = v
}
