// release_test.go tests the heap's memory economy: free memory beyond the
// next cycle's budget is handed back to the kernel and reads as zero when
// reused, the tail above the bump pointer becomes fresh again, and large
// requests are rounded so that a slightly bigger object reuses the block
// a slightly smaller one left.

package gc

import (
	"testing"
	"time"
)

// fill writes b's every byte with c.
func fill(b []byte, c byte) {
	for i := range b {
		b[i] = c
	}
}

// allZero reports whether every byte of b is zero.
func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

func TestReleaseKeepsBudgetAndZeroes(t *testing.T) {
	const trigger = 1 << 20
	h := newHeap(t, Config{MinTrigger: trigger})
	first := alloc(t, h, 1, 0, 0)
	h.PushRoot(first.Value())
	var blocks []Ref
	for range 16 {
		r := alloc(t, h, 1, 0, 256<<10) // 4 MiB in all, dirtied
		fill(h.Raw(r), 0xff)
		blocks = append(blocks, r)
	}
	last := alloc(t, h, 1, 0, 0) // pins the end: the blocks form one run inside the heap
	h.PushRoot(last.Value())
	top := h.u32(CtlTop)
	h.Collect()
	verify(t, h)
	if h.u32(CtlTop) != top {
		t.Fatalf("top moved from %#x to %#x", top, h.u32(CtlTop))
	}
	s := h.Stats()
	keep := uint32(2 * max(h.trigger, trigger)) // the next cycle's budget (at least MinTrigger), twice
	from, to := h.pageUp(uint32(blocks[0])+keep), h.pageDown(uint32(last))
	if s.Released != uint64(to-from) {
		t.Fatalf("released %d bytes, want %d: all of the free run but twice the %d bytes the next cycle may use",
			s.Released, to-from, h.trigger)
	}
	if !allZero(h.Bytes()[from:to]) {
		t.Error("released memory does not read as zero")
	}
	if mem := h.Bytes(); mem[from-1] != 0xff || mem[uint32(blocks[0])+HeaderSize+100] != 0xff {
		t.Error("the memory kept for the next cycle was released too")
	}
	// Reusing the released memory gives zeroed blocks, below the old top.
	for range 16 {
		r := alloc(t, h, 2, 0, 256<<10)
		if uint32(r) >= top {
			t.Fatalf("allocation at %#x above the old top %#x: the freed run was not reused", r, top)
		}
		if !allZero(h.Raw(r)) {
			t.Fatal("a reused block is not zero")
		}
		fill(h.Raw(r), 0xee)
	}
	verify(t, h)
}

