// vm.go holds the VM: the heap it owns, interned strings, the builtin types
// and module, the register stack and frame records, the collector's roots,
// buffered standard streams, and RunFile, which runs a module as __main__
// and reports an uncaught exception as CPython does.

package vm

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/modules/random"
	"github.com/hotloop/hotloop/vm/strfmt"
	"github.com/tetratelabs/wazero"
)

// Config configures a VM.
type Config struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	// Args is sys.argv.
	Args []string
	// GCStress collects at every safepoint (HOTLOOP_GCSTRESS=1).
	GCStress bool
	// Hook is the eval-loop hook (nil: none).
	Hook Hook
	// HookThreshold is the back-edge count at which a loop is reported hot.
	HookThreshold int
	// CatchInterrupt installs a SIGINT handler for the VM's lifetime:
	// Ctrl-C raises KeyboardInterrupt in the running code (interrupt.go).
	CatchInterrupt bool
	// TimeLimit, if positive, bounds RunFile's running time: past it every
	// back-edge and call raises SystemError, so the program ends (used by
	// the fuzz test to stop runaway programs).
	TimeLimit time.Duration
	// StdoutMode is how writes to sys.stdout reach Stdout: block buffered
	// (the default, as CPython for a file or pipe), line buffered (CPython
	// on a terminal) or unbuffered (python3 -u).
	StdoutMode BufferMode
	// Inspect (python3 -i) keeps the VM usable after RunFile for the
	// prompt that follows: an uncaught SystemExit is printed like any
	// exception instead of setting the exit code.
	Inspect bool
	// MainModule is set when the program runs as `-m NAME`: sys.path[0]
	// is then the current directory, and __package__ is MainPackage,
	// whose package is imported before the module's code runs (as runpy).
	MainModule  bool
	MainPackage string
	// CodeCache, when not nil, keeps compiled trace modules across runs
	// (the heap's compiler runtime uses it, gc.Heap.CompilerRuntime;
	// jit/codecache makes it).
	CodeCache wazero.CompilationCache
}

// BufferMode says when buffered output is flushed.
type BufferMode int

// Buffer modes of Config.StdoutMode.
const (
	BlockBuffered BufferMode = iota
	LineBuffered
	Unbuffered
)

// stackSize is the register stack's capacity in values.
const stackSize = 1 << 20

