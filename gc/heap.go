// heap.go holds the Heap: the wazero runtime and the tiny module that
// defines the shared memory, the fixed layout of that memory (control block,
// object header), and the accessors Go code uses to read and write objects.

package gc

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"syscall"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// Names under which the heap module exports the memory: a trace module
// imports it as (import "hotloop" "heap" (memory 0)).
const (
	ModuleName = "hotloop"
	MemoryName = "heap"
)

// Sizes of the memory, in 64 KiB wasm pages.
const (
	PageSize = 65536
	// MaxPages is the largest memory: 65,536 pages would be 4 GiB, which
	// wazero v1.12.0 accepts but then traps on every access.
	MaxPages = 65535
)

// The fixed layout of linear memory. Offsets below HeapStart are never
// objects. [0, 16) is the null word and stays zero. The control block holds
// the allocator state that a trace needs to allocate inline and to poll for
// a collection (docs/heap.md gives the protocol). [RuntimeAreaStart,
// HeapStart) belongs to the vm and the JIT for words at fixed addresses,
// such as the interrupt flag.
const (
	CtlBudget        = 16  // int64: bytes left to allocate before a safepoint collects
	CtlTop           = 24  // uint32: bump pointer, end of the last block
	CtlEnd           = 28  // uint32: end of the memory blocks may use (the accessible memory less TailSlack)
	CtlNonEmpty      = 32  // uint64: bit c set if class c's free list may be non-empty
	CtlLargeHead     = 40  // uint32: first block of the large free list
	CtlFresh         = 44  // uint32: memory from here on was never written (zero)
	CtlFreeHeads     = 64  // [64]uint32: free-list head of each small size class
	RuntimeAreaStart = 512 // first byte the runtime may use at a fixed address
	HeapStart        = 4096
	// TailSlack is how many bytes at the end of the accessible memory no
	// block ever uses, so that compiled code may read up to TailSlack
	// bytes past any object's start without leaving the memory (wasmgen's
	// bound touches, boundtouch.go).
	TailSlack = 4096
)

// The object header, 16 bytes at the object's Ref, followed by NumValues
// values and then raw bytes the collector never reads.
const (
	HeaderSize   = 16
	ValueSize    = 16
	HdrBlockSize = 0  // uint32: block size in bytes, header included
	HdrKind      = 4  // uint8: the vm's kind of object
	HdrFlags     = 5  // uint8: flagMark, flagFree, flagSide
	HdrNumVals   = 8  // uint32: value slots the collector scans
	HdrAux       = 12 // uint32: side-table handle if flagSide; free-list link if flagFree
	blockAlign   = 16
	minBlock     = HeaderSize + ValueSize
	flagMark     = 1
	flagFree     = 2
	flagSide     = 4
	smallMax     = 1024 // the largest small block; class c holds blocks of 16(c+1) bytes
	numClasses   = smallMax / blockAlign
	defaultInit  = 16 // pages
	growMin      = 16 // pages
)

// processStart is the wall clock's reading when the package was loaded,
// for cpuNow's fallback.
var processStart = time.Now()

// Kind is the vm's classification of an object, kept in its header for the
// vm's and the traces' type checks. gc gives no kind a meaning.
type Kind uint8

// ErrOutOfMemory is returned by Alloc when the memory cannot grow enough:
// the vm raises it as MemoryError.
var ErrOutOfMemory = errors.New("gc: out of memory")

// Config tunes a Heap. The zero Config is usable.
type Config struct {
	// InitialPages is the memory's size at start (default 16 pages).
	InitialPages uint32
	// LimitPages caps the memory (default and maximum MaxPages); tests
	// lower it to reach out-of-memory quickly.
	LimitPages uint32
	// GrowthFactor lets the heap reach GrowthFactor times the bytes live
	// after a collection before MaybeCollect collects again (default 2).
	GrowthFactor float64
	// FixedGrowth keeps the budget at GrowthFactor-1 times the live bytes
	// even when collections are cheap (setTrigger halves it then); tests
	// that count collections set it.
	FixedGrowth bool
	// MinTrigger is the fewest bytes allocated between collections
	// (default 4 MiB), so that small heaps are not collected constantly.
	MinTrigger uint64
	// Stress makes every MaybeCollect collect. The caller sets it from the
	// environment (HOTLOOP_GCSTRESS=1); gc reads no environment.
	Stress bool
	// Poison fills the bytes of every block the sweep frees with 0xdb, so
	// that Go code still reading a dead object (a string view of a freed
	// str) sees garbage at once instead of by chance. The vm sets it with
	// Stress; it costs one memset per freed block.
	Poison bool
	// CodeCache, when not nil, is where wazero keeps the machine code it
	// compiles for trace modules across runs (jit/codecache); it is the
	// compiler runtime's (CompilerRuntime).
	CodeCache wazero.CompilationCache
}

