// runtime_setprobe.go instantiates the runtime's wasm helper module: the
// dict and set probes of trace/record_setprobe.go, wasm functions built by
// wasmgen.BuildDictProbeModule that read the index the vm keeps in linear
// memory and fall back to the host helpers of runtime_host.go (so the
// host module must be instantiated first). Trace modules import them from
// wasmgen.WasmHelperModule(runtimeModule).

package jit

import (
	"fmt"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/wasmgen"
)

// dictProbeLayout is the vm's layout as the wasm probes read it.
func dictProbeLayout() wasmgen.DictProbeLayout {
	return wasmgen.DictProbeLayout{
		StorageOff:  vm.JITDictStorageOff,
		IdxHdrBytes: vm.JITDictIdxHdrBytes,
		StrHashOff:  vm.JITStrHashOff,
		StrLenOff:   vm.JITStrLenOff,
		StrTextOff:  vm.JITStrTextOff,
		TagInt:      gc.TagInt,
		TagStr:      vm.JITTagStr,
		IntNever:    vm.JITProbeIntNever,
		StrNever:    vm.JITProbeStrNever,
		HashMul:     vm.JITDictTagMul,
	}
}

// instantiateDictProbes builds and instantiates the wasm helper module.
func (w *wasmRuntime) instantiateDictProbes() error {
	name := wasmgen.WasmHelperModule(runtimeModule)
	bin, err := wasmgen.BuildDictProbeModule(name, gc.ModuleName, gc.MemoryName, probeHostModule, dictProbeLayout(), wasmgen.DictProbeNames{
		Int: trace.DictProbeIntKey.Name, IntHost: trace.DictProbeHost(trace.DictProbeIntKey).Name,
		Str: trace.DictProbeStrKey.Name, StrHost: trace.DictProbeHost(trace.DictProbeStrKey).Name,
	})
	if err != nil {
		return fmt.Errorf("jit: building the wasm helper module: %w", err)
	}
	if err := w.instantiateBin(bin, name); err != nil { // runtime_lazyhost.go
		return fmt.Errorf("jit: instantiating the wasm helper module: %w", err)
	}
	return nil
}

// needDictProbes instantiates the wasm helper module, once, when the
// compiled trace module cm imports from it: most programs never trace a
// set or dict probe, and its compile costs more than the rest of the
// runtime's set-up (some 1.5 ms of CPU).
func (w *wasmRuntime) needDictProbes(cm wazero.CompiledModule) error {
	if w.probesReady {
		return nil
	}
	name := wasmgen.WasmHelperModule(runtimeModule)
	for _, f := range cm.ImportedFunctions() {
		if mod, _, _ := f.Import(); mod == name {
			if err := w.instantiateDictProbes(); err != nil {
				return err
			}
			w.probesReady = true
			return nil
		}
	}
	return nil
}

// instantiate instantiates the compiled trace module cm as name, with the
// wasm helper module first when it needs it.
func (w *wasmRuntime) instantiate(cm wazero.CompiledModule, name string) (api.Module, error) {
	if err := w.needHost(cm); err != nil { // runtime_lazyhost.go
		return nil, err
	}
	if err := w.needDictProbes(cm); err != nil {
		return nil, err
	}
	if err := w.needHeapSift(cm); err != nil { // runtime_heapsift.go
		return nil, err
	}
	return w.r.InstantiateModule(w.ctx, cm, w.config.WithName(name))
}