// VM is one Python interpreter instance. It is not safe for concurrent use.
type VM struct {
	// nanSerial numbers the NaNs made by float() (slots.go freshFloat).
	nanSerial uint64
	cfg       Config
	heap      *gc.Heap
	base      unsafe.Pointer // address of linear memory offset 0
	// bigScratch holds reusable big-int division temporaries (fastbig.go).
	bigScratch bigScratch
	// spareKeyCopy is the key and hash buffers the set operations
	// borrow (setkeycopy.go); nil while one has them.
	spareKeyCopy *keyCopy

	interned   map[string]gc.Value
	emptyStr   gc.Value
	charStrs   [128]gc.Value
	charTable  gc.Value // charStrs as a tuple in the heap, for traces (jitstr.go); made on first use
	emptyTuple gc.Value
	// listAppendFn is the builtin list.append, which CALLMETHOD calls
	// inline on an exact list (interp.go).
	listAppendFn gc.Value

	// the register stack: regs views the whole block
	stackRef gc.Ref
	regs     []gc.Value
	frames   []*[1 << frameChunkBits]frame // frame records in fixed chunks
	nframes  int

	// runDepth counts the active invocations of run: more than one means
	// Go code (a builtin calling back into Python, a generator being
	// resumed) sits between interpreter activations. Safepoints collect
	// only at depth 1, so Go code never needs to root the values it holds
	// across a call into Python.
	runDepth int

	codes    map[*bytecode.Code]*codeInfo
	codeList []*codeInfo // by codeInfo.id (function objects store the id)
	types    []*Type     // by the index in a type object's raw word

	builtins  gc.Value // builtins module dict
	mainDict  gc.Value
	sysModule gc.Value
	modules   gc.Value // sys.modules dict
	exc       gc.Value // the exception being raised (errRaised)
	handled   gc.Value // the exception being handled (sys.exc_info)
	recLimit  int
	// cLevels counts the open C recursion levels (crecursion.go).
	cLevels     int
	typeVersion uint64
	dictVerCtr  uint64

	stdin  *bufio.Reader // made on first use
	stdout *bufio.Writer
	stderr *bufio.Writer
	outV   gc.Value // sys.stdout object
	inV    gc.Value // sys.stdin object (the process's standard input)
	errV   gc.Value // sys.stderr object

	sources   map[string][]string
	scriptDir string      // directory of the main script (sys.path[0])
	imp       importState // the import system (imports.go)

	hook          Hook
	hookThreshold int
	steps         uint64 // instructions the interpreter has dispatched

	tagTypes map[gc.Tag]*Type
	// viewTypes are dict_keys, dict_values and dict_items (views.go).
	viewTypes [3]*Type
	iterTypes map[gc.Kind]*Type
	// strUIter is str_iterator, the type of an iterator over a non-ASCII
	// str (kindStrIter like the str_ascii_iterator of an ASCII one).
	strUIter *Type
	asyncT   *asyncTypes // coroutine and async generator types (async.go)
	excTypes map[string]*Type
	// fmtCache holds parsed str.format templates, fmtBuf the buffer
	// str.format renders into (fmtcache.go).
	fmtCache map[string]*strfmt.Template
	fmtBuf   []byte

	// builtin types
	tObject, tType, tInt, tBool, tFloat, tStr, tList, tTuple, tDict, tSet,
	tFrozenset, tNone, tRange, tFunc, tBuiltin, tMethod, tModule, tCell,
	tSlice, tProperty, tGetSet, tStaticMethod, tClassMethod, tSuper, tNotImpl, tEllipsis,
	tBaseException, tException, tStopIteration *Type
	tCode *Type // code objects (codeobj.go)
	// tTraceback and tFrame are the types of traceback and frame objects
	// (tbobj.go).
	tTraceback, tFrame *Type
	// tMember is the type of __slots__ member descriptors (member.go).
	tMember *Type
	// tMemoryView is the type of memoryview objects (memview.go).
	tMemoryView *Type

	// names used by the interpreter
	s                   map[string]gc.Value
	s__init__, s__new__ gc.Value
	// opDunder holds the interned __op__ name of each binary opcode,
	// filled on first use (fastcall.go binaryDunder).
	opDunder [256]gc.Value

	// rng is the random module's generator (made on import).
	rng *random.Random
	// rngState is the heap block holding rng's twister state (random.go).
	rngState gc.Value

	// lookupCache remembers MRO lookups (fastlookup.go).
	lookupCache *lookupCaches
	// tagTypeMemo caches tagTypes by tag (typeOf): an array index instead
	// of a map lookup. tagTypes only gains entries at start-up.
	tagTypeMemo [256]*Type
	// builtinKinds are the types of builtin functions (builtindescr.go).
	builtinKinds builtinKinds

	// shapes are the hidden classes of instance attributes (shape.go).
	shapes []*shape

	// yielded is set when run returns because a generator yielded.
	yielded bool
	// drain is the generator a builtin is draining (gendrain.go), or nil.
	drain *genDrain
	// ownedGens counts generators owned by a running for loop (gen.go):
	// while zero, unwinding skips looking for loops to close.
	ownedGens int
	// tGenericAlias is types.GenericAlias, made on first use (meta.go).
	tGenericAlias *Type
	// tUnionType is types.UnionType, made on first use (uniontype.go).
	tUnionType *Type

	// reprActive guards repr of recursive containers.
	reprActive map[gc.Value]bool

	exitCode int

	// intr is the Ctrl-C machinery (interrupt.go).
	intr   interruptState
	pyprof *pyProfiler // the --pyprof sampler, nil when not profiling
}

// errRaised is returned by every operation that raised a Python exception;
// the exception object is in VM.exc.
var errRaised = errors.New("python exception")

