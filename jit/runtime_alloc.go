// runtime_alloc.go registers the runtime helpers of traces that grow
// lists and use deques (trace/record_alloc.go, trace/record_deque.go):
// host functions that call into the VM (vm/jitalloc.go). They never run
// Python code; a helper that cannot do its work returns ok 0 and the
// trace exits to the interpreter, which runs the instruction itself.

package jit

import (
	"context"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
)

// allocHelpers holds the VM the alloc helpers work on, set by the JIT
// once it knows the VM (the helpers are registered before).
type allocHelpers struct {
	m *vm.VM
}

// addAllocHelpers adds the list and deque helpers to the runtime host
// module.
func (w *wasmRuntime) addAllocHelpers(b wazero.HostModuleBuilder) wazero.HostModuleBuilder {
	i32 := api.ValueTypeI32
	grow := func(_ context.Context, _ api.Module, s []uint64) {
		st, ok := gc.Ref(0), false
		if w.alloc.m != nil {
			st, ok = w.alloc.m.JITListGrow(gc.Ref(uint32(s[0])))
		}
		s[0], s[1] = uint64(uint32(st)), 0
		if ok {
			s[1] = 1
		}
	}
	growRing := func(_ context.Context, _ api.Module, s []uint64) {
		st, ok := gc.Ref(0), false
		if w.alloc.m != nil {
			st, ok = w.alloc.m.JITDequeGrow(gc.Ref(uint32(s[0])))
		}
		s[0], s[1] = uint64(uint32(st)), 0
		if ok {
			s[1] = 1
		}
	}
	return b.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(grow),
		[]api.ValueType{i32}, []api.ValueType{i32, i32}).Export(trace.ListGrowHelper.Name).
		NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(growRing),
		[]api.ValueType{i32}, []api.ValueType{i32, i32}).Export(trace.DequeGrowHelper.Name)
}
