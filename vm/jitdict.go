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
// (a key of a user class with the same hash is in the dict: only its
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
	// An int key: jitProbe (jithost.go) compares it with stored keys of
	// the same hash that are numbers or strs itself, and gives up on
	// any other (only its __eq__ could say).
	e, _, ok := vm.jitProbe(dv, key)
	if !ok {
		return vEmpty, false, false
	}
	if e < 0 {
		return vEmpty, false, true
	}
	return vm.dictEntries(dv)[2*e+1], true, true
}

// JITTagStr is the tag of exact strs.
const JITTagStr = TagStr
