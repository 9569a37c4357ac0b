// builder_test.go checks the Builder's pipeline on hand-built input:
// interning, operand normalisation, folding to constants, guard dropping,
// load forwarding, and the listing format (which --jit-dump and the
// tests rely on).

package ir

import (
	"strings"
	"testing"
)

func TestBuilderFoldsAndInterns(t *testing.T) {
	tr := NewTrace("t", 4)
	b := NewBuilder(tr, AllOn)
	if b.KInt(5) != b.KInt(5) {
		t.Fatal("constants not interned")
	}
	s := b.AddSnap(Snapshot{PC: 1})
	x := b.SLoad(0, Int)
	if r := b.Op2(IADD, Int, b.KInt(2), x); r != b.Op2(IADD, Int, x, b.KInt(2)) {
		t.Error("commutative operands not normalised for CSE")
	}
	if r := b.Op2(IMUL, Int, b.KInt(6), b.KInt(7)); r != b.KInt(42) {
		t.Errorf("6*7 folded to %s", tr.RefString(r))
	}
	if r := b.Guard(LT, b.KInt(1), b.KInt(2), s); r != Nil {
		t.Error("a constant-true guard was kept")
	}
	cmp := b.Cmp(LT, x, b.KInt(10))
	b.Guard(EQ, cmp, b.KBool(false), s) // becomes GCMP.ge x 10
	last := tr.Inst(tr.Len() - 1)
	if last.Op != GCMP || last.Cond() != GE || last.A != x {
		t.Errorf("guard on a compare not fused: %s", tr.InstString(tr.Len()-1))
	}
	p := b.KPtr(4096)
	b.FStore(p, 24, x, 1)
	if r := b.FLoad(Int, p, 24, 1); r != x {
		t.Error("store not forwarded to the load")
	}
	if r := b.FLoad(Float, p, 24, 1); r == x {
		t.Error("forwarded across types")
	}
	if r := b.XLoad(Int, p, b.KInt(0), 24, 1); r != x {
		t.Error("constant-index load not turned into a field load")
	}
}

func TestListingFormat(t *testing.T) {
	tr := NewTrace("fmt", 4)
	b := NewBuilder(tr, Options{})
	s := b.AddSnap(Snapshot{PC: 7, Entries: []SnapEntry{{Slot: 1, Tag: b.KTag(3), Val: b.KInt(-2)}}})
	x := b.SLoad(0, Int)
	b.Guarded2(IADD, Int, x, b.KInt(1), s)
	b.FStore(b.KPtr(0x1000), 24, b.KFloat(1.5), 2)
	b.Exit(s)
	want := `---- TRACE fmt
0001   int  SLOAD        #0
....          SNAP  #1   pc=7 [ 1:t3|-2 ]
0002 > int  IADD         0001 +1 #1
0003        FSTORE       p0x1000 +24 c2 = +1.5
0004        EXIT         #1
`
	if got := tr.String(); got != want {
		t.Errorf("listing:\n%s\nwant:\n%s", got, want)
	}
	if err := Verify(tr); err != nil {
		t.Error(err)
	}
	if !strings.Contains(tr.SnapString(1), "pc=7") {
		t.Error("snapshot string")
	}
}
