// record.go is the trace recorder: when the hook reports a hot loop, it
// records ONE iteration, starting at the loop header, by abstractly
// executing the bytecode over the frame's current register values
// (PyPy's way: the recorder performs each instruction's effect on its own
// copy of the state while emitting typed IR, so the interpreter needs no
// per-instruction hook). Every assumption becomes a guard with a snapshot:
// register tags, branch directions, dict versions, list bounds, overflow.
// The iteration ends when control comes back to the header (JLOOP).
//
// Recording works on a copy: registers are read from the frame but
// written only to the recorder's table, and heap writes (list stores, the
// range iterator's counter) go to an overlay. On an abort nothing needs
// undoing and the interpreter simply runs the iteration itself; on success
// the frame is still at the header, where the compiled trace starts.
// docs/jit.md "Recording" explains the choice.

package trace

import (
	"fmt"
	"math"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/wasmgen"
)

// Alias classes the recorder gives heap words (ir.AliasClass): accesses in
// different classes never touch the same word.
const (
	ClassDictStorage ir.AliasClass = iota + 1
	ClassDictEntry
	ClassModuleDict
	ClassRangeCur
	ClassRangeLimits
	ClassHeader
	ClassListStorage
	ClassListLen
	ClassItems
	ClassIterList
	ClassFuncCode
	ClassTupleItems
	ClassRangeObj
)

// Limits of one recording.
const (
	MaxBytecodes = 600  // bytecodes in one iteration
	MaxIR        = 3000 // IR instructions
)

// Abort is a recording that gave up: Reason names why (the key the stats
// count), PC is where.
type Abort struct {
	Reason string
	PC     int
	// LeftLoop: a side trace's path had left the root trace's loop (its
	// exit is the loop's end, or a break) when it aborted.
	LeftLoop bool
	// Untraced is, for SideUntracedLoop, one more than the header pc of
	// the loop without a trace (0: not that abort). PC is where the
	// recording stopped: that header (a FORITER) or a jump back to it,
	// which may be a FORITER's exit threaded to an outer header.
	Untraced int
}

// UntracedHeader returns the header of the loop without a trace that a
// SideUntracedLoop abort reached.
func (a *Abort) UntracedHeader() (int, bool) { return a.Untraced - 1, a.Untraced > 0 }

func (a *Abort) Error() string { return fmt.Sprintf("%s at pc %d", a.Reason, a.PC) }

// Recording is a recorded loop iteration.
type Recording struct {
	Trace *ir.Trace
	// Enters: a side trace that ends at the header of another loop
	// (EnterPC), whose compiled root trace (in table slot EnterSlot) it
	// enters (RecordSide); or a root trace that left its loop and ends
	// there (RecordLeaving).
	Enters    bool
	EnterPC   int
	EnterSlot int32
	// Left: a side trace whose path left the root trace's loop (or a
	// root trace's path that left its own, RecordLeaving).
	Left        bool
	BackEdge    int     // the loop's back-edge pc
	Calls       []int32 // table slots of the inner traces the trace calls
	Header      int     // the loop header's pc
	Bytecodes   int     // bytecodes executed in the recorded iteration
	InlineDepth int     // deepest inlined call: the trace needs that many frames of room
	// Gets: the tree's constant-key dict reads as this recording left
	// them (record_dictconst.go), for the tree's later side traces.
	Gets DictGets
	// spare: the storage a Scratch may take back once the recording is
	// dropped (record_scratch.go).
	spare spare
}

// operand is a register's value as the recorder knows it: the concrete
// value, and the IR for its tag and payload.
type operand struct {
	v        gc.Value
	tag, val ir.Ref
}

type rslot struct {
	operand
	loaded bool // tag and val are set
	dirty  bool // written by this iteration: part of every later snapshot
	stale  bool // not loaded, but v is the concrete value (the frame's is older)
}

// Inner describes a compiled trace of an inner loop, which an outer trace
// calls through the shared table instead of recording the inner loop.
type Inner struct {
	Slot     int32   // its table slot
	SnapPCs  []int32 // resume pc of each of its snapshots (index: snapshot id)
	BackEdge int     // the inner loop's back-edge pc
	Depth    int     // its inlined call depth
	// Unroll: an outer recording unrolls the loop rather than calling
	// its trace (its iterations are polymorphic: record_poly.go; or its
	// runs short: the JIT's shortunroll.go). A lookup that finds no trace
	// may still say Unroll: such a loop inside a simulated inner loop is
	// simulated on (record_inner.go simulatedThrough).
	Unroll bool
}

// InnerLookup finds the compiled trace of the loop whose header is pc in
// the frame being recorded.
type InnerLookup func(pc int) (Inner, bool)

// InnerTracePrefix starts the name of the helper that stands for a call
// of an inner trace: "trace@SLOT:ID,ID,...:PC" lists the inner trace's
// exits after which the outer trace goes on, and the pc where the inner
// loop ends, after which it also goes on when a side trace of the inner
// trace exits there (wasmgen lowers it to call_indirect; any other exit
// leaves the outer trace with wasmgen.NestedFlag).
const InnerTracePrefix = wasmgen.InnerTracePrefix

// MaxInnerIterations bounds the inner loop iterations the recorder
// simulates to learn the state after it.
const MaxInnerIterations = 1 << 20

type recorder struct {
	m        *vm.VM
	fr       vm.JITFrame // the frame being recorded (the loop's, or an inlined callee's)
	b        *ir.Builder
	header   int
	backEdge int
	regs     []rslot // the current frame's registers
	root     []rslot // the loop frame's registers (the ones snapshots restore)
	stack    []inlined
	maxDepth int
	inner    InnerLookup
	calls    []int32           // slots of inner traces called
	steps    int               // bytecodes recorded so far, the one at pc included
	mem      map[uint32]uint64 // heap words written while recording
	fake     uint32            // next address for objects the recording allocates (in mem only)
	pc       int
	ver      int // bumped by each register write of the loop frame
	snapPC   int
	snapVer  int
	snapID   ir.SnapID
	maxInner int       // inner loop iterations callInner may simulate
	attrs    attrState // attribute stores deferred inside inlined calls (record_attrs.go)
	unroll   unrolling // inner loops without a trace being unrolled (record_inner.go)
	side     *sideOpts // a side trace's options (side.go), nil for a root trace
	enter    int32     // the slot of the trace a side trace ends entering, -1 if none
	enterPC  int
	live     *regLiveness // the root frame's register liveness (record_live.go), once liveDone
	liveDone bool
	// liveCache keeps the liveness of code objects across recordings
	// (nil: computed for this recording only).
	liveCache *LiveCache
	// constRegs: the root frame's temporaries and the constants LOADCONST
	// loads into them (record_consts.go), once constsDone.
	constRegs  map[int][]uint32
	constsDone bool
	objs       objState    // instances the trace allocates (record_new.go)
	alloc      allocState  // tuples, lists and grown storages the trace makes (record_alloc.go)
	gens       genState    // generators resumed by for loops (record_gen.go)
	host       hostState   // containers host helpers changed (record_host.go)
	strs       strState    // one-character strs and their bytes (record_str.go)
	callee     *calleeCall // an inlined callee's frame made real by calling its loop's trace (record_calls.go)
	calleeUsed bool        // a callee's loop trace was called in its window: the JIT resumes exits in one call site only (record_calls.go)

	// constPrologue: the constRegs also written before their first
	// LOADCONST, loop constants for ints only (record_consts.go).
	constPrologue map[int]bool

	// gets: the tree's constant-key dict reads, and this recording's
	// added (record_dictconst.go).
	gets DictGets
}

// inlined is a Python call being recorded inline: the caller's state to
// restore at RETURN. Guards inside the callee resume the interpreter at
// the outermost CALL, which re-executes the whole call; that is why an
// inlined callee may not write the heap.
type inlined struct {
	callerFr   vm.JITFrame
	callerRegs []rslot
	callPC     int
	steps      int // r.steps before the CALL: what an exit resuming at callPC ran
	retReg     int
	ret        retKind   // what RETURN does with the value (record_dunder.go)
	obj        operand   // retInit: the instance __init__ runs on
	gen        *genFrame // a generator resumed by FORITER (record_gen.go), nil for a call
}

// pushInlined enters callee's code with registers regs in an inlined
// frame: in (what the caller's RETURN does) gets the caller's frame and
// registers, the pc of the instruction that calls and the steps before
// it, where a guard in the callee resumes the interpreter.
func (r *recorder) pushInlined(in inlined, callee vm.JITCallee, regs []rslot) {
	in.callerFr, in.callerRegs, in.callPC, in.steps = r.fr, r.regs, r.pc, r.steps-1
	r.stack = append(r.stack, in)
	r.maxDepth = max(r.maxDepth, len(r.stack))
	r.fr = vm.JITFrame{Code: callee.Code, Instrs: callee.Instrs, Consts: callee.Consts,
		Globals: callee.Globals, Builtins: r.fr.Builtins}
	r.regs = regs
}

// MaxInlineDepth bounds nested inlined calls.
const MaxInlineDepth = 3

// Record records one iteration of the loop whose header is header and
// whose back-edge is backEdge, in the innermost frame of m.
func Record(m *vm.VM, header, backEdge int, name string, inner InnerLookup, live *LiveCache) (rec *Recording, err error) {
	return record(m, header, backEdge, header, nil, name, inner, live, nil, nil)
}

