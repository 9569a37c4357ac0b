// runtime_heapq.go registers the heapq helpers of trace/record_heapq.go
// (trace.HeapqHelpers): heappush and heappop of a trace, done by the VM's
// JIT heap operations (vm/jitheapq.go) on the linear memory. A push into
// a full list first grows it as the interpreter would (vm.JITListGrow,
// which never collects); a helper that cannot decide a comparison without
// Python code returns ok 0 having changed nothing (a grown storage holds
// the same items), and the trace exits before the call.

package jit

import (
	"context"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace"
)

// addHeapqHelpers adds every heapq helper's function to b.
func (w *wasmRuntime) addHeapqHelpers(b wazero.HostModuleBuilder) wazero.HostModuleBuilder {
	for _, h := range trace.HeapqHelpers {
		b = w.addHeapqHelper(b, h)
	}
	return b
}

// addHeapqHelper adds the function of one heapq helper.
func (w *wasmRuntime) addHeapqHelper(b wazero.HostModuleBuilder, h trace.HeapqHelper) wazero.HostModuleBuilder {
	params := make([]api.ValueType, len(h.Sig.Args))
	for i, a := range h.Sig.Args {
		params[i] = apiType(a)
	}
	if h.Push {
		push := func(_ context.Context, _ api.Module, s []uint64) {
			m, lst := w.hostVM, gc.Ref(uint32(s[0]))
			ok := m != nil
			if ok {
				_, ok = m.JITListGrow(lst)
			}
			ok = ok && m.JITHeapPush(nil, lst, hostValue(h.Tag, s[1]))
			s[0] = b2w(ok)
		}
		return b.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(push), params,
			[]api.ValueType{api.ValueTypeI32}).Export(h.Sig.Name)
	}
	pop := func(_ context.Context, _ api.Module, s []uint64) {
		m, lst := w.hostVM, gc.Ref(uint32(s[0]))
		v, ok := gc.Value{}, false
		if m != nil {
			v, ok = m.JITHeapPop(nil, lst, h.Tag)
		}
		s[0], s[1] = 0, b2w(ok)
		switch {
		case !ok:
		case h.Tag.IsRef():
			s[0] = uint64(uint32(v.Ref()))
		default:
			s[0] = v.Bits()
		}
	}
	return b.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(pop), params,
		[]api.ValueType{apiType(h.Sig.Result), api.ValueTypeI32}).Export(h.Sig.Name)
}
