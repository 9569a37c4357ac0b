// lower.go turns one optimised trace (package trace/ir) into one wasm
// module: the trace's function takes the frame's register base (a linear
// memory offset) and an iteration budget and returns an exit number. The
// loop is a wasm `loop`; every guard is a `br_if` to the block of its
// snapshot, whose code writes the snapshot's registers (tag and payload
// words) back to the frame and returns the snapshot's id. The back-edge
// counts the budget down and polls the interrupt word (and the gc budget
// when the trace can allocate), leaving through the loop snapshot's exit
// with SafepointFlag set. docs/jit.md "Lowering to wasm" explains the
// shape; ir.Exec is the semantics this code must agree with, and
// lower_test.go checks that it does on random traces.

package wasmgen

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/hotloop/hotloop/trace/ir"
)

// TraceExport is the name under which a lowered module exports its trace
// function: (frame i32, budget i32) -> (exit i32).
const TraceExport = "trace"

// SafepointFlag is or-ed into the exit number when the trace left at the
// loop header because its budget ran out or a poll asked it to (the
// snapshot written is the header's; the trace may be re-entered at once).
const SafepointFlag = 1 << 30

// NestedFlag is or-ed into the exit number when an inner trace this trace
// called left through an exit the outer trace does not continue after: the
// exit number is then NestedFlag | slot<<NestedSlotShift | the inner
// trace's own exit number (with its SafepointFlag, if set). The inner
// trace has written its snapshot; the outer trace had written every
// register it changed before the call, so the frame is complete.
const (
	NestedFlag      = 1 << 29
	NestedSlotShift = 20
	MaxNestedSlot   = 1<<(29-NestedSlotShift) - 1
)

// LoopAgain is what a side trace returns when it has reached its root
// trace's loop header: it has written every register it changed, and the
// root goes round again from its function entry (re-reading the registers
// and re-checking its entry guards). No exit number is 0 (snapshot 0 is
// "no snapshot"), so it never reaches Go.
const LoopAgain = 0

// EnterTrace is what a side trace returns, or-ed with slot<<NestedSlotShift,
// when it has reached the header of another loop whose compiled root
// trace is in that table slot (LowerConfig.Enter): it has written every
// register it changed, so the frame is complete at that header, and Go
// runs that trace next. It is NestedFlag|SafepointFlag with exit id 0,
// which no exit has, so every trace that receives it from a linked side
// trace or an inner trace's call passes it upward unchanged, as it passes
// a nested exit on (docs/jit.md "Side traces", "Linking to other loops").
const EnterTrace = NestedFlag | SafepointFlag

// EnterTarget reports whether code is EnterTrace and the slot it names.
func EnterTarget(code uint32) (slot int32, ok bool) {
	if code&^uint32(MaxNestedSlot<<NestedSlotShift) != EnterTrace {
		return 0, false
	}
	return int32(code>>NestedSlotShift) & MaxNestedSlot, true
}

// LinkWords is the number of link words each trace has (LowerConfig.
// LinkBase): exits numbered LinkWords or more never link to a side trace.
const LinkWords = 256

// InnerTracePrefix starts the name of a helper that stands for a call of
// another trace through the shared table: "trace@SLOT:ID,ID,..." where the
// IDs are the callee's exit numbers after which this trace goes on. It is
// lowered to call_indirect, not imported.
const InnerTracePrefix = "trace@"

// InnerBudget is the iteration budget an outer trace gives an inner one.
const InnerBudget = 1 << 16

// Names of the runtime functions a lowered module may import from
// LowerConfig.RuntimeModule (only those its trace uses).
const (
	RuntimeAlloc     = "alloc"     // (size, kind, nvals i32) -> ptr i32: a zeroed block with its header written
	RuntimeFMod      = "fmod"      // (a, b f64) -> f64: Python's a % b for b != 0 (ir.FloatMod)
	RuntimeFFloorDiv = "ffloordiv" // (a, b f64) -> f64: Python's a // b for b != 0 (ir.FloatDivmod)
)

// NestedLink is a range of link words for an inner trace's exits
// (LowerConfig.NestedLinks).
type NestedLink struct {
	Base, Count uint32
}

// LowerConfig says where a lowered module finds what it imports.
type LowerConfig struct {
	Name          string // module name, shown by wasm2wat and used by the runtime
	MemModule     string // the heap memory's import module and name
	MemName       string
	TableModule   string // the shared funcref table ("" to import none)
	TableName     string
	TableMin      uint32 // the table's minimum size as imported
	Slot          int32  // the table slot the trace installs itself into (with a table)
	RuntimeModule string // module of the runtime functions and of the trace's helpers
	// HostModule, if set, names the import module of each runtime
	// function and host helper (given its name) in place of
	// RuntimeModule, so that the runtime can instantiate only the host
	// functions its traces import (wazero compiles a trampoline for
	// every function of a host module). The wasm helper and heap sift
	// modules' names still derive from RuntimeModule.
	HostModule    func(fn string) string
	InterruptAddr uint32 // a uint32 polled at the back-edge: non-zero leaves the loop
	GCBudgetAddr  uint32 // an int64 polled at the back-edge when the trace may allocate: <= 0 leaves
	BudgetOutAddr uint32 // if non-zero, every exit stores the budget left (an i32) here
	// CountAddr, if non-zero (with BudgetOutAddr), is the address of an
	// int64 that counts the bytecodes inner traces run: after each call
	// of the inner trace in slot s, its iterations (InnerBudget less the
	// budget it left) times InnerBytecodes[s].Iteration are added there,
	// and AtExit[id] when it ended at exit id (the --jit-stats count:
	// docs/jit.md "Bytecodes counted in compiled code").
	CountAddr      uint32
	InnerBytecodes map[int32]InnerCount
	// EnterBytecodes (with CountAddr and Enter): the trace's recorded
	// bytecodes, added to the count word at its end, where it enters
	// another trace: a path or side trace ending so runs no iteration
	// the budget would count.
	EnterBytecodes int
	// LinkBase, if non-zero (and with a table), is the linear-memory
	// address of the trace's LinkWords link words: exit id's word, at
	// LinkBase+4*id, is 0 (return the exit number as usual) or the table
	// slot + 1 of a side trace, which the exit calls with the frame and the
	// budget after writing its snapshot. A root trace (one ending in JLOOP)
	// goes round again from its entry when the side trace returns
	// LoopAgain, counting the budget and polling as at a back-edge; any
	// other result it returns as its own.
	LinkBase uint32
	// NestedLinks gives, per inner trace slot this trace calls (at one
	// call site), a range of its link words for the inner trace's exits
	// that this trace does not continue after: inner exit id's word is
	// at LinkBase+4*(Base+id) for id < Count, and a set word calls a side
	// trace of this trace there, as for the trace's own exits.
	NestedLinks map[int32]NestedLink
	// ExitPCs, if non-zero, is the linear-memory address of the exit-pc
	// table: the word for exit id of the trace in slot s, at
	// ExitPCs+4*(LinkWords*s+id) for id < LinkWords, is that exit's
	// resume pc + 1 when it resumes in the trace's own frame, else 0. A
	// call of an inner trace that names the pc where the inner loop ends
	// (InnerTracePrefix+"SLOT:ID,...:PC") also goes on after any exit
	// tagged NestedFlag (an exit of one of the inner trace's side traces)
	// whose word is PC + 1.
	ExitPCs uint32
	// Side marks a side trace (ending in EXIT): the final EXIT returns
	// LoopAgain, every other exit NestedFlag | Slot<<NestedSlotShift | id
	// (so Go knows whose snapshot it was), and a linked exit returns the
	// side trace's result unchanged.
	Side bool
	// Enter: the final EXIT returns EnterTrace |
	// EnterSlot<<NestedSlotShift (storing the budget left) instead of
	// LoopAgain: the side trace ends at the header of the loop whose root
	// trace is in EnterSlot. Without Side, the trace is a root that left
	// its loop (a path, ending in EXIT, not JLOOP): its other exits link
	// to side traces as a side trace's do, and return what those return.
	Enter     bool
	EnterSlot int32
	// FastLoop (with Side, without Enter): Lowered.LoopFast reports
	// whether SideLoopsFast(trace, FastRoot) holds (FastRoot is the root
	// trace's optimised IR), i.e. whether the root may carry the side
	// trace inside (Inline).
	FastLoop bool
	FastRoot *ir.Trace
	// Inline (a peeled root with links): side traces whose code the root
	// carries at the exits they continue (inline.go); Lower fails if one
	// cannot be inlined.
	Inline []InlineSide
	// SlotFree: the module names neither its slot nor its link words'
	// address (slotfree.go): the runtime installs it with Installer and
	// sets its globals to SlotValues. Ignored with Inline.
	SlotFree bool
	// EntryWords (a side trace): frame words, by byte offset, that the
	// frame holds whenever the trace is entered: the constants its
	// parent's exit wrote (ExitWords). Exits leave out stores of the same
	// words (knowntags.go).
	EntryWords map[uint32]FrameWord
}

