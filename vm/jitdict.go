// jitdict.go holds the dict lookup a trace calls for dict.get: the same
// probe as dictFind, restricted to what cannot run Python code, so that a
// trace may call it in the middle of a loop body and the recorder may call
// it while simulating one.

package vm

import "github.com/hotloop/hotloop/gc"

// JITTagDict is the tag of exact dicts (subclass instances are objects).
const JITTagDict = TagDict

// JITDictLookup looks key, an int or an exact str, up in dict d without
// running Python code. ok is false when it cannot decide without doing so
// (a key of another type with the same hash is in the dict: only its
// __eq__ could say); found reports whether the key is present, and v is
// then its value.
func (vm *VM) JITDictLookup(d gc.Ref, key gc.Value) (v gc.Value, found, ok bool) {
	if key.Tag() != gc.TagInt && key.Tag() != TagStr {
		return vEmpty, false, false
	}
	dv := gc.MakeValue(TagDict, uint64(d))
	if key.Tag() == TagStr {
		v, found, other := vm.dictProbeStr(dv, key)
		return v, found, found || !other
	}
	h, _ := vm.hash(key) // an int's hash cannot fail
	di := vm.dictIdx(dv)
	mask := len(di.table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	tag := di.hashTag(h)
	for {
		w := di.table[i]
		if w == slotEmpty {
			return vEmpty, false, true
		}
		if di.sameTag(w, tag) {
			e := di.indexEntry(w)
			ents := vm.dictEntries(dv)
			switch k := ents[2*e]; {
			case k == key:
				return ents[2*e+1], true, true
			case k.Tag() != gc.TagInt && k.Tag() != TagStr && di.hashes[e] == h:
				// A float, a bool or an object equal to the int
				// perhaps: the interpreter decides.
				return vEmpty, false, false
			}
		}
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// JITTagStr is the tag of exact strs.
const JITTagStr = TagStr
