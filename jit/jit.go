// Package jit is the tracing JIT's runtime side: it implements vm.Hook.
// When the interpreter reports a hot loop, it records one iteration
// (package trace), optimises the IR (trace/opt), lowers it to a wasm
// module (wasmgen), installs the module's function in a slot of the shared
// table and runs it from the loop header; the trace's exit has already
// written the snapshot's registers, so the hook only hands the snapshot's
// pc back to the interpreter. Loops whose recording aborts are retried
// with exponential back-off and then blacklisted; live modules are bounded
// and retired with second-chance eviction. docs/jit.md "The jit package"
// describes the life cycle.
package jit

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/opt"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/wasmgen"
)

// Config tunes the JIT.
type Config struct {
	Log        io.Writer // one line per trace event (--jit-log), or nil
	DumpDir    string    // where each trace's .wasm and IR listing go (--jit-dump), or ""
	MaxModules int       // live trace modules (default 64)
	// Budget is the number of loop iterations a trace runs before it
	// returns to Go (a safepoint: Go's collector and preemption need it).
	Budget int32
	// MaxAborts is the number of aborted recordings after which a loop
	// is blacklisted; Penalty is the first back-off (in hook calls),
	// doubled after each abort (LuaJIT's scheme).
	MaxAborts int
	Penalty   int
	// HotExit is the number of times one exit of a trace must reach Go
	// before a side trace is recorded from it (0: 10, or the loop
	// threshold when that is smaller, so that --jit-threshold=1 makes
	// bridges at once). MaxSideAborts is the number of aborted side-trace
	// recordings after which that exit is blacklisted (default 4; back-off
	// between tries as for loops); MaxSideDepth bounds side traces of side
	// traces (default 8).
	HotExit       int
	MaxSideAborts int
	MaxSideDepth  int
	// GoHops makes Go enter the trace a side trace ends at (one return
	// to Go per hop) instead of the wasm dispatcher (hop.go): for tests
	// and measurements.
	GoHops bool
	// MaxTraceInstrs is the most wasm instructions one trace's module may
	// have (default 12,000): wazero's compile time grows faster than the
	// module (a 31,000-instruction trace took 300 ms, a 7,000 one 17 ms),
	// so a longer trace aborts and its loop stays interpreted, as
	// LuaJIT's maxtrace bounds its traces. MaxCodeBytes bounds the wasm
	// bytes of all live modules (default 8 MiB): before a compile that
	// finds them above it, the least recently entered root is retired,
	// as when the table's slots run out.
	MaxTraceInstrs int
	MaxCodeBytes   int
	// Async compiles root traces' wasm (wazero's compiler, most of a
	// trace's making) on another goroutine while the interpreter goes on
	// running the loop; the trace is installed at the next hook call
	// after it is ready (async.go).
	Async bool
	// SpareCore, when set, is asked before each background compile
	// whether a core is idle now; when it says no, the module compiles
	// on the VM's goroutine (a compile waiting for a core would leave its
	// loop interpreted for longer than the compile takes).
	SpareCore func() bool
	// AsyncMinWork is the work (ns on the work clock, workNs) the
	// program must have done before a root trace or a loop function
	// compiles in the background (0: from the start): a short program's
	// compiles go on the VM's goroutine (asyncrule.go).
	AsyncMinWork float64
	// Payoff compiles a trace only once its loop (or exit, for a side
	// trace) has run long enough to pay the compile back (payoff.go),
	// unless the loop threshold is 1 (forced-hot mode). Off, every trace
	// is compiled as soon as it is recorded (tests rely on that).
	Payoff bool
	// Known, when set, reports whether a module with these bytes was
	// compiled in an earlier run, so that loading it costs little (the
	// code cache has its machine code: jit/codecache): such a trace does
	// not wait to pay for a compile (payoff.go). Compiled, when set, is
	// told the bytes of every module loaded.
	Known    func(wasm []byte) bool
	Compiled func(wasm []byte)
	// LoopFuncs compiles whole functions with loops (loopfunc.go) when
	// their code fits: their loops are then not traced. Off, every loop
	// is traced (the tracer's tests rely on that).
	LoopFuncs bool
	// PeelDispatch peels a dispatch loop's root as any other (tests);
	// off, a root whose recording is an if/elif chain is lowered
	// unpeeled (trace/opt/ifchain.go).
	PeelDispatch bool
	// CountBytecodes makes compiled code count the bytecodes it runs
	// where Go cannot (Stats.BytecodesCounted: inner traces'
	// iterations, loop functions' and function traces' blocks, the hop
	// dispatcher's traces, paths and side traces entering another
	// trace). It costs
	// run time (fannkuch's loop function 4%), so the CLI asks for it only
	// with its stats flags (bytecodecount.go).
	CountBytecodes bool
	// SkipUnpayable defers a loop's first trace without recording it when
	// no recording could pay at that hook call (estskip.go). Off by
	// default: the later recording follows another path and moves
	// decisions both ways (docs/jit.md "Recordings skipped (session
	// 26)").
	SkipUnpayable bool
	// StopUnpayable stops a loop's first recording once the part
	// recorded guesses a module too large to pay at that hook call
	// (eststop.go). The CLI sets it unless HOTLOOP_JIT_ESTSTOP=0.
	StopUnpayable bool
	// PriceFactor multiplies the payoff rules' compile prices (0: 1, the
	// model as fitted); with MeasurePrice it is only the factor before
	// the first compile, and each compile's measured CPU moves it
	// (compileprice.go). The CLI measures unless HOTLOOP_JIT_PRICE pins
	// the factor. LoopFuncPriceFactor is the same for loop functions'
	// modules (0: PriceFactor), whose model was fitted apart.
	PriceFactor, LoopFuncPriceFactor float64
	MeasurePrice                     bool
}

// wasmModuleName is the name every trace module carries in its wasm name
// section. It is the same for all of them, so that a trace's bytes do not
// depend on how many recordings came before it: the code cache is keyed
// by the bytes (docs/jit.md "The code cache"). Dumps and logs use the
// trace's own name.
const wasmModuleName = "trace"

