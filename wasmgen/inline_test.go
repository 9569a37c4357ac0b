// inline_test.go checks trace trees (fastloop.go,
// inline.go) on link_test.go's traces: a peeled root rebuilt with its
// side trace inside must compute what the root and the called side trace
// compute, count its side trips against the budget, return the side
// trace's own exits tagged with its slot, and go back through the entry
// (not into the loop) when the side path leaves a register of another
// type than the loop assumes.

package wasmgen

import (
	"math"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/opt"
)

// peeledExit returns the root's loop-body exit that resumes at pc.
func peeledExit(t *testing.T, root *ir.Trace, pc int32) ir.SnapID {
	t.Helper()
	for r := root.LoopRef() + 1; r < root.Len(); r++ {
		if in := root.Inst(r); in.Guarded() && root.Snap(in.Snap).PC == pc {
			return in.Snap
		}
	}
	t.Fatalf("no loop-body exit at pc %d in\n%s", pc, root)
	return 0
}

func TestLowerTraceTree(t *testing.T) {
	rig := newLowRig(t)
	raw, side, _ := linkTraces(1 << 40)
	root, err := opt.Pipeline(raw, opt.Config{})
	if err != nil || root.LoopRef() == ir.Nil {
		t.Fatalf("peeling: %v\n%s", err, root)
	}
	exitA := peeledExit(t, root, 11)
	inv := LoopInvariantSlots(root)
	if len(inv) != 1 || inv[0] != 3 {
		t.Fatalf("invariant slots %v, want [3] (stop)", inv)
	}
	if !SideLoopsFast(side, root) {
		t.Fatal("the side trace should be allowed back into the loop")
	}
	cfg := rig.config()
	cfg.LinkBase = linkRootBase
	cfg.Inline = []InlineSide{{Exit: exitA, Trace: side, Slot: linkSideSlot, LinkBase: linkSideBase}}
	tree, err := Lower(root, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !tree.FastRestart {
		t.Fatal("the tree has no fast restart")
	}
	mustValidate(t, tree.Wasm)
	mod, err := rig.r.InstantiateWithConfig(rig.ctx, tree.Wasm, wazero.NewModuleConfig().WithName(""))
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close(rig.ctx)
	start := func(n int64, totalTag uint64) {
		rig.load(&ir.Machine{Frame: []ir.Value{{}, {Tag: totalTag}, {Tag: 3}, {Tag: 3, Bits: uint64(n)}}, Mem: map[uint32]ir.Word{}})
	}
	reg := rig.payload
	enter := func(budget uint64) uint32 { return rig.call(t, budget) }
	// No link word is set: the odd steps run inside the tree. The sum is
	// CPython's sum(i if i % 2 == 0 else -1 for i in range(1000)).
	start(1000, 3)
	code := enter(1 << 20)
	if code&(NestedFlag|SafepointFlag) != 0 || root.Snap(ir.SnapID(code)).PC != 20 || reg(1) != 249000 || reg(2) != 1000 {
		t.Fatalf("tree: exit %#x, total %d, i %d; want the loop's end, 249000, 1000", code, reg(1), reg(2))
	}
	// Side trips count against the budget: 7 iterations, root or side.
	start(1000, 3)
	code = enter(7)
	if code&SafepointFlag == 0 || root.Snap(ir.SnapID(code&^SafepointFlag)).PC != 10 || reg(2) != 7 {
		t.Fatalf("budget 7: exit %#x, i %d; want a safepoint at the header with i 7", code, reg(2))
	}
	// The inlined side trace's own exit is its own, tagged with its slot.
	_, side2, _ := linkTraces(100)
	cfg.Inline = []InlineSide{{Exit: exitA, Trace: side2, Slot: linkSideSlot, LinkBase: linkSideBase}}
	tree2, err := Lower(root, cfg)
	if err != nil {
		t.Fatal(err)
	}
	mod2, err := rig.r.InstantiateWithConfig(rig.ctx, tree2.Wasm, wazero.NewModuleConfig().WithName(""))
	if err != nil {
		t.Fatal(err)
	}
	defer mod2.Close(rig.ctx)
	start(1000, 3)
	code = enter(1 << 20)
	if code&NestedFlag == 0 || (code>>NestedSlotShift)&MaxNestedSlot != linkSideSlot || side2.Snap(ir.SnapID(code&(1<<NestedSlotShift-1))).PC != 12 || reg(1) <= 100 {
		t.Fatalf("side exit: %#x, total %d", code, reg(1))
	}
}

// TestLowerTraceTreeTypeChange: a side path that leaves a float where the
// loop carries an int must go back through the root's entry, whose guard
// then exits; the frame must hold the side path's float.
func TestLowerTraceTreeTypeChange(t *testing.T) {
	// A float (another wasm type than the int the loop carries), and an
	// int payload under another tag (the same wasm type: only the tag
	// check can tell).
	for _, tc := range []struct {
		tag  uint64
		val  func(b *ir.Builder) ir.Ref
		want uint64
	}{
		{4, func(b *ir.Builder) ir.Ref { return b.KFloat(0.5) }, math.Float64bits(0.5)},
		{5, func(b *ir.Builder) ir.Ref { return b.KInt(77) }, 77},
	} {
		lowerTypeChange(t, tc.tag, tc.val, tc.want)
	}
}

func lowerTypeChange(t *testing.T, newTag uint64, newVal func(b *ir.Builder) ir.Ref, wantBits uint64) {
	rig := newLowRig(t)
	raw, _, _ := linkTraces(1 << 40)
	root, err := opt.Pipeline(raw, opt.Config{})
	if err != nil {
		t.Fatal(err)
	}
	exitA := peeledExit(t, root, 11)
	side := ir.NewTrace("side", 4)
	b := ir.NewBuilder(side, ir.AllOn)
	i := b.SLoad(2, ir.Int)
	v := newVal(b)
	ni := b.Op2(ir.IADD, ir.Int, i, b.KInt(1))
	b.Exit(b.AddSnap(ir.Snapshot{PC: 10, Entries: []ir.SnapEntry{{Slot: 1, Tag: b.KTag(newTag), Val: v}, {Slot: 2, Tag: b.KTag(3), Val: ni}}}))
	cfg := rig.config()
	cfg.LinkBase = linkRootBase
	cfg.Inline = []InlineSide{{Exit: exitA, Trace: side, Slot: linkSideSlot, LinkBase: linkSideBase}}
	tree, err := Lower(root, cfg)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := rig.r.InstantiateWithConfig(rig.ctx, tree.Wasm, wazero.NewModuleConfig().WithName(""))
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close(rig.ctx)
	rig.load(&ir.Machine{Frame: []ir.Value{{}, {Tag: 3}, {Tag: 3}, {Tag: 3, Bits: 1000}}, Mem: map[uint32]ir.Word{}})
	res, err := rig.enter.Call(rig.ctx, lowSlot, lowFrame, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	code := uint32(res[0])
	tag, _ := rig.mem.ReadUint64Le(lowFrame + 16)
	val, _ := rig.mem.ReadUint64Le(lowFrame + 24)
	i2, _ := rig.mem.ReadUint64Le(lowFrame + 40)
	// i = 0 is even (total 0), i = 1 takes the side path (total becomes
	// the new value, i 2), and the restarted root fails its tag guard on
	// total at once.
	if code&(NestedFlag|SafepointFlag) != 0 || root.Snap(ir.SnapID(code)).PC != 10 || tag != newTag || val != wantBits || i2 != 2 {
		t.Fatalf("tag %d: exit %#x, total tag %d bits %#x, i %d; want the entry guard's exit with %#x and 2", newTag, code, tag, val, i2, wantBits)
	}
}

// TestLowerUnpeeledTraceTree: the same root lowered unpeeled (as the JIT
// lowers a dispatch loop's, trace/opt/ifchain.go) carries its side trace
// inside too: the side path writes the frame and restarts the root
// (UnpeeledLoop), with the sums, the budget's safepoints and the side
// trace's own exits as with the called side trace.
func TestLowerUnpeeledTraceTree(t *testing.T) {
	rig := newLowRig(t)
	raw, side, _ := linkTraces(1 << 40)
	root, err := opt.Pipeline(raw, opt.Config{Skip: map[string]bool{"peel": true, "phis": true}})
	if err != nil || root.LoopRef() != ir.Nil || !UnpeeledLoop(root) {
		t.Fatalf("unpeeled: %v\n%s", err, root)
	}
	exitA := ir.NoSnap
	for r := ir.Ref(1); r < root.Len(); r++ {
		if in := root.Inst(r); in.Guarded() && root.Snap(in.Snap).PC == 11 {
			exitA = in.Snap
		}
	}
	if exitA == ir.NoSnap {
		t.Fatalf("no exit at pc 11 in\n%s", root)
	}
	if !SideLoopsFast(side, root) {
		t.Fatal("a side trace may always go back into an unpeeled root")
	}
	cfg := rig.config()
	cfg.LinkBase = linkRootBase
	lower := func(s *ir.Trace) api.Module {
		cfg.Inline = []InlineSide{{Exit: exitA, Trace: s, Slot: linkSideSlot, LinkBase: linkSideBase}}
		tree, err := Lower(root, cfg)
		if err != nil {
			t.Fatal(err)
		}
		mustValidate(t, tree.Wasm)
		mod, err := rig.r.InstantiateWithConfig(rig.ctx, tree.Wasm, wazero.NewModuleConfig().WithName(""))
		if err != nil {
			t.Fatal(err)
		}
		return mod
	}
	mod := lower(side)
	defer mod.Close(rig.ctx)
	start := func(n int64) {
		rig.load(&ir.Machine{Frame: []ir.Value{{}, {Tag: 3}, {Tag: 3}, {Tag: 3, Bits: uint64(n)}}, Mem: map[uint32]ir.Word{}})
	}
	reg := rig.payload
	enter := func(budget uint64) uint32 { return rig.call(t, budget) }
	start(1000)
	code := enter(1 << 20)
	if code&(NestedFlag|SafepointFlag) != 0 || root.Snap(ir.SnapID(code)).PC != 20 || reg(1) != 249000 || reg(2) != 1000 {
		t.Fatalf("tree: exit %#x, total %d, i %d; want the loop's end, 249000, 1000", code, reg(1), reg(2))
	}
	start(1000)
	code = enter(7)
	if code&SafepointFlag == 0 || root.Snap(ir.SnapID(code&^SafepointFlag)).PC != 10 || reg(2) != 7 {
		t.Fatalf("budget 7: exit %#x, i %d; want a safepoint at the header with i 7", code, reg(2))
	}
	_, side2, _ := linkTraces(100)
	mod2 := lower(side2)
	defer mod2.Close(rig.ctx)
	start(1000)
	code = enter(1 << 20)
	if code&NestedFlag == 0 || (code>>NestedSlotShift)&MaxNestedSlot != linkSideSlot || side2.Snap(ir.SnapID(code&(1<<NestedSlotShift-1))).PC != 12 || reg(1) <= 100 {
		t.Fatalf("side exit: %#x, total %d", code, reg(1))
	}
}
