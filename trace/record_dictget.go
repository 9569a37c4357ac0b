// record_dictget.go records d.get(key) and d.get(key, default) on an exact
// dict with an int or exact str key. The dict's index table lives in Go's
// heap, out of the trace's reach, so the lookup is a runtime helper call
// (vm.JITDictLookup: the interpreter's probe, without the cases that could
// run Python code). A helper returns one value, so the trace calls one
// helper for the value's tag, guards it equal to the recorded one, and one
// for its payload: two probes, each a read of the heap that no optimisation
// moves or merges. Results other than an int, None, an absent key or a
// heap object abort the recording.

package trace

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// Dict lookup helpers, by key kind (i: int key, s: str key) and result:
// the tag (gc.TagEmpty when the key is absent), an object's pointer or an
// int payload. Each fails (the trace exits, the interpreter runs the call)
// when the lookup cannot be decided without Python code.
var (
	DictGetTagIntKey = ir.HelperSig{Name: "dget_i_tag", Args: []ir.Type{ir.Ptr, ir.Int}, Result: ir.Int, Effect: ir.Reads}
	DictGetRefIntKey = ir.HelperSig{Name: "dget_i_ref", Args: []ir.Type{ir.Ptr, ir.Int}, Result: ir.Ptr, Effect: ir.Reads}
	DictGetIntIntKey = ir.HelperSig{Name: "dget_i_int", Args: []ir.Type{ir.Ptr, ir.Int}, Result: ir.Int, Effect: ir.Reads}
	DictGetTagStrKey = ir.HelperSig{Name: "dget_s_tag", Args: []ir.Type{ir.Ptr, ir.Ptr}, Result: ir.Int, Effect: ir.Reads}
	DictGetRefStrKey = ir.HelperSig{Name: "dget_s_ref", Args: []ir.Type{ir.Ptr, ir.Ptr}, Result: ir.Ptr, Effect: ir.Reads}
	DictGetIntStrKey = ir.HelperSig{Name: "dget_s_int", Args: []ir.Type{ir.Ptr, ir.Ptr}, Result: ir.Int, Effect: ir.Reads}
)

// DictGetHelpers lists the dict lookup helpers, for the runtime that
// implements them.
var DictGetHelpers = []ir.HelperSig{DictGetTagIntKey, DictGetRefIntKey, DictGetIntIntKey, DictGetTagStrKey, DictGetRefStrKey, DictGetIntStrKey}

// helper returns the index of helper sig in the trace, adding it once.
func (r *recorder) helper(sig ir.HelperSig) int64 {
	for i, hs := range r.b.T.Helpers {
		if hs.Name == sig.Name {
			return int64(i)
		}
	}
	return r.b.AddHelper(sig)
}

// dictGet records d.get(key[, dflt]); args holds key and, when given, the
// default.
func (r *recorder) dictGet(d operand, args []operand) (operand, error) {
	b := r.b
	if len(args) < 1 || len(args) > 2 {
		return operand{}, r.abort("dict.get with other arguments")
	}
	key := args[0]
	dflt := r.constOperand(gc.None())
	if len(args) == 2 {
		dflt = args[1]
	}
	if dflt.v.IsEmpty() {
		return operand{}, r.abort("dict.get of an unbound value")
	}
	intKey := key.v.Tag() == gc.TagInt
	if !intKey && key.v.Tag() != vm.JITTagStr {
		return operand{}, r.abort("dict.get with a key other than an int or str")
	}
	// The recording reads the real dict: its simulated iteration must not
	// have written into it (a dict-mode instance's attribute, a global).
	dref := uint32(d.v.Ref())
	st := uint32(r.m.JITWord(dref + vm.JITDictStorageOff))
	stEnd := st + uint32(r.m.JITWord(st)&(1<<vm.JITKindShift-1))
	for addr := range r.mem {
		if (addr >= st && addr < stEnd) || (addr >= dref && addr < dref+64) {
			return operand{}, r.abort("dict.get of a dict the iteration wrote")
		}
	}
	for _, p := range r.attrs.pending {
		if p.dict != 0 {
			return operand{}, r.abort("dict.get after a deferred dict store")
		}
	}
	v, found, ok := r.m.JITDictLookup(gc.Ref(dref), key.v)
	if !ok {
		return operand{}, r.abort("dict.get that may run __eq__")
	}
	tagSig, refSig, intSig := DictGetTagIntKey, DictGetRefIntKey, DictGetIntIntKey
	if !intKey {
		tagSig, refSig, intSig = DictGetTagStrKey, DictGetRefStrKey, DictGetIntStrKey
	}
	snap := r.snap(r.pc)
	want := gc.TagEmpty
	if found {
		want = v.Tag()
	}
	switch {
	case !found, want == gc.TagNone, want == gc.TagInt, want.IsRef():
	default:
		return operand{}, r.abort("dict.get of a value other than an int, None or an object")
	}
	r.noteMovedKey(d, key)                                        // record_dictconst.go
	if res, ok := r.dictGetConstKey(d, key, v, found, snap); ok { // record_dictconst.go
		return res, nil
	}
	if res, ok := r.dictGetProbe(d, key, dflt, v, found, snap); ok { // record_setprobe.go
		return res, nil
	}
	tag := b.Call(r.helper(tagSig), snap, d.val, key.val)
	b.Guard(ir.EQ, tag, b.KInt(int64(want)), snap)
	switch {
	case !found:
		return dflt, nil
	case want == gc.TagNone:
		return r.constOperand(v), nil
	case want == gc.TagInt:
		return operand{v, b.KTag(uint64(want)), b.Call(r.helper(intSig), snap, d.val, key.val)}, nil
	}
	return operand{v, b.KTag(uint64(want)), b.Call(r.helper(refSig), snap, d.val, key.val)}, nil
}