// Stats are the counters --jit-stats reports.
type Stats struct {
	TracesCompiled    int64
	TracesAborted     int64
	SideTraces        int64 // side traces compiled
	GuardExits        int64 // exits that reached Go (not the ones a side trace took)
	TraceEntries      int64
	ModulesLive       int64
	CompileSeconds    float64
	BytecodesInTraces int64 // estimated: loop iterations × bytecodes in the recorded iteration
	// BytecodesCounted is what compiled code counted itself, with
	// Config.CountBytecodes (bytecodecount.go), less the part of
	// BytecodesInTraces it counts exactly (hopped traces' iterations).
	// The two together are the bytecodes run compiled.
	BytecodesCounted int64
	AbortReasons     map[string]int64
	Blacklisted      int64
	Retired          int64
	// LinkedSides counts side traces compiled that end at another loop's
	// header and enter its trace; TraceHops the times one did (Go ran the
	// entered trace next without going back to the interpreter).
	LinkedSides int64
	TraceHops   int64
	// TraceTrees counts roots rebuilt with side traces inside
	// (fastloop.go).
	TraceTrees int64
	// SharedModules counts slot-free modules loaded while a compiled
	// module of the same bytes was open, which wazero did not compile
	// again (slotfree.go).
	SharedModules int64
	// SharedSides counts exits linked to a side trace of another exit
	// because their own side trace was recorded the same (sideshare.go):
	// nothing optimised, lowered or loaded for them.
	SharedSides int64
	// CalleeFrames counts callee frames Go pushed for exits that resume
	// inside a function whose loop's trace an outer trace called
	// (calls.go).
	CalleeFrames int64
	// RecordingsRefused counts recordings not made because the program's
	// aborted recordings were over its budget (storms.go).
	RecordingsRefused int64
	// AbortSeconds is the wall time spent on recordings (root and side)
	// that aborted, from the start of the recording to the abort: the
	// JIT's work that bought nothing (storms.go, predict.go).
	AbortSeconds float64
	// TracesParked counts the times a trace whose exits to Go cost more
	// than it saved stopped being entered for a while (exitcost.go).
	TracesParked int64
	// Funcs counts function traces (functrace.go).
	Funcs FuncStats
	// LoopFuncs counts whole functions with loops compiled (loopfunc.go).
	LoopFuncs LoopFuncStats
	// Callouts counts residual calls traces made (callout.go), and
	// CalloutsRaised those whose callee raised.
	Callouts, CalloutsRaised int64
	// Background counts the modules compiled in the background and
	// installed (async.go), BackgroundBusy the compiles done at once
	// because Config.SpareCore found no idle core, BackgroundShort those
	// done at once because the program's work was below
	// Config.AsyncMinWork (asyncrule.go).
	Background, BackgroundBusy, BackgroundShort int64
	// BackgroundCPU is the CPU time of the background compiles (their
	// threads'), part of the process's, and BackgroundWall their wall
	// time (more than the CPU time when they waited for a core).
	BackgroundCPU, BackgroundWall float64
	// SideEstimated counts side trace recordings made only to be
	// deferred on their estimated size (estimate.go).
	SideEstimated int64
	// Trees are the ledgers of the trace trees that ran (treepay.go).
	Trees []TreeStats
	// RecordingsSkipped counts root recordings not made because no
	// recording could have paid at that hook call (estskip.go).
	RecordingsSkipped int64
	// RecordingsStopped counts root recordings stopped once their guessed
	// size could not pay (eststop.go).
	RecordingsStopped int64
	// PricedCompiles counts the module loads timed for the compile
	// price (compileprice.go); PriceFactor and LoopFuncPriceFactor are
	// the factors the prices stood at when the stats were read.
	PricedCompiles                   int64
	PriceFactor, LoopFuncPriceFactor float64
}

// JIT is the hook. It is not safe for concurrent use (neither is the VM).
type JIT struct {
	cfg Config
	w   *wasmRuntime // set up at the first compile (wasmUp)
	err error        // setting up the runtime failed: the JIT stays off
	// price: what compiles measured against the model (compileprice.go).
	price compilePrices
	// started: the first hot loop set up the link words (setupLinks).
	started bool
	loops   map[loopKey]*loop
	live    []*compiled   // ring for second-chance eviction
	trees   []*treeLedger // every tree's ledger (treepay.go)
	hand    int
	slots   []int32 // free table slots
	bySlot  map[int32]*compiled
	n       int // traces compiled so far (names)
	stats   Stats
	// links is the linear-memory address of the link words (slot i's
	// LinkWords words at links + 4*LinkWords*i), 0 when side traces are
	// off (the block could not be allocated).
	links   uint32
	hotExit int
	hop     *hopper // the wasm dispatcher that runs chains of traces (hop.go), or nil
	byCode  map[*bytecode.Code][]loopKey
	// codeLoops: byCode's loops with their records (exitcost.go).
	codeLoops map[*bytecode.Code][]codeLoop
	// liveCache keeps the recorder's register liveness of the code
	// objects recorded so far (trace.LiveCache).
	liveCache *trace.LiveCache
	// scratch keeps the storage of the last root recording dropped
	// before build, for the next one (trace.Scratch).
	scratch trace.Scratch
	// lastKey, lastLoop: the loop LoopHot found last (exitcost.go).
	lastKey  loopKey
	lastLoop *loop
	// leaveScans counts the scans for a way out of the loop after an
	// exit's resume pc (exitnear.go): once per exit, not per return.
	leaveScans int64
	// exitCharged: the entry under way ended at an exit to Go that no
	// side trace is coming for (exitcost.go).
	exitCharged bool
	// nestedEntries: what enterPriced knows of entries made inside the
	// entry under way (through a residual call): calloutentry.go.
	nestedEntries nestedEntryCount
	// sideOf is the trace whose exit the side trace being built hangs
	// off (set by compileSide around build, fastloop.go), else nil;
	// sideLink is the link word of sideOf it hangs off.
	sideOf   *compiled
	sideLink int
	// async: the modules compiling in the background (async.go).
	async asyncState
	// sideMemos: side trace aborts by where they start (storms.go).
	sideMemos map[sideKey]*sideMemo
	// hopsTried: the hop dispatcher was set up, or that failed (hop.go).
	hopsTried bool
	// hopEstimated: the part of stats.BytecodesInTraces that estimated
	// hopped traces' iterations at the first root's bytecodes; with
	// Config.CountBytecodes the dispatcher counted them exactly
	// (bytecodecount.go), and Stats takes the estimate back out.
	hopEstimated int64
	// exitPartials: with Config.CountBytecodes, the bytecodes of the
	// partial iterations traces ran before their guard exits to Go
	// (ir.Snapshot.Bytecodes); Stats adds them to BytecodesCounted. Kept
	// out of stats.BytecodesInTraces, which the payoff rules read: the
	// stats flags must not change a decision.
	exitPartials int64
	// treeWait: roots waiting for their tree, checked after hops too
	// (hoptrees.go).
	treeWait []*compiled
	// funcs: function traces (functrace.go), made at the first hot call.
	funcs *funcTraces
	// callout: residual calls running now (callout.go).
	callout calloutState
	// lfuncs: loop functions (loopfunc.go), made at the first hot loop.
	lfuncs *loopFuncs
	// riskNs: the estimated CPU of the root compiles made on an unknown
	// future so far (payoff_budget.go).
	riskNs float64
	// recRoot: the loop whose root recording runs now, nil between
	// recordings (calleewake.go).
	recRoot *loopKey
	// recWoke: that recording woke a callee's loop; recLeft: the
	// iterations its loop's range has left, -1 when it is not a range
	// loop (calleewake.go).
	recWoke bool
	recLeft int64
}