// record records from start until control reaches the loop header: one
// iteration ending in JLOOP, or for a side trace (side.go) the rest of
// one, ending in EXIT.
//
// A non-nil stop is asked before each bytecode (record_stop.go) and ends
// the recording with a *Stopped error when it says so.
//
// A non-nil scratch gives the recording the storage of one dropped
// before, and takes this one's back when it ends without a recording
// (record_scratch.go).
func record(m *vm.VM, header, backEdge, start int, sideOpt *sideOpts, name string, inner InnerLookup, live *LiveCache, stop StopRule, scratch *Scratch) (rec *Recording, err error) {
	fr := m.JITTopFrame()
	side := sideOpt != nil && !sideOpt.root // a side trace (a root that may leave its loop has sideOpt too)
	r := &recorder{m: m, fr: fr, header: header, backEdge: backEdge, mem: scratch.memMap(), snapVer: -1, inner: inner, maxInner: MaxInnerIterations, side: sideOpt, enter: -1, liveCache: live}
	if side {
		r.maxInner = MaxSideInnerIterations
		r.gets.Merge(sideOpt.gets) // a copy: the recording adds its own
	}
	r.b = scratch.builder(name, int32(len(fr.Regs)))
	t := r.b.T
	r.regs = make([]rslot, len(fr.Regs))
	r.root = r.regs
	defer func() {
		// A malformed instruction stream (register out of range...) must
		// abort the recording, never crash the interpreter.
		if x := recover(); x != nil {
			rec, err = nil, &Abort{Reason: fmt.Sprintf("recorder error: %v", x), PC: r.pc}
		}
		if rec == nil {
			scratch.keep(spare{b: r.b, mem: r.mem}) // nothing holds the dropped trace
		}
	}()
	// The loop's extent: up to its last jump back to the header (the
	// reported back-edge may be a threaded FORITER exit before it).
	for pc, ins := range fr.Instrs {
		if pc > backEdge && ins.Op() < bytecode.NumOps && bytecode.Table[ins.Op()].Flags&bytecode.FlagJump != 0 && int(ins.Bx()) == header {
			backEdge = pc
		}
	}
	r.backEdge = backEdge
	r.pc = start
	var counts prefixCounts
	for {
		if stop != nil {
			if g, e := counts.update(t); stop(g, e, r.steps) {
				return nil, &Stopped{Guards: g, Entries: e, Bytecodes: r.steps}
			}
		}
		if r.steps >= MaxBytecodes || len(t.Insts) > MaxIR {
			return nil, r.abort("trace too long")
		}
		r.steps++
		depth := len(r.stack)
		next, err := r.step()
		if err != nil {
			return nil, err
		}
		if depth > 0 || len(r.stack) > 0 {
			// Inside an inlined callee (or entering or leaving one).
			if depth == len(r.stack) && !r.inGenFrame() && (next <= r.pc || r.callee == nil) {
				if next, err = r.calleeLoop(next, next <= r.pc); err != nil { // record_calls.go
					return nil, err
				}
			}
			if err := r.calleeStep(); err != nil {
				return nil, err
			}
			r.pc = next
			continue
		}
		if next == header && side {
			r.b.Exit(r.endSnap(header))
			break
		}
		if slot, ok := r.linkAt(next); ok {
			// Another loop's header with a compiled trace: end here and
			// enter that trace (side.go).
			r.b.Exit(r.endSnap(next))
			r.enter, r.enterPC = slot, next
			break
		}
		if next == header {
			r.b.JLoop(r.snap(header))
			break
		}
		if next < header || next > backEdge {
			if sideOpt != nil && r.mayLeave() {
				// The path leaves the root loop: it may still reach a
				// header to link to (side.go).
				sideOpt.left = true
			} else if side {
				return nil, r.abort(SideLeftLoop)
			} else {
				return nil, r.abort("loop left while recording")
			}
		}
		if next <= r.pc {
			// The back-edge of an inner loop whose header is next.
			if next, err = r.innerBackEdge(next); err != nil {
				return nil, err
			}
		}
		r.leaveUnrolled(next)
		r.pc = next
	}
	if err := r.hostPays(r.steps); err != nil { // record_host.go
		return nil, err
	}
	if err := r.calloutPays(r.steps); err != nil { // record_callout.go
		return nil, err
	}
	if err := ir.Verify(t); err != nil {
		return nil, &Abort{Reason: "invalid IR: " + err.Error(), PC: header}
	}
	return &Recording{Trace: t, Header: header, BackEdge: backEdge, Bytecodes: r.steps, InlineDepth: r.maxDepth, Calls: r.calls, Gets: r.gets,
		Enters: r.enter >= 0, EnterPC: r.enterPC, EnterSlot: max(r.enter, 0), Left: sideOpt != nil && sideOpt.left,
		spare: spare{b: r.b, mem: r.mem}}, nil
}

// abort gives up the recording at the current instruction. Inside an
// inlined call r.pc is the callee's, which the loop's code (whose line
// table names the place) knows nothing of: the call in the loop's own
// frame is where the abort is reported.
func (r *recorder) abort(reason string) error {
	if len(r.stack) > 0 {
		return &Abort{Reason: reason, PC: r.stack[0].callPC}
	}
	return &Abort{Reason: reason, PC: r.pc}
}

// snap returns a snapshot resuming at pc with every register this
// iteration wrote that is live at pc (record_live.go).
func (r *recorder) snap(pc int) ir.SnapID {
	if r.callee != nil {
		return r.calleeSnap(pc) // record_calls.go
	}
	steps := r.steps
	if pc == r.pc {
		steps-- // the instruction at pc runs again in the interpreter
	}
	if len(r.stack) > 0 {
		// the interpreter runs the outermost call again, whole
		pc, steps = r.stack[0].callPC, r.stack[0].steps
	}
	if pc == r.snapPC && r.ver == r.snapVer {
		return r.snapID
	}
	s := ir.Snapshot{PC: int32(pc), Bytecodes: int32(steps)}
	live := r.liveRegs(pc) // nil: all live
	for i := range r.root {
		if r.root[i].dirty && (live == nil || live.has(i)) {
			s.Entries = append(s.Entries, ir.SnapEntry{Slot: int32(i), Tag: r.root[i].tag, Val: r.root[i].val})
		}
	}
	r.snapPC, r.snapVer, r.snapID = pc, r.ver, r.b.AddSnap(s)
	return r.snapID
}

// payloadType is the IR type of a value's payload, by its tag.
func payloadType(tag gc.Tag) ir.Type {
	switch {
	case tag == gc.TagFloat:
		return ir.Float
	case tag == gc.TagBool:
		return ir.Bool
	case tag.IsRef():
		return ir.Ptr
	}
	return ir.Int
}

// constOperand is a value known at recording time (a constant, a global
// guarded by its dict's version).
func (r *recorder) constOperand(v gc.Value) operand {
	b := r.b
	o := operand{v: v, tag: b.KTag(uint64(v.Tag()))}
	switch payloadType(v.Tag()) {
	case ir.Float:
		o.val = b.KFloat(v.Float())
	case ir.Bool:
		o.val = b.KBool(v.Bool())
	case ir.Ptr:
		o.val = b.KPtr(uint32(v.Ref()))
	default:
		o.val = b.KInt(int64(v.Bits()))
	}
	return o
}

// read returns register i, loading it from the frame (with a guard on its
// tag) on first use.
func (r *recorder) read(i int) operand {
	s := &r.regs[i]
	if g := r.genTop(); g != nil && !s.loaded {
		return r.genRead(g, i) // a resumed generator's saved register (record_gen.go)
	}
	if !s.loaded {
		v := s.v // stale: the frame's is older (or, in a callee's window, not in fr.Regs)
		if !s.stale {
			v = r.fr.Regs[i]
		}
		b := r.b
		tag := b.SLoad(int32(r.calleeBase()+i), ir.Tag)
		b.Guard(ir.EQ, tag, b.KTag(uint64(v.Tag())), r.snap(r.pc))
		s.v, s.tag, s.loaded = v, b.KTag(uint64(v.Tag())), true
		switch ty := payloadType(v.Tag()); {
		case !s.stale && r.constReg(i, v):
			s.val = r.readConst(i, v) // a loop constant (record_consts.go)
		case v.Tag() == gc.TagInt || v.Tag() == gc.TagFloat || v.Tag() == gc.TagBool || v.Tag().IsRef():
			s.val = b.SLoad(int32(r.calleeBase()+i), ty)
		default:
			s.val = b.KInt(int64(v.Bits())) // None, empty, immediates: the tag says it all
		}
	}
	return s.operand
}

// write sets register i.
func (r *recorder) write(i int, o operand) {
	if len(r.stack) > 0 {
		r.regs[i] = rslot{operand: o, loaded: true, dirty: r.callee != nil}
		if r.callee != nil {
			r.ver++
		}
		return
	}
	r.regs[i] = rslot{operand: o, loaded: true, dirty: true}
	r.ver++
}

// word reads a heap word as the recording sees it.
func (r *recorder) word(off uint32) uint64 {
	if w, ok := r.mem[off]; ok {
		return w
	}
	if w, ok := r.growWord(off); ok { // record_alloc.go
		return w
	}
	return r.m.JITWord(off)
}

// guardConst makes sure o's payload is the concrete pointer it was
// recorded with.
func (r *recorder) guardConst(o operand) {
	if !o.val.IsConst() {
		r.b.Guard(ir.EQ, o.val, r.b.KPtr(uint32(o.v.Ref())), r.snap(r.pc))
	}
}

// guardEntryKey guards that the dict entry at offset koff of the entry
// storage ptr (at address st when recorded) still holds the key it holds
// now: its tag and its identity.
func (r *recorder) guardEntryKey(st uint32, ptr ir.Ref, koff int64, snap ir.SnapID) {
	b := r.b
	key := gc.MakeValue(gc.Tag(r.word(st+uint32(koff))), r.word(st+uint32(koff)+8))
	ktag := b.FLoad(ir.Tag, ptr, koff, ClassDictEntry)
	b.Guard(ir.EQ, ktag, b.KTag(uint64(key.Tag())), snap)
	kval := b.FLoad(ir.Ptr, ptr, koff+8, ClassDictEntry)
	b.Guard(ir.EQ, kval, b.KPtr(uint32(key.Ref())), snap)
}

