// record_dictconst.go records d.get(k) for an int constant k that the
// dict holds, without a helper call. A helper call leaves the wasm code
// for Go (about 50 ns each, two per get: tag and payload), which made a
// traced `for` loop of `d.get(4 + (i & 1))` twice as slow as the
// interpreter, and was most of what richards' scheduler step still cost
// once its loop ran in one trace (`self.tasks.get(ident)` in release,
// inlined with the constant 4 or 5). The dict's entries live in linear
// memory: key and value, 16 bytes each, at entry e of its storage block.
// A dict holds a key in at most one live entry (a deleted entry's key is
// emptied; a resize or clear makes a new storage block), so when entry e
// holds the int k, d[k] is entry e's value. The trace therefore guards
// that the storage has an entry e, that its key is the int k and that its
// value has the recorded tag, and loads the value. Any other dict of the
// same layout (richards makes a scheduler per run) passes the same
// guards; a dict whose entry e holds something else exits there.
// Restricted to constant keys: the entry is then fixed for a given dict,
// whereas a key that varies would fail the guard on most entries and grow
// a side trace per key; varying and str keys, and absent keys, keep the
// helpers (record_dictget.go).
//
// Programs that run a loop in phases, each deleting from, clearing or
// replacing its dict by one of another layout, fail those guards at the
// next layout. Each side trace recorded later read its constant keys at
// fixed entries again, which the layout after failed in turn: one side
// trace per layout and per branch reaching the get (jit/dictget_const
// grew four of its sixteen that way). So a tree keeps the entries its
// traces read (DictGets); a side trace that finds one of those keys moved
// (at another entry, or absent) probes the dict in wasm instead
// (record_setprobe.go), as do the tree's later side traces: a probe
// serves every layout that holds the key (docs/jit.md "Phases that change
// the dict under a trace (session 29)"). Trees whose dicts keep their
// layout (richards') keep the fixed entries, cheaper than a call.

package trace

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// dictGetConstKey records d.get(key) when key is an int constant of the
// trace that d (an exact dict, as recorded) holds with value v; ok is
// false when it does not apply, and nothing was emitted.
func (r *recorder) dictGetConstKey(d, key operand, v gc.Value, found bool, snap ir.SnapID) (operand, bool) {
	if !found || key.v.Tag() != gc.TagInt || !key.val.IsConst() || r.gets.Probe {
		return operand{}, false
	}
	want := v.Tag()
	if want != gc.TagNone && want != gc.TagInt && !want.IsRef() {
		return operand{}, false
	}
	st := uint32(r.word(uint32(d.v.Ref()) + vm.JITDictStorageOff))
	e := r.intKeyEntry(d, key.v.Int())
	if e < 0 {
		return operand{}, false
	}
	koff := int64(vm.JITItemsOff) + 32*e
	vaddr := st + uint32(koff) + 16
	if gc.Tag(r.word(vaddr)) != want || (want != gc.TagNone && r.word(vaddr+8) != valueBits(v)) {
		return operand{}, false // not what the interpreter's lookup found
	}
	if _, ok := r.gets.Fixed[key.v.Int()]; !ok {
		if r.gets.Fixed == nil {
			r.gets.Fixed = map[int64]int64{}
		}
		r.gets.Fixed[key.v.Int()] = e
	}
	b := r.b
	sp := b.FLoad(ir.Ptr, d.val, vm.JITDictStorageOff, ClassDictStorage)
	n := b.Op2(ir.IAND, ir.Int, b.FLoad(ir.Int, sp, gc.HdrNumVals, ClassHeader), b.KInt(0xffffffff))
	b.Guard(ir.GT, n, b.KInt(2*e+1), snap)
	b.Guard(ir.EQ, b.FLoad(ir.Tag, sp, koff, ClassDictEntry), b.KTag(uint64(gc.TagInt)), snap)
	b.Guard(ir.EQ, b.FLoad(ir.Int, sp, koff+8, ClassDictEntry), key.val, snap)
	b.Guard(ir.EQ, b.FLoad(ir.Tag, sp, koff+16, ClassDictEntry), b.KTag(uint64(want)), snap)
	switch {
	case want == gc.TagNone:
		return r.constOperand(v), true
	case want == gc.TagInt:
		return operand{v, b.KTag(uint64(want)), b.FLoad(ir.Int, sp, koff+24, ClassDictEntry)}, true
	}
	return operand{v, b.KTag(uint64(want)), b.FLoad(ir.Ptr, sp, koff+24, ClassDictEntry)}, true
}

// valueBits is v's payload word as the heap stores it.
func valueBits(v gc.Value) uint64 {
	if v.Tag().IsRef() {
		return uint64(v.Ref())
	}
	return uint64(v.Int())
}

// DictGets is what a tree's traces assumed of the dicts their
// constant-key gets read (dictGetConstKey): the entry each int key was
// read at, and whether the tree's side traces probe instead.
type DictGets struct {
	Fixed map[int64]int64 // int key -> entry index it was read at (the first trace's)
	Probe bool            // a key was found moved: side traces probe
}

// Merge adds what a recording assumed to the tree's g.
func (g *DictGets) Merge(rec DictGets) {
	g.Probe = g.Probe || rec.Probe
	for k, e := range rec.Fixed {
		if _, ok := g.Fixed[k]; !ok {
			if g.Fixed == nil {
				g.Fixed = map[int64]int64{}
			}
			g.Fixed[k] = e
		}
	}
}

// intKeyEntry is the index of the entry of d's storage whose key is the
// int k (as the recording sees the heap), -1 if none.
func (r *recorder) intKeyEntry(d operand, k int64) int64 {
	st := uint32(r.word(uint32(d.v.Ref()) + vm.JITDictStorageOff))
	nslots := int64(r.word(st+gc.HdrNumVals) & 0xffffffff)
	for i := int64(0); 2*i+1 < nslots; i++ {
		off := st + vm.JITItemsOff + 32*uint32(i)
		if gc.Tag(r.word(off)) == gc.TagInt && int64(r.word(off+8)) == k {
			return i
		}
	}
	return -1
}

// noteMovedKey makes a side trace probe its constant-key gets, and its
// tree's later side traces too, when d.get's int key is one the tree read
// at a fixed entry and d no longer holds it there.
func (r *recorder) noteMovedKey(d, key operand) {
	if r.side == nil || r.side.root || r.gets.Probe || key.v.Tag() != gc.TagInt {
		return
	}
	if e, ok := r.gets.Fixed[key.v.Int()]; ok && r.intKeyEntry(d, key.v.Int()) != e {
		r.gets.Probe = true
	}
}