// loopKey names a loop: its code object and header pc, and the frame's
// globals dict, whose address a trace holds as a constant (the same code
// can run with other globals, and a dead dict's address can be reused).
type loopKey struct {
	code    *bytecode.Code
	pc      int
	globals uint32
}

// loop is what the JIT knows about one loop header.
type loop struct {
	tr          *compiled
	aborts      int
	skip        int // hook calls to ignore before recording again
	penalty     int
	blacklisted bool
	retired     int
	atOnce      int  // of those, retired at once (retiredatonce.go)
	pending     bool // its trace is compiling in the background (async.go)
	// seen counts the loop's iterations while it has no trace (the hook
	// is called every threshold iterations); payoff.go compiles its trace
	// once they say the loop runs long enough to pay the compile back.
	// A recording that did not pay yet leaves its size (instrs wasm
	// instructions, bytecodes per iteration) and the time of the hook
	// call, so that later calls measure the loop's time per iteration.
	seen int64
	wake bool // a side trace reached it: compile at the next chance
	// untracedCallee counts recordings that reached a loop without a
	// trace in an inlined function (calls.go).
	untracedCallee int
	instrs         int
	bytecodes      int
	// saving: what an iteration of its last recording is estimated to
	// save in real ns (tracesaving.go), 0 when sized without one;
	// unpaidRun: the range iterator of the run whose certain future did
	// not pay that back (0: none).
	saving    float64
	unpaidRun uint64
	// paths: the path signatures of its root recordings, oldest first
	// (rootpaths.go), at most maxPathSamples.
	paths     []uint64
	halfShare bool // stayShare is one half while deferOneSample prices
	resample  bool // deferOneSample primed it: record its next iteration
	estimated bool // instrs is estimate.go's guess, not a lowered size
	// unsized: deferred without a recording (estskip.go); instrs and
	// bytecodes hold the bound no recording can beat (skipBound).
	unsized bool
	// outerNow: the iterations the range loops around it were to make it
	// run at its last measured hook call (payoff.go rootPays).
	outerNow int64
	lastHot  float64 // the work clock at its last hook call (payoff.go workNs)
	perNs    float64 // its last measured time per iteration
	// lastIt, lastCur: its range iterator and the iterator's position
	// at that call (payoff_measure.go).
	lastIt  uint64
	lastCur int64
	// unroll: its iterations are polymorphic, so outer recordings unroll
	// it instead of calling its trace (poly.go).
	unroll bool
	// polyOuter: the header of the loop around it plus one, once
	// polypredict.go found its iterations polymorphic before its compile.
	polyOuter int
	// short: what shortunroll.go has seen of its runs' lengths.
	short runLengths
	// lastAbort, lastAbortPC: its last stable abort (storms.go).
	lastAbort   string
	lastAbortPC int
	// park: its trace is not entered from the interpreter for a while
	// (exitcost.go).
	park parkState
	// outer: the runs of the range loops around it (payoff_future.go);
	// risk: the budget its compile is to be charged (payoff_budget.go).
	outer []outerRun
	risk  float64
	// runLen: its iterations per run as the innermost range loop around
	// it measured them, 0 when unknown (payoff_runs.go).
	runLen int64
	// yieldRun: the iterations between two yields of its own frame, when
	// a recording aborted at one (yieldruns.go), else 0.
	yieldRun int64
	// runRate: its iterations per iteration of the innermost range loop
	// around it, wherever that loop is, 0 when unknown (innerruns.go).
	runRate, prevRate int64
	// classes: the classes of the items of the short list it iterates,
	// when it is priced by that list (ownruns.go), else 1.
	classes int
}

// compiled is a live trace.
type compiled struct {
	wasmBytes int // its module's size (Config.MaxCodeBytes)
	key       loopKey
	name      string
	slot      int32
	cm        wazero.CompiledModule
	mod       api.Module
	t         *ir.Trace
	bytecodes int
	depth     int // inlined call depth: frames of room the trace needs
	backEdge  int
	callers   []*compiled    // traces that call this one through the table
	used      bool           // second-chance bit
	stuck     int            // consecutive entries that failed a type or version guard before one iteration
	gets      trace.DictGets // a root's: its tree's constant-key dict reads (trace/record_dictconst.go)
	typeSnap  []bool         // per snapshot: some guard exiting through it checks a tag or a version
	entries   int64          // times entered
	iters     int64          // loop iterations run, over all entries

	// Side traces (side.go). A root trace has root == itself and parent
	// nil; a side trace hangs off link word parentLink of parent (an exit
	// number, or a NestedLinks word), whose state is parentState.
	root        *compiled
	parent      *compiled
	parentLink  int
	parentState *exitState
	gen         int         // 0 for a root, parent's + 1 for a side trace
	sides       []*compiled // live side traces linked from this trace's exits
	exits       []exitState // per snapshot
	// nestedLinks: link words for exits of the inner traces it calls
	// (wasmgen.LowerConfig.NestedLinks), and their states by link word.
	nestedLinks map[int32]wasmgen.NestedLink
	nested      map[int]*exitState
	// enters: the root trace a side trace ends by entering (it returns
	// wasmgen.EnterTrace with its slot), or nil.
	enters *compiled
	// shape: what a side trace was built from (sideshare.go); sharedIn:
	// the other exits linked to it; sharedOut: the side traces of other
	// exits that this trace's exits are linked to.
	shape     *sideShape
	sharedIn  []sharedLink
	sharedOut []*compiled
	// Trace trees (fastloop.go): a root whose inlined side traces can go
	// back into its loop; a side trace that may be inlined so.
	fastRestart bool
	loopFast    bool
	rebuilds    int       // times a root was rebuilt with side traces inside
	inlinedIn   *compiled // the root carrying this side trace's code, or nil
	// treeAt is the root's iteration count at which it is rebuilt with
	// the side traces it has by then (payoff.go), 0 when none waits.
	treeAt int64
	// treeSize is the wasm size of the root's rebuild as a tree as last
	// lowered to price it, with the side traces it then had
	// (treeSizeSides); sidebudget.go's treeInstrs.
	treeSize, treeSizeSides int
	// treeLow is the rebuild treeDue has just lowered to price it, which
	// inlineSides, called at once when treeDue says yes, uses instead of
	// lowering the same tree again; nil otherwise.
	treeLow *wasmgen.Lowered
	instrs  int // wasm instructions of its module
	// midExits counts its entries that ended at an exit to Go resuming
	// inside its loop, away from the loop's end (prime.go).
	midExits int64
	// goEnds counts its entries that ended at the loop's end (or leaving
	// it) by an exit to Go through an exit whose side trace is
	// blacklisted: a Go round trip at every such entry for good (prime.go).
	goEnds int64
	// callee: the call of an inner trace in a callee's register window
	// this root trace makes (calls.go), or nil.
	callee *calleeSite
	// edges: the pcs of the jumps back to its loop header, found once
	// (exitcost.go backEdgePCs); edgesSet says they were.
	edges    []int
	edgesSet bool
	// exitWin: its entries' exits to Go against their work (exitcost.go).
	exitWin exitWindowCount
	// ledger: a root's tree's ledger (treepay.go), nil until it has one;
	// linkedExits: a side trace's tree's exits to Go when it was linked.
	ledger      *treeLedger
	linkedExits int64
}