// dictLookup records the lookup of a str key in dict d (a constant): it
// guards the dict's entry storage and, when the key is present, the key's
// identity at its entry, and returns the value as an operand whose payload
// is loaded from the entry (so rebinding a global needs no new trace);
// for functions, builtins and modules the payload is guarded and constant.
// When the key is absent, it guards that no key was appended since.
// Versions are not used: a module that assigns its globals in a loop would
// invalidate every trace reading any of them.
func (r *recorder) dictLookup(d gc.Value, name string) (operand, bool, error) {
	b := r.b
	st, e, used, capacity, ok := r.m.JITDictEntry(d, name)
	if !ok {
		return operand{}, false, r.abort("global under a non-interned name")
	}
	snap := r.snap(r.pc)
	sp := b.FLoad(ir.Ptr, b.KPtr(uint32(d.Ref())), vm.JITDictStorageOff, ClassDictStorage)
	b.Guard(ir.EQ, sp, b.KPtr(uint32(st)), snap)
	stK := b.KPtr(uint32(st))
	base := int64(vm.JITItemsOff)
	if e < 0 {
		if used < capacity {
			// The entry is empty and was never used: a deleted
			// entry's key keeps a payload (vm.JITDeletedKeyBits), so
			// that a key appended after it, and then deleted, while
			// the name was added again at a later entry, fails the
			// guard (session 26's hunt: an instance in dict mode).
			off := base + 32*int64(used)
			tag := b.FLoad(ir.Tag, stK, off, ClassDictEntry)
			b.Guard(ir.EQ, tag, b.KTag(uint64(gc.TagEmpty)), snap)
			bits := b.FLoad(ir.Int, stK, off+8, ClassDictEntry)
			b.Guard(ir.EQ, bits, b.KInt(0), snap)
		}
		return operand{}, false, nil
	}
	koff := base + 32*int64(e)
	r.guardEntryKey(uint32(st), stK, koff, snap)
	voff := koff + 16
	v := gc.MakeValue(gc.Tag(r.word(uint32(st)+uint32(voff))), r.word(uint32(st)+uint32(voff)+8))
	vtag := b.FLoad(ir.Tag, stK, voff, ClassDictEntry)
	b.Guard(ir.EQ, vtag, b.KTag(uint64(v.Tag())), snap)
	switch {
	case v.Tag() == gc.TagInt || v.Tag() == gc.TagFloat || v.Tag() == gc.TagBool:
		return operand{v, b.KTag(uint64(v.Tag())), b.FLoad(payloadType(v.Tag()), stK, voff+8, ClassDictEntry)}, true, nil
	case v.Tag().IsRef():
		p := b.FLoad(ir.Ptr, stK, voff+8, ClassDictEntry)
		if v.Tag() == vm.JITTagFunc && r.storedHere(uint32(st)+uint32(voff)) {
			// A function this iteration stored (module code's f =
			// fns[i]): inlining guards its code, not its identity.
			return operand{v, b.KTag(uint64(v.Tag())), p}, true, nil
		}
		switch v.Tag() {
		case vm.JITTagFunc, vm.JITTagBuiltin, vm.JITTagModule, vm.JITTagType:
			b.Guard(ir.EQ, p, b.KPtr(uint32(v.Ref())), snap)
			return r.constOperand(v), true, nil
		}
		return operand{v, b.KTag(uint64(v.Tag())), p}, true, nil
	}
	return r.constOperand(v), true, nil // None and other immediates: the tag guard fixes the value
}

func boolOperand(b *ir.Builder, v bool, ref ir.Ref) operand {
	return operand{v: gc.Bool(v), tag: b.KTag(uint64(gc.TagBool)), val: ref}
}

// step records the instruction at r.pc and returns the next pc.
func (r *recorder) step() (int, error) {
	ins := r.fr.Instrs[r.pc]
	b := r.b
	pc := r.pc
	switch op := ins.Op(); op {
	case bytecode.NOP:
	case bytecode.MOVE:
		r.write(ins.A(), r.read(ins.B()))
	case bytecode.LOADCONST:
		r.write(ins.A(), r.constOperand(r.fr.Consts[ins.Bx()]))
	case bytecode.LOADDEREF:
		if err := r.loadDeref(ins); err != nil {
			return 0, err
		}
	case bytecode.STOREDEREF:
		if err := r.storeDeref(ins); err != nil {
			return 0, err
		}
	case bytecode.LOADNONE:
		r.write(ins.A(), r.constOperand(gc.None()))
	case bytecode.LOADTRUE, bytecode.LOADFALSE:
		r.write(ins.A(), r.constOperand(gc.Bool(op == bytecode.LOADTRUE)))
	case bytecode.CHECKBOUND:
		if r.read(ins.A()).v.IsEmpty() {
			return 0, r.abort("unbound local")
		}
	case bytecode.LOADGLOBAL:
		name, _ := r.m.JITStr(r.fr.Consts[ins.Bx()])
		v, ok, err := r.dictLookup(r.fr.Globals, name)
		if err == nil && !ok {
			if v, ok, err = r.dictLookup(r.fr.Builtins, name); err == nil && !ok {
				return 0, r.abort("global not found")
			}
		}
		if err != nil {
			return 0, err
		}
		r.write(ins.A(), v)
	case bytecode.LOADMETHOD:
		mod := r.read(ins.B())
		if fakeInstance(mod) {
			if err := r.freshLoadMethod(ins, mod); err != nil {
				return 0, err
			}
			break
		}
		if ok, err := r.loadMethodSuper(ins, mod); ok || err != nil { // record_new.go
			if err != nil {
				return 0, err
			}
			break
		}
		if ok, err := r.loadMethodClass(ins); ok || err != nil { // record_dunder.go
			if err != nil {
				return 0, err
			}
			break
		}
		if ok, err := r.loadMethodDeque(ins); ok || err != nil { // record_deque.go
			if err != nil {
				return 0, err
			}
			break
		}
		if mod.v.Tag() == vm.JITTagObject {
			if err := r.loadMethodInst(ins); err != nil {
				return 0, err
			}
			break
		}
		if ok, err := r.hostLoadMethod(ins, mod); ok || err != nil { // record_host.go
			if err != nil {
				return 0, err
			}
			break
		}
		if mod.v.Tag() != vm.JITTagModule {
			if err := r.loadMethodBuiltin(ins); err != nil {
				return 0, err
			}
			break
		}
		r.guardConst(mod)
		d := r.m.JITModuleDict(mod.v)
		name, _ := r.m.JITStr(r.fr.Consts[ins.C()])
		dp := b.FLoad(ir.Ptr, mod.val, vm.JITModuleDictOff, ClassModuleDict)
		b.Guard(ir.EQ, dp, b.KPtr(uint32(d.Ref())), r.snap(pc))
		v, ok, err := r.dictLookup(d, name)
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, r.abort("module attribute not found")
		}
		r.write(ins.A(), v)
		r.write(ins.A()+1, r.constOperand(gc.Empty()))
	case bytecode.CALL, bytecode.CALLMETHOD:
		if next, ok, err := r.callDeque(ins); ok || err != nil { // record_deque.go
			return next, err
		}
		if next, ok, err := r.hostCallMethod(ins); ok || err != nil { // record_host.go
			return next, err
		}
		if next, ok, err := r.callBuiltinMethod(ins); ok || err != nil {
			return next, err
		}
		return r.call(ins)
	case bytecode.ADD, bytecode.SUB, bytecode.MUL, bytecode.TRUEDIV, bytecode.FLOORDIV, bytecode.MOD, bytecode.POW,
		bytecode.LSHIFT, bytecode.RSHIFT, bytecode.BITAND, bytecode.BITOR, bytecode.BITXOR:
		if next, ok, err := r.binaryDunder(ins, op, false); ok || err != nil {
			return next, err
		}
		if ok, err := r.hostConcat(ins, op); ok || err != nil { // record_host.go
			if err != nil {
				return 0, err
			}
			break
		}
		res, err := r.arith(op, r.read(ins.B()), r.read(ins.C()))
		if err != nil {
			return 0, err
		}
		r.write(ins.A(), res)
	case bytecode.INPLACE:
		if next, ok, err := r.binaryDunder(ins, bytecode.Op(ins.Spare()), true); ok || err != nil {
			return next, err
		}
		if ok, err := r.hostConcat(ins, bytecode.Op(ins.Spare())); ok || err != nil { // record_host.go
			if err != nil {
				return 0, err
			}
			break
		}
		res, err := r.arith(bytecode.Op(ins.Spare()), r.read(ins.B()), r.read(ins.C()))
		if err != nil {
			return 0, err
		}
		r.write(ins.A(), res)
	case bytecode.NEG, bytecode.POS:
		x := r.read(ins.B())
		switch x.v.Tag() {
		case gc.TagInt:
			if op == bytecode.NEG {
				v, ok := ir.NegOv(x.v.Int())
				if !ok {
					return 0, r.abort("int overflow")
				}
				x = operand{gc.Int(v), x.tag, b.Guarded1(ir.INEG, ir.Int, x.val, r.snap(pc))}
			}
		case gc.TagFloat:
			if op == bytecode.NEG {
				x = operand{gc.Float(-x.v.Float()), x.tag, b.Op1(ir.FNEG, ir.Float, x.val)}
			}
		case vm.JITTagObject:
			return r.unaryDunder(ins, op, x)
		default:
			return 0, r.abort("unary operand type")
		}
		r.write(ins.A(), x)
	case bytecode.NOT:
		t, ref, err := r.truth(r.read(ins.B()))
		if err != nil {
			return 0, err
		}
		r.write(ins.A(), boolOperand(b, !t, b.Op1(ir.BNOT, ir.Bool, ref)))
	case bytecode.LT, bytecode.LE, bytecode.GT, bytecode.GE, bytecode.EQ, bytecode.NE:
		if next, ok, err := r.compareDunder(ins, op); ok || err != nil {
			return next, err
		}
		if ok, err := r.hostCompare(ins, op); ok || err != nil { // record_host.go
			if err != nil {
				return 0, err
			}
			break
		}
		res, err := r.compare(op, r.read(ins.B()), r.read(ins.C()))
		if err != nil {
			return 0, err
		}
		r.write(ins.A(), res)
	case bytecode.IS, bytecode.ISNOT:
		x, y := r.read(ins.B()), r.read(ins.C())
		var same bool
		var ref ir.Ref
		switch {
		case x.v.Tag() != y.v.Tag():
			same, ref = false, b.KBool(false)
		case x.v.Tag() == gc.TagNone:
			same, ref = true, b.KBool(true)
		case x.v.Tag().IsRef():
			same, ref = x.v.Ref() == y.v.Ref(), b.Cmp(ir.EQ, x.val, y.val)
		default:
			return 0, r.abort("'is' on immediates")
		}
		if op == bytecode.ISNOT {
			same, ref = !same, b.Op1(ir.BNOT, ir.Bool, ref)
		}
		r.write(ins.A(), boolOperand(b, same, ref))
	case bytecode.IN, bytecode.NOTIN:
		if err := r.recordIn(ins); err != nil { // record_host.go
			return 0, err
		}
	case bytecode.SETADD:
		if err := r.hostSetAddOp(ins); err != nil { // record_host.go
			return 0, err
		}
	case bytecode.DICTSET:
		if err := r.hostDictSetOp(ins); err != nil { // record_host.go
			return 0, err
		}
	case bytecode.JUMP:
		return int(ins.Bx()), nil
	case bytecode.JUMPIFTRUE, bytecode.JUMPIFFALSE:
		t, ref, err := r.truth(r.read(ins.A()))
		if err != nil {
			return 0, err
		}
		b.Guard(ir.EQ, ref, b.KBool(t), r.snap(pc))
		if t == (op == bytecode.JUMPIFTRUE) {
			return int(ins.Bx()), nil
		}
	case bytecode.FORITER:
		if next, ok, err := r.forIterGen(ins); ok || err != nil { // record_gen.go
			return next, err
		}
		return r.forIter(ins)
	case bytecode.YIELDVALUE:
		return r.yieldValue(ins) // record_gen.go
	case bytecode.ENDFOR:
		if err := r.endFor(ins); err != nil { // record_gen.go
			return 0, err
		}
	case bytecode.GETITEM:
		if ok, err := r.hostGetItem(ins); ok || err != nil { // record_host.go
			if err != nil {
				return 0, err
			}
			break
		}
		if ok, err := r.getItemTuple(ins); ok || err != nil { // record_alloc.go
			if err != nil {
				return 0, err
			}
			break
		}
		if ok, err := r.getItemDeque(ins); ok || err != nil { // record_deque.go
			if err != nil {
				return 0, err
			}
			break
		}
		lst, idx := r.read(ins.B()), r.read(ins.C())
		items, j, err := r.listIndex(lst, idx)
		if err != nil {
			return 0, err
		}
		off := uint32(r.word(uint32(lst.v.Ref())+vm.JITListStorageOff)) + vm.JITItemsOff + 16*uint32(j.v.Int())
		v := gc.MakeValue(gc.Tag(r.word(off)), r.word(off+8))
		tag := b.XLoad(ir.Tag, items, j.val, vm.JITItemsOff, ClassItems)
		b.Guard(ir.EQ, tag, b.KTag(uint64(v.Tag())), r.snap(pc))
		res := operand{v: v, tag: b.KTag(uint64(v.Tag()))}
		switch v.Tag() {
		case gc.TagInt, gc.TagFloat, gc.TagBool:
			res.val = b.XLoad(payloadType(v.Tag()), items, j.val, vm.JITItemsOff+8, ClassItems)
		default:
			if !v.Tag().IsRef() {
				return 0, r.abort("list item type")
			}
			res.val = b.XLoad(ir.Ptr, items, j.val, vm.JITItemsOff+8, ClassItems)
		}
		r.write(ins.A(), res)
	case bytecode.RETURN:
		if len(r.stack) == 0 {
			return 0, r.abort("return from the loop's function")
		}
		if r.inGenFrame() {
			return 0, r.abort(GenFinished) // record_gen.go
		}
		v := r.read(ins.A())
		top := r.stack[len(r.stack)-1]
		v, err := r.endInlined(top, v)
		if err != nil {
			return 0, err
		}
		r.stack = r.stack[:len(r.stack)-1]
		r.fr, r.regs = top.callerFr, top.callerRegs
		if len(r.stack) == 0 {
			r.flushAttrStores()
			r.objs.returns++
		}
		if top.retReg != noResult {
			r.write(top.retReg, v)
		}
		return top.callPC + 1, nil
	case bytecode.GETITER:
		if ok, err := r.getIterGen(ins); ok || err != nil { // record_gen.go
			if err != nil {
				return 0, err
			}
			break
		}
		if err := r.getIter(ins); err != nil {
			return 0, err
		}
	case bytecode.UNPACK:
		if ok, err := r.unpackFresh(ins); ok || err != nil { // record_alloc.go
			if err != nil {
				return 0, err
			}
			break
		}
		if err := r.unpack(ins); err != nil {
			return 0, err
		}
	case bytecode.BUILDTUPLE: // record_alloc.go
		if err := r.buildTuple(ins); err != nil {
			return 0, err
		}
	case bytecode.BUILDLIST:
		if err := r.buildList(ins); err != nil {
			return 0, err
		}
	case bytecode.LISTAPPEND:
		if err := r.listAppendOp(ins); err != nil {
			return 0, err
		}
	case bytecode.LISTEXTEND:
		if err := r.listExtendOp(ins); err != nil {
			return 0, err
		}
	case bytecode.SETITEM:
		if ok, err := r.hostSetItem(ins); ok || err != nil { // record_host.go
			if err != nil {
				return 0, err
			}
			break
		}
		if len(r.stack) > 0 && !r.calleeFrameReal() { // (a real callee frame: record_calls.go)
			return 0, r.abort("heap store in an inlined function")
		}
		lst, idx, val := r.read(ins.A()), r.read(ins.B()), r.read(ins.C())
		items, j, err := r.listIndex(lst, idx)
		if err != nil {
			return 0, err
		}
		off := uint32(r.word(uint32(lst.v.Ref())+vm.JITListStorageOff)) + vm.JITItemsOff + 16*uint32(j.v.Int())
		r.mem[off], r.mem[off+8] = uint64(val.v.Tag()), val.v.Bits()
		b.XStore(items, j.val, vm.JITItemsOff, val.tag, ClassItems)
		b.XStore(items, j.val, vm.JITItemsOff+8, val.val, ClassItems)
	case bytecode.LOADATTR:
		if obj := r.read(ins.B()); fakeInstance(obj) {
			return r.freshLoadAttr(ins, obj)
		}
		if next, ok, err := r.propertyLoad(ins); ok || err != nil {
			return next, err
		}
		if err := r.loadAttr(ins); err != nil {
			return 0, err
		}
	case bytecode.STOREATTR:
		if next, ok, err := r.propertyStore(ins); ok || err != nil {
			return next, err
		}
		if obj := r.read(ins.A()); fakeInstance(obj) {
			if err := r.freshStoreAttr(ins, obj); err != nil {
				return 0, err
			}
			break
		}
		if err := r.storeAttr(ins); err != nil {
			return 0, err
		}
	case bytecode.LOADNAME:
		if err := r.loadName(ins); err != nil {
			return 0, err
		}
	case bytecode.STORENAME:
		if err := r.storeName(ins); err != nil {
			return 0, err
		}
	default:
		return 0, r.abort("unsupported " + op.String())
	}
	return pc + 1, nil
}