// New builds a VM: heap, builtin types, builtins module and sys.
func New(cfg Config) (*VM, error) {
	h, err := gc.New(context.Background(), gc.Config{Stress: cfg.GCStress, Poison: cfg.GCStress,
		CodeCache: cfg.CodeCache})
	if err != nil {
		return nil, err
	}
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Stderr == nil {
		cfg.Stderr = os.Stderr
	}
	vm := &VM{
		cfg:           cfg,
		heap:          h,
		base:          unsafe.Pointer(&h.Bytes()[0]),
		interned:      map[string]gc.Value{},
		codes:         map[*bytecode.Code]*codeInfo{},
		sources:       map[string][]string{},
		recLimit:      1000,
		tagTypes:      map[gc.Tag]*Type{},
		iterTypes:     map[gc.Kind]*Type{},
		excTypes:      map[string]*Type{},
		s:             map[string]gc.Value{},
		hook:          cfg.Hook,
		hookThreshold: cfg.HookThreshold,
		stdout:        bufio.NewWriterSize(cfg.Stdout, 1<<16),
		stderr:        bufio.NewWriterSize(cfg.Stderr, 1<<12),
	}
	if vm.hookThreshold <= 0 {
		vm.hookThreshold = 1039
	}
	vm.shapes = []*shape{nil, {index: map[string]int32{}, next: map[string]int32{}}}
	vm.emptyStr = vm.intern("")
	vm.s__init__, vm.s__new__ = vm.intern("__init__"), vm.intern("__new__")
	for i := range vm.charStrs {
		vm.charStrs[i] = vm.intern(string(rune(i)))
	}
	tr := vm.alloc(kindTuple, 0, 0)
	vm.emptyTuple = mkref(TagTuple, tr)
	h.AddPermanentRoot(vm.emptyTuple)
	// The register stack: raw bytes, scanned by MarkRoots up to the top.
	vm.stackRef = vm.alloc(kindRegStack, 0, stackSize*gc.ValueSize)
	h.AddPermanentRoot(mkref(TagStorage, vm.stackRef))
	h.ExemptFromTrigger(uint64(stackSize * gc.ValueSize))
	vm.regs = unsafe.Slice((*gc.Value)(unsafe.Add(vm.base, uintptr(vm.stackRef)+gc.HeaderSize)), stackSize)
	h.SetRoots(vm)
	vm.initInterrupt()
	vm.initTypes()
	vm.initBuiltins()
	vm.initEval()
	vm.initImports()
	return vm, nil
}

// Close releases the heap.
func (vm *VM) Close() error {
	vm.stopInterrupt()
	vm.Flush()
	return vm.heap.Close(context.Background())
}

// Flush flushes the buffered standard streams.
func (vm *VM) Flush() {
	vm.stdout.Flush()
	vm.stderr.Flush()
}

// MarkRoots implements gc.Roots: the live part of the register stack, the
// frames' functions and namespaces, and the VM's own references.
func (vm *VM) MarkRoots(m *gc.Marker) {
	top := 0
	for i := 0; i < vm.nframes; i++ {
		f := vm.frameAt(i)
		if f.top > top {
			top = f.top
		}
		m.Value(f.fn)
		m.Value(f.globals)
		m.Value(f.locals)
		m.Value(f.gen)
		m.Value(f.initObj)
	}
	if top > 0 {
		m.Range(uint32(vm.stackRef)+gc.HeaderSize, top)
	}
	m.Value(vm.exc)
	m.Value(vm.handled)
	m.Value(vm.builtins)
	m.Value(vm.mainDict)
	m.Value(vm.modules)
	m.Value(vm.sysModule)
	m.Value(vm.outV)
	m.Value(vm.errV)
	for _, ci := range vm.codes {
		m.Values(ci.consts)
		m.Value(ci.obj) // empty until codeObject: the marker skips it
	}
}

// safepoint is where the interpreter may collect.
func (vm *VM) safepoint() {
	if vm.runDepth <= 1 {
		vm.heap.MaybeCollect()
	}
}

// ExitCode returns the process exit code after RunFile.
func (vm *VM) ExitCode() int { return vm.exitCode }