// Heap is the shared heap: one wasm memory, its allocator and collector,
// roots and side tables. A Heap is not safe for concurrent use.
type Heap struct {
	cfg     Config
	runtime wazero.Runtime // the interpreter engine's: defines the memory, compiles nothing
	memory  api.Memory
	res     *reservation
	mem     []byte // Go's view of the accessible memory; same bytes as wasm's

	// compiler is the runtime with wazero's compiler engine, made at the
	// first CompilerRuntime call, and compilerMemory its instance of the
	// memory (the same bytes). growMu guards both, and the growth of the
	// memory (grow), since CompilerRuntime may run on another goroutine.
	growMu         sync.Mutex
	compiler       wazero.Runtime
	compilerMemory api.Memory

	roots     Roots
	rootStack []Value
	permanent []Value
	marker    Marker
	markStack []Ref

	pageSize  uint32    // the kernel's page size: the unit of releasing free memory
	freeRuns  []freeRun // the last sweep's free runs of at least releaseMin bytes, in address order
	smallFree uint64    // the last sweep's bytes in smaller free runs

	lastEnd time.Duration // cpuNow when the last collection ended (before the first: when the heap was made)
	gcShare float64       // estimated share of time spent collecting at the full budget
	lean    bool          // the budget is halved because collecting is cheap (setTrigger)

	trigger uint64 // the budget set at the last collection
	exempt  uint64 // live bytes that do not count towards the trigger (ExemptFromTrigger)

	side     []any    // side-table entries, indexed by handle
	sideFree []uint32 // handles free for reuse

	stats Stats
}

// New reserves the address space, starts a wazero runtime with the
// interpreter engine and instantiates the module that defines the memory.
// Nothing runs wasm code in that runtime: the JIT compiles its modules in
// the compiler runtime, made when it first compiles (CompilerRuntime).
func New(ctx context.Context, cfg Config) (*Heap, error) {
	if cfg.LimitPages == 0 || cfg.LimitPages > MaxPages {
		cfg.LimitPages = MaxPages
	}
	if cfg.InitialPages == 0 {
		cfg.InitialPages = defaultInit
	}
	if cfg.InitialPages > cfg.LimitPages {
		cfg.InitialPages = cfg.LimitPages
	}
	if cfg.GrowthFactor <= 1 {
		cfg.GrowthFactor = 2
	}
	if cfg.MinTrigger == 0 {
		cfg.MinTrigger = 4 << 20
	}
	res, err := reserve(1 << 32)
	if err != nil {
		return nil, err
	}
	h := &Heap{cfg: cfg, res: res, pageSize: uint32(syscall.Getpagesize())}
	h.marker.h = h
	h.runtime = wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigInterpreter().WithCoreFeatures(coreFeatures))
	h.memory, err = defineMemory(ctx, h.runtime, res, cfg.InitialPages)
	if err != nil {
		_ = h.Close(ctx)
		return nil, err
	}
	h.mem = res.all[:res.committed:res.committed]
	h.lastEnd = cpuNow()
	h.gcShare = 1 // unknown until the first collection: the full budget
	h.setU32(CtlTop, HeapStart)
	h.setU32(CtlFresh, HeapStart)
	h.setU32(CtlEnd, uint32(len(h.mem))-TailSlack)
	h.setTrigger(0)
	return h, nil
}

// coreFeatures are the wasm features of both runtimes. Tail calls: the
// JIT's trace modules restart with return_call (wasmgen.CoreFeatures; gc
// does not import wasmgen).
const coreFeatures = api.CoreFeaturesV2 | experimental.CoreFeaturesTailCall

// defineMemory instantiates, in rt, the module that defines the memory
// over the reservation's bytes, with the given size in pages, and makes
// wazero forget the allocator (forgetAllocator).
func defineMemory(ctx context.Context, rt wazero.Runtime, res *reservation, pages uint32) (api.Memory, error) {
	actx := experimental.WithMemoryAllocator(ctx, experimental.MemoryAllocatorFunc(
		func(_, _ uint64) experimental.LinearMemory { return res }))
	mod, err := rt.InstantiateWithConfig(actx, memoryModule(pages),
		wazero.NewModuleConfig().WithName(ModuleName))
	if err != nil {
		return nil, fmt.Errorf("gc: instantiating the heap module: %w", err)
	}
	mem := mod.ExportedMemory(MemoryName)
	if mem == nil || uint64(mem.Size()) != uint64(pages)*PageSize {
		return nil, errors.New("gc: the heap module's memory is not the reserved one")
	}
	if err := forgetAllocator(ctx, rt); err != nil {
		return nil, err
	}
	return mem, nil
}