// listIndex guards that lst is a list and idx an int in range (after
// Python's negative-index adjustment), and returns the storage pointer
// and the adjusted index.
func (r *recorder) listIndex(lst, idx operand) (ir.Ref, operand, error) {
	b := r.b
	if lst.v.Tag() != vm.JITTagList || idx.v.Tag() != gc.TagInt {
		return 0, operand{}, r.abort("subscript of a non-list or by a non-int")
	}
	n := int64(r.word(uint32(lst.v.Ref()) + vm.JITListLenOff))
	length := b.FLoad(ir.Int, lst.val, vm.JITListLenOff, ClassListLen)
	i := idx.v.Int()
	j := idx
	snap := r.snap(r.pc)
	if i < 0 {
		b.Guard(ir.LT, idx.val, b.KInt(0), snap)
		i += n
		j = operand{gc.Int(i), idx.tag, b.Op2(ir.IADD, ir.Int, idx.val, length)}
	} else if !idx.val.IsConst() {
		b.Guard(ir.GE, idx.val, b.KInt(0), snap)
	}
	if i < 0 || i >= n {
		return 0, operand{}, r.abort("index out of range while recording")
	}
	b.Bounds(j.val, length, snap)
	items := b.FLoad(ir.Ptr, lst.val, vm.JITListStorageOff, ClassListStorage)
	return items, j, nil
}

// forIter records FORITER at the loop header over a range iterator.
func (r *recorder) forIter(ins bytecode.Instr) (int, error) {
	b := r.b
	if len(r.stack) > 0 && !r.calleeFrameReal() { // record_calls.go
		return 0, r.abort("inner loop")
	}
	if r.pc != r.header && r.calleeFrameReal() {
		return r.forIterDone(ins) // after a callee's loop's trace (record_calls.go)
	}
	if r.pc != r.header {
		// An inner loop: call its trace, then record this FORITER again
		// on the exhausted iterator (or whatever state the simulation
		// of the inner loop ended in). Without a trace, the loop is
		// unrolled (record_inner.go).
		if r.unrollable(r.pc) {
			return r.unrollForIter(ins)
		}
		if r.simulatedThrough(r.pc) { // record_inner.go
			if r.exhausted(ins) {
				return r.forIterDone(ins)
			}
			return r.forIterStep(ins)
		}
		h := r.pc // callInner moves r.pc to where the inner loop ended
		next, err := r.callInner(h)
		if err != nil {
			return 0, err
		}
		if next != h {
			return next, nil // left by a branch or a break
		}
		return r.forIterDone(ins)
	}
	if r.side != nil && r.side.link != nil && r.exhausted(ins) {
		// A side trace that may end at another loop's header: the root
		// loop's end is recorded as its exhaustion (side.go).
		return r.forIterDone(ins)
	}
	it := r.read(ins.A())
	if it.v.Tag() != vm.JITTagIter {
		return 0, r.abort("for over a non-iterator")
	}
	ref := uint32(it.v.Ref())
	kind := (r.word(ref) >> vm.JITKindShift) & vm.JITKindMask
	if kind == uint64(vm.JITKindTupleIter) || kind == uint64(vm.JITKindEnumerate) { // record_alloc.go
		snap := r.snap(r.pc)
		r.guardIterKind(it, kind, snap)
		if kind == uint64(vm.JITKindEnumerate) {
			return r.forEnumerate(ins, it, snap)
		}
		return r.forTuple(ins, it, snap)
	}
	if kind == uint64(vm.JITKindStrIter) {
		return r.forStr(ins, it) // record_str.go
	}
	if kind != uint64(vm.JITKindRangeIter) && kind != uint64(vm.JITKindListIter) {
		if next, ok, err := r.hostForIter(ins, it, kind); ok || err != nil { // record_host.go
			return next, err
		}
		return 0, r.abort("for over an iterator other than range and list")
	}
	snap := r.snap(r.pc)
	if !r.newOfKind(it.val, kind) { // record_poly.go
		hdr := b.FLoad(ir.Int, it.val, 0, ClassHeader)
		k := b.Op2(ir.IAND, ir.Int, b.Op2(ir.ISHR, ir.Int, hdr, b.KInt(vm.JITKindShift)), b.KInt(vm.JITKindMask))
		b.Guard(ir.EQ, k, b.KInt(int64(kind)), snap)
	}
	if kind == uint64(vm.JITKindListIter) {
		return r.forList(ins, it, snap)
	}
	cur := int64(r.word(ref + vm.JITRangeCurOff))
	stop := int64(r.word(ref + vm.JITRangeStopOff))
	step := int64(r.word(ref + vm.JITRangeStepOff))
	curR := b.FLoad(ir.Int, it.val, vm.JITRangeCurOff, ClassRangeCur)
	stopR := b.FLoad(ir.Int, it.val, vm.JITRangeStopOff, ClassRangeLimits)
	stepR := b.FLoad(ir.Int, it.val, vm.JITRangeStepOff, ClassRangeLimits)
	b.Guard(ir.EQ, stepR, b.KInt(step), snap)
	switch {
	case step > 0 && cur < stop:
		b.Guard(ir.LT, curR, stopR, snap)
	case step < 0 && cur > stop:
		b.Guard(ir.GT, curR, stopR, snap)
	default:
		return 0, r.abort("loop left while recording")
	}
	r.mem[ref+vm.JITRangeCurOff] = uint64(cur + step)
	b.FStore(it.val, vm.JITRangeCurOff, b.Op2(ir.IADD, ir.Int, curR, b.KInt(step)), ClassRangeCur)
	r.write(ins.A()+1, operand{gc.Int(cur), b.KTag(uint64(gc.TagInt)), curR})
	return r.pc + 1, nil
}

