// This file holds unit tests of the Go-only parts of the API, which the
// differential test cannot reach: the int64 and uint64 fast paths, the
// state round trip, entropy seeding, and the generic slice helpers. Their
// expectations are derived from the big-int paths that the differential
// test checks against CPython.

package random

import (
	"math"
	"math/big"
	"testing"
)

func TestFastPathsMatchBigPaths(t *testing.T) {
	a, b := NewFromInt64(7), NewFromInt64(7)
	for k := 0; k <= 64; k++ {
		x, err0 := a.GetRandBits64(k)
		y, err := b.GetRandBits(int64(k))
		if err0 != nil || err != nil || y.Cmp(new(big.Int).SetUint64(x)) != 0 {
			t.Fatalf("k=%d: %d vs %v (%v)", k, x, y, err)
		}
	}
	for _, bounds := range [][2]int64{{0, 10}, {-5, 5}, {math.MinInt64, math.MaxInt64}, {math.MaxInt64 - 3, math.MaxInt64}, {3, 3}} {
		for i := 0; i < 50; i++ {
			x, err1 := a.RandInt64(bounds[0], bounds[1])
			y, err2 := b.RandInt(big.NewInt(bounds[0]), big.NewInt(bounds[1]))
			if err1 != nil || err2 != nil || !y.IsInt64() || y.Int64() != x {
				t.Fatalf("RandInt64%v: %d vs %v (%v, %v)", bounds, x, y, err1, err2)
			}
		}
	}
	if _, err := a.RandInt64(5, 4); err == nil || err.Error() != "ValueError: empty range for randrange() (5, 5, 0)" {
		t.Fatalf("RandInt64(5, 4): %v", err)
	}
}

func TestStateRoundTrip(t *testing.T) {
	r := NewFromInt64(3)
	r.Gauss(0, 1) // leaves a cached value
	st := r.GetState()
	want := []float64{r.Gauss(0, 1), r.Random(), r.Gauss(0, 1)}
	if err := r.Restore(st); err != nil {
		t.Fatal(err)
	}
	got := []float64{r.Gauss(0, 1), r.Random(), r.Gauss(0, 1)}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("after Restore: %v, want %v", got, want)
		}
	}
	st.Pos = 625
	if err := r.Restore(st); err == nil {
		t.Fatal("Restore accepted position 625")
	}
}

func TestEntropySeedsDiffer(t *testing.T) {
	a, b := New(), New()
	if a.GetState().Key == b.GetState().Key {
		t.Fatal("two entropy-seeded generators have the same state")
	}
}

func TestSliceHelpers(t *testing.T) {
	a, b := NewFromInt64(11), NewFromInt64(11)
	x := []string{"a", "b", "c", "d", "e"}
	ShuffleSlice(a, x)
	idx := []int{0, 1, 2, 3, 4}
	ShuffleSlice(b, idx)
	for i, j := range idx {
		if x[i] != string(rune('a'+j)) {
			t.Fatalf("shuffles differ: %v vs %v", x, idx)
		}
	}
	if _, err := Choice(a, Slice[int](nil)); err == nil || err.Error() != "IndexError: Cannot choose from an empty sequence" {
		t.Fatalf("Choice(empty): %v", err)
	}
	if _, err := a.SampleIndexes(1<<62, 1<<40); err == nil || err.Error() != "MemoryError" {
		t.Fatalf("huge sample: %v", err)
	}
}