// Lowered is the result of Lower.
type Lowered struct {
	Wasm []byte
	// Instrs is the trace function's size as its compile is priced (the
	// payoff rules, the MaxTraceInstrs cap): its wasm instructions, with
	// the code of a shared exit segment counted once per exit that runs
	// it, since sharing makes a module smaller but its compile barely
	// cheaper (exitshare.go), and with two kinds of saved instructions
	// still counted: the local.set/local.get pairs FoldSetGet removes
	// (setget.go; wazero compiles them almost for free, and the price per
	// instruction was measured on a mix with them in) and the link word
	// addresses the exit tail computes (tailaddr.go; exact, so that the
	// trace decisions stay those of the larger code). The tag stores
	// knowntags.go leaves out are not counted, nor is the bytecode
	// counting code (LowerConfig.CountAddr: the stats flags must not
	// change what pays). Emitted is the number in the function.
	Instrs  int
	Emitted int
	// FastRestart: a root whose inlined side traces can go back into its
	// loop (fastloop.go). LoopFast: a side trace that may be inlined so
	// (LowerConfig.FastLoop).
	FastRestart bool
	LoopFast    bool
	// SlotFree: the module was lowered slot-free (LowerConfig.SlotFree).
	SlotFree bool
}

// Lower encodes t as a module. It fails on IR it cannot lower (unknown
// ops, offsets outside the u32 range, inlined-frame snapshots are fine:
// they only write registers) and on any encoding error.
func Lower(t *ir.Trace, cfg LowerConfig) (*Lowered, error) {
	l := &lowerer{t: t, cfg: cfg, m: NewModule()}
	l.m.Name = cfg.Name
	if err := l.lower(); err != nil {
		return nil, fmt.Errorf("lowering trace %s: %w", t.Name, err)
	}
	b, err := l.m.Bytes()
	if err != nil {
		return nil, fmt.Errorf("lowering trace %s: %w", t.Name, err)
	}
	return &Lowered{Wasm: b, Instrs: l.f.Len() + l.sharedInstrs + l.unpriced, Emitted: l.f.Len() - l.f.Folded(), FastRestart: l.canFast, LoopFast: l.loopFast, SlotFree: l.slotFree}, nil
}

type lowerer struct {
	t   *ir.Trace
	cfg LowerConfig
	m   *Module
	f   *Func

	local   []uint32 // per instruction, its result local (0: none; local 0 is the frame)
	frame   uint32
	budget  uint32
	flag    uint32
	scratch map[ValType][]uint32

	exitLbl map[ir.SnapID]Label
	safeLbl map[ir.SnapID]Label
	// exitUses counts the guarded instructions (and EXITs) of each
	// snapshot; a guard of a snapshot two or more of them share branches
	// to its own block in tramps, which branches on to the shared exit
	// (sharedexit.go). cur is the instruction being lowered.
	exitUses map[ir.SnapID]int
	tramps   []exitTramp
	trampAt  map[ir.Ref]int
	cur      ir.Ref
	loopLbl  Label

	restartLbl Label     // with a fast plan, the root's outer loop (a fast restart goes round it)
	againLbl   Label     // the block whose end counts and polls a restart (LoopAgain from a side trace)
	restart    bool      // the function body is wrapped in againLbl (and restartLbl)
	finalSnap  ir.SnapID // a side trace's final EXIT snapshot (returns LoopAgain)
	backSnap   ir.SnapID // a root's JLOOP snapshot: a restart safepoint returns it
	link       uint32    // scratch i32 for the link word and the side trace's result
	tailLbl    Label     // the block whose end is the shared exit tail (exitTail)
	xcode      uint32    // i32: the exit number the shared tail returns (or-ed with flag)
	xaddr      uint32    // i32: the address of the exit's link word, 0 for none
	tailAddr   bool      // the tail computes xaddr from xcode (tailaddr.go)
	fast       *fastPlan // a peeled root's fast restart (fastloop.go) when it carries side traces, or nil
	canFast    bool      // the root has a fast restart plan (Lowered.FastRestart)
	resume     uint32    // i32: 1 once the loop was reached (the fast restart skips the pre-loop)
	preLbl     Label     // the block around the pre-loop that resume skips
	loopFast   bool      // a side trace that SideLoopsFast allows (Lowered.LoopFast)

	// An inlined side trace's lowerer (inline.go): its SLOADs of
	// registers the root's exit snapshot names are the root's values.
	parent *lowerer
	subst  map[ir.Ref]ir.Ref
	inline map[ir.SnapID]*InlineSide // a root's inlined side traces by exit

	fnAlloc, fnFMod, fnFFloorDiv int64 // function indexes, -1 if not imported
	fnAllocFast                  int64 // alloc_small (allocfast.go), -1 if not defined
	helpers                      []uint32
	pollGC                       bool
	sharedInstrs                 int           // exit code shared by more than one exit, once per extra exit
	exitEmitted, exitModel       int           // the exit code's counted size as emitted and as layoutSize models it (tests)
	copyAlone                    bool          // tests: lay the exits out as priced (exitprice.go)
	unpriced                     int           // instructions saved that the priced size still counts (tailaddr.go)
	redoSolo                     *soloBranches // while redoing pre-loop guards: their trampolines to the slow way
	err                          error

	pairVal ir.Ref   // a payload XLOAD its tag's read already emitted (pairload.go)
	touch   []uint32 // per instruction, the end its bound touch checks (boundtouch.go)

	zero       uint32   // the i32 local that stays 0: constant pointers' base (zerobase.go)
	hasZero    bool     // zero is declared
	constTouch []uint32 // per instruction, the end its touch through zero checks (zerobase.go)

	slotFree      bool                               // LowerConfig.SlotFree holds for this module (slotfree.go)
	known         map[ir.SnapID]map[uint32]FrameWord // frame words each exit need not store (knowntags.go)
	gCode, gLinks uint32                             // its slot globals
}

// wasmType maps an IR type to its wasm value type.
func wasmType(t ir.Type) ValType {
	switch t {
	case ir.Bool, ir.Ptr:
		return I32
	case ir.Float:
		return F64
	}
	return I64
}

func (l *lowerer) fail(format string, args ...any) {
	if l.err == nil {
		l.err = fmt.Errorf(format, args...)
	}
}