// forList records FORITER over a list iterator (its kind already
// guarded): the list, its length and the item's tag are guarded, the
// iterator's index is advanced.
func (r *recorder) forList(ins bytecode.Instr, it operand, snap ir.SnapID) (int, error) {
	b := r.b
	ref := uint32(it.v.Ref())
	if gc.Tag(r.word(ref+vm.JITListIterList)) != vm.JITTagList {
		return 0, r.abort("loop left while recording")
	}
	lref := uint32(r.word(ref + vm.JITListIterList + 8))
	i := int64(r.word(ref + vm.JITListIterIndex))
	n := int64(r.word(lref + vm.JITListLenOff))
	if i < 0 || i >= n {
		return 0, r.abort("loop left while recording")
	}
	ltag := b.FLoad(ir.Tag, it.val, vm.JITListIterList, ClassIterList)
	b.Guard(ir.EQ, ltag, b.KTag(uint64(vm.JITTagList)), snap)
	lst := b.FLoad(ir.Ptr, it.val, vm.JITListIterList+8, ClassIterList)
	iR := b.FLoad(ir.Int, it.val, vm.JITListIterIndex, ClassRangeCur)
	nR := b.FLoad(ir.Int, lst, vm.JITListLenOff, ClassListLen)
	b.Bounds(iR, nR, snap)
	items := b.FLoad(ir.Ptr, lst, vm.JITListStorageOff, ClassListStorage)
	off := uint32(r.word(lref+vm.JITListStorageOff)) + vm.JITItemsOff + 16*uint32(i)
	v := gc.MakeValue(gc.Tag(r.word(off)), r.word(off+8))
	if !v.Tag().IsRef() && v.Tag() != gc.TagInt && v.Tag() != gc.TagFloat && v.Tag() != gc.TagBool {
		return 0, r.abort("list item type")
	}
	tag := b.XLoad(ir.Tag, items, iR, vm.JITItemsOff, ClassItems)
	b.Guard(ir.EQ, tag, b.KTag(uint64(v.Tag())), snap)
	val := b.XLoad(payloadType(v.Tag()), items, iR, vm.JITItemsOff+8, ClassItems)
	r.mem[ref+vm.JITListIterIndex] = uint64(i + 1)
	b.FStore(it.val, vm.JITListIterIndex, b.Op2(ir.IADD, ir.Int, iR, b.KInt(1)), ClassRangeCur)
	r.write(ins.A()+1, operand{v, b.KTag(uint64(v.Tag())), val})
	return r.pc + 1, nil
}

// truth returns the truth of o and its IR bool.
func (r *recorder) truth(o operand) (bool, ir.Ref, error) {
	b := r.b
	switch o.v.Tag() {
	case gc.TagBool:
		return o.v.Bool(), o.val, nil
	case gc.TagInt:
		return o.v.Int() != 0, b.Cmp(ir.NE, o.val, b.KInt(0)), nil
	case gc.TagFloat:
		return o.v.Float() != 0, b.Cmp(ir.NE, o.val, b.KFloat(0)), nil
	case gc.TagNone:
		return false, b.KBool(false), nil
	}
	if fakeInstance(o) {
		return r.freshTruth(o)
	}
	if t, ref, ok := r.dequeTruth(o); ok { // record_deque.go
		return t, ref, nil
	}
	if t, ref, ok := r.truthOfObject(o); ok {
		return t, ref, nil
	}
	return false, 0, r.abort("truth of a non-number")
}

// exactFloat converts an int operand to float, guarding that it is exact
// (|x| <= 2**53) so that float arithmetic and comparisons agree with
// Python's exact int/float semantics.
func (r *recorder) exactFloat(o operand) (operand, error) {
	b := r.b
	x := o.v.Int()
	if x < -(1<<53) || x > 1<<53 {
		return operand{}, r.abort("int too large for float")
	}
	if !o.val.IsConst() {
		shifted := b.Op2(ir.IADD, ir.Int, o.val, b.KInt(1<<53))
		b.Guard(ir.ULE, shifted, b.KInt(1<<54), r.snap(r.pc))
	}
	return operand{gc.Float(float64(x)), b.KTag(uint64(gc.TagFloat)), b.Op1(ir.ITOF, ir.Float, o.val)}, nil
}

// numbers brings two numeric operands to a common type: both ints, or
// both floats (an int converted exactly).
func (r *recorder) numbers(x, y operand) (operand, operand, bool, error) {
	xt, yt := x.v.Tag(), y.v.Tag()
	if (xt != gc.TagInt && xt != gc.TagFloat) || (yt != gc.TagInt && yt != gc.TagFloat) {
		return x, y, false, r.abort("operand types")
	}
	if xt == gc.TagInt && yt == gc.TagInt {
		return x, y, false, nil
	}
	var err error
	if xt == gc.TagInt {
		x, err = r.exactFloat(x)
	}
	if yt == gc.TagInt && err == nil {
		y, err = r.exactFloat(y)
	}
	return x, y, true, err
}

var intOps = map[bytecode.Op]ir.Op{
	bytecode.ADD: ir.IADD, bytecode.SUB: ir.ISUB, bytecode.MUL: ir.IMUL, bytecode.FLOORDIV: ir.IFLOORDIV,
	bytecode.MOD: ir.IMOD, bytecode.LSHIFT: ir.ISHL, bytecode.RSHIFT: ir.ISHR,
}

var floatOps = map[bytecode.Op]ir.Op{
	bytecode.ADD: ir.FADD, bytecode.SUB: ir.FSUB, bytecode.MUL: ir.FMUL, bytecode.TRUEDIV: ir.FDIV,
	bytecode.FLOORDIV: ir.FFLOORDIV, bytecode.MOD: ir.FMOD,
}

// arith records a binary operator on numbers.
func (r *recorder) arith(op bytecode.Op, x, y operand) (operand, error) {
	b := r.b
	if op == bytecode.TRUEDIV && x.v.Tag() == gc.TagInt && y.v.Tag() == gc.TagInt {
		var err error
		if x, err = r.exactFloat(x); err != nil {
			return operand{}, err
		}
		if y, err = r.exactFloat(y); err != nil {
			return operand{}, err
		}
	}
	x, y, isFloat, err := r.numbers(x, y)
	if err != nil {
		return operand{}, err
	}
	if isFloat && op == bytecode.POW {
		return r.floatPow(x, y)
	}
	if isFloat {
		fop, ok := floatOps[op]
		if !ok {
			return operand{}, r.abort("unsupported float " + op.String())
		}
		a, c := x.v.Float(), y.v.Float()
		var v float64
		switch op {
		case bytecode.ADD:
			v = a + c
		case bytecode.SUB:
			v = a - c
		case bytecode.MUL:
			v = a * c
		case bytecode.TRUEDIV:
			v = a / c
		case bytecode.FLOORDIV:
			v, _, _ = ir.FloatDivmod(a, c)
		case bytecode.MOD:
			v, _ = ir.FloatMod(a, c)
		}
		var ref ir.Ref
		if fop == ir.FADD || fop == ir.FSUB || fop == ir.FMUL {
			ref = b.Op2(fop, ir.Float, x.val, y.val)
		} else {
			if c == 0 {
				return operand{}, r.abort("float division by zero")
			}
			ref = b.Guarded2(fop, ir.Float, x.val, y.val, r.snap(r.pc))
		}
		return operand{gc.Float(v), b.KTag(uint64(gc.TagFloat)), ref}, nil
	}
	a, c := x.v.Int(), y.v.Int()
	var v int64
	ok := true
	switch op {
	case bytecode.BITAND, bytecode.BITOR, bytecode.BITXOR:
		bop := map[bytecode.Op]ir.Op{bytecode.BITAND: ir.IAND, bytecode.BITOR: ir.IOR, bytecode.BITXOR: ir.IXOR}[op]
		v = map[bytecode.Op]int64{bytecode.BITAND: a & c, bytecode.BITOR: a | c, bytecode.BITXOR: a ^ c}[op]
		return operand{gc.Int(v), x.tag, b.Op2(bop, ir.Int, x.val, y.val)}, nil
	case bytecode.ADD:
		v, ok = ir.AddOv(a, c)
	case bytecode.SUB:
		v, ok = ir.SubOv(a, c)
	case bytecode.MUL:
		v, ok = ir.MulOv(a, c)
	case bytecode.FLOORDIV:
		v, ok = ir.FloorDiv(a, c)
	case bytecode.MOD:
		v, ok = ir.FloorMod(a, c)
	case bytecode.LSHIFT:
		v, ok = ir.Shl(a, c)
	case bytecode.RSHIFT:
		v, ok = ir.Shr(a, c)
	default:
		return operand{}, r.abort("unsupported int " + op.String())
	}
	if !ok {
		return operand{}, r.abort("int overflow or error while recording")
	}
	return operand{gc.Int(v), b.KTag(uint64(gc.TagInt)), b.Guarded2(intOps[op], ir.Int, x.val, y.val, r.snap(r.pc))}, nil
}

var conds = map[bytecode.Op]ir.Cond{bytecode.LT: ir.LT, bytecode.LE: ir.LE, bytecode.GT: ir.GT,
	bytecode.GE: ir.GE, bytecode.EQ: ir.EQ, bytecode.NE: ir.NE}

