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
	if !found || key.v.Tag() != gc.TagInt || !key.val.IsConst() {
		return operand{}, false
	}
	want := v.Tag()
	if want != gc.TagNone && want != gc.TagInt && !want.IsRef() {
		return operand{}, false
	}
	st := uint32(r.word(uint32(d.v.Ref()) + vm.JITDictStorageOff))
	nslots := int64(r.word(st+gc.HdrNumVals) & 0xffffffff)
	e := int64(-1)
	for i := int64(0); 2*i+1 < nslots; i++ {
		off := st + vm.JITItemsOff + 32*uint32(i)
		if gc.Tag(r.word(off)) == gc.TagInt && int64(r.word(off+8)) == key.v.Int() {
			e = i
			break
		}
	}
	if e < 0 {
		return operand{}, false
	}
	koff := int64(vm.JITItemsOff) + 32*e
	vaddr := st + uint32(koff) + 16
	if gc.Tag(r.word(vaddr)) != want || (want != gc.TagNone && r.word(vaddr+8) != valueBits(v)) {
		return operand{}, false // not what the interpreter's lookup found
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
