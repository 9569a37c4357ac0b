// runtime.go sets up the wasm side the traces link against, inside the
// heap's wazero runtime: a module (built with wasmgen) that defines the
// shared funcref table and exports enter(slot, frame, budget), which
// call_indirects the trace installed in a slot, and clear(slot), which
// nulls a slot before its module is closed; and the runtime functions a
// trace may import (float % and //, which wasm has no instruction for, and
// the helpers), each a host module of its own, instantiated when a module
// first imports it (runtime_lazyhost.go). Go holds one api.Function for
// enter: traces never call back into Python, so it is never re-entered.

package jit

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/wasmgen"
)

// Names of the modules the runtime instantiates.
const (
	tableModule   = "hotloop_jit"
	tableName     = "table"
	runtimeModule = "hotloop_rt"
)

// zeroReader is the fixed rand source of every trace module's config
// (BRIEF.md §2: seeding math/rand dominates instantiation otherwise).
type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// wasmRuntime is the linked side of the JIT.
type wasmRuntime struct {
	ctx    context.Context
	r      wazero.Runtime
	enter  api.Function
	clear  api.Function
	config wazero.ModuleConfig
	stack  []uint64
	heap   *gc.Heap
	// dictLookup answers the dict.get helpers (trace.DictGetHelpers);
	// set by the JIT once it knows the VM.
	dictLookup func(d gc.Ref, key gc.Value) (v gc.Value, found, ok bool)
	// compiled is Config.Compiled: told the bytes of each module loaded.
	compiled func(wasm []byte)
	// hostVM answers the host helpers (runtime_host.go); set by the JIT
	// once it knows the VM.
	hostVM *vm.VM
	// callout runs a trace's residual call (callout.go); set by the JIT.
	callout func(code, pc int) bool
	alloc   allocHelpers // the list and deque helpers' VM (runtime_alloc.go)
	// probesReady: the wasm helper module is instantiated (runtime_setprobe.go).
	probesReady bool
	// hostDefs are the host functions by name, hostUp the host modules
	// instantiated (runtime_lazyhost.go).
	hostDefs map[string]hostDef
	hostUp   map[string]bool
	// defineHost defines hostDefs (once, at the first host import).
	defineHost func() error
	// tableSize is the table's size; installers the installer module of
	// each slot-free trace module (slotfree.go).
	tableSize  int
	installers map[api.Module]api.Module
	kept       []wazero.CompiledModule // slot-free modules released last, still compiled (keepCompiled)
	// openBytes counts the open compiled slot-free modules by the hash of
	// their bytes (openSum: each one's); shared counts the slot-free
	// modules loaded while one of the same bytes was open (slotfree.go).
	openBytes map[[32]byte]int
	openSum   map[wazero.CompiledModule][32]byte
	shared    int64
}

func newWasmRuntime(heap *gc.Heap, tableSize int, pow func(x, y float64) (float64, bool)) (*wasmRuntime, error) {
	ctx := context.Background()
	rt, err := heap.CompilerRuntime(ctx)
	if err != nil {
		return nil, fmt.Errorf("jit: %w", err)
	}
	w := &wasmRuntime{ctx: ctx, r: rt, stack: make([]uint64, 3), heap: heap, tableSize: tableSize}
	w.config = wazero.NewModuleConfig().WithRandSource(zeroReader{}).WithStartFunctions()

	m := wasmgen.NewModule()
	m.Name = tableModule
	tbl := m.Table(wasmgen.Limits{Min: uint32(tableSize)})
	m.ExportTable(tableName, tbl)
	sig := wasmgen.Sig([]wasmgen.ValType{wasmgen.I32, wasmgen.I32}, wasmgen.I32)
	enter := m.NewFunc("enter", wasmgen.Sig([]wasmgen.ValType{wasmgen.I32, wasmgen.I32, wasmgen.I32}, wasmgen.I32))
	enter.LocalGet(1)
	enter.LocalGet(2)
	enter.LocalGet(0)
	enter.CallIndirect(m.Type(sig), tbl)
	m.ExportFunc("enter", enter.Index())
	clr := m.NewFunc("clear", wasmgen.Sig([]wasmgen.ValType{wasmgen.I32}))
	clr.LocalGet(0)
	clr.TableSetNull(tbl)
	m.ExportFunc("clear", clr.Index())
	bin, err := m.Bytes()
	if err != nil {
		return nil, fmt.Errorf("jit: building the table module: %w", err)
	}
	mod, err := w.r.InstantiateWithConfig(ctx, bin, w.config.WithName(tableModule))
	if err != nil {
		return nil, fmt.Errorf("jit: instantiating the table module: %w", err)
	}
	w.enter, w.clear = mod.ExportedFunction("enter"), mod.ExportedFunction("clear")
	w.defineHost = func() error { return w.defineHostFuncs(heap, pow) } // runtime_lazyhost.go: at the first import
	return w, nil
}