func (l *lowerer) lower() error {
	t := l.t
	if len(t.Insts) < 2 {
		return errors.New("empty trace")
	}
	last := t.Insts[len(t.Insts)-1].Op
	if last != ir.JLOOP && last != ir.EXIT {
		return fmt.Errorf("trace ends with %s, not JLOOP or EXIT", last)
	}
	// Imports: memory, table, runtime functions, helpers (functions first
	// so that their indexes are fixed before NewFunc).
	l.fnAlloc, l.fnFMod, l.fnFFloorDiv, l.fnAllocFast = -1, -1, -1, -1
	needAlloc, needFMod, needFDiv := false, false, false
	for i := 1; i < len(t.Insts); i++ {
		switch t.Insts[i].Op {
		case ir.NEW:
			needAlloc = true
		case ir.FMOD:
			needFMod = true
		case ir.FFLOORDIV:
			needFDiv = true
		case ir.CALL:
			if h := t.Insts[i].Aux; h >= 0 && h < int64(len(t.Helpers)) && t.Helpers[h].Effect == ir.Writes {
				l.pollGC = true
			}
		}
	}
	for s := 1; s < len(t.Snaps); s++ {
		if len(t.Snaps[s].Virtuals) > 0 {
			needAlloc = true
		}
	}
	if needAlloc {
		l.pollGC = true
	}
	rt := l.cfg.RuntimeModule
	host := func(fn string) string { return rt }
	if l.cfg.HostModule != nil {
		host = l.cfg.HostModule
	}
	if needAlloc {
		l.fnAlloc = int64(l.m.ImportFunc(host(RuntimeAlloc), RuntimeAlloc, Sig([]ValType{I32, I32, I32}, I32)))
	}
	if needFMod {
		l.fnFMod = int64(l.m.ImportFunc(host(RuntimeFMod), RuntimeFMod, Sig([]ValType{F64, F64}, F64)))
	}
	if needFDiv {
		l.fnFFloorDiv = int64(l.m.ImportFunc(host(RuntimeFFloorDiv), RuntimeFFloorDiv, Sig([]ValType{F64, F64}, F64)))
	}
	for _, h := range t.Helpers {
		if strings.HasPrefix(h.Name, InnerTracePrefix) {
			l.helpers = append(l.helpers, 0)
			l.pollGC = true
			continue
		}
		params := make([]ValType, len(h.Args))
		for i, a := range h.Args {
			params[i] = wasmType(a)
		}
		var results []ValType
		if h.Result != ir.Void {
			results = append(results, wasmType(h.Result))
		}
		results = append(results, I32)
		mod := host(h.Name)
		if strings.HasPrefix(h.Name, WasmHelperPrefix) { // a wasm function (dictprobe.go)
			mod = WasmHelperModule(rt)
		} else if strings.HasPrefix(h.Name, HeapSiftPrefix) { // heapsift.go
			mod = HeapSiftModule(rt)
		}
		l.helpers = append(l.helpers, l.m.ImportFunc(mod, h.Name, Sig(params, results...)))
	}
	l.m.ImportMemory(l.cfg.MemModule, l.cfg.MemName, Limits{Min: 0})
	if l.cfg.TableModule != "" {
		l.m.ImportTable(l.cfg.TableModule, l.cfg.TableName, Limits{Min: l.cfg.TableMin})
	}
	f := l.m.NewFunc(TraceExport, Sig([]ValType{I32, I32}, I32))
	l.f = f
	f.FoldSetGet()
	if l.fnAlloc >= 0 {
		l.fnAllocFast = int64(emitAllocFast(l.m, uint32(l.fnAlloc)))
	}
	f.NameLocal(0, "frame")
	f.NameLocal(1, "budget")
	l.frame, l.budget = 0, 1
	l.flag = f.NamedLocal(I32, "safepoint")
	l.scratch = map[ValType][]uint32{}
	l.local = make([]uint32, len(t.Insts))
	for i := 1; i < len(t.Insts); i++ {
		in := &t.Insts[i]
		if in.Type != ir.Void && in.Op != ir.SUNK {
			l.local[i] = f.Local(wasmType(in.Type))
		}
	}
	l.m.ExportFunc(TraceExport, f.Index())
	l.slotFree = l.cfg.SlotFree && len(l.cfg.Inline) == 0 && l.cfg.TableModule != ""
	switch {
	case l.slotFree:
		l.slotFreeGlobals() // slotfree.go
	case l.cfg.TableModule != "":
		l.m.Elem(ConstI32(l.cfg.Slot), f.Index())
	}
	if l.cfg.Side {
		if last != ir.EXIT {
			return errors.New("side trace does not end in EXIT")
		}
		if l.cfg.Slot < 0 || l.cfg.Slot > MaxNestedSlot {
			return fmt.Errorf("side trace slot %d out of range", l.cfg.Slot)
		}
		if l.cfg.Enter && (l.cfg.EnterSlot < 0 || l.cfg.EnterSlot > MaxNestedSlot) {
			return fmt.Errorf("entered trace slot %d out of range", l.cfg.EnterSlot)
		}
		l.finalSnap = t.Insts[len(t.Insts)-1].Snap
	} else if l.cfg.Enter {
		if last != ir.EXIT {
			return errors.New("a root trace that enters another does not end in EXIT")
		}
		if l.cfg.EnterSlot < 0 || l.cfg.EnterSlot > MaxNestedSlot {
			return fmt.Errorf("entered trace slot %d out of range", l.cfg.EnterSlot)
		}
		l.finalSnap = t.Insts[len(t.Insts)-1].Snap
	}
	if l.linking() {
		l.link = f.NamedLocal(I32, "link")
		if !l.cfg.Side && last == ir.JLOOP {
			l.restart = true
			l.backSnap = t.Insts[len(t.Insts)-1].Snap
			p, ok := l.planFast()
			l.canFast = ok
			if ok && len(l.cfg.Inline) > 0 {
				// A fast restart (an inlined side trace going back into
				// the loop) keeps the pre-loop's locals: the body is a
				// loop. Otherwise the restart is a tail call of the
				// function itself, and the body no loop (wazero's compile
				// of a body inside a loop costs much more: docs/jit.md
				// "What a compile costs").
				l.fast = p
				l.resume = f.NamedLocal(I32, "resume")
				l.restartLbl = f.Loop()
			}
			l.againLbl = f.Block()
		}
	}
	if len(l.cfg.Inline) > 0 {
		l.inline = map[ir.SnapID]*InlineSide{}
		for i := range l.cfg.Inline {
			s := &l.cfg.Inline[i]
			if err := l.checkInline(s); err != nil {
				return fmt.Errorf("inlining side trace at exit %d: %w", s.Exit, err)
			}
			if l.inline[s.Exit] != nil {
				return fmt.Errorf("two side traces inlined at exit %d", s.Exit)
			}
			l.inline[s.Exit] = s
		}
	}
	if l.cfg.Side && l.cfg.FastLoop && !l.cfg.Enter && l.linking() {
		l.loopFast = SideLoopsFast(t, l.cfg.FastRoot)
	}

	// The exit blocks: one per snapshot that some instruction exits
	// through, outermost first; a loop snapshot also gets a safepoint
	// block just inside its own.
	used := make([]bool, len(t.Snaps))
	loopSnap := make([]bool, len(t.Snaps))
	l.exitUses = map[ir.SnapID]int{}
	for i := 1; i < len(t.Insts); i++ {
		in := &t.Insts[i]
		if in.Snap == ir.NoSnap {
			continue
		}
		if int(in.Snap) >= len(t.Snaps) || in.Snap < 0 {
			return fmt.Errorf("%04d: snapshot %d out of range", i, in.Snap)
		}
		switch {
		case in.Op == ir.LOOP || in.Op == ir.JLOOP:
			used[in.Snap], loopSnap[in.Snap] = true, true
		case in.Op == ir.EXIT || in.Guarded():
			used[in.Snap] = true
			l.exitUses[in.Snap]++
		}
	}
	l.exitLbl = map[ir.SnapID]Label{}
	l.safeLbl = map[ir.SnapID]Label{}
	// The shared exit tail (exitTail): every exit's code ends by setting
	// its number (and link word address) and branching here.
	l.xcode = f.NamedLocal(I32, "exit")
	if l.linksExits() {
		l.xaddr = f.NamedLocal(I32, "linkaddr")
	}
	l.tailLbl = f.Block()
	var order []ir.SnapID
	for s := len(t.Snaps) - 1; s > 0; s-- {
		if used[s] {
			order = append(order, ir.SnapID(s))
		}
	}
	plan := l.planExits(order, loopSnap) // exitshare.go
	if l.copyAlone {
		plan.inline = plan.priceInline
		plan.segs = plan.place(plan.inline)
	}
	l.tailAddr = l.addrInTail(plan) // tailaddr.go
	l.openExitBlocks(plan)
	l.openTramps() // sharedexit.go
	loop := t.LoopRef()
	if loop == ir.Nil {
		l.loopLbl = f.Loop()
	}
	if l.fast != nil {
		// A fast restart comes back here with resume set: skip the
		// pre-loop, whose values are still in their locals.
		l.preLbl = f.Block()
		f.LocalGet(l.resume)
		f.BrIf(f.LabelDepth(l.preLbl))
	}
	if loop == ir.Nil {
		l.touchFrame(1, t.Len()) // boundtouch.go
	} else {
		l.touchFrame(1, loop)
	}
	for r := ir.Ref(1); r < t.Len(); r++ {
		l.cur = r
		l.inst(r, loop)
		if l.err != nil {
			return fmt.Errorf("%04d %s: %w", r, t.Insts[r].Op, l.err)
		}
	}
	// The last instruction (JLOOP or EXIT) branched away: close the loop.
	f.End()
	f.Unreachable()
	l.emitTramps()
	x0 := f.Len() + l.sharedInstrs
	l.emitExits(plan)
	l.exitEmitted = f.Len() + l.sharedInstrs - x0 + len(plan.segs) // with the blocks openExitBlocks opened
	// The priced size stays that of the old layout (exitprice.go).
	delta, model := plan.priceDelta()
	l.unpriced += delta
	l.exitModel = model
	l.exitTail()
	if l.restart {
		// A side trace returned LoopAgain: a back-edge of the root loop.
		// Count it and poll as JLOOP does; a safepoint here returns the
		// loop snapshot's number without writing it (the side trace wrote
		// the frame).
		f.End()
		l.pushSafepointTest(true, true)
		f.If()
		l.storeBudget()
		f.I32Const(int32(l.backSnap) | SafepointFlag)
		f.Return()
		f.End()
		if l.fast != nil {
			l.fastRestart()
			f.Br(f.LabelDepth(l.restartLbl))
			f.End()
			f.Unreachable()
		} else {
			f.LocalGet(l.frame)
			f.LocalGet(l.budget)
			f.ReturnCall(f.Index())
		}
	}
	if l.err != nil {
		return l.err
	}
	return f.Finish()
}

