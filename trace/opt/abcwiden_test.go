package opt

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

// TestWidenBounds checks that bounds checks of one length by constant
// indices 0, 1, 2 become one check of index 2 at the first one's
// snapshot, that a variable index's check stays, that the trace computes
// the same where no check fails, and that a length of 2 now exits before
// the first subscript (pc 1) rather than before the third (pc 3).
func TestWidenBounds(t *testing.T) {
	tr, b := raw()
	n := b.SLoad(1, ir.Int)
	b.Bounds(b.KInt(0), n, snapAt(b, 1))
	b.Bounds(b.KInt(1), n, snapAt(b, 2))
	b.Bounds(b.KInt(2), n, snapAt(b, 3))
	b.Bounds(b.SLoad(0, ir.Int), n, snapAt(b, 4))
	b.Exit(snapAt(b, 5))
	out := WidenBounds(tr)
	if got := count(out, ir.ABC); got != 2 {
		t.Fatalf("want 2 bounds checks, got %d:\n%s", got, out)
	}
	first := ir.Ref(0)
	for r := ir.Ref(1); r < out.Len(); r++ {
		if out.Inst(r).Op == ir.ABC {
			first = r
			break
		}
	}
	in := out.Inst(first)
	if !in.A.IsConst() || out.Const(in.A).Int() != 2 || out.Snap(in.Snap).PC != 1 {
		t.Fatalf("the first check is not index 2 at pc 1:\n%s", out)
	}
	for _, v := range [][]int64{{0, 3}, {2, 5}, {4, 5}, {5, 5}} {
		mustSame(t, tr, out, machine(v...), 1)
	}
	for _, tc := range []struct {
		tr *ir.Trace
		pc int32
	}{{tr, 3}, {out, 1}} {
		res, err := ir.Exec(tc.tr, machine(0, 2), 1)
		if err != nil || res.PC != tc.pc {
			t.Errorf("length 2: exit at pc %d (%v), want %d:\n%s", res.PC, err, tc.pc, tc.tr)
		}
	}
}
