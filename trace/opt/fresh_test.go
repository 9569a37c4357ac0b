// fresh_test.go tests that a loop's stores into the objects it allocates
// do not make loads of objects from before the loop be done again in
// every iteration (trace/ir/loop_fresh.go).

package opt

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/irgen"
)

// freshStoreLoop reads the version of the record register 1 points to,
// then allocates a record per iteration, writes the same class of word
// into it and publishes it in register 2 (so it is not sunk).
func freshStoreLoop() *ir.Trace {
	tr, b := raw()
	s := snapAt(b, 1)
	b.Guard(ir.EQ, b.SLoad(0, ir.Tag), b.KTag(tagInt), s)
	b.Guard(ir.EQ, b.SLoad(1, ir.Tag), b.KTag(tagRec), s)
	i := b.SLoad(0, ir.Int)
	p := b.SLoad(1, ir.Ptr)
	b.Guard(ir.LT, i, b.KInt(50), s)
	v := b.FLoad(ir.Int, p, irgen.RecVersion, irgen.ClassVersion)
	b.Guard(ir.EQ, v, b.KInt(1), s)
	k := b.FLoad(ir.Int, p, irgen.RecInt, irgen.ClassRecInt)
	alloc := b.AddAlloc(ir.AllocDesc{Name: "rec", Kind: 1, NumVals: 2, Raw: 8})
	q := b.New(alloc)
	b.FStore(q, irgen.RecInt-8, b.KTag(tagInt), ir.AnyClass)
	b.FStore(q, irgen.RecInt, b.Op2(ir.IADD, ir.Int, i, k), irgen.ClassRecInt)
	b.FStore(q, irgen.RecVersion, i, irgen.ClassVersion)
	b.SStore(2, b.KTag(tagRec), q)
	s2 := snapAt(b, 2, ir.SnapEntry{Slot: 2, Tag: b.KTag(tagRec), Val: q})
	i2 := b.Guarded2(ir.IADD, ir.Int, i, b.KInt(1), s2)
	b.JLoop(snapAt(b, 0, ir.SnapEntry{Slot: 0, Tag: b.KTag(tagInt), Val: i2}, ir.SnapEntry{Slot: 2, Tag: b.KTag(tagRec), Val: q}))
	return tr
}

func TestFreshStoresDoNotKillOldLoads(t *testing.T) {
	tr := freshStoreLoop()
	out, err := Pipeline(tr, Config{Verify: true})
	if err != nil {
		t.Fatal(err)
	}
	loop := out.LoopRef()
	if loop == ir.Nil {
		t.Fatalf("not peeled:\n%s", out)
	}
	for r := loop + 1; r < out.Len(); r++ {
		if in := out.Inst(r); in.Op == ir.FLOAD {
			t.Errorf("load of the old record left in the loop:\n%s", out)
		}
	}
	if n := count(out, ir.NEW); n != 2 {
		t.Errorf("%d NEWs, want the pre-loop's and the loop's:\n%s", n, out)
	}
	for _, iters := range []int{1, 2, 3, 10, 60} {
		m := machine(0, 0, 0)
		m.Frame[1] = ir.Value{Tag: tagRec, Bits: 4096}
		c := irgen.Case{Trace: tr, Machine: m, InitTop: m.Top}
		ok, err := checkSame(c, tr, out, iters)
		if err != nil || !ok {
			t.Fatalf("%d iterations: %v %v\n%s", iters, ok, err, out)
		}
	}
}

// TestStoresThroughLoadedPointersStillKill: the same loop storing into
// the object register 2 points to (which may be the old record) keeps
// the load in the loop.
func TestStoresThroughLoadedPointersStillKill(t *testing.T) {
	tr, b := raw()
	s := snapAt(b, 1)
	b.Guard(ir.EQ, b.SLoad(0, ir.Tag), b.KTag(tagInt), s)
	b.Guard(ir.EQ, b.SLoad(1, ir.Tag), b.KTag(tagRec), s)
	b.Guard(ir.EQ, b.SLoad(2, ir.Tag), b.KTag(tagRec), s)
	i := b.SLoad(0, ir.Int)
	p := b.SLoad(1, ir.Ptr)
	q := b.SLoad(2, ir.Ptr)
	b.Guard(ir.LT, i, b.KInt(50), s)
	v := b.FLoad(ir.Int, p, irgen.RecVersion, irgen.ClassVersion)
	b.Guard(ir.EQ, v, b.KInt(1), s)
	b.FStore(q, irgen.RecVersion, b.KInt(1), irgen.ClassVersion)
	s2 := snapAt(b, 2)
	i2 := b.Guarded2(ir.IADD, ir.Int, i, b.KInt(1), s2)
	b.JLoop(snapAt(b, 0, ir.SnapEntry{Slot: 0, Tag: b.KTag(tagInt), Val: i2}))
	out, err := Pipeline(tr, Config{Verify: true})
	if err != nil {
		t.Fatal(err)
	}
	loop := out.LoopRef()
	n := 0
	for r := loop + 1; loop != ir.Nil && r < out.Len(); r++ {
		if out.Inst(r).Op == ir.FLOAD {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d loads in the loop, want the version's:\n%s", n, out)
	}
}
