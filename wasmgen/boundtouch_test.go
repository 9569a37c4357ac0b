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