// linking reports whether exits may link to side traces.
func (l *lowerer) linking() bool { return l.cfg.LinkBase != 0 && l.cfg.TableModule != "" }

// linksExits reports whether this trace's exits read their link words: a
// root loop's (restart), a side trace's, a root path's (Enter).
func (l *lowerer) linksExits() bool {
	return l.linking() && (l.restart || l.cfg.Side || l.cfg.Enter)
}

// isSafe reports whether snapshot id has a safepoint block.
func (l *lowerer) isSafe(id ir.SnapID) bool {
	_, ok := l.safeLbl[id]
	return ok
}

// storeBudget stores the budget left where Go reads it.
func (l *lowerer) storeBudget() {
	if l.cfg.BudgetOutAddr != 0 {
		l.f.I32Const(0)
		l.f.LocalGet(l.budget)
		l.f.I32Store(l.cfg.BudgetOutAddr)
	}
}

// toTail ends an exit's code (its snapshot written): the exit number
// (without the safepoint flag, which the tail ors in) and the address of
// its link word (0: it never links) go into locals, and a branch goes to
// the shared tail.
func (l *lowerer) toTail(code int32, linkAddr uint32) {
	f := l.f
	f.I32Const(code)
	f.LocalSet(l.xcode)
	if l.linksExits() {
		f.I32Const(int32(linkAddr))
		f.LocalSet(l.xaddr)
	}
	f.Br(f.LabelDepth(l.tailLbl))
}

// exitTail closes the tail block and emits the code every exit shares
// (docs/jit.md "What a compile costs"): the link word's test and the call
// of the side trace it names (never on a safepoint exit, which must reach
// Go), the budget left stored, the exit number returned. One copy instead
// of one per exit: wazero's compile time per call_indirect is large.
func (l *lowerer) exitTail() {
	f := l.f
	f.End()
	l.tailLinkAddr() // tailaddr.go
	l.tailSlotCode() // slotfree.go
	if len(l.safeLbl) > 0 {
		f.LocalGet(l.xcode)
		f.LocalGet(l.flag)
		f.Op(OpI32Or)
		f.LocalSet(l.xcode)
	}
	if l.linksExits() {
		f.LocalGet(l.xaddr)
		f.If()
		l.linkAddr(l.xaddr) // slotfree.go
		f.I32Load(0)
		f.LocalTee(l.link)
		if len(l.safeLbl) > 0 {
			f.I32Const(0)
			f.LocalGet(l.flag)
			f.Op(OpI32Eqz)
			f.Select()
		}
		f.If()
		l.callLinked()
		f.End()
		f.End()
	}
	l.storeBudget()
	f.LocalGet(l.xcode)
	f.Return()
}

// callLinked calls the side trace whose slot + 1 is in the link local and
// returns its result, except that a root goes round again on LoopAgain.
func (l *lowerer) callLinked() {
	f := l.f
	f.LocalGet(l.frame)
	f.LocalGet(l.budget)
	f.LocalGet(l.link)
	f.I32Const(1)
	f.Op(OpI32Sub)
	f.CallIndirect(l.m.Type(Sig([]ValType{I32, I32}, I32)), 0)
	if l.cfg.Side || !l.restart {
		// A side trace or a root path: no loop of its own to go round.
		f.Return()
		return
	}
	f.LocalTee(l.link)
	f.Op(OpI32Eqz)
	f.BrIf(f.LabelDepth(l.againLbl))
	f.LocalGet(l.link)
	f.Return()
}

// temp returns a scratch local of type vt; release gives it back.
func (l *lowerer) temp(vt ValType) uint32 {
	if s := l.scratch[vt]; len(s) > 0 {
		x := s[len(s)-1]
		l.scratch[vt] = s[:len(s)-1]
		return x
	}
	return l.f.Local(vt)
}

func (l *lowerer) release(vt ValType, x uint32) { l.scratch[vt] = append(l.scratch[vt], x) }

// push pushes the value of r.
func (l *lowerer) push(r ir.Ref) {
	f := l.f
	if x, ok := l.subst[r]; ok {
		l.parent.push(x)
		return
	}
	switch {
	case r < 0:
		if int(-r) >= len(l.t.Consts) {
			l.fail("constant %d out of range", r)
			f.I32Const(0)
			return
		}
		c := l.t.Const(r)
		switch wasmType(c.Type) {
		case I32:
			f.I32Const(int32(uint32(c.Bits)))
		case F64:
			f.F64Const(math.Float64frombits(c.Bits))
		default:
			f.I64Const(int64(c.Bits))
		}
	case r > 0 && int(r) < len(l.local) && l.local[r] != 0:
		f.LocalGet(l.local[r])
	default:
		l.fail("operand %d has no value", r)
		f.I32Const(0)
	}
}

// constInt returns r's value when r is an int constant.
func (l *lowerer) constInt(r ir.Ref) (int64, bool) {
	if r >= 0 || int(-r) >= len(l.t.Consts) {
		return 0, false
	}
	if _, ok := l.subst[r]; ok {
		return 0, false
	}
	c := l.t.Const(r)
	if c.Type != ir.Int {
		return 0, false
	}
	return int64(c.Bits), true
}

// set stores the value on the stack into r's local.
func (l *lowerer) set(r ir.Ref) { l.f.LocalSet(l.local[r]) }

