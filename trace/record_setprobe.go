// record_setprobe.go chooses the helper a trace calls to find a key in a
// dict, set or frozenset (record_host.go's entryAddr: `in`, `not in`,
// `d[k]`, `d[k] += 1`): for an int or an exact str key, a wasm function
// of the runtime's wasm helper module that walks the index in linear
// memory (wasmgen/dictprobe.go), not a call into Go; for a tuple key the
// host helper as before. The wasm probe has the host helper's signature
// and answers, and falls back to it for what it cannot decide alone, so
// the recorder treats both alike (docs/jit.md "Sets and dicts probed in
// wasm (session 16)"). Its name starts with "w_", which the host call
// gate (hostCallWeight) does not count.

package trace

import (
	"fmt"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// The wasm probes: the address of key's value slot in a dict, set or
// frozenset (0 when absent), failing as the host helper they fall back to
// fails (a stored key whose comparison could run Python code).
var (
	DictProbeIntKey = ir.HelperSig{Name: fmt.Sprintf("w_dentry_k%d", gc.TagInt), Args: []ir.Type{ir.Ptr, ir.Int}, Result: ir.Ptr, Effect: ir.Reads}
	DictProbeStrKey = ir.HelperSig{Name: fmt.Sprintf("w_dentry_k%d", vm.JITTagStr), Args: []ir.Type{ir.Ptr, ir.Ptr}, Result: ir.Ptr, Effect: ir.Reads}
)

// DictProbeHost returns the host helper a wasm probe falls back to.
func DictProbeHost(probe ir.HelperSig) ir.HelperSig {
	k := gc.TagInt
	if probe.Name == DictProbeStrKey.Name {
		k = vm.JITTagStr
	}
	sig, _ := hostHelper(HostDictEntry, k, 0)
	return sig
}

// entryHelper is the helper that looks a key of tag k up in a dict, set
// or frozenset: the wasm probe for ints and strs, the host helper for
// tuples.
func entryHelper(k gc.Tag) ir.HelperSig {
	switch k {
	case gc.TagInt:
		return DictProbeIntKey
	case vm.JITTagStr:
		return DictProbeStrKey
	}
	sig, _ := hostHelper(HostDictEntry, k, 0)
	return sig
}

// dictGetProbe records d.get(key, dflt) (dict.get's checks done, the
// recorded result v, found) as a lookup of the key's value slot by
// entryAddr, a wasm probe, instead of dict.get's two host calls: absent,
// the trace guards the address 0 and the result is dflt; present, it
// guards the address non-zero and the value's tag, and loads the payload.
// Like `d[k]`, the lookup is shared with a following `d[k] = ...` of the
// same key (record_host.go's cachedEntry), which then stores in place. ok
// is false when the container was changed by this iteration (the caller
// records the host calls, which read the live dict).
func (r *recorder) dictGetProbe(d, key, dflt operand, v gc.Value, found bool, snap ir.SnapID) (operand, bool) {
	if r.host.dirty[uint32(d.v.Ref())] || uint32(d.v.Ref()) >= fakeBase {
		return operand{}, false
	}
	b := r.b
	p := r.entryAddr(d, key, snap)
	if !found {
		b.Guard(ir.EQ, p, b.KPtr(0), snap)
		return dflt, true
	}
	b.Guard(ir.NE, p, b.KPtr(0), snap)
	t := v.Tag()
	tag := b.FLoad(ir.Tag, p, 0, ClassDictEntry)
	b.Guard(ir.EQ, tag, b.KTag(uint64(t)), snap)
	if t == gc.TagNone {
		return r.constOperand(v), true
	}
	return operand{v, b.KTag(uint64(t)), b.FLoad(payloadType(t), p, 8, ClassDictEntry)}, true
}
