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

// TestScratchOptions: a scratch builder folds and forwards but does not
// CSE, and keeps no CSE table.
func TestScratchOptions(t *testing.T) {
	b := NewBuilder(NewTrace("scratch", 4), ScratchOptions)
	x := b.SLoad(0, Int)
	a1 := b.Op2(IADD, Int, x, b.KInt(1))
	a2 := b.Op2(IADD, Int, x, b.KInt(1))
	if a1 == a2 {
		t.Error("scratch builder CSE'd an add")
	}
	if len(b.cse) != 0 {
		t.Errorf("scratch builder filled its CSE table (%d keys)", len(b.cse))
	}
	if r := b.Op2(IMUL, Int, b.KInt(6), b.KInt(7)); r != b.KInt(42) {
		t.Errorf("6*7 not folded: %v", r)
	}
	p := b.KPtr(4096)
	b.FStore(p, 16, a1, 1)
	if r := b.FLoad(Int, p, 16, 1); r != a1 {
		t.Errorf("load after store not forwarded: %v", r)
	}
}