// exitIf branches to snap's exit when the i32 on the stack is non-zero.
func (l *lowerer) exitIf(snap ir.SnapID) {
	lbl, ok := l.exitLbl[snap]
	if !ok {
		l.fail("no exit block for snapshot %d", snap)
		l.f.Drop()
		return
	}
	if i, ok := l.trampAt[l.cur]; ok && l.tramps[i].snap == snap {
		lbl = l.tramps[i].lbl // sharedexit.go
	}
	if l.redoSolo != nil {
		lbl = l.redoSolo.next() // a pre-loop guard redone (soloedge.go)
	}
	l.f.BrIf(l.f.LabelDepth(lbl))
}

// exitUnless branches to snap's exit when the i32 on the stack is zero.
func (l *lowerer) exitUnless(snap ir.SnapID) {
	l.f.Op(OpI32Eqz)
	l.exitIf(snap)
}

// offset checks a byte offset for a memory argument.
func (l *lowerer) offset(off int64) uint32 {
	if off < 0 || off > math.MaxUint32 {
		l.fail("offset %d outside the u32 range", off)
		return 0
	}
	return uint32(off)
}

// loadWord loads the 8-byte word at the address on the stack plus off as
// an IR value of type ty (ir.Exec's rules: pointers keep the low 32 bits,
// bools the low bit).
func (l *lowerer) loadWord(ty ir.Type, off uint32) {
	f := l.f
	switch ty {
	case ir.Float:
		f.F64Load(off)
	case ir.Ptr:
		f.I64Load(off)
		f.Op(OpI32WrapI64)
	case ir.Bool:
		f.I64Load(off)
		f.Op(OpI32WrapI64)
		f.I32Const(1)
		f.Op(OpI32And)
	default:
		f.I64Load(off)
	}
}

// storeWord stores the value pushed by val, of IR type ty, as the 8-byte
// word at the address on the stack plus off.
func (l *lowerer) storeWord(ty ir.Type, off uint32, val func()) {
	f := l.f
	val()
	switch ty {
	case ir.Float:
		f.F64Store(off)
	case ir.Ptr, ir.Bool:
		f.Op(OpI64ExtendI32U)
		f.I64Store(off)
	default:
		f.I64Store(off)
	}
}

// address pushes base + 16*idx (base an i32 pointer, idx an i64 index).
func (l *lowerer) address(base, idx ir.Ref) {
	f := l.f
	l.push(base)
	l.push(idx)
	f.Op(OpI32WrapI64)
	f.I32Const(4)
	f.Op(OpI32Shl)
	f.Op(OpI32Add)
}

// applySnap writes snapshot id into the frame: rebuild its virtuals, then
// store every entry's tag and payload but those the frame holds already
// (knowntags.go).
func (l *lowerer) applySnap(id ir.SnapID) {
	f := l.f
	s := l.t.Snap(id)
	virt := l.rebuildVirtuals(id)
	value := func(r ir.Ref) (ir.Type, func()) {
		if x, ok := virt[r]; ok {
			return ir.Ptr, func() { f.LocalGet(x) }
		}
		return l.t.TypeOf(r), func() { l.push(r) }
	}
	for i := len(s.Entries) - 1; i >= 0; i-- {
		e := s.Entries[i]
		if e.Slot < 0 {
			l.fail("snapshot %d: negative slot", id)
			return
		}
		ws, n := l.entryStores(id, e) // knowntags.go
		for _, w := range ws[:n] {
			f.LocalGet(l.frame)
			ty, push := value(w.ref)
			l.storeWord(ty, w.off, push)
		}
	}
}

// rebuildVirtuals allocates snapshot id's virtuals and writes their
// fields; it returns the locals holding the new objects by SUNK ref.
func (l *lowerer) rebuildVirtuals(id ir.SnapID) map[ir.Ref]uint32 {
	f := l.f
	s := l.t.Snap(id)
	virt := map[ir.Ref]uint32{}
	for _, v := range s.Virtuals {
		if v.Alloc < 0 || int(v.Alloc) >= len(l.t.Allocs) || l.fnAlloc < 0 {
			l.fail("snapshot %d: bad virtual allocation %d", id, v.Alloc)
			return virt
		}
		d := l.t.Allocs[v.Alloc]
		f.I32Const(d.Size())
		f.I32Const(int32(d.Kind))
		f.I32Const(d.NumVals)
		l.callAlloc(d.Size())
		x := f.Local(I32)
		f.LocalSet(x)
		virt[v.Ref] = x
	}
	value := func(r ir.Ref) (ir.Type, func()) {
		if x, ok := virt[r]; ok {
			return ir.Ptr, func() { f.LocalGet(x) }
		}
		return l.t.TypeOf(r), func() { l.push(r) }
	}
	// Highest address first: wazero then checks the bounds of a base
	// once (the first store covers the lower ones), not at every store
	// (docs/jit.md "What a compile costs").
	for _, v := range s.Virtuals {
		fields := slices.Clone(v.Fields)
		slices.SortStableFunc(fields, func(a, b ir.VField) int { return cmp.Compare(b.Off, a.Off) })
		for _, fd := range fields {
			f.LocalGet(virt[v.Ref])
			ty, push := value(fd.Val)
			l.storeWord(ty, l.offset(int64(fd.Off)), push)
		}
	}
	return virt
}

// pushSafepointTest decrements the budget and pushes the i32 "leave for
// a safepoint" condition: the budget is exhausted, or (when poll) the
// interrupt word is set, or (when pollGC) the collector's budget has run
// out.
func (l *lowerer) pushSafepointTest(poll, pollGC bool) {
	f := l.f
	f.LocalGet(l.budget)
	f.I32Const(1)
	f.Op(OpI32Sub)
	f.LocalTee(l.budget)
	f.I32Const(0)
	f.Op(OpI32LeS)
	if poll {
		f.I32Const(0)
		f.I32Load(l.cfg.InterruptAddr)
		f.Op(OpI32Or)
	}
	if pollGC {
		f.I32Const(0)
		f.I64Load(l.cfg.GCBudgetAddr)
		f.I64Const(0)
		f.Op(OpI64LeS)
		f.Op(OpI32Or)
	}
}

// countdown decrements the budget and leaves through snap's safepoint
// block when it is exhausted (and, at the back-edge, when a poll says so).
func (l *lowerer) countdown(snap ir.SnapID, backEdge bool) {
	f := l.f
	if backEdge && l.sparseCountdown(snap) { // sparsepoll.go
		return
	}
	l.pushSafepointTest(backEdge, backEdge && l.pollGC)
	lbl, ok := l.safeLbl[snap]
	if !ok {
		l.fail("no safepoint block for snapshot %d", snap)
		f.Drop()
		return
	}
	f.BrIf(f.LabelDepth(lbl))
}

var intCmp = map[ir.Cond]Op{ir.EQ: OpI64Eq, ir.NE: OpI64Ne, ir.LT: OpI64LtS, ir.LE: OpI64LeS, ir.GT: OpI64GtS,
	ir.GE: OpI64GeS, ir.ULT: OpI64LtU, ir.ULE: OpI64LeU, ir.UGT: OpI64GtU, ir.UGE: OpI64GeU}
var i32Cmp = map[ir.Cond]Op{ir.EQ: OpI32Eq, ir.NE: OpI32Ne, ir.LT: OpI32LtS, ir.LE: OpI32LeS, ir.GT: OpI32GtS,
	ir.GE: OpI32GeS, ir.ULT: OpI32LtU, ir.ULE: OpI32LeU, ir.UGT: OpI32GtU, ir.UGE: OpI32GeU}
var floatCmp = map[ir.Cond]Op{ir.EQ: OpF64Eq, ir.NE: OpF64Ne, ir.LT: OpF64Lt, ir.LE: OpF64Le, ir.GT: OpF64Gt, ir.GE: OpF64Ge}