func TestReleaseTailBecomesFresh(t *testing.T) {
	h := newHeap(t, Config{MinTrigger: 1 << 20})
	for range 32 {
		fill(h.Raw(alloc(t, h, 1, 0, 128<<10)), 0xff) // 4 MiB of garbage up to the top
	}
	written := h.Stats().Written
	h.Collect()
	verify(t, h)
	if top := h.u32(CtlTop); top != HeapStart {
		t.Fatalf("top %#x after freeing everything", top)
	}
	fresh, keep := h.u32(CtlFresh), uint32(2*max(h.trigger, 1<<20))
	if fresh > HeapStart+keep+h.pageSize || fresh < HeapStart+keep {
		t.Fatalf("fresh at %#x, want about %#x (twice the budget above top stays resident)", fresh, HeapStart+keep)
	}
	if s := h.Stats(); s.Written != uint64(fresh) || s.Released < written-uint64(fresh)-uint64(h.pageSize) {
		t.Fatalf("written %d -> %d, released %d", written, s.Written, s.Released)
	}
	if !allZero(h.Bytes()[fresh:written]) {
		t.Fatal("the released tail does not read as zero")
	}
	// AllocRaw does not clear; above fresh the bytes must be zero anyway.
	var got []Ref
	for range 32 {
		r, err := h.AllocRaw(1, 0, 128<<10)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	for _, r := range got {
		if uint32(r) >= fresh && !allZero(h.Raw(r)) {
			t.Fatalf("fresh block %#x is not zero", r)
		}
	}
	verify(t, h)
}

func TestLargeRoundingReusesBlock(t *testing.T) {
	h := newHeap(t, Config{})
	pin := alloc(t, h, 1, 0, 0)
	h.PushRoot(pin.Value())
	const n = 300001
	prev := alloc(t, h, 1, n, 0)
	for i := range 10 {
		end := alloc(t, h, 1, 0, 0) // keeps the freed block inside the heap
		h.PushRoot(end.Value())
		h.Collect()
		pages := h.Stats().Pages
		r := alloc(t, h, 1, n+1+i, 0) // one slot more than the block just freed
		if r != prev {
			t.Fatalf("round %d: a list of %d values went to %#x, not to the freed block %#x", i, n+1+i, r, prev)
		}
		if h.Stats().Pages != pages {
			t.Fatalf("round %d: the memory grew", i)
		}
		h.SetSlot(r, n+i, Int(int64(i)))
		verify(t, h)
	}
	if got, want := roundLarge(100<<10), uint64(13*8<<10); got != want {
		t.Errorf("roundLarge(100 KiB) = %d, want %d (13 steps of 8 KiB)", got, want)
	}
	if got := roundLarge(1 << 20); got != 1<<20 {
		t.Errorf("roundLarge(1 MiB) = %d", got)
	}
}

func TestLeanBudgetWhenCollectingIsCheap(t *testing.T) {
	h := newHeap(t, Config{MinTrigger: 1 << 20})
	keep := alloc(t, h, 1, 0, 8<<20-HeaderSize) // 8 MiB live
	h.AddPermanentRoot(keep.Value())
	h.gcShare = 0.5 // expensive: the full budget, the live bytes
	h.setTrigger(8 << 20)
	if h.trigger != 8<<20 || h.lean {
		t.Fatalf("budget %d (lean %v) when collecting is expensive, want %d", h.trigger, h.lean, 8<<20)
	}
	h.gcShare = cheapGCShare / 2
	h.setTrigger(8 << 20)
	if h.trigger != 4<<20 || !h.lean {
		t.Fatalf("budget %d (lean %v) when collecting is cheap, want %d", h.trigger, h.lean, 4<<20)
	}
	h.setTrigger(0) // MinTrigger is halved too
	if h.trigger != 1<<19 {
		t.Fatalf("budget %d for an empty heap when collecting is cheap, want %d", h.trigger, 1<<19)
	}
	fixed := newHeap(t, Config{MinTrigger: 1 << 20, FixedGrowth: true})
	fixed.gcShare = 0
	fixed.setTrigger(8 << 20)
	if fixed.trigger != 8<<20 {
		t.Fatalf("FixedGrowth: budget %d, want %d", fixed.trigger, 8<<20)
	}
	// The estimate: 1 ms of collection after 99 ms of work is 1%; at the
	// lean budget the same cycle counts half; later cycles are averaged.
	ms := time.Millisecond
	if got := nextGCShare(0, ms, 99*ms, false, true); got != 0.01 {
		t.Errorf("first share %v, want 0.01", got)
	}
	if got := nextGCShare(0, ms, 99*ms, true, true); got != 0.005 {
		t.Errorf("lean share %v, want 0.005", got)
	}
	if got := nextGCShare(0.03, ms, 99*ms, false, false); got != 0.02 {
		t.Errorf("averaged share %v, want 0.02", got)
	}
	// A real heap's first collections set the estimate.
	h2 := newHeap(t, Config{})
	h2.Collect()
	h2.Collect()
	if h2.gcShare <= 0 || h2.gcShare > 1 {
		t.Errorf("after two collections: share %v, last end %v", h2.gcShare, h2.lastEnd)
	}
}