// compare records a comparison of numbers.
func (r *recorder) compare(op bytecode.Op, x, y operand) (operand, error) {
	x, y, isFloat, err := r.numbers(x, y)
	if err != nil {
		return operand{}, err
	}
	c := conds[op]
	var t bool
	if isFloat {
		t = c.EvalFloat(x.v.Float(), y.v.Float())
	} else {
		t = c.EvalInt(x.v.Int(), y.v.Int())
	}
	return boolOperand(r.b, t, r.b.Cmp(c, x.val, y.val)), nil
}

// call records a call of a builtin that wasm computes natively.
func (r *recorder) call(ins bytecode.Instr) (int, error) {
	b := r.b
	a := ins.A()
	fn := r.read(a)
	first, nargs := a+1, ins.B()
	if ins.Op() == bytecode.CALLMETHOD {
		if r.read(a + 1).v.IsEmpty() {
			first = a + 2
		} else {
			nargs++
		}
	}
	if fn.v.Tag() == vm.JITTagFunc {
		return r.inline(ins, fn, first, nargs) // keywords too (record_closures.go)
	}
	if ins.C() != 0 {
		return 0, r.abort("call with keywords")
	}
	if fn.v.Tag() == vm.JITTagType && !r.m.JITIsRangeType(fn.v) {
		return r.classCall(ins, fn, first, nargs) // record_new.go
	}
	if r.m.JITIsRangeType(fn.v) {
		r.guardConst(fn)
		args := make([]operand, nargs)
		for i := range args {
			args[i] = r.read(first + i)
		}
		if err := r.newRange(a, args); err != nil {
			return 0, err
		}
		return r.pc + 1, nil
	}
	name, ok := r.m.JITBuiltinName(fn.v)
	if !ok {
		return 0, r.abort("call of a non-builtin")
	}
	r.guardConst(fn)
	args := make([]operand, nargs)
	for i := range args {
		args[i] = r.read(first + i)
	}
	if name == "next" {
		if next, ok, err := r.callNext(ins, args); ok || err != nil { // record_gen.go
			return next, err
		}
	}
	snap := r.snap(r.pc)
	var res operand
	switch {
	case name == "abs" && nargs == 1 && args[0].v.Tag() == gc.TagInt:
		v, ok := ir.AbsOv(args[0].v.Int())
		if !ok {
			return 0, r.abort("int overflow")
		}
		res = operand{gc.Int(v), args[0].tag, b.Guarded1(ir.IABS, ir.Int, args[0].val, snap)}
	case name == "abs" && nargs == 1 && args[0].v.Tag() == gc.TagFloat:
		res = operand{gc.Float(math.Abs(args[0].v.Float())), args[0].tag, b.Op1(ir.FABS, ir.Float, args[0].val)}
	case (name == "min" || name == "max") && nargs == 2 && args[0].v.Tag() == args[1].v.Tag() &&
		(args[0].v.Tag() == gc.TagInt || args[0].v.Tag() == gc.TagFloat):
		x, y := args[0], args[1]
		if x.v.Tag() == gc.TagInt {
			op, v := ir.IMIN, min(x.v.Int(), y.v.Int())
			if name == "max" {
				op, v = ir.IMAX, max(x.v.Int(), y.v.Int())
			}
			res = operand{gc.Int(v), x.tag, b.Op2(op, ir.Int, x.val, y.val)}
		} else {
			op, v := ir.FMIN, ir.FloatMin(x.v.Float(), y.v.Float())
			if name == "max" {
				op, v = ir.FMAX, ir.FloatMax(x.v.Float(), y.v.Float())
			}
			res = operand{gc.Float(v), x.tag, b.Op2(op, ir.Float, x.val, y.val)}
		}
	case name == "isinstance" && nargs == 2:
		var err error
		if res, err = r.isInstance(args[0], args[1]); err != nil { // record_dunder.go
			return 0, err
		}
	case r.isHeapqCall(fn):
		var err error
		if res, err = r.heapqCall(fn, args, snap); err != nil { // record_heapq.go
			return 0, err
		}
	case name == "len" && nargs == 1 && r.isDeque(args[0]): // record_deque.go
		res = r.dequeLen(args[0])
	case name == "len" && nargs == 1 && args[0].v.Tag() == vm.JITTagList:
		n := int64(r.word(uint32(args[0].v.Ref()) + vm.JITListLenOff))
		res = operand{gc.Int(n), b.KTag(uint64(gc.TagInt)), b.FLoad(ir.Int, args[0].val, vm.JITListLenOff, ClassListLen)}
	case name == "sqrt" && nargs == 1 && (args[0].v.Tag() == gc.TagFloat || args[0].v.Tag() == gc.TagInt):
		x := args[0]
		if x.v.Tag() == gc.TagInt {
			var err error
			if x, err = r.exactFloat(x); err != nil {
				return 0, err
			}
		}
		if !(x.v.Float() >= 0) {
			return 0, r.abort("math domain error while recording")
		}
		b.Guard(ir.GE, x.val, b.KFloat(0), snap)
		res = operand{gc.Float(math.Sqrt(x.v.Float())), b.KTag(uint64(gc.TagFloat)), b.Op1(ir.FSQRT, ir.Float, x.val)}
	case name == "floor" && nargs == 1 && args[0].v.Tag() == gc.TagInt:
		res = args[0]
	case name == "floor" && nargs == 1 && args[0].v.Tag() == gc.TagFloat:
		f := math.Floor(args[0].v.Float())
		v, ok := ir.FloatToInt(f)
		if !ok {
			return 0, r.abort("floor out of int64 range")
		}
		fl := b.Op1(ir.FFLOOR, ir.Float, args[0].val)
		res = operand{gc.Int(v), b.KTag(uint64(gc.TagInt)), b.Guarded1(ir.FTOI, ir.Int, fl, snap)}
	default:
		var err error
		var ok bool
		if res, ok, err = r.strBuiltin(name, args, snap); err != nil { // record_str.go
			return 0, err
		}
		if !ok {
			if res, err = r.hostBuiltinCall(name, fn, args, snap); err != nil { // record_host.go
				return 0, err
			}
		}
	}
	r.write(a, res)
	return r.pc + 1, nil
}

// inline starts recording a call of a Python function in place: the
// callee's registers are the recorder's own (its arguments copied in), and
// recording continues at its first instruction until RETURN.
func (r *recorder) inline(ins bytecode.Instr, fn operand, first, nargs int) (int, error) {
	b := r.b
	callee, ok := r.m.JITFunction(fn.v)
	if !ok {
		return 0, r.abort("call of a non-function")
	}
	if r.calloutWanted(ins, callee) {
		return r.callout(ins) // a residual call (record_callout.go)
	}
	kw, err := r.callKeywords(ins)
	if err != nil {
		return 0, err
	}
	npos := nargs - len(kw)
	reason := calleeAbort(callee, npos)
	var kwSlots, missing []int
	if reason == "" {
		kwSlots, missing, reason = argSlots(callee, npos, kw)
	}
	if reason != "" {
		return 0, r.abort(reason)
	}
	if len(r.stack) >= MaxInlineDepth {
		return 0, r.abort("inlining too deep")
	}
	// The function's identity is not guarded (record_closures.go): a
	// constant one (a global, a method) is already guarded where it was
	// found, and any other passes with the same code and globals, its
	// cells and defaults loaded from it.
	fp := uint32(fn.v.Ref())
	snap := r.snap(r.pc)
	code := b.FLoad(ir.Int, fn.val, vm.JITFuncCodeOff, ClassFuncCode)
	b.Guard(ir.EQ, code, b.KInt(int64(r.word(fp+vm.JITFuncCodeOff))), snap)
	// The callee's globals are a constant of the trace: guard them too (a
	// function object at this address could be another one by now).
	gl := b.FLoad(ir.Ptr, fn.val, vm.JITFuncGlobalsOff, ClassFuncCode)
	b.Guard(ir.EQ, gl, b.KPtr(uint32(callee.Globals.Ref())), snap)
	regs := make([]rslot, callee.Code.NumRegs)
	empty := r.constOperand(gc.Empty())
	for i := range regs {
		regs[i] = rslot{operand: empty, loaded: true}
	}
	for i := 0; i < npos; i++ {
		regs[i].operand = r.read(first + i)
	}
	for j, p := range kwSlots {
		regs[p].operand = r.read(first + npos + j)
	}
	r.bindDefaults(fn, callee, regs, missing, snap)
	r.bindFree(fn, callee, regs)
	r.pushInlined(inlined{retReg: ins.A()}, callee, regs)
	return 0, nil
}

// FloatPowHelper is the runtime helper a trace calls for float ** float:
// Python's result when it is a float, failing (the trace exits and the
// interpreter raises or returns a complex) otherwise. package jit
// implements it with the interpreter's own function.
var FloatPowHelper = ir.HelperSig{Name: "fpow", Args: []ir.Type{ir.Float, ir.Float}, Result: ir.Float, Effect: ir.Pure}

// floatPow records x ** y on floats: in the trace for some constant
// exponents (record_pow.go), otherwise through the helper.
func (r *recorder) floatPow(x, y operand) (operand, error) {
	b := r.b
	v, ok := r.m.JITFloatPow(x.v.Float(), y.v.Float())
	if !ok {
		return operand{}, r.abort("float power with a complex result or an error")
	}
	// An exponent with an in-trace evaluation (record_pow.go), used when
	// the recorded base passes its guards. An exponent that is not an IR
	// constant (the compiler keeps a loop's constants in registers loaded
	// before the loop) is guarded equal to its recorded value: the guard
	// is loop-invariant, so peeling leaves it before the loop.
	if c := y.v.Float(); powConstSupported(c) {
		if pv, ok := powConstFloat(x.v.Float(), c); ok && math.Float64bits(pv) == math.Float64bits(v) {
			snap := r.snap(r.pc)
			if !y.val.IsConst() {
				b.Guard(ir.EQ, y.val, b.KFloat(c), snap)
			}
			ref := emitPowConst(b, x.val, c, snap)
			return operand{gc.Float(v), b.KTag(uint64(gc.TagFloat)), ref}, nil
		}
	}
	h := int64(-1)
	for i, hs := range b.T.Helpers {
		if hs.Name == FloatPowHelper.Name {
			h = int64(i)
		}
	}
	if h < 0 {
		h = b.AddHelper(FloatPowHelper)
	}
	ref := b.Call(h, r.snap(r.pc), x.val, y.val)
	return operand{gc.Float(v), b.KTag(uint64(gc.TagFloat)), ref}, nil
}