// compare pushes the i32 truth of a c b (operands of a's type).
func (l *lowerer) compare(c ir.Cond, a, b ir.Ref, float bool) {
	var op Op
	var ok bool
	switch {
	case float:
		op, ok = floatCmp[c]
	case wasmType(l.t.TypeOf(a)) == I32:
		op, ok = i32Cmp[c]
	default:
		op, ok = intCmp[c]
	}
	if !ok {
		l.fail("condition %s not valid here", c)
		op = OpI32Eq
	}
	l.push(a)
	l.push(b)
	l.f.Op(op)
}

var simpleOps = map[ir.Op]Op{
	ir.IAND: OpI64And, ir.IOR: OpI64Or, ir.IXOR: OpI64Xor,
	ir.FADD: OpF64Add, ir.FSUB: OpF64Sub, ir.FMUL: OpF64Mul,
	ir.FNEG: OpF64Neg, ir.FABS: OpF64Abs, ir.FSQRT: OpF64Sqrt, ir.FFLOOR: OpF64Floor,
	ir.FCEIL: OpF64Ceil, ir.FTRUNC: OpF64Trunc, ir.ITOF: OpF64ConvertI64S,
	ir.BTOI: OpI64ExtendI32U, ir.BNOT: OpI32Eqz, ir.BAND: OpI32And, ir.BOR: OpI32Or,
}

// inst lowers instruction r.
func (l *lowerer) inst(r ir.Ref, loop ir.Ref) {
	t, f := l.t, l.f
	in := &t.Insts[r]
	g := in.Guarded()
	l.pairStep(r) // pairload.go
	switch in.Op {
	case ir.NOP, ir.SUNK, ir.PHI:
	case ir.LOOP:
		l.countdown(in.Snap, false)
		for p := r + 1; p < t.Len() && t.Insts[p].Op == ir.PHI; p++ {
			l.push(t.Insts[p].A)
			l.set(p)
		}
		if l.fast != nil {
			f.I32Const(1)
			f.LocalSet(l.resume)
			f.End() // the pre-loop block
		}
		l.loopLbl = f.Loop()
		l.touchFrame(r+1, t.Len())
	case ir.JLOOP:
		l.countdown(in.Snap, true)
		if loop != ir.Nil {
			var phis []ir.Ref
			for p := loop + 1; p < t.Len() && t.Insts[p].Op == ir.PHI; p++ {
				phis = append(phis, p)
			}
			for _, p := range phis {
				l.push(t.Insts[p].B)
			}
			for i := len(phis) - 1; i >= 0; i-- {
				l.set(phis[i])
			}
		} else {
			l.applySnap(in.Snap)
		}
		f.Br(f.LabelDepth(l.loopLbl))
	case ir.EXIT:
		f.I32Const(1)
		l.exitIf(in.Snap)
	case ir.SLOAD:
		if in.Aux < 0 || in.Aux >= 1<<27 {
			l.fail("slot %d out of range", in.Aux)
			return
		}
		f.LocalGet(l.frame)
		off := uint32(16 * in.Aux)
		if in.Type != ir.Tag {
			off += 8
		}
		l.loadWord(in.Type, off)
		l.set(r)
	case ir.SSTORE:
		if in.Aux < 0 || in.Aux >= 1<<27 {
			l.fail("slot %d out of range", in.Aux)
			return
		}
		f.LocalGet(l.frame)
		l.storeWord(t.TypeOf(in.A), uint32(16*in.Aux), func() { l.push(in.A) })
		f.LocalGet(l.frame)
		l.storeWord(t.TypeOf(in.B), uint32(16*in.Aux+8), func() { l.push(in.B) })
	case ir.GCMP:
		// Exit when the negated condition holds: one compare and a
		// br_if, without the i32.eqz (exact for ints, tags, pointers).
		l.compare(in.Cond().Negate(), in.A, in.B, false)
		l.exitIf(in.Snap)
	case ir.GFCMP:
		// Not negated: !(a < b) is not a >= b when either is NaN.
		l.compare(in.Cond(), in.A, in.B, true)
		l.exitUnless(in.Snap)
	case ir.ABC:
		if l.boundsConst(in) || l.boundsLoaded(in) { // intconst.go, pairload.go
			break
		}
		l.push(in.A)
		f.I64Const(0)
		f.Op(OpI64GeS)
		l.push(in.A)
		l.push(in.B)
		f.Op(OpI64LtS)
		f.Op(OpI32And)
		l.exitUnless(in.Snap)
	case ir.ICMP, ir.FCMP:
		l.compare(in.Cond(), in.A, in.B, in.Op == ir.FCMP)
		l.set(r)
	case ir.IADD, ir.ISUB:
		l.push(in.A)
		l.push(in.B)
		if in.Op == ir.IADD {
			f.Op(OpI64Add)
		} else {
			f.Op(OpI64Sub)
		}
		l.set(r)
		if g && l.addConstCheck(in) { // intconst.go
			l.exitIf(in.Snap)
		} else if g {
			// add: ((r^a)&(r^b)) < 0; sub: ((a^b)&(a^r)) < 0
			if in.Op == ir.IADD {
				l.push(r)
				l.push(in.A)
				f.Op(OpI64Xor)
				l.push(r)
				l.push(in.B)
				f.Op(OpI64Xor)
			} else {
				l.push(in.A)
				l.push(in.B)
				f.Op(OpI64Xor)
				l.push(in.A)
				l.push(r)
				f.Op(OpI64Xor)
			}
			f.Op(OpI64And)
			f.I64Const(0)
			f.Op(OpI64LtS)
			l.exitIf(in.Snap)
		}
	case ir.IMUL:
		l.push(in.A)
		l.push(in.B)
		f.Op(OpI64Mul)
		l.set(r)
		if g && l.mulCheck(r, in) { // intconst.go
			l.exitIf(in.Snap)
		} else if g {
			l.push(in.B)
			f.Op(OpI64Eqz)
			f.If(I32)
			f.I32Const(0)
			f.Else()
			l.push(in.B)
			f.I64Const(-1)
			f.Op(OpI64Eq)
			f.If(I32)
			l.push(in.A)
			f.I64Const(math.MinInt64)
			f.Op(OpI64Eq)
			f.Else()
			l.push(r)
			l.push(in.B)
			f.Op(OpI64DivS)
			l.push(in.A)
			f.Op(OpI64Ne)
			f.End()
			f.End()
			l.exitIf(in.Snap)
		}
	case ir.INEG, ir.IABS:
		if in.Op == ir.INEG {
			f.I64Const(0)
			l.push(in.A)
			f.Op(OpI64Sub)
		} else {
			s := l.temp(I64)
			l.push(in.A)
			f.I64Const(63)
			f.Op(OpI64ShrS)
			f.LocalSet(s)
			l.push(in.A)
			f.LocalGet(s)
			f.Op(OpI64Xor)
			f.LocalGet(s)
			f.Op(OpI64Sub)
			l.release(I64, s)
		}
		l.set(r)
		if g {
			l.push(in.A)
			f.I64Const(math.MinInt64)
			f.Op(OpI64Eq)
			l.exitIf(in.Snap)
		}
	case ir.IFLOORDIV, ir.IMOD:
		if !l.intDivConst(r, in) { // intconst.go
			l.intDiv(r, in, g)
		}
	case ir.ISHL:
		l.push(in.A)
		l.push(in.B)
		f.Op(OpI64Shl)
		l.set(r)
		if g {
			if n, ok := l.constInt(in.B); ok {
				// A constant count: its range check is decided here.
				if uint64(n) > 63 {
					f.I32Const(1)
					l.exitIf(in.Snap)
					break
				}
				l.push(r)
				l.push(in.B)
				f.Op(OpI64ShrS)
				l.push(in.A)
				f.Op(OpI64Ne)
				l.exitIf(in.Snap)
				break
			}
			l.push(in.B)
			f.I64Const(63)
			f.Op(OpI64LeU)
			l.push(r)
			l.push(in.B)
			f.Op(OpI64ShrS)
			l.push(in.A)
			f.Op(OpI64Eq)
			f.Op(OpI32And)
			l.exitUnless(in.Snap)
		}
	case ir.ISHR:
		l.push(in.A)
		if n, ok := l.constInt(in.B); ok {
			// A constant count is clamped here (ir.Shr: outside 0..63
			// shifts by 63), and its guard (a negative count) decided.
			if uint64(n) > 63 {
				f.I64Const(63)
			} else {
				f.I64Const(n)
			}
			f.Op(OpI64ShrS)
			l.set(r)
			if g && n < 0 {
				f.I32Const(1)
				l.exitIf(in.Snap)
			}
			break
		}
		l.push(in.B)
		f.I64Const(63)
		l.push(in.B)
		f.I64Const(63)
		f.Op(OpI64LeU)
		f.Select()
		f.Op(OpI64ShrS)
		l.set(r)
		if g {
			l.push(in.B)
			f.I64Const(0)
			f.Op(OpI64LtS)
			l.exitIf(in.Snap)
		}
	case ir.IMIN, ir.IMAX:
		l.push(in.A)
		l.push(in.B)
		l.push(in.A)
		l.push(in.B)
		if in.Op == ir.IMIN {
			f.Op(OpI64LtS)
		} else {
			f.Op(OpI64GtS)
		}
		f.Select()
		l.set(r)
	case ir.FMIN, ir.FMAX:
		// Python's min: b if b < a else a; max: b if b > a else a.
		l.push(in.B)
		l.push(in.A)
		l.push(in.B)
		l.push(in.A)
		if in.Op == ir.FMIN {
			f.Op(OpF64Lt)
		} else {
			f.Op(OpF64Gt)
		}
		f.Select()
		l.set(r)
	case ir.FFLOORDIV, ir.FMOD:
		// b == 0: NaN (and exit when guarded); else the runtime function.
		l.push(in.B)
		f.F64Const(0)
		f.Op(OpF64Eq)
		f.If(F64)
		f.F64Const(math.NaN())
		f.Else()
		l.push(in.A)
		l.push(in.B)
		if in.Op == ir.FMOD {
			f.Call(uint32(l.fnFMod))
		} else {
			f.Call(uint32(l.fnFFloorDiv))
		}
		f.End()
		l.set(r)
		if g {
			l.push(in.B)
			f.F64Const(0)
			f.Op(OpF64Eq)
			l.exitIf(in.Snap)
		}
	case ir.FTOI:
		l.push(in.A)
		f.Op(OpI64TruncSatF64S)
		l.set(r)
		if g {
			l.push(in.A)
			f.F64Const(-9223372036854775808.0)
			f.Op(OpF64Ge)
			l.push(in.A)
			f.F64Const(9223372036854775808.0)
			f.Op(OpF64Lt)
			f.Op(OpI32And)
			l.exitUnless(in.Snap)
		}
	case ir.FDIV:
		l.push(in.A)
		l.push(in.B)
		f.Op(OpF64Div)
		l.set(r)
		if g {
			l.push(in.B)
			f.F64Const(0)
			f.Op(OpF64Eq)
			l.exitIf(in.Snap)
		}
	case ir.FLOAD:
		l.touchBound(r) // boundtouch.go
		l.touchConst(r) // zerobase.go
		l.loadWord(in.Type, l.pushBase(in))
		l.set(r)
	case ir.XLOAD:
		if l.pairLoad(r) { // pairload.go
			break
		}
		l.address(in.A, in.B)
		l.loadWord(in.Type, l.offset(in.Aux))
		l.set(r)
	case ir.BLOAD:
		l.byteLoad(in)
		l.set(r)
	case ir.FSTORE:
		l.touchBound(r)
		l.touchConst(r)
		l.storeWord(t.TypeOf(in.B), l.pushBase(in), func() { l.push(in.B) })
	case ir.XSTORE:
		l.address(in.A, in.B)
		l.storeWord(t.TypeOf(in.C), l.offset(in.Aux), func() { l.push(in.C) })
	case ir.NEW:
		if in.Aux < 0 || in.Aux >= int64(len(t.Allocs)) {
			l.fail("allocation %d out of range", in.Aux)
			return
		}
		d := t.Allocs[in.Aux]
		f.I32Const(d.Size())
		f.I32Const(int32(d.Kind))
		f.I32Const(d.NumVals)
		l.callAlloc(d.Size())
		l.set(r)
	case ir.CALL:
		if in.Aux < 0 || in.Aux >= int64(len(t.Helpers)) {
			l.fail("helper %d out of range", in.Aux)
			return
		}
		h := t.Helpers[in.Aux]
		if strings.HasPrefix(h.Name, InnerTracePrefix) {
			l.callInner(h.Name)
			return
		}
		args := []ir.Ref{in.A, in.B, in.C}
		for i := range h.Args {
			l.push(args[i])
		}
		f.Call(l.helpers[in.Aux])
		if g {
			l.exitUnless(in.Snap)
		} else {
			f.Drop()
		}
		if h.Result != ir.Void {
			l.set(r)
		}
	default:
		op, ok := simpleOps[in.Op]
		if !ok {
			l.fail("cannot lower %s", in.Op)
			return
		}
		for _, a := range in.Args() {
			l.push(a)
		}
		f.Op(op)
		l.set(r)
	}
}

