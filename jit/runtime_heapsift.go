// runtime_heapsift.go instantiates the runtime's heap sift module: the
// heappush and heappop of tuples of trace/record_heapq.go, wasm functions
// built by wasmgen.BuildHeapSiftModule that sift the list's storage in
// linear memory and fall back to the tuple host helpers of
// runtime_heapq.go (so the host module must be instantiated first). Trace
// modules import them from wasmgen.HeapSiftModule(runtimeModule).

package jit

import (
	"fmt"

	"github.com/tetratelabs/wazero"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/wasmgen"
)

// heapSiftLayout is the vm's layout as the heap sift reads it.
func heapSiftLayout() wasmgen.HeapSiftLayout {
	return wasmgen.HeapSiftLayout{
		ListStorageOff: vm.JITListStorageOff,
		ListLenOff:     vm.JITListLenOff,
		ItemsOff:       vm.JITItemsOff,
		CountOff:       vm.JITHeaderSlotsOff,
		TagInt:         gc.TagInt,
		TagTuple:       vm.JITTagTuple,
	}
}

// needHeapSift instantiates the heap sift module, once, when the compiled
// trace module cm imports from it (only programs that trace a heappush or
// heappop of tuples pay its compile).
func (w *wasmRuntime) needHeapSift(cm wazero.CompiledModule) error {
	name := wasmgen.HeapSiftModule(runtimeModule)
	if w.r.Module(name) != nil {
		return nil
	}
	for _, f := range cm.ImportedFunctions() {
		if mod, _, _ := f.Import(); mod != name {
			continue
		}
		bin, err := wasmgen.BuildHeapSiftModule(name, gc.ModuleName, gc.MemoryName, siftHostModule, heapSiftLayout(), wasmgen.HeapSiftNames{
			Push: trace.HeapSiftPush.Name, PushHost: trace.HeapSiftHost(trace.HeapSiftPush).Name,
			Pop: trace.HeapSiftPop.Name, PopHost: trace.HeapSiftHost(trace.HeapSiftPop).Name,
		})
		if err != nil {
			return fmt.Errorf("jit: building the heap sift module: %w", err)
		}
		if err := w.instantiateBin(bin, name); err != nil { // runtime_lazyhost.go
			return fmt.Errorf("jit: instantiating the heap sift module: %w", err)
		}
		return nil
	}
	return nil
}
