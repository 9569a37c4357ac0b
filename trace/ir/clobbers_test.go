// clobbers_test.go checks narrowed Writes helpers (HelperSig.Clobbers):
// loads of the classes they write, and of AnyClass, are loaded again
// after the call; loads of other classes and frame registers are
// forwarded across it, both inside one iteration (Builder.forward) and
// across LOOP (MemSummary.Kills).

package ir

import "testing"

func TestNarrowedCallForwarding(t *testing.T) {
	const kept, written = AliasClass(1), AliasClass(9)
	for _, narrow := range []bool{false, true} {
		tr := NewTrace("t", 4)
		b := NewBuilder(tr, AllOn)
		h := HelperSig{Name: "h_w", Args: []Type{Ptr}, Result: Void, Effect: Writes}
		if narrow {
			h.Clobbers = ClassBit(written)
		}
		call := b.AddHelper(h)
		s := b.AddSnap(Snapshot{PC: 1})
		p := b.KPtr(4096)
		k := b.FLoad(Int, p, 24, kept)
		w := b.FLoad(Int, p, 40, written)
		a := b.FLoad(Int, p, 56, AnyClass)
		r := b.SLoad(2, Int)
		b.Call(call, s, p)
		same := map[string]bool{
			"kept class": b.FLoad(Int, p, 24, kept) == k,
			"written":    b.FLoad(Int, p, 40, written) == w,
			"any class":  b.FLoad(Int, p, 56, AnyClass) == a,
			"register":   b.SLoad(2, Int) == r,
		}
		want := map[string]bool{"kept class": narrow, "written": false, "any class": false, "register": narrow}
		for what, got := range same {
			if got != want[what] {
				t.Errorf("narrowed %v: %s forwarded across the call = %v, want %v", narrow, what, got, want[what])
			}
		}
		sum := SummariseLoop(tr, 1, tr.Len()-1)
		for _, c := range []struct {
			in   Inst
			want bool
		}{
			{Inst{Op: FLOAD, Flag: uint8(kept), Aux: 24}, !narrow},
			{Inst{Op: FLOAD, Flag: uint8(written), Aux: 40}, true},
			{Inst{Op: XLOAD, Flag: uint8(AnyClass), Aux: 56}, true},
			{Inst{Op: SLOAD, Aux: 2}, !narrow},
			{Inst{Op: FLOAD, Flag: 100, Aux: 24}, !narrow}, // a class no mask can hold
		} {
			if got := sum.Kills(&c.in); got != c.want {
				t.Errorf("narrowed %v: loop summary kills %v class %d = %v, want %v", narrow, c.in.Op, c.in.Flag, got, c.want)
			}
		}
	}
	if ClassBit(64) != 0 || ClassBit(200) != 0 || ClassBit(3) != 8 {
		t.Error("ClassBit")
	}
}