// Priming: after a trace exits, the loop's back-edge counter is set so
// that the next back-edge enters the trace again at once. A trace that
// leaves after fewer than minItersPerEntry iterations on average (a branch
// that goes the other way half the time: there are no side traces yet)
// would make every iteration pay an exit and an entry, so past
// primeProbation entries such a trace is entered only when the counter
// reaches the threshold on its own; unless the exit taken is one whose
// path leaves the loop (its side trace aborted with trace.SideLeftLoop):
// that is the loop's own end, and a short loop, run again and again (an
// inner loop of a few iterations), should enter its trace each time.
// Only entries that end at an exit in the middle of the loop count
// (compiled.primeable, prime.go).
const (
	primeProbation   = 64
	minItersPerEntry = 4
)

// typeGuards marks the snapshots of guards that test a value's tag, a
// dict's version or an object's kind: failing one of those before the
// first iteration means the trace's assumptions no longer hold.
func typeGuards(t *ir.Trace) []bool {
	marks := make([]bool, len(t.Snaps))
	for i := 1; i < len(t.Insts); i++ {
		in := &t.Insts[i]
		if in.Op != ir.GCMP || in.Snap == ir.NoSnap || !in.A.IsInst() {
			continue
		}
		a := t.Inst(in.A)
		switch {
		case a.Type == ir.Tag,
			a.Op == ir.FLOAD && (a.Class() == trace.ClassDictStorage || a.Class() == trace.ClassDictEntry || a.Class() == trace.ClassModuleDict),
			a.Op == ir.IAND && kindWord(t, a):
			marks[in.Snap] = true
		}
	}
	dropBranchSnaps(t, marks)   // poly.go
	dropRangeEndSnaps(t, marks) // rangeend.go
	return marks
}

// New returns a JIT with cfg's settings (zero fields take defaults).
func New(cfg Config) *JIT {
	if cfg.MaxModules <= 0 {
		cfg.MaxModules = 64
	}
	if cfg.Budget <= 0 {
		cfg.Budget = 1 << 16
	}
	if cfg.MaxAborts <= 0 {
		cfg.MaxAborts = 6
	}
	if cfg.Penalty <= 0 {
		cfg.Penalty = 2
	}
	if cfg.MaxSideAborts <= 0 {
		cfg.MaxSideAborts = 4
	}
	if cfg.MaxSideDepth <= 0 {
		cfg.MaxSideDepth = 8
	}
	if cfg.MaxTraceInstrs <= 0 {
		cfg.MaxTraceInstrs = 12000
	}
	if cfg.MaxCodeBytes <= 0 {
		cfg.MaxCodeBytes = 8 << 20
	}
	if cfg.PriceFactor <= 0 {
		cfg.PriceFactor = 1
	}
	j := &JIT{cfg: cfg, loops: map[loopKey]*loop{}, bySlot: map[int32]*compiled{}, byCode: map[*bytecode.Code][]loopKey{}, codeLoops: map[*bytecode.Code][]codeLoop{}, liveCache: trace.NewLiveCache()}
	if cfg.MaxModules > wasmgen.MaxNestedSlot+1 {
		cfg.MaxModules = wasmgen.MaxNestedSlot + 1
		j.cfg.MaxModules = cfg.MaxModules
	}
	for s := cfg.MaxModules - 1; s >= 0; s-- {
		j.slots = append(j.slots, int32(s))
	}
	j.stats.AbortReasons = map[string]int64{}
	return j
}

// Stats returns the counters so far.
func (j *JIT) Stats() Stats {
	s := j.stats
	s.ModulesLive = int64(len(j.live))
	if j.w != nil {
		s.SharedModules = j.w.shared
	}
	s.Callouts, s.CalloutsRaised = j.callout.calls, j.callout.raised
	s.Background, s.BackgroundBusy, s.BackgroundShort = j.async.installed, j.async.busy, j.async.short
	s.BackgroundCPU, s.BackgroundWall = j.async.cpu.Seconds(), j.async.wall.Seconds()
	s.Trees = j.treeStats()
	s.PriceFactor, s.LoopFuncPriceFactor = j.priceFactor(), j.lfPriceFactor()
	s.BytecodesCounted = j.bytecodesCounted()
	return s
}

func (j *JIT) logf(format string, args ...any) {
	if j.cfg.Log != nil {
		fmt.Fprintf(j.cfg.Log, "[jit] "+format+"\n", args...)
	}
}

// where names a pc as file:line.
func where(code *bytecode.Code, pc int) string {
	line := 0
	if pc >= 0 && pc < len(code.Positions) {
		line = int(code.Positions[pc].Line)
	}
	return fmt.Sprintf("%s:%d", code.Filename, line)
}

// LoopHot implements vm.Hook.
func (j *JIT) LoopHot(m *vm.VM, f *vm.Frame, pc int) (int, bool) {
	if j.err != nil {
		return 0, false
	}
	if !j.started {
		j.started = true
		j.async.threshold = m.JITHookThreshold()
		j.async.vm = m
		j.setupLinks(m)
	}
	if j.async.inflight > 0 {
		j.installReady()
	}
	if resume, ok, handled := j.loopFuncHot(m, f, pc); handled {
		return resume, ok
	}
	key := loopKey{f.Code, pc, uint32(m.JITTopGlobals().Ref())}
	lp := j.loopOf(key) // exitcost.go
	if lp.tr == nil {
		if lp.blacklisted {
			return 0, false
		}
		if lp.pending {
			j.pollPending(m) // async.go
			return 0, false
		}
		lp.seen += lp.hookIters(m) // rootpaths.go
		if lp.skip > 0 {
			lp.skip--
			return 0, false
		}
		if j.refusePolyInner(m, key, lp) {
			return 0, false // polypredict.go: outer recordings unroll it
		}
		if j.shortInner(m, key, lp) {
			return 0, false // shortunroll.go: outer recordings unroll it
		}
		if lp.instrs > 0 && j.payoffOn(m) && !lp.resample && !j.rootPays(m, key, lp, true) {
			return 0, false
		}
		if j.innerPending(key) {
			j.pollPending(m) // innerwait.go
			return 0, false
		}
		if !j.compile(m, f, key, lp) {
			return 0, false
		}
	}
	if j.parked(m, lp) {
		return 0, false // exitcost.go
	}
	return j.enterPriced(m, f, lp) // exitcost.go
}

