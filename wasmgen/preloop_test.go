// preloop_test.go checks the plan for an exit of a peeled root's pre-loop
// (preloop.go): the invariant values the loop needs that the pre-loop
// computes after the exit, and the guards the loop relies on, are done
// again; guards and loads about what the loop changes are not, and the
// loads an inlined side path checks again leave those out.

package wasmgen

import (
	"slices"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/opt"
)

// preloopTrace is a loop that adds lst[j] (j and the list invariant) to
// acc while stepping k by 2 and swapping two items at k's parity: the
// exit at k & 1 comes before the list's loads and bounds check. With
// nonEmpty, a guard that the list is not empty follows its length's load.
func preloopTrace(nonEmpty bool) (root *ir.Trace, exit ir.SnapID) {
	root = ir.NewTrace("root", 5)
	b := ir.NewBuilder(root, ir.AllOn)
	s1 := b.AddSnap(ir.Snapshot{PC: 10})
	b.Guard(ir.EQ, b.SLoad(1, ir.Tag), b.KTag(131), s1)
	for _, slot := range []int32{2, 3, 4} {
		b.Guard(ir.EQ, b.SLoad(slot, ir.Tag), b.KTag(3), s1)
	}
	lst, k, j, acc := b.SLoad(1, ir.Ptr), b.SLoad(2, ir.Int), b.SLoad(3, ir.Int), b.SLoad(4, ir.Int)
	exit = b.AddSnap(ir.Snapshot{PC: 11})
	b.Guard(ir.EQ, b.Op2(ir.IAND, ir.Int, k, b.KInt(1)), b.KInt(0), exit)
	s12 := b.AddSnap(ir.Snapshot{PC: 12})
	n := b.FLoad(ir.Int, lst, 32, 8)
	if nonEmpty {
		b.Guard(ir.NE, n, b.KInt(0), s12)
	}
	items := b.FLoad(ir.Ptr, lst, 24, 7)
	b.Bounds(j, n, s12)
	x := b.XLoad(ir.Int, items, j, 24, 9)
	nacc := b.Guarded2(ir.IADD, ir.Int, acc, x, b.AddSnap(ir.Snapshot{PC: 13}))
	// The loop stores the list's items at 0 and 1 (class 9), so a load of
	// item 0 is about what the loop changes.
	first := b.FLoad(ir.Int, items, 24, 9)
	b.Guard(ir.NE, first, b.KInt(-1), b.AddSnap(ir.Snapshot{PC: 14}))
	second := b.FLoad(ir.Int, items, 40, 9)
	b.FStore(items, 24, second, 9)
	b.FStore(items, 40, first, 9)
	nk := b.Op2(ir.IADD, ir.Int, k, b.KInt(2))
	b.JLoop(b.AddSnap(ir.Snapshot{PC: 10, Entries: []ir.SnapEntry{{Slot: 2, Tag: b.KTag(3), Val: nk}, {Slot: 4, Tag: b.KTag(3), Val: nacc}}}))
	return root, exit
}

func TestPreloopRedo(t *testing.T) {
	raw, exit := preloopTrace(false)
	root, err := opt.Pipeline(raw, opt.Config{})
	if err != nil || root.LoopRef() == ir.Nil {
		t.Fatalf("peeling: %v\n%s", err, root)
	}
	plan, err := preloopRedo(root, exit)
	if err != nil || plan == nil {
		t.Fatalf("plan: %v, %v\n%s", plan, err, root)
	}
	var ops []ir.Op
	for _, r := range plan.redo {
		in := root.Inst(r)
		if r < plan.first || r >= root.LoopRef() {
			t.Fatalf("redo %04d outside the late pre-loop [%d, %d)", r, plan.first, root.LoopRef())
		}
		if (in.Op == ir.FLOAD || in.Op == ir.XLOAD) && in.Class() == 9 {
			t.Fatalf("redo %04d, a load of an item the loop stores\n%s", r, root)
		}
		ops = append(ops, in.Op)
	}
	// The length and items loads and the bounds check the loop relies on
	// (it loads lst[j] itself: the loop stores items); not the guard on
	// item 0.
	for _, want := range []ir.Op{ir.FLOAD, ir.ABC} {
		if !slices.Contains(ops, want) {
			t.Fatalf("redo %v lacks %s\n%s", ops, want, root)
		}
	}
	for _, r := range plan.redo {
		if in := root.Inst(r); in.Op == ir.GCMP && in.Cond() == ir.NE {
			t.Fatalf("redo %04d, the guard on item 0\n%s", r, root)
		}
	}
	// A loop-body exit needs no plan.
	for r := root.LoopRef() + 1; r < root.Len(); r++ {
		if in := root.Inst(r); in.Guarded() && in.Snap != exit {
			if p, err := preloopRedo(root, in.Snap); p != nil || err != nil {
				t.Fatalf("loop-body exit %d: plan %v, %v", in.Snap, p, err)
			}
			break
		}
	}
	// The loads an inlined side path checks again: none from after the
	// exit, none of a word the loop stores.
	var all []ir.Ref
	for r := ir.Ref(1); r < root.LoopRef(); r++ {
		if op := root.Inst(r).Op; op == ir.FLOAD || op == ir.XLOAD {
			all = append(all, r)
		}
	}
	if got := relevantChecks(root, all, exit); len(got) != 0 {
		t.Fatalf("checks at the pre-loop exit: %v, want none (all loads come after it)\n%s", got, root)
	}
	body := ir.NoSnap
	for r := root.LoopRef() + 1; r < root.Len(); r++ {
		if in := root.Inst(r); in.Guarded() {
			body = in.Snap
			break
		}
	}
	got := relevantChecks(root, all, body)
	for _, r := range got {
		if root.Inst(r).Class() == 9 {
			t.Fatalf("checks at a loop-body exit keep %04d, a word the loop stores\n%s", r, root)
		}
	}
	if len(got) == 0 {
		t.Fatalf("checks at a loop-body exit: none kept of %v\n%s", all, root)
	}
}
