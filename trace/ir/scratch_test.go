// scratch_test.go tests Builder.Recycle (scratch.go).

package ir

import "testing"

// TestRecycle: the recycled builder is a new one on an empty trace that
// keeps the constants and helpers, and neither CSE nor forwarding hands
// out an instruction of the old trace.
func TestRecycle(t *testing.T) {
	b := NewBuilder(NewTrace("scratch", 4), AllOn)
	h := b.AddHelper(HelperSig{Name: "h", Effect: Pure})
	k := b.KInt(41)
	x := b.SLoad(0, Int)
	b.SLoad(2, Int)
	sum := b.Op2(IADD, Int, x, k) // 3
	s := b.AddSnap(Snapshot{PC: 3})
	b.Guard(LT, sum, b.KInt(100), s)
	b.FLoad(Int, b.KPtr(4096), 16, 1)

	nb := b.Recycle()
	if nb == b {
		t.Fatal("Recycle returned the same builder")
	}
	if nb.T.Len() != 1 || len(nb.T.Snaps) != 1 {
		t.Fatalf("recycled trace not empty: %d instructions, %d snapshots", nb.T.Len(), len(nb.T.Snaps))
	}
	if nb.KInt(41) != k || len(nb.T.Helpers) != 1 || nb.T.Helpers[h].Name != "h" {
		t.Error("constants or helpers lost")
	}
	x2 := nb.SLoad(0, Int)
	if x2 != 1 {
		t.Errorf("first load is %v, want a new instruction 1", x2)
	}
	sum2 := nb.Op2(IADD, Int, x2, k) // the old sum's CSE key: x2 is Ref 1 as x was
	if sum2 != 2 {
		t.Errorf("add is %v, want the new instruction 2", sum2)
	}
	if l := nb.FLoad(Int, nb.KPtr(4096), 16, 1); l != 3 || nb.T.Inst(l).Op != FLOAD {
		t.Errorf("load of the old trace's word forwarded to %v", l)
	}
	nb.Exit(nb.AddSnap(Snapshot{PC: 3, Entries: []SnapEntry{{Slot: 0, Tag: nb.KTag(3), Val: sum2}}}))
	if err := Verify(nb.T); err != nil {
		t.Error(err)
	}
}