// compile records, optimises, lowers and loads a trace for the loop.
func (j *JIT) compile(m *vm.VM, f *vm.Frame, key loopKey, lp *loop) bool {
	start := time.Now()
	if j.refuseDoomedRoot(m, key, lp, m.JITTopFrame().PC) {
		return false // predict.go: it would abort at a yield (no recording, no budget, no eviction)
	}
	if !j.recordBudget(m) {
		lp.skip = lp.penalty // storms.go: the program's aborted recordings are over budget
		return false
	}
	if len(j.slots) == 0 || j.codeBytes() > j.cfg.MaxCodeBytes {
		// Before recording, so that the recording never calls a trace
		// that is about to lose its slot.
		j.evict()
	}
	if len(j.slots) == 0 {
		return false // every slot's trace may be waiting below a residual call (callout.go)
	}
	if j.skipUnpayable(m, key, lp) {
		return false // estskip.go: no recording could say "compile" at this hook call
	}
	fr := m.JITTopFrame()
	j.n++
	name := fmt.Sprintf("trace_%d", j.n)
	rec, err := j.recordRoot(m, key, lp, fr.PC, name, j.stopRule(m, key, lp))
	if j.deferStopped(m, key, lp, err) {
		return false // eststop.go: its guess was over what pays before it ended
	}
	j.markPolymorphic(key, lp, err) // poly.go
	recorded := time.Now()
	if err != nil {
		pc := key.pc
		if a, ok := err.(*trace.Abort); ok {
			pc = a.PC
			err = fmt.Errorf("%s", a.Reason)
		}
		j.abort(lp, key, pc, err.Error())
		j.stats.AbortSeconds += recorded.Sub(start).Seconds()
		return false
	}
	lp.notePath(rec) // rootpaths.go
	if j.estimating(m) && j.deferEstimated(m, key, lp, rec) || j.deferNewPath(m, key, lp, rec) || j.deferOneSample(m, key, lp, rec) {
		j.scratch.Drop(rec) // the next recording reuses its storage
		return false        // estimate.go: deferred on its guessed size, not lowered
	}
	if reason := j.tooLongEstimated(m, rec); reason != "" {
		j.abort(lp, key, key.pc, reason) // toolong.go
		return false
	}
	if j.prepareEarly(m, key, lp, rec) {
		j.prepareRuntime(m) // async.go: set up beside the passes and lowering
	}
	b, reason := j.build(name, rec, false, true)
	if reason != "" {
		j.abort(lp, key, key.pc, reason)
		return false
	}
	j.linkPath(key, name, rec)
	if first := lp.instrs == 0; j.payoffOn(m) && !j.known(b.low.Wasm) && (first || (lp.estimated && b.low.Instrs > lp.instrs*5/4) || b.low.Instrs > lp.instrs*3/2) {
		// Ski rental (payoff.go): the loop should run as many iterations
		// again as it has (a range loop: at least what it has left). A
		// recording much longer than the one it was deferred with (an
		// inner loop unrolled this time) is checked again, and so is one
		// whose loop's size was a guess (estimate.go) more than a quarter
		// below it (payoff_budget.go: a decision at the budget's edge
		// must not be lowered and then undone by a few instructions).
		lp.instrs, lp.bytecodes, lp.estimated = b.low.Instrs, rec.Bytecodes, false
		lp.saving = traceSavingNs(rec)
		if !j.rootPays(m, key, lp, first) {
			j.logf("deferred trace at %s: %d wasm instructions, %d bytecodes, %d iterations seen", where(key.code, key.pc), b.low.Instrs, rec.Bytecodes, lp.seen)
			j.scratch.Drop(rec) // nothing keeps it or its build
			return false
		}
	}
	if j.refuseShortCompile(m, key, lp) {
		return false // shortunroll.go: outer recordings unroll it
	}
	j.chargeRoot(lp) // payoff_budget.go
	if !j.wasmUp(m) {
		return false
	}
	if j.asyncOn(b.low.Wasm, false) {
		j.compileAsync(m, key, lp, name, rec, b, start, recorded) // async.go
		return false
	}
	b.times.record = recorded.Sub(start)
	loadStart := time.Now()
	var cm wazero.CompiledModule
	var mod api.Module
	loadCPU := j.pricedLoad(b.low.Wasm, b.low.Instrs, func() { cm, mod, err = j.w.loadPlaced(name, b.low.Wasm, b.place) }) // compileprice.go
	if err != nil {
		j.abort(lp, key, key.pc, "wasm: "+err.Error())
		return false
	}
	b.times.load, b.times.loadCPU = time.Since(loadStart), loadCPU
	b.cm, b.mod = cm, mod
	j.markRecording(rec, false) // estimate.go
	j.markLoop(key)             // estskip.go
	j.slots = j.slots[:len(j.slots)-1]
	j.install(key, lp, name, rec, b, start)
	return true
}

// wasmUp sets up the wasm runtime (the table, runtime and hop modules:
// three wazero compiles, about 0.7 ms) at the first compile rather than
// at the first hot loop, so that a program whose hot loops never pay for
// a trace does not pay for it either. It reports false, with the JIT
// disabled, when wazero fails.
func (j *JIT) wasmUp(m *vm.VM) bool {
	if j.w != nil {
		return true
	}
	setup, setupCPU := time.Now(), cpuTime()
	w, err := j.takeRuntime(m) // async.go: maybe set up in the background
	if err != nil {
		j.err = err
		j.logf("disabled: %v", err)
		return false
	}
	w.dictLookup = m.JITDictLookup
	w.compiled = j.cfg.Compiled
	w.hostVM = m                                                             // runtime_host.go
	w.callout = func(code, pc int) bool { return j.runCallout(m, code, pc) } // callout.go
	w.alloc.m = m
	j.w = w
	// (The hop dispatcher is set up at the first hop: ensureHops.)
	j.logf("wasm runtime set up: %.2f ms (its CPU %.2f)", time.Since(setup).Seconds()*1e3, (cpuTime()-setupCPU).Seconds()*1e3)
	return true
}

// install makes a loaded root trace live in its slot (already taken off
// the free list): its exits and links set up, the loop pointing at it.
func (j *JIT) install(key loopKey, lp *loop, name string, rec *trace.Recording, b built, start time.Time) {
	slot, cm, mod, t, nested, low := b.slot, b.cm, b.mod, b.t, b.nested, b.low
	c := &compiled{key: key, name: name, slot: slot, cm: cm, mod: mod, t: t, bytecodes: rec.Bytecodes, depth: rec.InlineDepth, typeSnap: typeGuards(t), backEdge: rec.BackEdge,
		exits: make([]exitState, len(t.Snaps)), nestedLinks: nested, nested: map[int]*exitState{}}
	c.root = c
	c.gets.Merge(rec.Gets)
	c.callee = calleeSiteOf(t)
	c.wasmBytes = len(low.Wasm)
	c.instrs = low.Instrs
	c.setFastRestart(b.low, b.unpeeled) // fastloop.go
	if b.unpeeled {
		j.logf("root %s not peeled: an if/elif chain (a dispatch loop)", name)
	}
	for _, s := range rec.Calls {
		if callee := j.bySlot[s]; callee != nil {
			callee.callers = append(callee.callers, c)
		}
	}
	j.bySlot[slot] = c
	j.setExitPCs(c)
	j.setEnterOK(c, true)
	lp.tr = c
	j.live = append(j.live, c)
	j.dropAcceptedSides(c) // accepted.go
	j.dropNestHops(c)      // acceptedhop.go
	secs := time.Since(start).Seconds()
	j.stats.TracesCompiled++
	j.stats.CompileSeconds += secs
	j.logf("compiled %s at %s: %d bytecodes, %d IR instructions (%d recorded), %d wasm instructions, %.2f ms%s",
		name, where(key.code, key.pc), rec.Bytecodes, len(t.Insts)-1, len(rec.Trace.Insts)-1, low.Instrs, secs*1e3, b.times)
}

