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

// The layout the JIT's wasm dict and set probes read (wasmgen/dictprobe.go,
// docs/jit.md "Sets and dicts probed in wasm (session 16)").
const (
	// JITDictIdxHdrBytes is how many raw bytes of a dict's storage block
	// (after its entry slots) come before the index: the index's mask
	// (u32) and tag mask (u32). The index follows, one u32 a slot.
	JITDictIdxHdrBytes = dictIdxHdrBytes
	// JITDictTagMul is the multiplier of an index word's hash tag: the
	// tag is the high half of hash*JITDictTagMul, under the tag mask.
	JITDictTagMul = dictTagMul
	// JITStrHashOff, JITStrLenOff and JITStrTextOff are the offsets in a
	// str block of its hash word (hash+1, 0 until computed), its length
	// word (byte length in the low half) and its text.
	JITStrHashOff = gc.HeaderSize + 8*strHashWord
	JITStrLenOff  = gc.HeaderSize + 8*strLenWord
	JITStrTextOff = gc.HeaderSize + strTextOff
)

// JITProbeIntNever lists the tags of stored keys that never equal an int
// and compare with it without Python code; JITProbeStrNever those (beyond
// the immediate tags) that never equal an exact str. A wasm probe meeting
// a key of another tag with the same hash tag leaves the decision to the
// host helper.
var (
	JITProbeIntNever = []gc.Tag{gc.TagNone, TagStr, TagTuple}
	JITProbeStrNever = []gc.Tag{TagTuple, TagBigInt}
)