// intDiv lowers IFLOORDIV and IMOD with Python's floor semantics, never
// trapping: a zero divisor (and MinInt64 // -1) gives ir.FloorDiv's and
// ir.FloorMod's fallback values, and exits when the op is guarded.
func (l *lowerer) intDiv(r ir.Ref, in *ir.Inst, g bool) {
	f := l.f
	ok := l.temp(I32)
	bs := l.temp(I64)
	q := l.temp(I64)
	// ok = b != 0 (and, for //, not MinInt64 // -1)
	l.push(in.B)
	f.I64Const(0)
	f.Op(OpI64Ne)
	if in.Op == ir.IFLOORDIV {
		l.push(in.A)
		f.I64Const(math.MinInt64)
		f.Op(OpI64Eq)
		l.push(in.B)
		f.I64Const(-1)
		f.Op(OpI64Eq)
		f.Op(OpI32And)
		f.Op(OpI32Eqz)
		f.Op(OpI32And)
	}
	f.LocalSet(ok)
	// bs = ok ? b : 1
	l.push(in.B)
	f.I64Const(1)
	f.LocalGet(ok)
	f.Select()
	f.LocalSet(bs)
	rem := l.temp(I64)
	l.push(in.A)
	f.LocalGet(bs)
	f.Op(OpI64RemS)
	f.LocalSet(rem)
	// adjust = rem != 0 && (rem ^ bs) < 0
	adjust := func() {
		f.LocalGet(rem)
		f.I64Const(0)
		f.Op(OpI64Ne)
		f.LocalGet(rem)
		f.LocalGet(bs)
		f.Op(OpI64Xor)
		f.I64Const(0)
		f.Op(OpI64LtS)
		f.Op(OpI32And)
	}
	if in.Op == ir.IFLOORDIV {
		l.push(in.A)
		f.LocalGet(bs)
		f.Op(OpI64DivS)
		adjust()
		f.Op(OpI64ExtendI32U)
		f.Op(OpI64Sub)
		f.LocalSet(q)
		// result = ok ? q : (b == 0 ? 0 : MinInt64)
		f.LocalGet(q)
		f.I64Const(0)
		f.I64Const(math.MinInt64)
		l.push(in.B)
		f.Op(OpI64Eqz)
		f.Select()
	} else {
		f.LocalGet(rem)
		f.LocalGet(bs)
		f.I64Const(0)
		adjust()
		f.Select()
		f.Op(OpI64Add)
		f.LocalSet(q)
		f.LocalGet(q)
		f.I64Const(0)
	}
	f.LocalGet(ok)
	f.Select()
	l.set(r)
	if g {
		f.LocalGet(ok)
		l.exitUnless(in.Snap)
	}
	l.release(I32, ok)
	l.release(I64, bs)
	l.release(I64, q)
	l.release(I64, rem)
}

