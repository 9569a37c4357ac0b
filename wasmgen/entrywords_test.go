package wasmgen

import (
	"testing"

	"github.com/tetratelabs/wazero"

	"github.com/hotloop/hotloop/trace/ir"
)

// entryWordsTrace builds a side trace (ending in EXIT) over registers 1-4
// whose exits write constants its entry words say the frame holds:
// register 1 (int 5) and 2 (float 1.5) are entry words, register 3's tag
// (int) too, its payload (9) too but an SSTORE writes register 3 later.
// Register 4, an int read from the frame, picks the exit: above 100 the
// first guard's (writing 1 and 2 as they are, 3's payload anew), 7 the
// second's (after the SSTORE; register 1 as another int), else the EXIT
// (register 2 with another tag). pre, if not nil, emits the first
// instructions.
func entryWordsTrace(pre func(b *ir.Builder)) (*ir.Trace, map[uint32]FrameWord) {
	tr := ir.NewTrace("entrywords", 6)
	b := ir.NewBuilder(tr, ir.Options{})
	intTag, floatTag := b.KTag(3), b.KTag(4)
	five, onefive, nine := b.KInt(5), b.KFloat(1.5), b.KInt(9)
	entry := map[uint32]FrameWord{
		16: {ir.Tag, 3}, 24: {ir.Int, 5},
		32: {ir.Tag, 4}, 40: {ir.Float, tr.Const(onefive).Bits},
		48: {ir.Tag, 3}, 56: {ir.Int, 9},
	}
	if pre != nil {
		pre(b)
	}
	v := b.SLoad(4, ir.Int)
	a := b.AddSnap(ir.Snapshot{PC: 1, Entries: []ir.SnapEntry{{Slot: 1, Tag: intTag, Val: five}, {Slot: 2, Tag: floatTag, Val: onefive}, {Slot: 3, Tag: intTag, Val: v}}})
	b.Guard(ir.LT, v, b.KInt(100), a)
	w := b.Op2(ir.IADD, ir.Int, v, b.KInt(1))
	b.SStore(3, intTag, w)
	s := b.AddSnap(ir.Snapshot{PC: 2, Entries: []ir.SnapEntry{{Slot: 1, Tag: intTag, Val: b.KInt(6)}, {Slot: 2, Tag: floatTag, Val: onefive}, {Slot: 3, Tag: intTag, Val: nine}}})
	b.Guard(ir.NE, v, b.KInt(7), s)
	e := b.AddSnap(ir.Snapshot{PC: 3, Entries: []ir.SnapEntry{{Slot: 1, Tag: intTag, Val: five}, {Slot: 2, Tag: intTag, Val: v}}})
	b.Exit(e)
	return tr, entry
}

// runEntryWords lowers tr as a side trace with the given entry words, runs
// it from frame (register values) in wazero and in ir.Exec, and returns
// the frame difference ("" if none) and the instructions emitted.
func runEntryWords(t *testing.T, rig *lowRig, tr *ir.Trace, entry map[uint32]FrameWord, frame []ir.Value) (string, int) {
	t.Helper()
	m := &ir.Machine{Frame: frame, Mem: map[uint32]ir.Word{}, Top: 4096}
	ref := m.Clone()
	o, err := ir.Exec(tr, ref, 1)
	if err != nil {
		t.Fatalf("exec: %v\n%s", err, tr)
	}
	cfg := rig.config()
	cfg.Side, cfg.EntryWords = true, entry
	low, err := Lower(tr, cfg)
	if err != nil {
		t.Fatalf("%v\n%s", err, tr)
	}
	mustValidate(t, low.Wasm)
	mod, err := rig.r.InstantiateWithConfig(rig.ctx, low.Wasm, wazero.NewModuleConfig().WithName(""))
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close(rig.ctx)
	rig.load(m)
	res, err := rig.enter.Call(rig.ctx, lowSlot, lowFrame, 100)
	if err != nil {
		t.Fatal(err)
	}
	code, pc := uint32(res[0]), int32(-1)
	if code == LoopAgain {
		pc = tr.Snap(tr.Insts[len(tr.Insts)-1].Snap).PC
	} else if id := ir.SnapID(code &^ (NestedFlag | MaxNestedSlot<<NestedSlotShift)); id > 0 && int(id) < len(tr.Snaps) {
		pc = tr.Snap(id).PC
	}
	if pc != o.PC {
		t.Fatalf("exit %#x (pc %d), exec %v", code, pc, o)
	}
	if err := rig.compare(ref); err != nil {
		return err.Error(), low.Emitted
	}
	return "", low.Emitted
}