// unpack records UNPACK of a tuple or list of exactly the expected length.
func (r *recorder) unpack(ins bytecode.Instr) error {
	b := r.b
	src := r.read(ins.B())
	n := ins.C()
	snap := r.snap(r.pc)
	ref := uint32(src.v.Ref())
	var base ir.Ref
	var addr uint32
	switch src.v.Tag() {
	case vm.JITTagTuple:
		if int(uint32(r.word(ref+8))) != n {
			return r.abort("unpack of a tuple of another length")
		}
		w := b.FLoad(ir.Int, src.val, 8, ClassHeader)
		cnt := b.Op2(ir.IAND, ir.Int, w, b.KInt(0xffffffff))
		b.Guard(ir.EQ, cnt, b.KInt(int64(n)), snap)
		base, addr = src.val, ref
	case vm.JITTagList:
		if int(r.word(ref+vm.JITListLenOff)) != n {
			return r.abort("unpack of a list of another length")
		}
		length := b.FLoad(ir.Int, src.val, vm.JITListLenOff, ClassListLen)
		b.Guard(ir.EQ, length, b.KInt(int64(n)), snap)
		base = b.FLoad(ir.Ptr, src.val, vm.JITListStorageOff, ClassListStorage)
		addr = uint32(r.word(ref + vm.JITListStorageOff))
	default:
		return r.abort("unpack of a non-sequence")
	}
	class := ClassItems
	if src.v.Tag() == vm.JITTagTuple {
		class = ClassTupleItems
	}
	vals := make([]operand, n)
	for i := 0; i < n; i++ {
		off := int64(vm.JITItemsOff + 16*i)
		v := gc.MakeValue(gc.Tag(r.word(addr+uint32(off))), r.word(addr+uint32(off)+8))
		tag := b.FLoad(ir.Tag, base, off, class)
		b.Guard(ir.EQ, tag, b.KTag(uint64(v.Tag())), snap)
		switch {
		case v.Tag() == gc.TagInt || v.Tag() == gc.TagFloat || v.Tag() == gc.TagBool || v.Tag().IsRef():
			vals[i] = operand{v, b.KTag(uint64(v.Tag())), b.FLoad(payloadType(v.Tag()), base, off+8, class)}
		default:
			vals[i] = r.constOperand(v)
		}
	}
	for i, v := range vals {
		r.write(ins.A()+i, v)
	}
	return nil
}

// simulateInnerLoop runs the inner loop whose header h the recording has
// reached on the recorder's copy, with its IR going to a scratch trace,
// until it leaves the loop, and returns the pc where the outer recording
// goes on: the conditional jump that ended the loop (or was followed by
// the break that did), where the inner trace's guard on it exits, or h
// for an exhausted FORITER. The loop's frame is the one at call depth d0
// (0: the recording's own frame; a callee's for a call into a traced
// loop, record_calls.go); forget makes that frame's registers be read
// again after an iteration, exhausted tells whether its FORITER at h
// ends the loop.
func (r *recorder) simulateInnerLoop(h int, in Inner, d0 int, forget func(), exhausted func(bytecode.Instr) bool) (int, error) {
	wasSimulating := r.unroll.simulating // nests for a for loop inside the simulated loop
	r.unroll.simulating = true
	defer func() { r.unroll.simulating = wasSimulating }()
	real := r.b
	defer func() { r.b = real }()
	r.b = ir.NewBuilder(ir.NewTrace("scratch", real.T.FrameSize), ir.ScratchOptions)
	r.pc = h
	lastBranch := -1                  // the last conditional jump of the current iteration
	poly := r.polyWatchFor(h, d0)     // record_poly.go
	alloc := r.startAllocProjection() // record_objalloc.go
	for iters := 0; ; {
		ins := r.fr.Instrs[r.pc]
		depth := len(r.stack) // > d0: inside a call the inner loop inlines
		if poly != nil && depth == d0 && r.polymorphic(poly, ins, r.pc) {
			return 0, &Abort{Reason: PolymorphicInnerLoop, PC: h}
		}
		if depth == d0 && r.pc == h && ins.Op() == bytecode.FORITER && exhausted(ins) {
			return h, nil
		}
		if op := ins.Op(); depth == d0 && (op == bytecode.JUMPIFTRUE || op == bytecode.JUMPIFFALSE) {
			lastBranch = r.pc
		}
		if iters > r.maxInner || len(r.b.T.Insts) > 1<<22 {
			return 0, r.abort("inner loop too long to simulate")
		}
		var next int
		var err error
		if depth == d0 && r.pc == h && ins.Op() == bytecode.FORITER {
			next, err = r.forIterStep(ins)
		} else {
			next, err = r.step()
		}
		if err != nil {
			return 0, err
		}
		if len(r.stack) < d0 {
			return 0, r.abort("inner loop left by RETURN")
		}
		if depth > d0 || len(r.stack) > d0 {
			// Entering, inside or leaving an inlined call.
			if depth == len(r.stack) && next <= r.pc {
				return 0, r.abort("loop in an inlined function")
			}
			r.pc = next
			continue
		}
		switch {
		case next == h:
			iters++
			lastBranch = -1
			forget()
			if err := r.checkAllocProjection(&alloc, r.innerIterReg(h, d0)); err != nil {
				return 0, err
			}
			// Nothing refers to earlier iterations' scratch IR any more:
			// a fresh builder (on the old one's storage, ir/scratch.go)
			// keeps load forwarding from scanning them.
			r.b = r.b.Recycle()
		case next < h || next > in.BackEdge:
			// Left by a conditional jump, or by a break after one.
			op := ins.Op()
			if (op != bytecode.JUMP && op != bytecode.JUMPIFTRUE && op != bytecode.JUMPIFFALSE) || lastBranch < 0 {
				return 0, r.abort("inner loop left by " + op.String())
			}
			return lastBranch, nil
		case next <= r.pc:
			// The back-edge of a loop nested in the inner loop
			// (fannkuch's swap loop in its flips loop): simulated on,
			// each of its iterations counted against the same bound
			// (aborting here kept the outer loop from ever getting a
			// trace once the inner loop had one: docs/jit.md
			// "Deterministic trace decisions").
			iters++
			forget()
			r.b = r.b.Recycle()
		}
		r.pc = next
	}
}

// callInner replaces the rest of an inner loop, whose header h the
// recording has reached with the state at the header, by a call of the
// inner loop's compiled trace. The registers are written to the frame
// first (the inner trace reads them there) and read again after it. To
// know the state after the inner loop, the recorder simulates it on its
// copy (its IR goes to a scratch trace) until it leaves the loop; the pc
// where it left is returned, and the call accepts exactly the inner
// trace's exits that resume there.
func (r *recorder) callInner(h int) (int, error) {
	if r.inner == nil || len(r.stack) > 0 {
		return 0, r.abort("inner loop")
	}
	in, ok := r.inner(h)
	if !ok {
		return 0, r.abort("inner loop without a trace")
	}
	b := r.b
	for i := range r.root {
		if s := &r.root[i]; s.dirty {
			b.SStore(int32(i), s.tag, s.val)
		}
	}
	r.forget()
	cont, err := r.simulateInnerLoop(h, in, 0, r.forget, r.exhausted)
	if err != nil {
		return 0, err
	}
	r.forget()
	var accept []string
	for id, pc := range in.SnapPCs {
		if id > 0 && int(pc) == cont {
			accept = append(accept, fmt.Sprint(id))
		}
	}
	if len(accept) == 0 {
		return 0, r.abort("inner trace has no exit where the inner loop ends")
	}
	// The pc after the list: an exit of one of the inner trace's side
	// traces that resumes there is the inner loop's end too.
	hs := ir.HelperSig{Name: fmt.Sprintf("%s%d:%s:%d", InnerTracePrefix, in.Slot, strings.Join(accept, ","), cont), Effect: ir.Writes}
	b.Call(b.AddHelper(hs), r.snap(h))
	r.calls = append(r.calls, in.Slot)
	r.maxDepth = max(r.maxDepth, in.Depth)
	r.pc = cont
	return cont, nil
}

// forget makes every register of the loop frame be read again from the
// frame (keeping its concrete value): after a call of an inner trace, or
// between simulated iterations.
func (r *recorder) forget() {
	for i := range r.root {
		s := &r.root[i]
		if s.loaded || s.stale {
			r.root[i] = rslot{operand: operand{v: s.v}, stale: true}
		}
	}
	r.ver++
}

// exhausted reports whether FORITER would leave its loop now.
func (r *recorder) exhausted(ins bytecode.Instr) bool {
	if r.calleeFrameReal() {
		return r.calleeExhausted(ins) // record_calls.go
	}
	v := r.fr.Regs[ins.A()]
	if s := r.root[ins.A()]; s.loaded || s.stale {
		v = s.v
	}
	return r.iterExhausted(v)
}

// iterExhausted reports whether the range, tuple or list iterator v (on
// the recorder's copy of the heap) has nothing left; other values say no.
func (r *recorder) iterExhausted(v gc.Value) bool {
	if v.Tag() != vm.JITTagIter {
		return false
	}
	ref := uint32(v.Ref())
	switch (r.word(ref) >> vm.JITKindShift) & vm.JITKindMask {
	case uint64(vm.JITKindRangeIter):
		cur, stop, step := int64(r.word(ref+vm.JITRangeCurOff)), int64(r.word(ref+vm.JITRangeStopOff)), int64(r.word(ref+vm.JITRangeStepOff))
		return !((step > 0 && cur < stop) || (step < 0 && cur > stop))
	case uint64(vm.JITKindTupleIter):
		return r.tupleIterExhausted(ref) // record_alloc.go
	case uint64(vm.JITKindListIter):
		if gc.Tag(r.word(ref+vm.JITListIterList)) != vm.JITTagList {
			return true
		}
		lref := uint32(r.word(ref + vm.JITListIterList + 8))
		return int64(r.word(ref+vm.JITListIterIndex)) >= int64(r.word(lref+vm.JITListLenOff))
	}
	return false
}

// forIterStep records FORITER as the header of the loop being simulated.
func (r *recorder) forIterStep(ins bytecode.Instr) (int, error) {
	header := r.header
	r.header = r.pc
	next, err := r.forIter(ins)
	r.header = header
	return next, err
}