// memoryModule returns the binary of a module that defines and exports the
// memory, with the given initial size and a maximum of MaxPages.
func memoryModule(initial uint32) []byte {
	var mem []byte
	mem = append(mem, 1, 1) // one memory, with a maximum
	mem = binary.AppendUvarint(mem, uint64(initial))
	mem = binary.AppendUvarint(mem, MaxPages)
	exp := append([]byte{1, byte(len(MemoryName))}, MemoryName...)
	exp = append(exp, 2, 0) // export kind memory, index 0
	b := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	b = append(append(b, 5, byte(len(mem))), mem...)
	return append(append(b, 7, byte(len(exp))), exp...)
}

// forgetAllocator instantiates a module that only imports the memory and
// closes it at once, before the memory has ever grown. Closing an importer
// makes wazero v1.12.0 forget the heap's allocator (Heap.grow), and its
// MemoryInstance.Grow then has three paths: through the allocator
// (Reallocate), which the heap no longer needs because grow commits pages
// itself; by appending zeros to the buffer, when the new size passes what
// wazero believes is the buffer's capacity; or by reslicing the buffer, when
// it does not. wazero takes its idea of the capacity from the buffer's at
// creation (the whole reservation: Reallocate) but lowers it to the new size
// at every growth through the allocator. Forgetting the allocator before
// any growth leaves it at the whole reservation, so every later growth
// reslices and writes nothing. Otherwise the first growth after the JIT
// closed a trace module appended zeros over every new page, all of them
// resident until grow discarded them: bfs_deque's peak RSS carried that
// transient (docs/memory.md, session 28).
func forgetAllocator(ctx context.Context, rt wazero.Runtime) error {
	mod, err := rt.InstantiateWithConfig(ctx, importerModule(),
		wazero.NewModuleConfig().WithName(ModuleName+".importer"))
	if err != nil {
		return fmt.Errorf("gc: instantiating the heap's importer: %w", err)
	}
	if err := mod.Close(ctx); err != nil {
		return fmt.Errorf("gc: closing the heap's importer: %w", err)
	}
	return nil
}

// importerModule returns the binary of a module whose only content is the
// import of the heap's memory, with a minimum of 0 pages and no maximum.
func importerModule() []byte {
	imp := []byte{1, byte(len(ModuleName))} // one import
	imp = append(imp, ModuleName...)
	imp = append(imp, byte(len(MemoryName)))
	imp = append(imp, MemoryName...)
	imp = append(imp, 2, 0, 0) // kind memory, limits without a maximum, minimum 0
	b := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	return append(append(b, 2, byte(len(imp))), imp...)
}

// Close stops the runtimes, with every module in them, and unmaps the
// memory. Nothing may use the heap, its memory or a view of it afterwards.
func (h *Heap) Close(ctx context.Context) error {
	var err error
	if h.runtime != nil {
		err = h.runtime.Close(ctx)
		h.runtime = nil
	}
	h.growMu.Lock()
	defer h.growMu.Unlock()
	if h.compiler != nil {
		err = errors.Join(err, h.compiler.Close(ctx))
		h.compiler, h.compilerMemory = nil, nil
	}
	h.mem, h.memory = nil, nil
	return errors.Join(err, h.res.release())
}

// Runtime returns the wazero runtime that defines the memory, with the
// interpreter engine; the JIT's modules go in CompilerRuntime's.
func (h *Heap) Runtime() wazero.Runtime { return h.runtime }

// Memory returns the wasm memory. Grow it only through the Heap.
func (h *Heap) Memory() api.Memory { return h.memory }

// Bytes returns Go's view of the accessible memory: the same bytes wasm
// code sees. Its base never moves, but it grows: take it again after any
// allocation to see new pages.
func (h *Heap) Bytes() []byte { return h.mem }

// Load returns the value stored at offset off.
func (h *Heap) Load(off uint32) Value {
	b := h.mem[off : off+ValueSize]
	return Value{Tag(binary.LittleEndian.Uint64(b)), binary.LittleEndian.Uint64(b[8:])}
}

// Store writes v at offset off.
func (h *Heap) Store(off uint32, v Value) {
	b := h.mem[off : off+ValueSize]
	binary.LittleEndian.PutUint64(b, uint64(v.tag))
	binary.LittleEndian.PutUint64(b[8:], v.bits)
}

// Kind returns the kind the object r was allocated with.
func (h *Heap) Kind(r Ref) Kind { return Kind(h.mem[r+HdrKind]) }