// RunFile runs code as the module __main__ of file filename with source
// src. An uncaught exception is printed to stderr with its traceback and
// sets the exit code to 1; SystemExit sets the code it carries. The error
// returned is only for failures of the runtime itself.
func (vm *VM) RunFile(filename string, src []byte, code *bytecode.Code) (err error) {
	if !strings.HasPrefix(filename, "<") {
		// CPython shows no source lines for <string> and <stdin>.
		vm.sources[filename] = strings.Split(string(src), "\n")
	}
	if vm.cfg.TimeLimit > 0 {
		t := time.AfterFunc(vm.cfg.TimeLimit, func() { atomic.OrUint32(vm.intr.word, intrTimeLimit) })
		defer t.Stop()
	}
	if filepath.IsAbs(filename) {
		vm.scriptDir = filepath.Dir(filename)
	}
	vm.setSysPath(filename)
	if vm.cfg.MainModule {
		vm.setSysPath0Cwd()
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(errOOM); ok {
				vm.stdout.Flush()
				vm.stderr.WriteString("MemoryError\n")
				vm.exitCode = 1
				vm.Flush()
				return
			}
			vm.goPanic(r)
		}
	}()
	g := vm.newDict()
	vm.mainDict = g
	vm.dictSet(g, vm.intern("__name__"), vm.intern("__main__"))
	vm.dictSet(g, vm.intern("__doc__"), vNone)
	if vm.cfg.MainPackage != "" {
		vm.dictSet(g, vm.intern("__package__"), vm.newStr(vm.cfg.MainPackage))
	} else {
		vm.dictSet(g, vm.intern("__package__"), vNone)
	}
	vm.dictSet(g, vm.intern("__loader__"), vNone)
	vm.dictSet(g, vm.intern("__spec__"), vNone)
	vm.dictSet(g, vm.intern("__builtins__"), vm.builtinsModule())
	vm.dictSet(g, vm.intern("__file__"), vm.newStr(filename))
	mod := vm.newModule("__main__", g)
	vm.dictSet(vm.modules, vm.intern("__main__"), mod)
	if vm.cfg.MainPackage != "" {
		// runpy imports the package (its __init__ runs) before __main__.
		if _, ierr := vm.importName(vm.cfg.MainPackage, g, vNone, 0); ierr != nil {
			vm.handleUncaught()
			vm.Flush()
			return nil
		}
	}
	fn := vm.newFunction(vm.codeInfoOf(code), g, vNone, vNone, vNone)
	_, rerr := vm.callModule(fn, g)
	if rerr != nil {
		vm.handleUncaught()
	}
	vm.runAtexit()
	vm.Flush()
	return nil
}

// setSysPath0Cwd makes sys.path[0] the current directory, as `-m` does.
func (vm *VM) setSysPath0Cwd() {
	cwd, err := os.Getwd()
	if err != nil {
		return
	}
	sysd := vm.slot(vm.sysModule.Ref(), 0)
	if p, ok := vm.dictGetStr(sysd, vm.intern("path")); ok && p.Tag() == TagList {
		if items := vm.listItems(p); len(items) > 0 {
			items[0] = vm.newStr(cwd)
		}
	}
}

// goPanic reports a Go panic that escaped the interpreter (a bug in the
// VM) as an uncaught SystemError naming it, and sets exit status 1.
func (vm *VM) goPanic(r any) {
	vm.nframes, vm.runDepth = 0, 0
	vm.stdout.Flush()
	msg := fmt.Sprintf("Go panic in hotloop: %v", r)
	if os.Getenv("HOTLOOP_GOSTACK") != "" {
		// For hotloop's developers: where in Go the panic happened.
		vm.stderr.WriteString(msg + "\n" + string(debug.Stack()))
	}
	defer func() {
		if recover() != nil {
			// The heap itself is unusable: print without objects.
			vm.stderr.WriteString("SystemError: " + msg + "\n")
		}
		vm.exitCode = 1
		vm.Flush()
	}()
	vm.exc = vEmpty
	vm.printException(vm.newExc("SystemError", vm.newStr(msg)))
}

// handleUncaught prints the exception in vm.exc (or exits for SystemExit).
func (vm *VM) handleUncaught() {
	e := vm.exc
	vm.exc = vEmpty
	t := vm.typeOf(e)
	if isSubtype(t, vm.excTypes["SystemExit"]) && !vm.cfg.Inspect {
		vm.systemExit(e)
		return
	}
	vm.stdout.Flush()
	vm.reportUncaught(e)
	vm.exitCode = 1
	if isSubtype(t, vm.excTypes["KeyboardInterrupt"]) {
		// CPython ends by SIGINT; a shell reports 128+2.
		vm.intr.uncaught = true
		vm.exitCode = 130
	}
}

// systemExit sets the exit code from a SystemExit exception.
func (vm *VM) systemExit(e gc.Value) {
	args := vm.excArgs(e)
	code := vNone
	if len(args) == 1 {
		code = args[0]
	} else if len(args) > 1 {
		code = vm.newTuple(args)
	}
	switch {
	case code.Tag() == gc.TagNone:
		vm.exitCode = 0
	case code.Tag() == gc.TagInt:
		vm.exitCode = int(code.Int())
	case code.Tag() == gc.TagBool:
		vm.exitCode = int(code.Bits())
	default:
		vm.stdout.Flush()
		s, err := vm.strOf(code)
		if err == nil {
			vm.stderr.WriteString(s + "\n")
		}
		vm.exitCode = 1
	}
}
