package opt

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/irgen"
)

// TestSinkKeepsSharedSnapshots: guards that share one snapshot in the
// recording (one bytecode's guards) keep sharing it once a sunk
// allocation's virtual is added, while the object's fields are the same
// at each; a guard after a store into the object gets a snapshot of its
// own. Each guard exits with the object rebuilt as it was there.
func TestSinkKeepsSharedSnapshots(t *testing.T) {
	tr, b := raw()
	alloc := b.AddAlloc(ir.AllocDesc{Name: "rec", Kind: 1, NumVals: 2, Raw: 8})
	x := b.SLoad(0, ir.Int)
	y := b.SLoad(1, ir.Int)
	p := b.New(alloc)
	b.FStore(p, irgen.RecInt-8, b.KTag(tagInt), ir.AnyClass)
	b.FStore(p, irgen.RecInt, x, irgen.ClassRecInt)
	s := snapAt(b, 5, ir.SnapEntry{Slot: 3, Tag: b.KTag(tagRec), Val: p})
	g1 := b.Guard(ir.LT, x, b.KInt(10), s)
	g2 := b.Guard(ir.LT, y, b.KInt(20), s)
	b.FStore(p, irgen.RecInt, y, irgen.ClassRecInt)
	g3 := b.Guard(ir.LT, b.Op2(ir.IADD, ir.Int, x, y), b.KInt(25), s)
	b.Exit(snapAt(b, 6, ir.SnapEntry{Slot: 3, Tag: b.KTag(tagRec), Val: p}))
	out := DCE(Sink(Forward(tr)))
	if count(out, ir.SUNK) != 1 {
		t.Fatalf("want the allocation sunk:\n%s", out)
	}
	snapOf := func(old ir.Ref) ir.SnapID {
		// The guards keep their order; find the n-th LT guard of out.
		n := 0
		for _, r := range []ir.Ref{g1, g2, g3} {
			if r == old {
				break
			}
			n++
		}
		for r := ir.Ref(1); r < out.Len(); r++ {
			if in := out.Inst(r); in.Op == ir.GCMP && in.Guarded() {
				if n == 0 {
					return in.Snap
				}
				n--
			}
		}
		t.Fatalf("guard %d not found:\n%s", old, out)
		return 0
	}
	s1, s2, s3 := snapOf(g1), snapOf(g2), snapOf(g3)
	if s1 != s2 {
		t.Errorf("the first two guards see the same object and should share a snapshot, got #%d and #%d:\n%s", s1, s2, out)
	}
	if s3 == s2 {
		t.Errorf("the third guard sees another field value and needs its own snapshot:\n%s", out)
	}
	for _, v := range [][]int64{{3, 4}, {12, 4}, {3, 21}, {9, 19}, {1, 2}} {
		mustSame(t, tr, out, machine(v...), 1)
	}
}
