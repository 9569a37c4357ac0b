package jit

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

// TestSideEntryWords: a side trace hanging off its parent's own exit is
// told that exit's constant words; one hanging off a NestedLinks word (an
// inner trace's exit), a root, and an exit resuming in an inlined call
// are told none.
func TestSideEntryWords(t *testing.T) {
	tr := ir.NewTrace("parent", 4)
	b := ir.NewBuilder(tr, ir.Options{})
	own := b.AddSnap(ir.Snapshot{PC: 1, Entries: []ir.SnapEntry{{Slot: 2, Tag: b.KTag(3), Val: b.KInt(8)}}})
	callee := b.AddSnap(ir.Snapshot{PC: 2, Frames: []ir.SnapFrame{{Base: 1}}, Entries: []ir.SnapEntry{{Slot: 2, Tag: b.KTag(3), Val: b.KInt(8)}}})
	j := &JIT{sideOf: &compiled{t: tr}}
	j.sideLink = int(own)
	w := j.sideEntryWords(true)
	if len(w) != 2 || w[32].Bits != 3 || w[40].Bits != 8 {
		t.Errorf("own exit: entry words %v, want register 2's tag 3 and payload 8", w)
	}
	if w := j.sideEntryWords(false); w != nil {
		t.Errorf("a root: entry words %v", w)
	}
	j.sideLink = int(callee)
	if w := j.sideEntryWords(true); w != nil {
		t.Errorf("exit into an inlined call: entry words %v", w)
	}
	j.sideLink = len(tr.Snaps) // the first NestedLinks word
	if w := j.sideEntryWords(true); w != nil {
		t.Errorf("nested link word: entry words %v", w)
	}
}
