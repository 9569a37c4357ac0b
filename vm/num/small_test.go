// Tests that need no python3: the int64 kernels agree with the Int
// methods, errors render as Python prints them, and a few identities.

package num

import (
	"math"
	"math/rand"
	"testing"
)

func TestInt64Kernels(t *testing.T) {
	r := rand.New(rand.NewSource(21))
	vals := []int64{0, 1, -1, 2, -2, 7, -7, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1, 1 << 32, -(1 << 32), 3037000499, -3037000500}
	for i := 0; i < 2000; i++ {
		vals = append(vals, r.Int63()-r.Int63(), r.Int63n(1000)-500)
	}
	for i, a := range vals {
		for _, b := range vals[:min(len(vals), 40+i%7)] {
			x, y := NewInt(a), NewInt(b)
			if v, ok := AddInt64(a, b); ok != x.Add(y).IsSmall() || (ok && NewInt(v) != x.Add(y)) {
				t.Fatalf("AddInt64(%d, %d)", a, b)
			}
			if v, ok := SubInt64(a, b); ok != x.Sub(y).IsSmall() || (ok && NewInt(v) != x.Sub(y)) {
				t.Fatalf("SubInt64(%d, %d)", a, b)
			}
			if v, ok := MulInt64(a, b); ok != x.Mul(y).IsSmall() || (ok && NewInt(v) != x.Mul(y)) {
				t.Fatalf("MulInt64(%d, %d)", a, b)
			}
			q, err := x.FloorDiv(y)
			if v, ok := FloorDivInt64(a, b); ok != (err == nil && q.IsSmall()) || (ok && NewInt(v) != q) {
				t.Fatalf("FloorDivInt64(%d, %d)", a, b)
			}
			m, err := x.Mod(y)
			if v, ok := ModInt64(a, b); ok != (err == nil) || (ok && NewInt(v) != m) {
				t.Fatalf("ModInt64(%d, %d)", a, b)
			}
		}
	}
}

func TestErrorText(t *testing.T) {
	_, err := NewInt(1).FloorDiv(NewInt(0))
	if err.Error() != "ZeroDivisionError: integer division or modulo by zero" {
		t.Errorf("got %q", err.Error())
	}
	_, err = NewInt(1).Lsh(NewInt(1 << 62))
	if err.Error() != "MemoryError" {
		t.Errorf("got %q", err.Error())
	}
	_, _, err = FloatPow(2, 1e10)
	if e := err.(*Error); e.Errno != 34 || e.Type != "OverflowError" {
		t.Errorf("got %+v", e)
	}
}

func TestHashIdentities(t *testing.T) {
	if NewInt(-1).Hash() != -2 || FloatHash(-1) != -2 {
		t.Error("hash(-1) must be -2")
	}
	for _, f := range []float64{0, 1, -3, 1e15, 1 << 62, 1 << 70, -1e300} {
		i, _ := IntFromFloat(f)
		if i.Hash() != FloatHash(f) {
			t.Errorf("hash(%v) = %d, hash(int) = %d", f, FloatHash(f), i.Hash())
		}
	}
	if ComplexHash(complex(3, 0)) != NewInt(3).Hash() {
		t.Error("hash(3+0j) must equal hash(3)")
	}
}
