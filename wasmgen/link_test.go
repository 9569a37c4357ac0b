// link_test.go checks the side-trace links of lower.go: a root trace's
// exit whose link word names a side trace calls it after writing its
// snapshot, the side trace's LoopAgain restarts the root (counting the
// budget like a back-edge), a side trace's own exit comes back tagged
// with its slot, and a zero link word leaves the exit as it was.

package wasmgen

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

const (
	linkRootBase = 2048 // link words of the root trace (slot lowSlot)
	linkSideBase = 3072 // link words of the side trace
	linkSideSlot = 5
)

// linkTraces builds, for registers 1 = total, 2 = i, 3 = stop:
//
//	root: while i < stop: (exit A unless i is even) total += i; i += 1
//	side (from exit A): (exit B if total > limit) total -= 1; i += 1; loop again
func linkTraces(limit int64) (root, side *ir.Trace, exitA ir.SnapID) {
	root = ir.NewTrace("root", 4)
	b := ir.NewBuilder(root, ir.AllOn)
	s1 := b.AddSnap(ir.Snapshot{PC: 10})
	for _, slot := range []int32{1, 2, 3} {
		b.Guard(ir.EQ, b.SLoad(slot, ir.Tag), b.KTag(3), s1)
	}
	total, i, stop := b.SLoad(1, ir.Int), b.SLoad(2, ir.Int), b.SLoad(3, ir.Int)
	b.Guard(ir.LT, i, stop, b.AddSnap(ir.Snapshot{PC: 20}))
	exitA = b.AddSnap(ir.Snapshot{PC: 11})
	b.Guard(ir.EQ, b.Op2(ir.IAND, ir.Int, i, b.KInt(1)), b.KInt(0), exitA)
	nt := b.Guarded2(ir.IADD, ir.Int, total, i, exitA)
	ni := b.Op2(ir.IADD, ir.Int, i, b.KInt(1))
	b.JLoop(b.AddSnap(ir.Snapshot{PC: 10, Entries: []ir.SnapEntry{{Slot: 1, Tag: b.KTag(3), Val: nt}, {Slot: 2, Tag: b.KTag(3), Val: ni}}}))

	side = ir.NewTrace("side", 4)
	b = ir.NewBuilder(side, ir.AllOn)
	total, i = b.SLoad(1, ir.Int), b.SLoad(2, ir.Int)
	b.Guard(ir.LE, total, b.KInt(limit), b.AddSnap(ir.Snapshot{PC: 12}))
	nt = b.Op2(ir.ISUB, ir.Int, total, b.KInt(1))
	ni = b.Op2(ir.IADD, ir.Int, i, b.KInt(1))
	b.Exit(b.AddSnap(ir.Snapshot{PC: 10, Entries: []ir.SnapEntry{{Slot: 1, Tag: b.KTag(3), Val: nt}, {Slot: 2, Tag: b.KTag(3), Val: ni}}}))
	return root, side, exitA
}

func TestLowerSideTraceLinks(t *testing.T) { checkSideTraceLinks(t, false) }

// checkSideTraceLinks runs the links' checks on modules lowered slot-bound
// or slot-free (slotfree.go).
func checkSideTraceLinks(t *testing.T, slotFree bool) {
	rig := newLowRig(t)
	root, side, exitA := linkTraces(1 << 40)
	rcfg := rig.config()
	rcfg.LinkBase, rcfg.SlotFree = linkRootBase, slotFree
	rlow, err := Lower(root, rcfg)
	if err != nil {
		t.Fatal(err)
	}
	scfg := rig.config()
	scfg.Slot, scfg.LinkBase, scfg.Side, scfg.SlotFree = linkSideSlot, linkSideBase, true, slotFree
	slow, err := Lower(side, scfg)
	if err != nil {
		t.Fatal(err)
	}
	for i, low := range []*Lowered{rlow, slow} {
		mustValidate(t, low.Wasm)
		rig.install(t, low, []LowerConfig{rcfg, scfg}[i])
	}
	// start writes total = 0, i = 0, stop = n and the root's link word to
	// exit A (0: unlinked).
	start := func(n int64, link uint32) {
		rig.load(&ir.Machine{Frame: []ir.Value{{}, {Tag: 3}, {Tag: 3}, {Tag: 3, Bits: uint64(n)}}, Mem: map[uint32]ir.Word{}})
		rig.mem.WriteUint32Le(linkRootBase+4*uint32(exitA), link)
	}
	reg := rig.payload
	enter := func(budget uint64) uint32 { return rig.call(t, budget) }
	// Unlinked: the first odd i leaves through exit A.
	start(1000, 0)
	if code := enter(1 << 20); code != uint32(exitA) || reg(2) != 1 {
		t.Fatalf("unlinked: exit %#x, i %d; want exit %d at i 1", code, reg(2), exitA)
	}
	// Linked: the loop runs to its end (total = evens - odds, computed
	// the way CPython would: sum(i if i % 2 == 0 else -1 for i in range(1000))).
	start(1000, linkSideSlot+1)
	code := enter(1 << 20)
	if ir.SnapID(code) == exitA || root.Snap(ir.SnapID(code)).PC != 20 || reg(1) != 249000 || reg(2) != 1000 {
		t.Fatalf("linked: exit %#x, total %d, i %d; want the loop's end, 249000, 1000", code, reg(1), reg(2))
	}
	// A restart counts against the budget: 7 iterations, root or side.
	start(1000, linkSideSlot+1)
	code = enter(7)
	if code&SafepointFlag == 0 || root.Snap(ir.SnapID(code&^SafepointFlag)).PC != 10 || reg(2) != 7 {
		t.Fatalf("budget 7: exit %#x, i %d; want a safepoint at the header with i 7", code, reg(2))
	}
	// The side trace's own exit comes back tagged with its slot.
	_, side2, _ := linkTraces(100)
	slow2, err := Lower(side2, scfg)
	if err != nil {
		t.Fatal(err)
	}
	rig.install(t, slow2, scfg)
	start(1000, linkSideSlot+1)
	code = enter(1 << 20)
	if code&NestedFlag == 0 || (code>>NestedSlotShift)&MaxNestedSlot != linkSideSlot || side2.Snap(ir.SnapID(code&(1<<NestedSlotShift-1))).PC != 12 || reg(1) <= 100 {
		t.Fatalf("side exit: %#x, total %d", code, reg(1))
	}
}