// defineHostFuncs defines the runtime's host functions (hostDefs), which
// needHost instantiates when a module imports them.
func (w *wasmRuntime) defineHostFuncs(heap *gc.Heap, pow func(x, y float64) (float64, bool)) error {
	f64 := api.ValueTypeF64
	rec := newHostRecorder()
	var b wazero.HostModuleBuilder = rec
	b = b.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(func(_ context.Context, _ api.Module, s []uint64) {
		v, _ := ir.FloatMod(math.Float64frombits(s[0]), math.Float64frombits(s[1]))
		s[0] = math.Float64bits(v)
	}), []api.ValueType{f64, f64}, []api.ValueType{f64}).Export(wasmgen.RuntimeFMod).
		NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(func(_ context.Context, _ api.Module, s []uint64) {
		v, _, _ := ir.FloatDivmod(math.Float64frombits(s[0]), math.Float64frombits(s[1]))
		s[0] = math.Float64bits(v)
	}), []api.ValueType{f64, f64}, []api.ValueType{f64}).Export(wasmgen.RuntimeFFloorDiv).
		NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(func(_ context.Context, _ api.Module, s []uint64) {
		// alloc(size, kind, nvals): the raw bytes are what the size leaves.
		size, kind, nvals := int(uint32(s[0])), gc.Kind(uint32(s[1])), int(uint32(s[2]))
		ref, err := heap.Alloc(kind, nvals, size-gc.HeaderSize-nvals*gc.ValueSize)
		if err != nil {
			panic(fmt.Sprintf("jit: allocation in a trace: %v", err))
		}
		s[0] = uint64(ref)
	}), []api.ValueType{api.ValueTypeI32, api.ValueTypeI32, api.ValueTypeI32}, []api.ValueType{api.ValueTypeI32}).Export(wasmgen.RuntimeAlloc).
		NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(func(_ context.Context, _ api.Module, s []uint64) {
		r, ok := pow(math.Float64frombits(s[0]), math.Float64frombits(s[1]))
		s[0], s[1] = math.Float64bits(r), 0
		if ok {
			s[1] = 1
		}
	}), []api.ValueType{f64, f64}, []api.ValueType{f64, api.ValueTypeI32}).Export(trace.FloatPowHelper.Name)
	for _, h := range trace.DictGetHelpers {
		b = w.addDictGetHelper(b, h)
	}
	b = w.addHostHelpers(b)   // runtime_host.go
	b = w.addRandomHelpers(b) // runtime_random.go
	b = w.addAllocHelpers(b)  // runtime_alloc.go
	b = w.addCalloutHelper(b) // callout.go
	b = w.addHeapqHelpers(b)  // runtime_heapq.go
	if rec.err != nil {
		return fmt.Errorf("jit: defining the runtime host functions: %w", rec.err)
	}
	w.hostDefs = rec.defs
	return nil
}

// load compiles and instantiates a trace module.
func (w *wasmRuntime) load(name string, bin []byte) (wazero.CompiledModule, api.Module, error) {
	cm, err := w.r.CompileModule(w.ctx, bin)
	if err != nil {
		return nil, nil, fmt.Errorf("compiling %s: %w", name, err)
	}
	mod, err := w.instantiate(cm, name) // runtime_setprobe.go
	if err != nil {
		_ = cm.Close(w.ctx)
		return nil, nil, fmt.Errorf("instantiating %s: %w", name, err)
	}
	if w.compiled != nil {
		w.compiled(bin)
	}
	return cm, mod, nil
}

// run enters the trace in slot with the frame's register base and a
// budget of loop iterations, and returns its exit number.
func (w *wasmRuntime) run(slot int32, frame uint32, budget int32) (uint32, error) {
	s := w.stack[:3]
	s[0], s[1], s[2] = api.EncodeI32(slot), api.EncodeI32(int32(frame)), api.EncodeI32(budget)
	if err := w.enter.CallWithStack(w.ctx, s); err != nil {
		return 0, err
	}
	return uint32(s[0]), nil
}

// release nulls slot and closes the module behind it.
func (w *wasmRuntime) release(slot int32, cm wazero.CompiledModule, mod api.Module) {
	s := w.stack[:1]
	s[0] = api.EncodeI32(slot)
	_ = w.clear.CallWithStack(w.ctx, s)
	w.closeTrace(cm, mod) // slotfree.go
}

// heapBytes is the heap's linear memory.
func (w *wasmRuntime) heapBytes() []byte { return w.heap.Bytes() }

// addDictGetHelper adds the host function of one dict.get helper: the
// lookup of its key (an int payload or a str pointer) in the dict, and as
// its result the value's tag (gc.TagEmpty when absent), pointer or int
// payload, with ok 0 when the lookup needs Python code.
func (w *wasmRuntime) addDictGetHelper(b wazero.HostModuleBuilder, h ir.HelperSig) wazero.HostModuleBuilder {
	strKey := h.Args[1] == ir.Ptr
	result := h.Result
	tagOnly := strings.HasSuffix(h.Name, "_tag")
	fn := func(_ context.Context, _ api.Module, s []uint64) {
		key := gc.Int(int64(s[1]))
		if strKey {
			key = gc.MakeValue(vm.JITTagStr, uint64(uint32(s[1])))
		}
		v, found, ok := gc.Value{}, false, false
		if w.dictLookup != nil {
			v, found, ok = w.dictLookup(gc.Ref(uint32(s[0])), key)
		}
		s[0], s[1] = 0, 0
		if !ok {
			return
		}
		s[1] = 1
		switch {
		case tagOnly && !found:
			s[0] = uint64(gc.TagEmpty)
		case tagOnly:
			s[0] = uint64(v.Tag())
		case found && result == ir.Ptr:
			s[0] = uint64(uint32(v.Ref()))
		case found:
			s[0] = v.Bits()
		}
	}
	keyType := api.ValueTypeI64
	if strKey {
		keyType = api.ValueTypeI32
	}
	resType := api.ValueTypeI64
	if result == ir.Ptr {
		resType = api.ValueTypeI32
	}
	return b.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(fn),
		[]api.ValueType{api.ValueTypeI32, keyType}, []api.ValueType{resType, api.ValueTypeI32}).Export(h.Name)
}