// built is a recording optimised, lowered and loaded into the free table
// slot it was lowered for (still on the free list: the caller takes it).
type built struct {
	slot   int32
	t      *ir.Trace
	low    *wasmgen.Lowered
	nested map[int32]wasmgen.NestedLink
	cm     wazero.CompiledModule
	mod    api.Module
	times  stageTimes
	place  *slotPlace // where the module goes, if slot-free (slotfree.go)
	// unpeeled: a root lowered without the peel for an if/elif chain.
	unpeeled bool
}

// stageTimes is where a root trace's making went, for --jit-log (docs/
// jit.md "What a compile costs"): recording, the passes with the
// verifier, lowering and encoding, and wazero's compile and instantiate.
type stageTimes struct {
	record, optimise, lower, load time.Duration
	loadCPU                       time.Duration // process CPU time of the load (GC included)
}

// String formats the times as a --jit-log suffix ("" when unmeasured).
func (s stageTimes) String() string {
	if s.load == 0 {
		return ""
	}
	ms := func(d time.Duration) float64 { return d.Seconds() * 1e3 }
	return fmt.Sprintf(" (record %.2f, optimise %.2f, lower %.2f, wazero %.2f, its CPU %.2f)", ms(s.record), ms(s.optimise), ms(s.lower), ms(s.load), ms(s.loadCPU))
}

// build optimises a recording (root or side trace), lowers it for the
// next free slot, dumps it if asked and loads it. A failure returns the
// abort reason instead.
func (j *JIT) build(name string, rec *trace.Recording, side, deferLoad bool) (built, string) {
	ocfg := opt.Config{}
	unpeeled := false
	if len(rec.Calls) > 0 || trace.HasCallout(rec.Trace) {
		// Peeling assumes registers change only at the back-edge; an inner
		// trace writes them in the middle. Unpeeled, the trace reads them
		// again each iteration.
		ocfg.Skip = map[string]bool{"peel": true, "phis": true}
	} else if !side && !j.cfg.PeelDispatch && opt.IfChain(rec.Trace) {
		// A dispatch loop's root: its iterations mostly leave at the
		// chain for side traces that enter it again at its start, so a
		// peel would double its code and its exits for a loop they do
		// not reach (trace/opt/ifchain.go).
		ocfg.Skip = map[string]bool{"peel": true, "phis": true}
		unpeeled = true
	}
	optStart := time.Now()
	t, err := opt.Pipeline(rec.Trace, ocfg)
	if err == nil {
		err = ir.Verify(t)
	}
	if err != nil {
		return built{}, "optimiser: " + err.Error()
	}
	var times stageTimes
	lowerStart := time.Now()
	times.optimise = lowerStart.Sub(optStart)
	slot := j.slots[len(j.slots)-1]
	nested := j.nestedLinks(t, rec.Calls)
	low, err := wasmgen.Lower(t, wasmgen.LowerConfig{
		Name: wasmModuleName, MemModule: gc.ModuleName, MemName: gc.MemoryName,
		TableModule: tableModule, TableName: tableName, TableMin: uint32(j.cfg.MaxModules), Slot: slot,
		RuntimeModule: runtimeModule, HostModule: hostModuleOf, InterruptAddr: vm.InterruptWordOffset, GCBudgetAddr: gc.CtlBudget,
		BudgetOutAddr: vm.JITBudgetWordOffset, LinkBase: j.linkBase(slot), Side: side, NestedLinks: nested,
		CountAddr: j.countAddr(), InnerBytecodes: j.innerBytecodes(t), EnterBytecodes: rec.Bytecodes,
		ExitPCs: j.exitPCs(), Enter: rec.Enters, EnterSlot: rec.EnterSlot,
		FastLoop: side && !rec.Left && j.sideOf.fastLoopParent(), FastRoot: j.sideOf.rootTrace(),
		SlotFree: true, EntryWords: j.sideEntryWords(side),
	})
	if err != nil {
		return built{}, "lowering: " + err.Error()
	}
	times.lower = time.Since(lowerStart)
	if low.Instrs > j.cfg.MaxTraceInstrs {
		return built{}, fmt.Sprintf("trace too long to compile (more than %d wasm instructions)", j.cfg.MaxTraceInstrs)
	}
	if j.cfg.DumpDir != "" {
		j.dump(name, rec.Trace, t, low.Wasm)
	}
	place := j.placeOf(low, side, slot) // slotfree.go
	if deferLoad {
		return built{slot: slot, t: t, low: low, nested: nested, times: times, place: place, unpeeled: unpeeled}, ""
	}
	cm, mod, err := j.w.loadPlaced(name, low.Wasm, place)
	if err != nil {
		return built{}, "wasm: " + err.Error()
	}
	return built{slot: slot, t: t, low: low, nested: nested, cm: cm, mod: mod, place: place, unpeeled: unpeeled}, ""
}

// abort counts a failed recording and backs the loop off.
func (j *JIT) abort(lp *loop, key loopKey, pc int, reason string) {
	j.stats.TracesAborted++
	j.stats.AbortReasons[reason+" at "+where(key.code, pc)]++
	lp.aborts++
	j.rootAborted(lp, pc, reason)       // storms.go
	lp.noteYieldAbort(reason)           // yieldruns.go
	j.calloutNoteAbort(key, pc, reason) // callout.go
	lp.skip = lp.penalty
	lp.penalty *= 2
	j.logf("abort at %s (loop at %s): %s", where(key.code, pc), where(key.code, key.pc), reason)
	if lp.aborts >= j.cfg.MaxAborts {
		lp.blacklisted = true
		j.stats.Blacklisted++
		j.logf("blacklisted loop at %s after %d aborts", where(key.code, key.pc), lp.aborts)
	}
}