// NumValues returns the number of value slots of r.
func (h *Heap) NumValues(r Ref) int { return int(h.u32(uint32(r) + HdrNumVals)) }

// Slot returns value slot i of r. It panics if i is out of range.
func (h *Heap) Slot(r Ref, i int) Value { return h.Load(h.slotOffset(r, i)) }

// SetSlot stores v in value slot i of r. It panics if i is out of range.
func (h *Heap) SetSlot(r Ref, i int, v Value) { h.Store(h.slotOffset(r, i), v) }

func (h *Heap) slotOffset(r Ref, i int) uint32 {
	if uint(i) >= uint(h.NumValues(r)) {
		panic(fmt.Sprintf("gc: slot %d of an object with %d slots", i, h.NumValues(r)))
	}
	return uint32(r) + HeaderSize + uint32(i)*ValueSize
}

// Raw returns r's raw bytes, which follow its value slots. The slice stays
// valid as long as r does; it is at least as long as asked at allocation,
// often a little longer.
func (h *Heap) Raw(r Ref) []byte {
	start := uint32(r) + HeaderSize + uint32(h.NumValues(r))*ValueSize
	end := uint32(r) + h.u32(uint32(r)+HdrBlockSize)
	return h.mem[start:end:end]
}

// SetSide attaches a Go value to r, replacing any earlier one. The entry is
// dropped when a collection frees r.
func (h *Heap) SetSide(r Ref, x any) {
	f := &h.mem[r+HdrFlags]
	if *f&flagSide != 0 {
		h.side[h.u32(uint32(r)+HdrAux)] = x
		return
	}
	var hd uint32
	if n := len(h.sideFree); n > 0 {
		hd = h.sideFree[n-1]
		h.sideFree = h.sideFree[:n-1]
		h.side[hd] = x
	} else {
		hd = uint32(len(h.side))
		h.side = append(h.side, x)
	}
	*f |= flagSide
	h.setU32(uint32(r)+HdrAux, hd)
}

// Side returns the Go value attached to r, or nil.
func (h *Heap) Side(r Ref) any {
	if h.mem[r+HdrFlags]&flagSide == 0 {
		return nil
	}
	return h.side[h.u32(uint32(r)+HdrAux)]
}

// freeSide drops side-table entry hd and makes the handle reusable.
func (h *Heap) freeSide(hd uint32) {
	h.side[hd] = nil
	h.sideFree = append(h.sideFree, hd)
}

// Stats are the heap's counters.
type Stats struct {
	TotalAlloc  uint64        // bytes allocated since the heap was made, headers and rounding included
	SinceGC     uint64        // bytes allocated since the last collection
	LiveAfterGC uint64        // bytes in blocks that survived the last collection
	LiveObjects uint64        // objects that survived the last collection
	SideEntries int           // side-table entries in use
	Collections uint64        // collections so far
	PauseTotal  time.Duration // time spent collecting
	PauseLast   time.Duration // the last collection's pause
	PauseMax    time.Duration // the longest pause
	Pages       uint32        // pages of memory accessible now
	LimitPages  uint32        // pages the memory may grow to
	// MaxLiveAfterGC is the largest LiveAfterGC so far.
	MaxLiveAfterGC uint64
	// Written is how many bytes of the memory were ever written (the
	// rest is untouched, so not resident): the memory's high-water mark.
	Written uint64
	// Released is how many bytes of free memory the last collection
	// handed back to the kernel (ReleasedTotal: all collections).
	Released, ReleasedTotal uint64
}

// Stats returns the heap's counters.
func (h *Heap) Stats() Stats {
	s := h.stats
	s.SinceGC = h.trigger - h.u64(CtlBudget)
	s.TotalAlloc += s.SinceGC
	s.SideEntries = len(h.side) - len(h.sideFree)
	s.Pages = uint32(len(h.mem) / PageSize)
	s.LimitPages = h.cfg.LimitPages
	s.Written = uint64(h.u32(CtlFresh))
	return s
}

func (h *Heap) u32(off uint32) uint32 { return binary.LittleEndian.Uint32(h.mem[off:]) }
func (h *Heap) u64(off uint32) uint64 { return binary.LittleEndian.Uint64(h.mem[off:]) }
func (h *Heap) setU32(off, v uint32)  { binary.LittleEndian.PutUint32(h.mem[off:], v) }
func (h *Heap) setU64(off uint32, v uint64) {
	binary.LittleEndian.PutUint64(h.mem[off:], v)
}

func le64(b []byte) uint64 { return binary.LittleEndian.Uint64(b) }
