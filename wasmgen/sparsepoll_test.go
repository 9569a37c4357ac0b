// sparsepoll_test.go checks the back-edge countdown that polls the
// interrupt word every pollEvery iterations (sparsepoll.go): a set word
// still stops the loop, within pollEvery iterations, and budgets run out
// exactly.

package wasmgen

import (
	"encoding/binary"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/irgen"
	"github.com/tetratelabs/wazero"
)

// countingLoop is `for i in range(stop): total += i`: register 1 the
// total, 2 the counter, 3 the bound.
func countingLoop() (*ir.Trace, *ir.Machine) {
	tr := ir.NewTrace("count", 4)
	b := ir.NewBuilder(tr, ir.AllOn)
	s1 := b.AddSnap(ir.Snapshot{PC: 10})
	total := b.SLoad(1, ir.Int)
	i := b.SLoad(2, ir.Int)
	stop := b.SLoad(3, ir.Int)
	s2 := b.AddSnap(ir.Snapshot{PC: 20})
	b.Guard(ir.LT, i, stop, s2)
	nt := b.Guarded2(ir.IADD, ir.Int, total, i, s1)
	ni := b.Op2(ir.IADD, ir.Int, i, b.KInt(1))
	s3 := b.AddSnap(ir.Snapshot{PC: 10, Entries: []ir.SnapEntry{{Slot: 1, Tag: b.KTag(3), Val: nt}, {Slot: 2, Tag: b.KTag(3), Val: ni}}})
	b.JLoop(s3)
	m := &ir.Machine{Frame: []ir.Value{{}, {Tag: 3}, {Tag: 3}, {Tag: 3, Bits: 100000}}, Mem: map[uint32]ir.Word{}, Top: irgen.HeapStart}
	return tr, m
}

func TestSparsePollInterrupt(t *testing.T) {
	rig := newLowRig(t)
	tr, m := countingLoop()
	low, err := Lower(tr, rig.config())
	if err != nil {
		t.Fatal(err)
	}
	mod, err := rig.r.InstantiateWithConfig(rig.ctx, low.Wasm, wazero.NewModuleConfig().WithName(""))
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close(rig.ctx)
	counter := func() uint64 {
		buf, _ := rig.mem.Read(lowFrame+16*2+8, 8)
		return binary.LittleEndian.Uint64(buf)
	}
	// The word set before entry: the loop leaves at a safepoint within
	// pollEvery iterations (not at its natural end, 100,000 away).
	rig.load(m)
	rig.mem.WriteUint32Le(lowIntr, 1)
	res, err := rig.enter.Call(rig.ctx, lowSlot, lowFrame, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if code := uint32(res[0]); code&SafepointFlag == 0 {
		t.Fatalf("exit %#x with the interrupt word set: not a safepoint", code)
	}
	if n := counter(); n == 0 || n > pollEvery {
		t.Fatalf("left after %d iterations with the interrupt word set, want 1..%d", n, pollEvery)
	}
	// Word clear: budgets run out exactly, whether or not they are a
	// multiple of pollEvery.
	for _, budget := range []uint64{1, 2, pollEvery - 1, pollEvery, pollEvery + 1, 3*pollEvery + 5} {
		rig.load(m)
		res, err := rig.enter.Call(rig.ctx, lowSlot, lowFrame, budget)
		if err != nil {
			t.Fatal(err)
		}
		if code := uint32(res[0]); code&SafepointFlag == 0 {
			t.Fatalf("budget %d: exit %#x, not a safepoint", budget, code)
		}
		if n := counter(); n != budget {
			t.Fatalf("budget %d: left after %d iterations", budget, n)
		}
	}
	// Entered with no budget left: one iteration, as before (a negative
	// budget is not a multiple of pollEvery, and must still leave).
	rig.load(m)
	res, err = rig.enter.Call(rig.ctx, lowSlot, lowFrame, 0)
	if err != nil {
		t.Fatal(err)
	}
	if n := counter(); n != 1 {
		t.Fatalf("budget 0: left after %d iterations, want 1", n)
	}
}
