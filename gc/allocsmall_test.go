package gc

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestAllocSmallMatchesGeneral checks that the small-block fast path makes
// the same block with the same bytes everywhere in the memory as the
// general path from the same state, or declines without changing a byte,
// over fragmented heaps with stale class bits, large free blocks, dirty
// reused blocks and fresh memory.
func TestAllocSmallMatchesGeneral(t *testing.T) {
	h := newHeap(t, Config{})
	rng := rand.New(rand.NewPCG(7, 8))
	keep := alloc(t, h, 1, 2000, 0)
	h.AddPermanentRoot(keep.Value())
	fast, declined := 0, 0
	for round := range 6 {
		for i := range 3000 {
			nv := rng.IntN(6)
			r := alloc(t, h, 1, nv, rng.IntN(300))
			for j := uint32(r) + HeaderSize + uint32(nv)*ValueSize; j < uint32(r)+h.u32(uint32(r)+HdrBlockSize); j++ {
				h.mem[j] = byte(rng.Uint32()) | 1 // dirty, so that clearing shows
			}
			if rng.IntN(3) == 0 {
				h.SetSlot(keep, (i+round*7)%2000, r.Value())
			}
		}
		h.Collect()
		verify(t, h)
		for range 120 {
			nvals, nraw := rng.IntN(8), rng.IntN(200)
			clearRaw := rng.IntN(2) == 0
			need := max((HeaderSize+uint64(nvals)*ValueSize+uint64(nraw)+blockAlign-1)&^(blockAlign-1), minBlock)
			if c := classOf(uint32(need)); rng.IntN(4) == 0 && h.u32(CtlFreeHeads+4*c) == 0 {
				// a stale bit: the class marked non-empty, its list empty
				h.setU64(CtlNonEmpty, h.u64(CtlNonEmpty)|1<<c)
			}
			snap := bytes.Clone(h.mem)
			r1 := h.allocSmall(3, uint32(nvals), uint32(need), clearRaw)
			got := bytes.Clone(h.mem)
			copy(h.mem, snap)
			r2, err := h.allocGeneral(3, nvals, need, clearRaw)
			if err != nil {
				t.Fatal(err)
			}
			if r1 == 0 {
				declined++
				if !bytes.Equal(got, snap) {
					t.Fatalf("round %d: declined (%d, %d) but changed the memory", round, nvals, nraw)
				}
				continue
			}
			fast++
			if r1 != r2 {
				t.Fatalf("round %d: (%d, %d): fast path gave %#x, general %#x", round, nvals, nraw, r1, r2)
			}
			if i := firstDiff(got, h.mem[:len(got)]); i >= 0 {
				t.Fatalf("round %d: (%d, %d) at %#x: memory differs at byte %#x", round, nvals, nraw, r1, i)
			}
			if len(h.mem) != len(got) {
				t.Fatalf("round %d: the general path grew the memory, the fast path did not decline", round)
			}
		}
		verify(t, h)
	}
	if fast == 0 || declined == 0 {
		t.Errorf("fast path taken %d times, declined %d: both must happen", fast, declined)
	}
}

// firstDiff returns the first index where a and b differ, or -1.
func firstDiff(a, b []byte) int {
	for i := range a {
		if a[i] != b[i] {
			return i
		}
	}
	return -1
}