// InnerCount is an inner trace's bytecodes for the count: per
// iteration, and per exit id the outer trace goes on after, those its
// last, partial iteration ran before that exit.
type InnerCount struct {
	Iteration int
	AtExit    map[int32]int
}

// countInner adds the bytecodes the inner trace in slot just ran (its
// exit number in code) to the count word (LowerConfig.CountAddr): the
// iterations it used of its InnerBudget, read from the budget word its
// exit wrote, times its bytecodes per iteration, and the partial
// iteration before the exit it ended at. A dozen instructions per call
// and per exit counted, none per iteration of the inner loop. Like all
// counting code (addCount), they are left out of the priced size
// (Lowered.Instrs), so that a run with the stats on decides what the
// same run without them does.
func (l *lowerer) countInner(slot int32, code uint32) {
	in := l.cfg.InnerBytecodes[slot]
	n := in.Iteration
	if l.cfg.CountAddr == 0 || l.cfg.BudgetOutAddr == 0 || n <= 0 {
		return
	}
	f := l.f
	defer l.unpricedSince(f.Len())
	ids := make([]int32, 0, len(in.AtExit))
	for id, k := range in.AtExit {
		if k > 0 {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids) // the same bytes every time (the code cache, shared modules)
	for _, id := range ids {
		f.LocalGet(code)
		f.I32Const(id)
		f.Op(OpI32Eq)
		f.If()
		l.emitCount(int64(in.AtExit[id]))
		f.End()
	}
	f.AddI64At(l.cfg.CountAddr, func() {
		f.I32Const(InnerBudget)
		f.I32Const(0)
		f.I32Load(l.cfg.BudgetOutAddr)
		f.Op(OpI32Sub)
		f.I64ExtendI32S()
		f.I64Const(int64(n))
		f.Op(OpI64Mul)
	})
}

// addCount adds k to the count word, its instructions unpriced.
func (l *lowerer) addCount(k int64) {
	defer l.unpricedSince(l.f.Len())
	l.emitCount(k)
}

// emitCount emits the instructions that add k to the count word.
func (l *lowerer) emitCount(k int64) {
	l.f.AddI64At(l.cfg.CountAddr, func() { l.f.I64Const(k) })
}

// unpricedSince leaves the instructions emitted since the function had
// n0 out of the priced size (Lowered.Instrs).
func (l *lowerer) unpricedSince(n0 int) {
	l.unpriced -= l.f.Len() - n0
}

// callInner lowers a call of another trace (a helper named
// InnerTracePrefix+"SLOT:ID,..." or InnerTracePrefix+"SLOT:ID,...:PC"):
// call_indirect through the table with the frame and InnerBudget; an exit
// number not in the list returns at once, tagged with NestedFlag and the
// slot, unless PC is given and the exit is one of a side trace of the
// inner trace that resumes at PC (LowerConfig.ExitPCs): the inner loop
// ended there, on a side path.
func (l *lowerer) callInner(name string) {
	f := l.f
	spec := strings.TrimPrefix(name, InnerTracePrefix)
	slotStr, ids, ok := strings.Cut(spec, ":")
	slot, err := strconv.Atoi(slotStr)
	if !ok || err != nil || slot < 0 || slot > MaxNestedSlot || l.cfg.TableModule == "" {
		l.fail("bad inner trace call %q", name)
		return
	}
	endPC, base := -1, 0
	if rest, pcStr, hasPC := strings.Cut(ids, ":"); hasPC {
		ids = rest
		if p, b, hasBase := strings.Cut(pcStr, ":"); hasBase {
			// ":BASE": the inner trace runs in a callee's register window
			// starting at register BASE (trace/record_calls.go).
			pcStr = p
			base, err = strconv.Atoi(b)
			if err != nil || base < 0 || base >= 1<<16 {
				l.fail("bad inner trace call %q", name)
				return
			}
		}
		endPC, err = strconv.Atoi(pcStr)
		if err != nil || endPC < 0 || endPC >= 1<<30 {
			l.fail("bad inner trace call %q", name)
			return
		}
	}
	var accept []int32
	for _, x := range strings.Split(ids, ",") {
		id, err := strconv.Atoi(x)
		if err != nil || id <= 0 || id >= 1<<NestedSlotShift {
			l.fail("bad inner trace call %q", name)
			return
		}
		accept = append(accept, int32(id))
	}
	code := l.temp(I32)
	f.LocalGet(l.frame)
	if base > 0 {
		f.I32Const(int32(16 * base))
		f.Op(OpI32Add)
	}
	f.I32Const(InnerBudget)
	f.I32Const(int32(slot))
	f.CallIndirect(l.m.Type(Sig([]ValType{I32, I32}, I32)), 0)
	f.LocalSet(code)
	l.countInner(int32(slot), code)
	f.Block()
	for i, id := range accept {
		f.LocalGet(code)
		f.I32Const(id)
		f.Op(OpI32Eq)
		if i > 0 {
			f.Op(OpI32Or)
		}
	}
	f.BrIf(0)
	if endPC >= 0 && l.cfg.ExitPCs != 0 {
		// An exit of a side trace (NestedFlag without SafepointFlag, an
		// id with an exit-pc word) that resumes where the inner loop
		// ends is its normal end too.
		f.LocalGet(code)
		f.I32Const(NestedFlag | SafepointFlag)
		f.Op(OpI32And)
		f.I32Const(NestedFlag)
		f.Op(OpI32Eq)
		f.LocalGet(code)
		f.I32Const(1<<NestedSlotShift - 1)
		f.Op(OpI32And)
		f.I32Const(LinkWords)
		f.Op(OpI32LtU)
		f.Op(OpI32And)
		f.If(I32)
		f.LocalGet(code)
		f.I32Const(NestedSlotShift)
		f.Op(OpI32ShrU)
		f.I32Const(MaxNestedSlot)
		f.Op(OpI32And)
		f.I32Const(4 * LinkWords)
		f.Op(OpI32Mul)
		f.LocalGet(code)
		f.I32Const(1<<NestedSlotShift - 1)
		f.Op(OpI32And)
		f.I32Const(2)
		f.Op(OpI32Shl)
		f.Op(OpI32Add)
		f.I32Load(l.cfg.ExitPCs)
		f.I32Const(int32(endPC + 1))
		f.Op(OpI32Eq)
		f.Else()
		f.I32Const(0)
		f.End()
		f.BrIf(0)
	}
	if nl, ok := l.cfg.NestedLinks[int32(slot)]; ok && l.linksExits() && nl.Base+nl.Count <= LinkWords {
		// An exit of the inner trace itself (no flag) with a link word
		// set: call this trace's side trace from there.
		f.LocalGet(code)
		f.I32Const(NestedFlag | SafepointFlag)
		f.Op(OpI32And)
		f.Op(OpI32Eqz)
		f.LocalGet(code)
		f.I32Const(int32(nl.Count))
		f.Op(OpI32LtU)
		f.Op(OpI32And)
		f.If()
		f.LocalGet(code)
		f.I32Const(2)
		f.Op(OpI32Shl)
		if l.slotFree {
			f.GlobalGet(l.gLinks)
			f.Op(OpI32Add)
			f.I32Load(4*nl.Base + 4)
		} else {
			f.I32Load(l.cfg.LinkBase + 4*nl.Base)
		}
		f.LocalTee(l.link)
		f.If()
		l.callLinked()
		f.End()
		f.End()
	}
	// An exit of one of the inner trace's side traces is already tagged
	// with its own slot: pass it on unchanged.
	f.LocalGet(code)
	f.LocalGet(code)
	f.I32Const(NestedFlag | int32(slot)<<NestedSlotShift)
	f.Op(OpI32Or)
	f.LocalGet(code)
	f.I32Const(NestedFlag)
	f.Op(OpI32And)
	f.Select()
	f.Return()
	f.End()
	l.release(I32, code)
}
