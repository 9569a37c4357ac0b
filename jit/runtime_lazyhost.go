// runtime_lazyhost.go instantiates the runtime's host functions when a
// module first imports them, not at the runtime's set-up. wazero compiles
// a Go trampoline for every function of a host module (about 11 µs each,
// plus some 55 µs per module), and the runtime defines about a hundred
// (the float helpers, dict.get, the host helpers of runtime_host.go, the
// random, list, heapq and callout helpers), so instantiating them all was
// most of the set-up's 1.4 ms of CPU, paid by every program that compiled
// anything, with or without a code cache (wazero never caches host
// modules), while a program's traces import a handful at most. Each
// function now has a module of its own (hostModuleOf, given to the
// lowering as wasmgen.LowerConfig.HostModule), instantiated by needHost
// before the first module that imports it; the functions themselves are
// defined at the first such import (docs/jit.md "Fixed costs cut
// (session 19)").

package jit

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
)

// hostPrefix starts the name of every host module needHost instantiates.
const hostPrefix = runtimeModule + "."

// hostModuleOf is the import module of the host function named fn.
func hostModuleOf(fn string) string { return hostPrefix + fn }

// Host modules shared by two functions: the fallbacks the wasm helper
// module (runtime_setprobe.go) and the heap sift module
// (runtime_heapsift.go) import.
const (
	probeHostModule = hostPrefix + "probes"
	siftHostModule  = hostPrefix + "sift"
)

// hostDef is one host function as the runtime defines it.
type hostDef struct {
	fn              api.GoModuleFunction
	params, results []api.ValueType
}

// hostRecorder collects host function definitions through wazero's
// builder interfaces, so that the runtime's add...Helper(s) functions
// define them as for a real host module, and needHost instantiates them
// later. It is both the module and the function builder.
type hostRecorder struct {
	defs map[string]hostDef
	cur  hostDef
	err  error
}

func newHostRecorder() *hostRecorder { return &hostRecorder{defs: map[string]hostDef{}} }

// NewFunctionBuilder implements wazero.HostModuleBuilder.
func (r *hostRecorder) NewFunctionBuilder() wazero.HostFunctionBuilder {
	r.cur = hostDef{}
	return r
}

// Compile implements wazero.HostModuleBuilder; a recorder compiles nothing.
func (r *hostRecorder) Compile(context.Context) (wazero.CompiledModule, error) {
	return nil, errors.New("jit: host functions are instantiated by needHost")
}

// Instantiate implements wazero.HostModuleBuilder; a recorder
// instantiates nothing, and reports an unsupported definition.
func (r *hostRecorder) Instantiate(context.Context) (api.Module, error) {
	if r.err != nil {
		return nil, r.err
	}
	return nil, errors.New("jit: host functions are instantiated by needHost")
}

// WithGoFunction implements wazero.HostFunctionBuilder.
func (r *hostRecorder) WithGoFunction(fn api.GoFunction, params, results []api.ValueType) wazero.HostFunctionBuilder {
	r.cur = hostDef{fn: api.GoModuleFunc(func(ctx context.Context, _ api.Module, s []uint64) { fn.Call(ctx, s) }), params: params, results: results}
	return r
}

// WithGoModuleFunction implements wazero.HostFunctionBuilder.
func (r *hostRecorder) WithGoModuleFunction(fn api.GoModuleFunction, params, results []api.ValueType) wazero.HostFunctionBuilder {
	r.cur = hostDef{fn: fn, params: params, results: results}
	return r
}

// WithFunc implements wazero.HostFunctionBuilder; the runtime does not
// use reflected functions.
func (r *hostRecorder) WithFunc(interface{}) wazero.HostFunctionBuilder {
	r.err = errors.New("jit: a host function defined with WithFunc")
	return r
}

// WithName implements wazero.HostFunctionBuilder (names are the exports').
func (r *hostRecorder) WithName(string) wazero.HostFunctionBuilder { return r }

// WithParameterNames implements wazero.HostFunctionBuilder.
func (r *hostRecorder) WithParameterNames(...string) wazero.HostFunctionBuilder { return r }

// WithResultNames implements wazero.HostFunctionBuilder.
func (r *hostRecorder) WithResultNames(...string) wazero.HostFunctionBuilder { return r }

// Export implements wazero.HostFunctionBuilder: the function is defined
// under name.
func (r *hostRecorder) Export(name string) wazero.HostModuleBuilder {
	if r.cur.fn == nil && r.err == nil {
		r.err = fmt.Errorf("jit: host function %s has no Go function", name)
	}
	r.defs[name] = r.cur
	return r
}

// needHost instantiates every host module that cm imports from and that
// is not instantiated yet, each with the functions cm imports from it.
func (w *wasmRuntime) needHost(cm wazero.CompiledModule) error {
	var want map[string][]string
	for _, f := range cm.ImportedFunctions() {
		mod, name, _ := f.Import()
		if !strings.HasPrefix(mod, hostPrefix) || w.hostUp[mod] {
			continue
		}
		if want == nil {
			want = map[string][]string{}
		}
		want[mod] = append(want[mod], name)
	}
	if len(want) > 0 && w.defineHost != nil {
		define := w.defineHost
		w.defineHost = nil
		if err := define(); err != nil {
			return err
		}
	}
	mods := make([]string, 0, len(want))
	for mod := range want {
		mods = append(mods, mod)
	}
	sort.Strings(mods) // a fixed order, whatever the map's
	for _, mod := range mods {
		if err := w.instantiateHost(mod, want[mod]); err != nil {
			return err
		}
	}
	return nil
}

// instantiateHost instantiates host module mod with the functions names.
func (w *wasmRuntime) instantiateHost(mod string, names []string) error {
	b := w.r.NewHostModuleBuilder(mod)
	for _, n := range names {
		d, ok := w.hostDefs[n]
		if !ok {
			return fmt.Errorf("jit: no host function %s (imported from %s)", n, mod)
		}
		b = b.NewFunctionBuilder().WithGoModuleFunction(d.fn, d.params, d.results).Export(n)
	}
	if _, err := b.Instantiate(w.ctx); err != nil {
		return fmt.Errorf("jit: instantiating host module %s: %w", mod, err)
	}
	if w.hostUp == nil {
		w.hostUp = map[string]bool{}
	}
	w.hostUp[mod] = true
	return nil
}

// instantiateBin compiles and instantiates a module of the runtime's own
// (the wasm helper and heap sift modules) with the host functions it
// imports.
func (w *wasmRuntime) instantiateBin(bin []byte, name string) error {
	cm, err := w.r.CompileModule(w.ctx, bin)
	if err != nil {
		return err
	}
	if err := w.needHost(cm); err != nil {
		_ = cm.Close(w.ctx)
		return err
	}
	if _, err := w.r.InstantiateModule(w.ctx, cm, w.config.WithName(name)); err != nil {
		_ = cm.Close(w.ctx)
		return err
	}
	return nil
}
