// bench_test.go measures allocation and collection:
// go test -bench . ./gc

package gc

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkAllocSmall allocates 48-byte objects that die at once, with a
// safepoint after each, as an interpreter loop would: the cost includes
// the collections it triggers.
func BenchmarkAllocSmall(b *testing.B) {
	h := newHeap(b, Config{})
	for b.Loop() {
		if _, err := h.Alloc(1, 2, 0); err != nil {
			b.Fatal(err)
		}
		h.MaybeCollect()
	}
}

// BenchmarkAllocOnly measures Alloc alone: the heap is emptied outside the
// timer every 2^16 allocations.
func BenchmarkAllocOnly(b *testing.B) {
	h := newHeap(b, Config{})
	for i := range b.N {
		if i&0xffff == 0 {
			b.StopTimer()
			h.Collect()
			b.StartTimer()
		}
		if _, err := h.Alloc(1, 2, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAllocFragmented allocates 48-byte objects into a heap where 1e5
// live objects are interleaved with free blocks of many sizes.
func BenchmarkAllocFragmented(b *testing.B) {
	h := newHeap(b, Config{})
	rng := rand.New(rand.NewPCG(1, 2))
	keep := alloc(b, h, 1, 100000, 0)
	h.AddPermanentRoot(keep.Value())
	for i := range 100000 {
		r := alloc(b, h, 1, 1+rng.IntN(4), rng.IntN(40))
		h.SetSlot(keep, i, r.Value())
		alloc(b, h, 1, 1+rng.IntN(4), rng.IntN(40)) // garbage
	}
	h.Collect()
	for b.Loop() {
		if _, err := h.Alloc(1, 2, 0); err != nil {
			b.Fatal(err)
		}
		h.MaybeCollect()
	}
}

// BenchmarkCollect1e5 collects a heap of 1e5 live objects linked into a
// random graph with cycles.
func BenchmarkCollect1e5(b *testing.B) {
	const n = 100000
	h := newHeap(b, Config{})
	rng := rand.New(rand.NewPCG(3, 4))
	refs := make([]Ref, n)
	for i := range refs {
		refs[i] = alloc(b, h, 1, 1+rng.IntN(4), rng.IntN(32))
	}
	for i, r := range refs {
		h.SetSlot(r, 0, refs[(i+1)%n].Value()) // a ring reaches everything
		for j := 1; j < h.NumValues(r); j++ {
			if rng.IntN(2) == 0 {
				h.SetSlot(r, j, refs[rng.IntN(n)].Value())
			} else {
				h.SetSlot(r, j, Int(int64(j)))
			}
		}
	}
	h.PushRoot(refs[0].Value())
	h.Collect()
	if h.Stats().LiveObjects != n {
		b.Fatalf("%d live objects", h.Stats().LiveObjects)
	}
	for b.Loop() {
		h.Collect()
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/collection")
}
