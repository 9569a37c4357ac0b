// runtime_host.go adds to the runtime host module the host helpers of
// trace/record_host.go (trace.HostHelpers): container membership, dict
// loads and stores, set updates, str operations and native random/math
// calls, each answered by the vm's JIT entry points (vm/jithost.go) of the
// VM the JIT runs in (wasmRuntime.hostVM, set when the JIT first sees it).
// Every helper returns its result and an "ok" word: 0 makes the trace exit
// before the instruction, which the interpreter then runs.

package jit

import (
	"context"
	"math"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// addHostHelpers adds every host helper's function to b.
func (w *wasmRuntime) addHostHelpers(b wazero.HostModuleBuilder) wazero.HostModuleBuilder {
	for _, h := range trace.HostHelpers {
		b = w.addHostHelper(b, h)
	}
	return b
}

// apiType is the wasm type of an IR helper argument or result.
func apiType(t ir.Type) api.ValueType {
	switch t {
	case ir.Ptr, ir.Bool:
		return api.ValueTypeI32
	case ir.Float:
		return api.ValueTypeF64
	}
	return api.ValueTypeI64
}

// hostValue rebuilds a value of tag t from a helper argument word.
func hostValue(t gc.Tag, word uint64) gc.Value {
	switch {
	case t == gc.TagNone:
		return gc.None()
	case t == gc.TagBool:
		return gc.Bool(uint32(word) != 0)
	case t.IsRef():
		return gc.MakeValue(t, uint64(uint32(word)))
	}
	return gc.MakeValue(t, word)
}

// addHostHelper adds the function of one host helper.
func (w *wasmRuntime) addHostHelper(b wazero.HostModuleBuilder, h trace.HostHelper) wazero.HostModuleBuilder {
	params := make([]api.ValueType, len(h.Sig.Args))
	for i, a := range h.Sig.Args {
		params[i] = apiType(a)
	}
	var results []api.ValueType
	if h.Sig.Result != ir.Void {
		results = append(results, apiType(h.Sig.Result))
	}
	results = append(results, api.ValueTypeI32)
	nres := len(results)
	// A native call's argument slice, reused: helpers never run Python
	// code, so no call of this helper starts before the last one ended.
	args := make([]gc.Value, h.Call.NArgs)
	fn := func(_ context.Context, _ api.Module, s []uint64) {
		m := w.hostVM
		var res uint64
		ok := m != nil && w.runHost(m, h, s, args, &res)
		if nres == 2 {
			s[0], s[1] = res, 0
			if ok {
				s[1] = 1
			}
			return
		}
		s[0] = 0
		if ok {
			s[0] = 1
		}
	}
	return b.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(fn), params, results).Export(h.Sig.Name)
}

// b2w is a bool as a helper result word.
func b2w(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// runHost does helper h's work on the argument words s, setting *res;
// false when the helper fails. args has room for a native call's
// arguments.
func (w *wasmRuntime) runHost(m *vm.VM, h trace.HostHelper, s []uint64, args []gc.Value, res *uint64) bool {
	c := gc.Ref(uint32(s[0]))
	key := func() gc.Value { return hostValue(h.Key, s[1]) }
	switch h.Op {
	case trace.HostDictStore:
		val := gc.None()
		if h.Val != gc.TagNone {
			val = hostValue(h.Val, s[2])
		}
		return m.JITDictStore(c, key(), val)
	case trace.HostDictEntry:
		// (Missing until session 16: every h_dentry call failed, and
		// its trace exited. The wasm probes fall back to it.)
		addr, ok := m.JITDictEntryAddr(c, key())
		*res = uint64(addr)
		return ok
	case trace.HostSetAdd:
		return m.JITSetAdd(c, key())
	case trace.HostSetDiscard, trace.HostSetRemove:
		return m.JITSetDiscard(c, key(), h.Op == trace.HostSetRemove)
	case trace.HostSeqIn:
		found, ok := m.JITSeqContainsInt(gc.MakeValue(h.Key, uint64(c)), int64(s[1]))
		*res = b2w(found)
		return ok
	case trace.HostStrIn:
		*res = b2w(m.JITStrContains(c, gc.Ref(uint32(s[1]))))
		return true
	case trace.HostStrItem:
		p, ok := m.JITStrItem(c, int64(s[1]))
		*res = uint64(uint32(p))
		return ok
	case trace.HostStrConcat:
		*res = uint64(uint32(m.JITStrConcat(c, gc.Ref(uint32(s[1])))))
		return true
	case trace.HostStrLen:
		*res = uint64(m.JITStrLen(c))
		return true
	case trace.HostStrCmp:
		*res = uint64(m.JITStrCompare(c, gc.Ref(uint32(s[1]))))
		return true
	case trace.HostLen:
		n, ok := m.JITContainerLen(c)
		*res = uint64(n)
		return ok
	case trace.HostDictIter:
		e, ok := m.JITDictIterNext(c)
		*res = uint64(e)
		return ok
	case trace.HostStrFormat:
		p, ok := m.JITPercentInt(c, int64(s[1]))
		*res = uint64(uint32(p))
		return ok
	case trace.HostStrOrd:
		n, ok := m.JITStrOrd(c)
		*res = uint64(n)
		return ok
	case trace.HostCall:
		for i := range args {
			if h.Call.Args == 'f' {
				args[i] = gc.Float(math.Float64frombits(s[1+i]))
			} else {
				args[i] = gc.Int(int64(s[1+i]))
			}
		}
		v, ok := m.JITCallBuiltin(c, args)
		switch {
		case !ok:
			return false
		case h.Call.Result == 'f' && v.Tag() == gc.TagFloat:
			*res = math.Float64bits(v.Float())
		case h.Call.Result == 'i' && v.Tag() == gc.TagInt:
			*res = uint64(v.Int())
		default:
			return false
		}
		return true
	}
	return false
}
