// path_test.go checks the lowering of a root trace that leaves its loop
// (a path, LowerConfig.Enter without Side): its final EXIT writes its
// snapshot and returns EnterTrace with the entered slot, its other exits
// return their plain number, and a linked exit returns whatever the side
// trace it calls returns (a path has no loop to restart).

package wasmgen

import (
	"encoding/binary"
	"testing"

	"github.com/tetratelabs/wazero"

	"github.com/hotloop/hotloop/trace/ir"
)

const pathEnterSlot = 7

// pathTraces builds, for registers 1 = total, 2 = i:
//
//	path: (exit A unless i < 5) total += i; enter the trace in slot 7
//	side (from exit A): total = -total; enter the trace in slot 7
func pathTraces() (path, side *ir.Trace, exitA ir.SnapID) {
	path = ir.NewTrace("path", 4)
	b := ir.NewBuilder(path, ir.AllOn)
	s1 := b.AddSnap(ir.Snapshot{PC: 10})
	for _, slot := range []int32{1, 2} {
		b.Guard(ir.EQ, b.SLoad(slot, ir.Tag), b.KTag(3), s1)
	}
	total, i := b.SLoad(1, ir.Int), b.SLoad(2, ir.Int)
	exitA = b.AddSnap(ir.Snapshot{PC: 11})
	b.Guard(ir.LT, i, b.KInt(5), exitA)
	nt := b.Op2(ir.IADD, ir.Int, total, i)
	b.Exit(b.AddSnap(ir.Snapshot{PC: 30, Entries: []ir.SnapEntry{{Slot: 1, Tag: b.KTag(3), Val: nt}}}))

	side = ir.NewTrace("side", 4)
	b = ir.NewBuilder(side, ir.AllOn)
	total = b.SLoad(1, ir.Int)
	nt = b.Op2(ir.ISUB, ir.Int, b.KInt(0), total)
	b.Exit(b.AddSnap(ir.Snapshot{PC: 30, Entries: []ir.SnapEntry{{Slot: 1, Tag: b.KTag(3), Val: nt}}}))
	return path, side, exitA
}

func TestLowerPathEntersTrace(t *testing.T) {
	rig := newLowRig(t)
	path, side, exitA := pathTraces()
	pcfg := rig.config()
	pcfg.LinkBase, pcfg.Enter, pcfg.EnterSlot = linkRootBase, true, pathEnterSlot
	plow, err := Lower(path, pcfg)
	if err != nil {
		t.Fatal(err)
	}
	scfg := rig.config()
	scfg.Slot, scfg.LinkBase, scfg.Side, scfg.Enter, scfg.EnterSlot = linkSideSlot, linkSideBase, true, true, pathEnterSlot
	slow, err := Lower(side, scfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range [][]byte{plow.Wasm, slow.Wasm} {
		mustValidate(t, w)
		mod, err := rig.r.InstantiateWithConfig(rig.ctx, w, wazero.NewModuleConfig().WithName(""))
		if err != nil {
			t.Fatal(err)
		}
		defer mod.Close(rig.ctx)
	}
	start := func(total, i int64, link uint32) {
		rig.load(&ir.Machine{Frame: []ir.Value{{}, {Tag: 3, Bits: uint64(total)}, {Tag: 3, Bits: uint64(i)}, {}}, Mem: map[uint32]ir.Word{}})
		rig.mem.WriteUint32Le(linkRootBase+4*uint32(exitA), link)
	}
	reg := func(slot uint32) int64 {
		buf, _ := rig.mem.Read(lowFrame+16*slot+8, 8)
		return int64(binary.LittleEndian.Uint64(buf))
	}
	enter := func() uint32 {
		res, err := rig.enter.Call(rig.ctx, lowSlot, lowFrame, 1<<20)
		if err != nil {
			t.Fatal(err)
		}
		return uint32(res[0])
	}
	enters := EnterTrace | pathEnterSlot<<NestedSlotShift
	// The path's end: the frame written, EnterTrace with slot 7.
	start(10, 3, 0)
	if code := enter(); code != uint32(enters) || reg(1) != 13 {
		t.Fatalf("path end: code %#x, total %d; want %#x, 13", code, reg(1), enters)
	}
	if slot, ok := EnterTarget(uint32(enters)); !ok || slot != pathEnterSlot {
		t.Fatalf("EnterTarget(%#x) = %d, %v", enters, slot, ok)
	}
	// Exit A unlinked: its plain number (a root's), the frame as it was.
	start(10, 8, 0)
	if code := enter(); code != uint32(exitA) || reg(1) != 10 {
		t.Fatalf("exit A: code %#x, total %d; want %d, 10", code, reg(1), exitA)
	}
	// Exit A linked: the side trace's result comes back unchanged.
	start(10, 8, linkSideSlot+1)
	if code := enter(); code != uint32(enters) || reg(1) != -10 {
		t.Fatalf("linked exit A: code %#x, total %d; want %#x, -10", code, reg(1), enters)
	}
}