// enter runs the loop's trace until it leaves the loop or an exit that
// needs the interpreter, and returns the pc to resume at. A side trace
// that ends at another loop's header (wasmgen.EnterTrace) makes it run
// that loop's trace next (a hop), from the frame the side trace wrote:
// every hop counts against the budget and polls as a safepoint does, so
// a cycle of traces entering each other still lets Ctrl-C and the
// collector in.
func (j *JIT) enter(m *vm.VM, f *vm.Frame, lp *loop) (int, bool) {
	c := lp.tr
	if c.depth > 0 && m.JITFrameRoom() <= c.depth || !calleeRoom(m, c) {
		return 0, false // the interpreter would raise RecursionError in a call the trace inlined
	}
	c.used = true
	mem := m.JITHeap().Bytes()
	budget := j.cfg.Budget
	hopped := false
	for {
		if c.treeAt > 0 && c.iters >= c.treeAt && !j.calloutBusy() && j.treeDue(m, c) { // sidebudget.go
			c.treeAt = 0
			j.inlineSides(c)
		}
		if j.async.inflight > 0 {
			j.installReady() // async.go
		}
		j.hopTrees(m) // hoptrees.go
		if c.callee != nil {
			j.calleeTree(c) // calls.go
		}
		j.stats.TraceEntries++
		var code uint32
		var err error
		if j.hop != nil && c.callee == nil {
			// (A trace calling a loop's trace in a callee's window runs
			// outside the dispatcher: a side trace of that inner trace
			// may end by entering a loop of the callee, which only Go can
			// enter, after pushing the callee's frame: calls.go.)
			var last, entry int32
			var hops int64
			code, last, entry, hops, err = j.hop.run(j.w, c.slot, f.RegsOffset, budget)
			if err == nil && hops > 0 {
				hopped = true
				// The dispatcher entered other traces (hop.go): the code
				// is relative to the last root it ran, entered with the
				// budget entry; what ran before is counted for the stats
				// only.
				before := max(int64(budget-entry)-hops, 0)
				j.stats.BytecodesInTraces += before * int64(c.bytecodes)
				j.hopEstimated += before * int64(c.bytecodes) // the dispatcher counted them (bytecodecount.go)
				c.iters += before
				budget = entry
			}
			if err == nil && last != c.slot {
				t := j.bySlot[last]
				if t == nil || t.root != t || t.key.code != c.key.code || t.key.globals != c.key.globals || j.loops[t.key] == nil {
					panic(fmt.Sprintf("jit: trace %s hopped to slot %d, which holds no trace of its frame", c.name, last))
				}
				c, lp, hopped = t, j.loops[t.key], true
				c.used = true
			}
			j.stats.TraceHops += hops
		} else {
			code, err = j.w.run(c.slot, f.RegsOffset, budget)
		}
		if err != nil {
			// A trap is a bug in the JIT: the frame may be half written,
			// so it cannot be resumed safely.
			panic(fmt.Sprintf("jit: trace %s trapped: %v", c.name, err))
		}
		left := int32(gcLE32(mem[vm.JITBudgetWordOffset:]))
		if slot, ok := wasmgen.EnterTarget(code); ok {
			j.ensureHops(m) // hop.go: from now on hops run in wasm
			// A side trace reached the header of the loop whose trace
			// is in slot, with the frame written: enter that trace.
			t := j.bySlot[slot]
			if t != nil && c.callee != nil && t.key.code != c.key.code {
				if in := j.bySlot[c.callee.slot]; in != nil && t.root == t && t.key.code == in.key.code && t.key.globals == in.key.globals {
					return j.calleeEnter(m, c, t) // a loop of the callee (calls.go)
				}
			}
			if t == nil || t.root != t || t.key.code != c.key.code || t.key.globals != c.key.globals || j.loops[t.key] == nil {
				panic(fmt.Sprintf("jit: trace %s entered slot %d, which holds no trace of its frame", c.name, slot))
			}
			iters := max(int64(budget-left), 0)
			if !hopped {
				c.entries++ // probation counts entries from the interpreter only
			}
			// Ending in another trace is progress, even when c did not
			// finish an iteration (an outer trace whose inner loop's end
			// runs the outer path in a side trace): it must stay primed.
			c.iters += max(iters, minItersPerEntry)
			c.stuck = 0
			j.stats.BytecodesInTraces += iters * int64(c.bytecodes)
			j.stats.TraceHops++
			budget = min(left, budget) - 1
			if budget <= 0 || gcLE32(mem[vm.InterruptWordOffset:]) != 0 || (int64(gcLE64(mem[gc.CtlBudget:])) <= 0 && m.JITRunDepth() == 1) ||
				(t.depth > 0 && m.JITFrameRoom() <= t.depth) || !calleeRoom(m, t) {
				// The interpreter goes on at the header; its back-edge
				// code collects or raises right after this hook returns.
				j.primeAfterSafepoint(m, t, true)
				return t.key.pc, true
			}
			c, lp, hopped = t, j.loops[t.key], true
			c.used = true
			continue
		}
		x, snap := c, ir.SnapID(code&^wasmgen.SafepointFlag)
		if code&wasmgen.NestedFlag != 0 {
			x, snap = j.nestedTrace(c, code)
			if x.root != c {
				// An exit of an inner trace this one called (or of one of
				// the inner trace's side traces).
				if c.callee != nil && j.inCallee(c, x.root) {
					return j.calleeExit(m, c, x, snap) // in a callee's window (calls.go)
				}
				return j.nestedExit(m, c, x, snap)
			}
		}
		iters := max(int64(budget-left), 0)
		if !hopped {
			c.entries++
		}
		c.iters += iters
		j.stats.BytecodesInTraces += iters * int64(c.bytecodes)
		if snap <= 0 || int(snap) >= len(x.t.Snaps) {
			panic(fmt.Sprintf("jit: trace %s returned exit %#x", c.name, code))
		}
		resume := int(x.t.Snap(snap).PC)
		if len(x.t.Snap(snap).Frames) > 0 {
			return j.calleeExit(m, c, x, snap) // resumes in a callee (calls.go)
		}
		if code&wasmgen.SafepointFlag != 0 && code&wasmgen.NestedFlag == 0 {
			// The budget ran out or a poll fired: go round again unless
			// the interpreter has something to do at the back-edge.
			if gcLE32(mem[vm.InterruptWordOffset:]) != 0 || (int64(gcLE64(mem[gc.CtlBudget:])) <= 0 && m.JITRunDepth() == 1) {
				// The interpreter collects at the back-edge, then runs one
				// iteration: re-enter at its next back-edge, not after a
				// threshold of interpreted iterations (objalloc.go).
				j.primeAfterSafepoint(m, c, hopped)
				return resume, true
			}
			budget = j.cfg.Budget
			continue
		}
		j.stats.GuardExits++
		if j.cfg.CountBytecodes {
			j.exitPartials += int64(x.t.Snap(snap).Bytecodes)
		}
		if x == c && iters == 0 && c.typeSnap[snap] && !hopped {
			// (Not after a hop: a side trace entering c with other types
			// than c's recording is a path c does not cover, whose exit
			// grows its own side trace, not a sign that c is dead.)
			c.stuck++
			if c.stuck > 8 {
				// It keeps failing before the loop: a version or type it
				// guards has changed for good. Record it again later.
				j.retireCounted(lp, c)
				return resume, true
			}
		} else if iters > 0 {
			c.stuck = 0
		}
		j.ledgerExit(c, x) // treepay.go
		j.exitTaken(m, x, snap)
		j.noteExit(x, snap) // exitcost.go
		leaves := int(snap) < len(x.exits) && x.exits[snap].leaves
		waits := int(snap) < len(x.exits) && (x.exits[snap].waits || x.exitCounting(snap)) && x.exits[snap].side == nil
		leaving := resume < c.key.pc || resume > c.backEdge || leaves || c.isPath() || j.exitLeavesNear(m, f, c, x, snap, resume) // exitnear.go
		if !leaving {
			c.midExits++
			j.primeInner(m, c) // prime.go
		} else if !hopped && int(snap) < len(x.exits) && x.exits[snap].black {
			c.goEnds++
		}
		if lp.tr == c && (c.primeable() || leaves || (waits && j.waitPrimes(m, x, snap))) {
			if hopped {
				j.primeBackEdges(m, c)
			} else {
				m.JITPrimeLoop(m.JITTopPC())
			}
		}
		if leaving {
			// The exit leaves c's loop (or may, a few instructions on:
			// the loop's end, a break): the interpreter runs the
			// enclosing path to whichever loop comes next, which should
			// enter its trace at its first back-edge, not after a
			// threshold of interpreted iterations.
			j.primeFrame(m, c.key)
		}
		return resume, true
	}
}