// TestEntryWords runs a side trace whose frame holds its entry words
// through each of its exits, with and without the entry words given: the
// frames must end as ir.Exec's, and the code with them must be smaller.
// As a check that the stores are really left out, a frame that does not
// hold register 1's entry payload must then end wrong.
func TestEntryWords(t *testing.T) {
	rig := newLowRig(t)
	tr, entry := entryWordsTrace(nil)
	if err := ir.Verify(tr); err != nil {
		t.Fatalf("%v\n%s", err, tr)
	}
	for _, r4 := range []int64{150, 7, 50} {
		frame := make([]ir.Value, 6)
		for off, w := range entry {
			if off%16 == 0 {
				frame[off/16].Tag = w.Bits
			} else {
				frame[off/16].Bits = w.Bits
			}
		}
		frame[4] = ir.Value{Tag: 3, Bits: uint64(r4)}
		diff, with := runEntryWords(t, rig, tr, entry, frame)
		if diff != "" {
			t.Errorf("register 4 = %d, with entry words: %s", r4, diff)
		}
		diff, without := runEntryWords(t, rig, tr, nil, frame)
		if diff != "" {
			t.Errorf("register 4 = %d, without entry words: %s", r4, diff)
		}
		if with >= without {
			t.Errorf("register 4 = %d: %d instructions with entry words, %d without", r4, with, without)
		}
		if r4 == 150 {
			frame[1].Bits = 77 // not the entry word the lowering was told of
			if diff, _ := runEntryWords(t, rig, tr, entry, frame); diff == "" {
				t.Errorf("register 1's payload was stored though the frame was said to hold it")
			}
		}
	}
}

// TestEntryWordsKnown checks which of entryWordsTrace's exit words are
// known: the entry words the exits write unchanged, never a register an
// SSTORE writes, nothing when the trace loops (JLOOP writes the frame) or
// calls a helper that may write it, and another constant never.
func TestEntryWordsKnown(t *testing.T) {
	tr, entry := entryWordsTrace(nil)
	l := &lowerer{t: tr, cfg: LowerConfig{EntryWords: entry}}
	known := l.knownWords()
	type word struct {
		snap ir.SnapID
		off  uint32
	}
	want := map[word]bool{{1, 16}: true, {1, 24}: true, {1, 32}: true, {1, 40}: true,
		{2, 16}: true, {2, 32}: true, {2, 40}: true, {3, 16}: true, {3, 24}: true}
	for id := ir.SnapID(1); int(id) < len(tr.Snaps); id++ {
		for _, e := range tr.Snap(id).Entries {
			for _, w := range []struct {
				off uint32
				ref ir.Ref
			}{{uint32(16 * e.Slot), e.Tag}, {uint32(16*e.Slot + 8), e.Val}} {
				if got := wordKnown(known, tr, id, w.off, w.ref); got != want[word{id, w.off}] {
					t.Errorf("snapshot %d, offset %d: known %v, want %v", id, w.off, got, !got)
				}
			}
		}
	}
	for _, wrap := range []struct {
		name string
		add  func(b *ir.Builder)
	}{
		{"helper writes", func(b *ir.Builder) {
			h := b.AddHelper(ir.HelperSig{Name: "w", Args: []ir.Type{ir.Int}, Result: ir.Int, Effect: ir.Writes})
			b.Call(h, ir.NoSnap, b.KInt(1))
		}},
		{"loop", func(b *ir.Builder) { b.Loop(b.AddSnap(ir.Snapshot{PC: 9})) }},
	} {
		tr, entry := entryWordsTrace(wrap.add)
		l := &lowerer{t: tr, cfg: LowerConfig{EntryWords: entry}}
		for id, k := range l.knownWords() {
			if len(k) > 0 {
				t.Errorf("%s: snapshot %d has known words %v", wrap.name, id, k)
			}
		}
	}
}

// TestIntGuardKnown: an int payload read from the frame and guarded equal
// to a constant is a known word for a later exit writing that constant
// there; a pointer payload's guard compares only its low half and a
// float's equates 0.0 and -0.0, so theirs are not.
func TestIntGuardKnown(t *testing.T) {
	for _, c := range []struct {
		ty   ir.Type
		bits uint64
		want bool
	}{{ir.Int, 4, true}, {ir.Ptr, 4, false}, {ir.Float, 0, false}} {
		tr := ir.NewTrace("intguard", 4)
		b := ir.NewBuilder(tr, ir.Options{})
		k := b.K(c.ty, c.bits)
		first := b.AddSnap(ir.Snapshot{PC: 1})
		v := b.SLoad(1, c.ty)
		b.Guard(ir.EQ, v, k, first)
		later := b.AddSnap(ir.Snapshot{PC: 2, Entries: []ir.SnapEntry{{Slot: 1, Tag: b.KTag(3), Val: k}}})
		b.Exit(later)
		l := &lowerer{t: tr}
		if got := wordKnown(l.knownWords(), tr, later, 24, k); got != c.want {
			t.Errorf("%v payload guarded equal to %d: known %v, want %v\n%s", c.ty, c.bits, got, c.want, tr)
		}
	}
}
