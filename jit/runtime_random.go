// runtime_random.go adds to the runtime host module the helpers of
// trace/record_random.go (docs/jit.md "random in traces (session 15)"):
// the interpreter's draw on a generator's state block, which a trace calls
// when its own draw of random() or getrandbits() meets the twist, and
// shuffle(list).

package jit

import (
	"context"
	"math"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace"
)

// addRandomHelpers adds trace.RandomDrawHelper's function to b.
func (w *wasmRuntime) addRandomHelpers(b wazero.HostModuleBuilder) wazero.HostModuleBuilder {
	fn := func(_ context.Context, _ api.Module, s []uint64) {
		m := w.hostVM
		if m == nil {
			s[0], s[1] = 0, 0
			return
		}
		s[0], s[1] = math.Float64bits(m.JITRandomDraw(gc.Ref(uint32(s[0])))), 1
	}
	shuffle := func(_ context.Context, _ api.Module, s []uint64) {
		m := w.hostVM
		fn, lst := gc.Ref(uint32(s[0])), gc.Ref(uint32(s[1]))
		s[0] = 0
		if m != nil && m.JITRandomShuffle(fn, lst) {
			s[0] = 1
		}
	}
	bits := func(_ context.Context, _ api.Module, s []uint64) {
		m := w.hostVM
		if m == nil {
			s[0], s[1] = 0, 0
			return
		}
		s[0], s[1] = m.JITRandomBits(gc.Ref(uint32(s[0])), int64(s[1])), 1
	}
	i32 := api.ValueTypeI32
	return b.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(fn),
		[]api.ValueType{i32}, []api.ValueType{api.ValueTypeF64, i32}).
		Export(trace.RandomDrawHelper.Name).
		NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(bits),
		[]api.ValueType{i32, api.ValueTypeI64}, []api.ValueType{api.ValueTypeI64, i32}).
		Export(trace.RandomBitsHelper.Name).
		NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(shuffle),
		[]api.ValueType{i32, i32}, []api.ValueType{i32}).
		Export(trace.RandomShuffleHelper.Name)
}