// primeFrame primes the back-edges of every loop of key's code and
// globals that has a trace not on probation.
func (j *JIT) primeFrame(m *vm.VM, key loopKey) {
	for _, cl := range j.codeLoops[key.code] {
		if cl.key.globals != key.globals || cl.lp.tr == nil {
			continue
		}
		lp := cl.lp
		if t := lp.tr; t.primeable() {
			j.primeBackEdges(m, t)
		}
	}
}

// primeBackEdges primes every jump back to c's loop header (the
// interpreter did not enter c at a back-edge: a side trace entered it).
func (j *JIT) primeBackEdges(m *vm.VM, c *compiled) {
	for _, pc := range c.backEdgePCs(m) { // exitcost.go
		m.JITPrimeLoop(pc)
	}
}

// codeBytes is the size of the live modules' wasm.
func (j *JIT) codeBytes() int {
	n := 0
	for _, c := range j.live {
		n += c.wasmBytes
	}
	return n
}

// evict retires one live root trace (and its side traces),
// second-chance order.
func (j *JIT) evict() {
	for tries := 0; len(j.live) > 0 && tries <= 2*len(j.live)+1; tries++ {
		if j.hand >= len(j.live) {
			j.hand = 0
		}
		c := j.live[j.hand]
		if c.used || c.parent != nil {
			// Side traces go with their root.
			c.used = false
			j.hand++
			continue
		}
		j.retire(c)
		return
	}
}

// nestedTrace decodes an exit number tagged with NestedFlag: the trace in
// the slot it names (an inner trace c called, or a side trace) and its
// snapshot.
func (j *JIT) nestedTrace(c *compiled, code uint32) (*compiled, ir.SnapID) {
	slot := int32(code>>wasmgen.NestedSlotShift) & wasmgen.MaxNestedSlot
	snap := ir.SnapID(code & (1<<wasmgen.NestedSlotShift - 1))
	x := j.bySlot[slot]
	if x == nil || snap <= 0 || int(snap) >= len(x.t.Snaps) {
		panic(fmt.Sprintf("jit: trace %s returned nested exit %#x", c.name, code))
	}
	return x, snap
}

// nestedExit handles an exit of an inner trace that the outer trace c
// called and does not continue after: resume where the inner trace's
// snapshot says.
func (j *JIT) nestedExit(m *vm.VM, c, x *compiled, snap ir.SnapID) (int, bool) {
	j.stats.GuardExits++
	c.entries++
	c.iters++
	j.nestedTaken(m, c, x, snap)
	j.noteNestedExit(c, x, snap) // exitcost.go
	j.primeNested(m, c)          // prime.go
	return int(x.t.Snap(snap).PC), true
}

// retire nulls a trace's slot, closes its module and forgets it, and
// retires the traces that call it first.
func (j *JIT) retire(c *compiled) {
	if j.calloutDefersRetire(c) { // callout.go: a trace may be waiting below
		return
	}
	live := false
	for i, x := range j.live {
		if x == c {
			j.live = append(j.live[:i], j.live[i+1:]...)
			live = true
			break
		}
	}
	if !live {
		return
	}
	if r := c.inlinedIn; r != nil {
		// Its root runs its code: the root goes too.
		c.inlinedIn = nil
		j.retire(r)
	}
	for _, caller := range c.callers {
		j.retire(caller)
	}
	for _, sd := range append([]*compiled(nil), c.sides...) {
		j.retire(sd)
	}
	j.unlink(c)
	delete(j.bySlot, c.slot)
	if lp := j.loops[c.key]; lp != nil && lp.tr == c {
		lp.tr = nil
		// Its next trace has to pay on its own (payoff.go): a trace
		// retired for failing its guards at once ran next to nothing.
		lp.seen, lp.instrs, lp.wake, lp.lastHot, lp.perNs, lp.unsized = 0, 0, false, 0, 0, false
	}
	j.w.release(c.slot, c.cm, c.mod)
	j.slots = append(j.slots, c.slot)
	j.stats.Retired++
	j.logf("retired %s (loop at %s)", c.name, where(c.key.code, c.key.pc))
}

// retireCounted retires c, the trace of loop lp, so that the loop is
// recorded again, and blacklists the loop at its fourth retirement.
func (j *JIT) retireCounted(lp *loop, c *compiled) {
	j.retire(c)
	j.noteRetired(lp, c) // retiredatonce.go
	if lp.retired >= 4 {
		lp.blacklisted = true
		j.stats.Blacklisted++
		j.logf("blacklisted loop at %s after %d retired traces", where(c.key.code, c.key.pc), lp.retired)
	}
}

// dump writes a trace's IR (as recorded and optimised) and its module.
func (j *JIT) dump(name string, recorded, optimised *ir.Trace, wasm []byte) {
	listing := "# recorded\n" + recorded.String() + "\n# optimised\n" + optimised.String()
	if err := os.WriteFile(filepath.Join(j.cfg.DumpDir, name+".ir"), []byte(listing), 0o644); err != nil {
		j.logf("dump: %v", err)
	}
	if err := os.WriteFile(filepath.Join(j.cfg.DumpDir, name+".wasm"), wasm, 0o644); err != nil {
		j.logf("dump: %v", err)
	}
}

func gcLE32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func gcLE64(b []byte) uint64 { return uint64(gcLE32(b)) | uint64(gcLE32(b[4:]))<<32 }
