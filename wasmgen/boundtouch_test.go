package wasmgen

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

// TestPlanTouches checks which accesses get a bound touch and how far it
// reaches: the first access of a base in a run, when a later one of the
// same run ends further; runs end at LOOP; constant bases, skipped bases
// and offsets past maxTouch get none.
func TestPlanTouches(t *testing.T) {
	tr := ir.NewTrace("touches", 4)
	b := ir.NewBuilder(tr, ir.AllOn)
	s1 := b.AddSnap(ir.Snapshot{PC: 1})
	p := b.SLoad(1, ir.Ptr)
	q := b.SLoad(2, ir.Ptr)
	skipped := b.SLoad(3, ir.Ptr)
	hdr := b.FLoad(ir.Int, p, 8, ir.AliasClass(6))
	b.Guard(ir.EQ, hdr, b.KInt(2), s1)
	b.FLoad(ir.Tag, p, 16, ir.AliasClass(12))
	b.FLoad(ir.Ptr, p, 40, ir.AliasClass(12))
	b.FStore(p, 24, b.KInt(7), ir.AliasClass(12))
	lone := b.FLoad(ir.Int, q, 32, ir.AliasClass(8))
	qFar := b.FLoad(ir.Int, q, int64(maxTouch), ir.AliasClass(8)) // ends past maxTouch: not counted
	sk := b.FLoad(ir.Int, skipped, 8, ir.AliasClass(8))
	b.FLoad(ir.Int, skipped, 64, ir.AliasClass(8))
	k := b.FLoad(ir.Int, b.KPtr(4096), 8, ir.AliasClass(8))
	b.FLoad(ir.Int, b.KPtr(4096), 48, ir.AliasClass(8))
	b.Loop(b.AddSnap(ir.Snapshot{PC: 1}))
	again := b.FLoad(ir.Int, p, 8, ir.AliasClass(6))
	b.Guard(ir.EQ, again, b.KInt(2), b.AddSnap(ir.Snapshot{PC: 1}))
	b.FLoad(ir.Ptr, p, 32, ir.AliasClass(12))
	b.JLoop(b.AddSnap(ir.Snapshot{PC: 1}))

	touch := planTouches(tr, func(r ir.Ref) bool { return r == skipped })
	want := map[ir.Ref]uint32{hdr: 48, again: 40}
	for r := ir.Ref(1); r < tr.Len(); r++ {
		if touch[r] != want[r] {
			t.Errorf("%04d %s: touch %d, want %d", r, tr.Insts[r].Op, touch[r], want[r])
		}
	}
	for _, r := range []ir.Ref{lone, qFar, sk, k} {
		if r <= 0 || tr.Insts[r].Op != ir.FLOAD {
			t.Fatalf("%04d is not a fresh FLOAD (the builder folded it): the test's premise", r)
		}
	}
}

// TestFrameTouchEnd checks the frame touch: only when the frame accesses
// of a region would be checked more than once, reaching the furthest slot,
// capped at maxTouch.
func TestFrameTouchEnd(t *testing.T) {
	tr := ir.NewTrace("frame", 400)
	b := ir.NewBuilder(tr, ir.AllOn)
	b.SLoad(5, ir.Tag)   // r1: end 96
	b.SLoad(2, ir.Int)   // r2: end 48, inside
	b.SLoad(9, ir.Int)   // r3: end 160
	b.SLoad(1, ir.Tag)   // r4
	b.SLoad(300, ir.Int) // r5: end 4816, capped
	cases := []struct {
		from, to ir.Ref
		want     uint32
	}{
		{1, 3, 0},        // 96 then 48: one check
		{1, 4, 160},      // 96, 160: two
		{2, 4, 160},      // 48, 160
		{3, 5, 0},        // 160, 32: one
		{1, 6, maxTouch}, // capped
		{4, 6, maxTouch}, // 32, capped
		{5, 6, 0},        // one access
	}
	for _, c := range cases {
		if got := frameTouchEnd(tr, c.from, c.to); got != c.want {
			t.Errorf("frameTouchEnd(%d, %d) = %d, want %d", c.from, c.to, got, c.want)
		}
	}
}
