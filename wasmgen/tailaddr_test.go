package wasmgen

import (
	"context"
	"testing"
)

// TestTailLinkAddr runs the tail's link word address computation on exit
// numbers as exits set them (a side trace's with its nested flag and
// slot) and checks it against the address each exit used to set itself:
// LinkBase + 4*id, or 4*id + 4 in a slot-free module.
func TestTailLinkAddr(t *testing.T) {
	const base, slot = 4096, 37
	ctx := context.Background()
	r := newRuntime(t)
	for _, c := range []struct{ side, slotFree bool }{{false, false}, {true, false}, {true, true}} {
		m := NewModule()
		f := m.NewFunc("f", Sig([]ValType{I32}, I32))
		l := &lowerer{m: m, f: f, cfg: LowerConfig{Side: c.side, Slot: slot, LinkBase: base}, slotFree: c.slotFree, tailAddr: true}
		l.xcode, l.xaddr = 0, f.Local(I32)
		l.tailLinkAddr()
		f.LocalGet(l.xaddr)
		m.ExportFunc("f", f.Index())
		b := mustBytes(t, m)
		mustValidate(t, b)
		inst, err := r.Instantiate(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range []uint32{1, 2, 100, LinkWords - 1} {
			code := id
			if c.side && !c.slotFree {
				code |= NestedFlag | slot<<NestedSlotShift
			}
			want := base + 4*id
			if c.slotFree {
				want = 4*id + 4
			}
			out, err := inst.ExportedFunction("f").Call(ctx, uint64(code))
			if err != nil {
				t.Fatal(err)
			}
			if uint32(out[0]) != want {
				t.Errorf("side %v, slot-free %v: exit %#x: link word address %d, want %d", c.side, c.slotFree, code, uint32(out[0]), want)
			}
		}
		inst.Close(ctx)
	}
}