// forIterDone records FORITER on an exhausted range or list iterator:
// guards that it is exhausted, and the jump out of the loop.
func (r *recorder) forIterDone(ins bytecode.Instr) (int, error) {
	b := r.b
	it := r.read(ins.A())
	if it.v.Tag() != vm.JITTagIter || !r.exhausted(ins) {
		return 0, r.abort("inner loop ended on another iterator")
	}
	ref := uint32(it.v.Ref())
	kind := (r.word(ref) >> vm.JITKindShift) & vm.JITKindMask
	snap := r.snap(r.pc)
	// A range iterator this trace made needs no kind check (without the
	// header load it can be sunk). Other iterators keep theirs: sunk list
	// and tuple iterators of unrolled inner loops made every exit
	// rebuild them, and nbody-shaped traces too long to compile.
	if kind != uint64(vm.JITKindRangeIter) || !r.newOfKind(it.val, kind) { // record_poly.go
		hdr := b.FLoad(ir.Int, it.val, 0, ClassHeader)
		k := b.Op2(ir.IAND, ir.Int, b.Op2(ir.ISHR, ir.Int, hdr, b.KInt(vm.JITKindShift)), b.KInt(vm.JITKindMask))
		b.Guard(ir.EQ, k, b.KInt(int64(kind)), snap)
	}
	if kind == uint64(vm.JITKindTupleIter) {
		return r.tupleIterDone(ins, it, snap) // record_alloc.go
	}
	if kind != uint64(vm.JITKindRangeIter) {
		// A list iterator: the interpreter empties its list slot when it
		// finds the list exhausted.
		tag := b.FLoad(ir.Tag, it.val, vm.JITListIterList, ClassIterList)
		if gc.Tag(r.word(ref+vm.JITListIterList)) == gc.TagEmpty {
			b.Guard(ir.EQ, tag, b.KTag(uint64(gc.TagEmpty)), snap)
			return int(ins.Bx()), nil
		}
		b.Guard(ir.EQ, tag, b.KTag(uint64(vm.JITTagList)), snap)
		lst := b.FLoad(ir.Ptr, it.val, vm.JITListIterList+8, ClassIterList)
		iR := b.FLoad(ir.Int, it.val, vm.JITListIterIndex, ClassRangeCur)
		nR := b.FLoad(ir.Int, lst, vm.JITListLenOff, ClassListLen)
		b.Guard(ir.GE, iR, nR, snap)
		b.FStore(it.val, vm.JITListIterList, b.KTag(uint64(gc.TagEmpty)), ClassIterList)
		b.FStore(it.val, vm.JITListIterList+8, b.KInt(0), ClassIterList)
		r.mem[ref+vm.JITListIterList], r.mem[ref+vm.JITListIterList+8] = 0, 0
		return int(ins.Bx()), nil
	}
	step := int64(r.word(ref + vm.JITRangeStepOff))
	curR := b.FLoad(ir.Int, it.val, vm.JITRangeCurOff, ClassRangeCur)
	stopR := b.FLoad(ir.Int, it.val, vm.JITRangeStopOff, ClassRangeLimits)
	stepR := b.FLoad(ir.Int, it.val, vm.JITRangeStepOff, ClassRangeLimits)
	b.Guard(ir.EQ, stepR, b.KInt(step), snap)
	if step > 0 {
		b.Guard(ir.GE, curR, stopR, snap)
	} else {
		b.Guard(ir.LE, curR, stopR, snap)
	}
	return int(ins.Bx()), nil
}

// fakeBase is where objects allocated while recording live: only in the
// recorder's overlay, at addresses above any heap (the heap is at most
// 65535 pages), never read from memory.
const fakeBase = 0xffff0000

// getIter records iter(list): a NEW list iterator (which sinking may
// remove), its list slot stored; the recording's own copy of it lives in
// the overlay at a fake address.
func (r *recorder) getIter(ins bytecode.Instr) error {
	src := r.read(ins.B())
	if src.v.Tag() == vm.JITTagRange && (len(r.stack) == 0 || r.calleeMayAlloc()) { // record_calls.go
		return r.rangeIter(ins, src)
	}
	if src.v.Tag() == vm.JITTagTuple {
		return r.tupleIter(ins, src) // record_alloc.go
	}
	if src.v.Tag() != vm.JITTagList {
		return r.abort("iter of something other than a list or range")
	}
	if len(r.stack) > 0 && !r.calleeMayAlloc() { // record_calls.go
		return r.abort("allocation in an inlined function")
	}
	return r.seqIter(ins, src, "list_iterator", vm.JITKindListIter, vm.JITTagList)
}

// seqIter records iter(src) of a list or a tuple (tag): a NEW iterator of
// the given kind in the list iterator's layout (the sequence and an
// index), placed in the overlay for the recording and written to A.
func (r *recorder) seqIter(ins bytecode.Instr, src operand, name string, kind gc.Kind, tag gc.Tag) error {
	b := r.b
	d := ir.AllocDesc{Name: name, Kind: uint8(kind), NumVals: 1, Raw: 8}
	addr, err := r.fakeAlloc(d)
	if err != nil {
		return err
	}
	r.mem[addr+vm.JITListIterList] = uint64(tag)
	r.mem[addr+vm.JITListIterList+8] = uint64(src.v.Ref())
	p := b.New(b.AddAlloc(d))
	b.FStore(p, vm.JITListIterList, b.KTag(uint64(tag)), ClassIterList)
	b.FStore(p, vm.JITListIterList+8, src.val, ClassIterList)
	r.write(ins.A(), operand{gc.MakeValue(vm.JITTagIter, uint64(addr)), b.KTag(uint64(vm.JITTagIter)), p})
	return nil
}

// fakeAlloc places an object the recording allocates in the overlay and
// returns its address (header word: size and kind; slot count).
func (r *recorder) fakeAlloc(d ir.AllocDesc) (uint32, error) {
	if r.fake == 0 {
		r.fake = fakeBase
	}
	if r.fake > 0xffffff00 {
		return 0, r.abort("too many allocations while recording")
	}
	addr := r.fake
	r.fake += uint32(d.Size())
	r.mem[addr] = uint64(d.Size()) | uint64(d.Kind)<<vm.JITKindShift
	r.mem[addr+8] = uint64(d.NumVals)
	for off := uint32(16); off < uint32(d.Size()); off += 8 {
		r.mem[addr+off] = 0
	}
	return addr, nil
}

// newRange records range(args) of ints into register a: a NEW range
// object (sinking usually removes it), its bounds guarded small.
func (r *recorder) newRange(a int, args []operand) error {
	b := r.b
	if len(args) < 1 || len(args) > 3 || len(r.stack) > 0 && !r.calleeMayAlloc() { // record_calls.go
		return r.abort("range call shape")
	}
	vals := []int64{0, 0, 1}
	refs := []ir.Ref{b.KInt(0), 0, b.KInt(1)}
	snap := r.snap(r.pc)
	for i, x := range args {
		if x.v.Tag() != gc.TagInt {
			return r.abort("range of a non-int")
		}
		v := x.v.Int()
		if v < -vm.JITSmallRangeMax || v > vm.JITSmallRangeMax {
			return r.abort("big range")
		}
		if !x.val.IsConst() {
			sh := b.Op2(ir.IADD, ir.Int, x.val, b.KInt(vm.JITSmallRangeMax))
			b.Guard(ir.ULE, sh, b.KInt(2*vm.JITSmallRangeMax), snap)
		}
		j := i
		if len(args) == 1 {
			j = 1
		}
		vals[j], refs[j] = v, x.val
	}
	if vals[2] == 0 {
		return r.abort("range step zero")
	}
	if !refs[2].IsConst() {
		b.Guard(ir.NE, refs[2], b.KInt(0), snap)
	}
	d := ir.AllocDesc{Name: "range", Kind: uint8(vm.JITKindRange), Raw: 24}
	addr, err := r.fakeAlloc(d)
	if err != nil {
		return err
	}
	p := b.New(b.AddAlloc(d))
	for i, off := range []uint32{vm.JITRangeObjStart, vm.JITRangeObjStop, vm.JITRangeObjStep} {
		r.mem[addr+off] = uint64(vals[i])
		b.FStore(p, int64(off), refs[i], ClassRangeObj)
	}
	r.write(a, operand{gc.MakeValue(vm.JITTagRange, uint64(addr)), b.KTag(uint64(vm.JITTagRange)), p})
	return nil
}

// rangeIter records iter(range) for a small range: a NEW range iterator
// with the range's start, stop and step.
func (r *recorder) rangeIter(ins bytecode.Instr, src operand) error {
	b := r.b
	ref := uint32(src.v.Ref())
	kind := (r.word(ref) >> vm.JITKindShift) & vm.JITKindMask
	if kind != uint64(vm.JITKindRange) {
		return r.abort("iter of a big range")
	}
	if !r.newOfKind(src.val, kind) { // record_poly.go: range(n) built by this trace
		hdr := b.FLoad(ir.Int, src.val, 0, ClassHeader)
		k := b.Op2(ir.IAND, ir.Int, b.Op2(ir.ISHR, ir.Int, hdr, b.KInt(vm.JITKindShift)), b.KInt(vm.JITKindMask))
		b.Guard(ir.EQ, k, b.KInt(int64(kind)), r.snap(r.pc))
	}
	d := ir.AllocDesc{Name: "range_iterator", Kind: uint8(vm.JITKindRangeIter), Raw: 8 * vm.JITRangeIterWords}
	addr, err := r.fakeAlloc(d)
	if err != nil {
		return err
	}
	p := b.New(b.AddAlloc(d))
	src3 := []uint32{vm.JITRangeObjStart, vm.JITRangeObjStop, vm.JITRangeObjStep}
	dst3 := []uint32{vm.JITRangeCurOff, vm.JITRangeStopOff, vm.JITRangeStepOff}
	classes := []ir.AliasClass{ClassRangeCur, ClassRangeLimits, ClassRangeLimits}
	for i := range src3 {
		r.mem[addr+dst3[i]] = r.word(ref + src3[i])
		v := b.FLoad(ir.Int, src.val, int64(src3[i]), ClassRangeObj)
		b.FStore(p, int64(dst3[i]), v, classes[i])
	}
	r.write(ins.A(), operand{gc.MakeValue(vm.JITTagIter, uint64(addr)), b.KTag(uint64(vm.JITTagIter)), p})
	return nil
}
