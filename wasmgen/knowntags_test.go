package wasmgen

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

// knownTagsTrace builds a root trace that reads register 1's tag, guards
// it int, and exits through snapshots that write register 1 (and 2) as
// ints: one used by the tag's own guard, one after it, one by a guard
// before the tag's guard and again after it, and the final EXIT's (which
// also writes register 2 with another tag than its guarded one). mid
// may add instructions between the tag's guard and the later exits.
func knownTagsTrace(mid func(b *ir.Builder, v ir.Ref)) (*ir.Trace, [4]ir.SnapID) {
	tr := ir.NewTrace("knowntags", 4)
	b := ir.NewBuilder(tr, ir.Options{})
	intTag := b.KTag(3)
	var s [4]ir.SnapID
	s[0] = b.AddSnap(ir.Snapshot{PC: 1, Entries: []ir.SnapEntry{{Slot: 1, Tag: intTag, Val: b.KInt(0)}}})
	s[2] = b.AddSnap(ir.Snapshot{PC: 2, Entries: []ir.SnapEntry{{Slot: 1, Tag: intTag, Val: b.KInt(7)}}})
	t2 := b.SLoad(2, ir.Tag)
	b.Guard(ir.EQ, t2, intTag, s[2]) // s[2] before register 1's guard
	t1 := b.SLoad(1, ir.Tag)
	b.Guard(ir.EQ, t1, intTag, s[0]) // its own exit: the tag is not known there
	v := b.SLoad(1, ir.Int)
	mid(b, v)
	s[1] = b.AddSnap(ir.Snapshot{PC: 3, Entries: []ir.SnapEntry{{Slot: 1, Tag: intTag, Val: v}, {Slot: 3, Tag: intTag, Val: v}}})
	sum := b.Guarded2(ir.IADD, ir.Int, v, b.KInt(1), s[1])
	b.Guard(ir.NE, sum, b.KInt(100), s[2]) // s[2] again, after the guard
	// The EXIT writes register 2, guarded int, with another tag.
	s[3] = b.AddSnap(ir.Snapshot{PC: 4, Entries: []ir.SnapEntry{{Slot: 1, Tag: intTag, Val: sum}, {Slot: 2, Tag: b.KTag(4), Val: sum}}})
	b.Exit(s[3])
	return tr, s
}

// TestKnownTags checks which exits may leave register 1's int tag out:
// those after its guard (not the guard's own, not a snapshot also used
// before it), and none once an SSTORE writes register 1 or a helper that
// may write the frame is called; a helper that writes only some heap
// classes keeps them. Register 3, never read, is never known.
func TestKnownTags(t *testing.T) {
	type want struct{ own, after, twice, exit bool }
	cases := []struct {
		name string
		mid  func(b *ir.Builder, v ir.Ref)
		want want
	}{
		{"plain", func(*ir.Builder, ir.Ref) {}, want{after: true, exit: true}},
		{"sstore", func(b *ir.Builder, v ir.Ref) { b.SStore(1, b.KTag(3), v) }, want{}},
		{"sstore other register", func(b *ir.Builder, v ir.Ref) { b.SStore(2, b.KTag(3), v) }, want{after: true, exit: true}},
		{"helper writes", func(b *ir.Builder, v ir.Ref) {
			h := b.AddHelper(ir.HelperSig{Name: "w", Args: []ir.Type{ir.Int}, Result: ir.Int, Effect: ir.Writes})
			b.Call(h, ir.NoSnap, v)
		}, want{}},
		{"helper clobbers heap only", func(b *ir.Builder, v ir.Ref) {
			h := b.AddHelper(ir.HelperSig{Name: "c", Args: []ir.Type{ir.Int}, Result: ir.Int, Effect: ir.Writes, Clobbers: ir.ClassBit(5)})
			b.Call(h, ir.NoSnap, v)
		}, want{after: true, exit: true}},
	}
	for _, c := range cases {
		tr, s := knownTagsTrace(c.mid)
		if err := ir.Verify(tr); err != nil {
			t.Fatalf("%s: %v\n%s", c.name, err, tr)
		}
		l := &lowerer{t: tr}
		known := l.knownWords()
		int3 := tr.Snap(s[1]).Entries[0].Tag
		got := want{
			own:   tagKnown(known, tr, s[0], 1, int3),
			after: tagKnown(known, tr, s[1], 1, int3),
			twice: tagKnown(known, tr, s[2], 1, int3),
			exit:  tagKnown(known, tr, s[3], 1, int3),
		}
		if got != c.want {
			t.Errorf("%s: register 1's tag known at (own guard, after, used twice, EXIT) = %+v, want %+v\n%s", c.name, got, c.want, tr)
		}
		if tagKnown(known, tr, s[1], 3, int3) {
			t.Errorf("%s: register 3's tag known, but the trace never reads it", c.name)
		}
		other := tr.Snap(s[3]).Entries[1].Tag
		if tagKnown(known, tr, s[3], 2, other) || !storesTag(planned(tr), s[3], 32, other) {
			t.Errorf("%s: register 2's new tag known or not stored at EXIT; the frame holds the int tag", c.name)
		}
		// Each exit's planned code stores the tag unless it is known.
		p := planned(tr)
		for i, id := range s {
			if stores := storesTag(p, id, 16, int3); stores == tagKnown(known, tr, id, 1, int3) {
				t.Errorf("%s: exit %d (snapshot %d) stores register 1's tag: %v, known: %v", c.name, i, id, stores, !stores)
			}
		}
	}
}

// planned returns tr's exit plan.
func planned(tr *ir.Trace) *exitPlan {
	_, p, _, _ := planFor(tr)
	return p
}

// storesTag reports whether snapshot id's planned exit code stores ref at
// frame offset off.
func storesTag(p *exitPlan, id ir.SnapID, off uint32, ref ir.Ref) bool {
	for n, nd := range p.nodes {
		if nd.step.kind != stepCode || nd.step.snap != id {
			continue
		}
		for m := p.nodes[n].parent; m >= 0; m = p.nodes[m].parent {
			if st := p.nodes[m].step; st.kind == stepStore && st.off == off && st.ref == ref {
				return true
			}
		}
	}
	return false
}
