// record_gen.go records for loops over generators. FORITER on a plain
// generator (suspended at a yield, or not started) is recorded as an
// inlined call that starts in the middle of the generator's function: the
// generator object, its code, its state and its resume pc are guarded, its
// saved registers are read from the block that holds them while it is
// suspended (lazily, on first use, each with a tag guard), and its bytecode
// is recorded until YIELDVALUE, whose value becomes the for loop's target.
// A generator body's own loops (a filter that skips values, a for over
// another generator) are recorded in place, as many times as the recorded
// iteration went round them; nested pipelines are nested inlining, bounded
// by MaxGenInlineDepth.
//
// Nothing a resumed generator does reaches the heap before the outermost
// inlined frame has yielded (or returned): a guard inside a generator's
// body resumes the interpreter at the loop's own FORITER, which resumes
// the generator again from its saved state, so that state must still be
// the one the iteration started from. The changed registers, the new
// resume pc and the state of every generator the iteration resumed are
// written back when the outermost frame is left, as inlined calls'
// attribute stores are (record_attrs.go). Until then the recorder keeps
// each generator's registers itself (genFrame): a generator resumed twice
// in one iteration (the source of a filter that skipped a value) goes on
// from the recorder's copy, never from the heap. docs/jit.md "Generators
// in traces" says why, and what aborts.

package trace

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Alias classes of a generator's words (well above the other files'). The
// k-th generator a recording resumes has its own two classes,
// ClassGenBase+2k for the words of the generator object (registers slot,
// exception state, pc, state) and ClassGenBase+2k+1 for its saved
// registers: the recording guards the generators it resumes to be
// distinct objects, so their words never alias, and a store into one
// generator's registers does not make the trace load another's again
// (a pipeline's generators would otherwise reload each other's registers
// at every iteration).
const (
	ClassGenFunc  ir.AliasClass = 91  // a generator's function slot (never reassigned)
	ClassGenOwned ir.AliasClass = 92  // a generator's ownership word (set and cleared by the interpreter only)
	ClassGenBase  ir.AliasClass = 128 // the first generator's object words
	// MaxGenerators bounds the generators one recording resumes.
	MaxGenerators = 60
	// MaxGenInlineDepth bounds the inlined frames under a resumed
	// generator: a pipeline of stages is deeper than calls usually are
	// (calls inside a generator are still bounded by MaxInlineDepth).
	MaxGenInlineDepth = 6
)

// Abort reasons of generator recording.
const (
	GenYieldInLoopFrame = "yield in the loop's own generator"
	GenYieldInTry       = "yield inside try or with in a generator"
	GenFinished         = "generator finished while recording"
	GenRunning          = "generator already executing"
	GenNotResumable     = "generator resumed while running, finished or in yield from"
	GenExcState         = "generator suspended while handling an exception"
	GenNotPlain         = "coroutine or async generator resumed"
	GenTooMany          = "too many generators in one iteration"
)

// genFrame is a generator the recording has resumed: where it lives, and
// its registers as the recording knows them.
type genFrame struct {
	addr   uint32 // the generator object's address while recording
	ptr    ir.Ref // the generator object in the IR
	st     ir.Ref // the block of its saved registers in the IR
	stAddr uint32 // that block's address
	callee vm.JITCallee
	// regs are its registers as it last yielded in this recording (nil
	// before); a register not loaded still holds, in the block, the value
	// it had when the trace started.
	regs []rslot
	// heap[i] is what the block holds for register i in the IR, once the
	// recording loaded or wrote it (tag 0: not known).
	heap    []operand
	pc      int  // the pc of the YIELDVALUE it is suspended at; -1 not started
	heapPC  int  // the pc word of the generator in the heap, as the trace has left it
	created bool // the heap's state word still says not started
	running bool // on the recorder's stack
	// stateClass and regsClass are its alias classes (ClassGenBase).
	stateClass, regsClass ir.AliasClass
	live                  *regLiveness // its code's register liveness, once liveDone
	liveDone              bool
}

// liveAt returns the registers of g that may be read when it resumes
// after the yield at pc, or nil when all must be taken as live (lc keeps
// the analysis across recordings).
func (g *genFrame) liveAt(pc int, lc *LiveCache) regSet {
	if !g.liveDone {
		g.liveDone = true
		g.live = lc.of(g.callee.Code, g.callee.Instrs, g.callee.Code.NumRegs)
	}
	if g.live == nil || pc+1 >= len(g.live.live) {
		return nil
	}
	return g.live.live[pc+1]
}

// genState is the recorder's state for generators: every generator the
// recording resumed, in the order it first did.
type genState struct {
	frames []*genFrame
	words  []pendingWord // iterator cursors advanced inside generators, not yet stored
}

// genTop returns the generator frame being recorded, or nil when the
// current frame is the loop's or an inlined call's.
func (r *recorder) genTop() *genFrame {
	if len(r.stack) == 0 {
		return nil
	}
	return r.stack[len(r.stack)-1].gen
}

// inGenFrame reports whether the current frame is a resumed generator's:
// a jump back in it is a loop of the generator's body, recorded in place.
func (r *recorder) inGenFrame() bool { return r.genTop() != nil }

// genWordAt returns the saved register i of g as the heap holds it.
func (r *recorder) genWordAt(g *genFrame, i int) gc.Value {
	addr := g.stAddr + vm.JITGenStorageItems + 16*uint32(i)
	return gc.MakeValue(gc.Tag(r.word(addr)), r.word(addr+8))
}

// peekReg returns the concrete value of register i of the current frame
// without recording anything.
func (r *recorder) peekReg(i int) gc.Value {
	s := r.regs[i]
	if s.loaded || s.stale {
		return s.v
	}
	if g := r.genTop(); g != nil {
		return r.genWordAt(g, i)
	}
	return r.fr.Regs[i]
}

// genRead loads register i of the resumed generator g from its block of
// saved registers, its tag guarded.
func (r *recorder) genRead(g *genFrame, i int) operand {
	b := r.b
	v := r.genWordAt(g, i)
	off := int64(vm.JITGenStorageItems + 16*i)
	tag := b.FLoad(ir.Tag, g.st, off, g.regsClass)
	b.Guard(ir.EQ, tag, b.KTag(uint64(v.Tag())), r.snap(r.pc))
	o := operand{v: v, tag: b.KTag(uint64(v.Tag()))}
	switch {
	case v.Tag() == gc.TagInt || v.Tag() == gc.TagFloat || v.Tag() == gc.TagBool || v.Tag().IsRef():
		o.val = b.FLoad(payloadType(v.Tag()), g.st, off+8, g.regsClass)
	default:
		o.val = b.KInt(int64(v.Bits())) // None, empty, immediates: the tag says it all
	}
	r.regs[i] = rslot{operand: o, loaded: true}
	g.heap[i] = o
	return o
}

// coveredByHandler reports whether an exception raised at pc of code c
// would be caught in that frame (pc is inside a try or with block).
func coveredByHandler(c *bytecode.Code, pc int) bool {
	for _, h := range c.Handlers {
		if uint32(pc) >= h.Start && uint32(pc) < h.End {
			return true
		}
	}
	return false
}

// forIterGen records FORITER on a generator: at the loop's header, or in
// a resumed generator's body (a generator that iterates over another).
// ok is false when the iterator is not a generator or the FORITER is
// somewhere else: the caller records it as before.
func (r *recorder) forIterGen(ins bytecode.Instr) (next int, ok bool, err error) {
	if r.unroll.simulating {
		return 0, false, nil
	}
	if len(r.stack) == 0 && r.pc != r.header || len(r.stack) > 0 && !r.inGenFrame() {
		return 0, false, nil
	}
	v := r.peekReg(ins.A())
	if v.Tag() != vm.JITTagIter {
		return 0, false, nil
	}
	if (r.word(uint32(v.Ref()))>>vm.JITKindShift)&vm.JITKindMask != uint64(vm.JITKindGenerator) {
		if r.inGenFrame() {
			return r.genForSeq(ins, v)
		}
		return 0, false, nil
	}
	return r.resumeGen(r.read(ins.A()), ins.A()+1)
}

// resumeGen records the resumption of the generator it (for FORITER, or
// next()): its kind guarded, its state known or guarded, its frame pushed
// at its resume pc; its yield will write register retReg of the current
// frame and go on after the instruction at r.pc.
func (r *recorder) resumeGen(it operand, retReg int) (next int, ok bool, err error) {
	b := r.b
	addr := uint32(it.v.Ref())
	snap := r.snap(r.pc)
	hdr := b.FLoad(ir.Int, it.val, 0, ClassHeader)
	k := b.Op2(ir.IAND, ir.Int, b.Op2(ir.ISHR, ir.Int, hdr, b.KInt(vm.JITKindShift)), b.KInt(vm.JITKindMask))
	b.Guard(ir.EQ, k, b.KInt(int64(vm.JITKindGenerator)), snap)
	// Which generator of this recording it is, if any: the recorder's copy
	// of a generator's state is valid only for that object.
	var g *genFrame
	for _, f := range r.gens.frames {
		if f.addr == addr {
			g = f
			if f.ptr != it.val {
				b.Guard(ir.EQ, it.val, f.ptr, snap)
			}
		} else {
			b.Guard(ir.NE, it.val, f.ptr, snap)
		}
	}
	if g != nil && g.running {
		return 0, true, r.abort(GenRunning)
	}
	if g == nil {
		if g, err = r.genFirstResume(it, snap); err != nil {
			return 0, true, err
		}
	}
	if len(r.stack) >= MaxGenInlineDepth {
		return 0, true, r.abort("inlining too deep")
	}
	regs := g.regs
	if regs == nil {
		regs = make([]rslot, g.callee.Code.NumRegs)
	}
	start := 0
	if g.pc >= 0 {
		// next() sends None: the value of the yield expression.
		regs[g.callee.Instrs[g.pc].A()] = rslot{operand: r.constOperand(gc.None()), loaded: true}
		start = g.pc + 1
	}
	g.running = true
	r.pushInlined(inlined{retReg: retReg, gen: g}, g.callee, regs)
	return start, true, nil
}

// genFirstResume checks and guards a generator the recording resumes for
// the first time: its state and resume pc, no saved handled exception,
// its function's code and globals; and loads its block of registers.
func (r *recorder) genFirstResume(it operand, snap ir.SnapID) (*genFrame, error) {
	b := r.b
	info, _ := r.m.JITGenerator(it.v)
	if !info.Plain {
		return nil, r.abort(GenNotPlain)
	}
	callee, ok := r.m.JITFunction(info.Func)
	if !ok || info.Storage == 0 {
		return nil, r.abort(GenNotResumable)
	}
	pc := -1
	switch info.State {
	case vm.JITGenCreated:
	case vm.JITGenSuspended:
		pc = info.PC
		if pc < 0 || pc >= len(callee.Instrs) || callee.Instrs[pc].Op() != bytecode.YIELDVALUE {
			return nil, r.abort(GenNotResumable)
		}
		if coveredByHandler(callee.Code, pc) {
			return nil, r.abort(GenYieldInTry)
		}
	default:
		return nil, r.abort(GenNotResumable)
	}
	if !info.ExcState.IsEmpty() {
		return nil, r.abort(GenExcState)
	}
	k := len(r.gens.frames)
	if k >= MaxGenerators {
		return nil, r.abort(GenTooMany)
	}
	g := &genFrame{addr: uint32(it.v.Ref()), ptr: it.val, stAddr: uint32(info.Storage), callee: callee,
		heap: make([]operand, callee.Code.NumRegs), pc: pc, heapPC: pc, created: info.State == vm.JITGenCreated,
		stateClass: ClassGenBase + 2*ir.AliasClass(k), regsClass: ClassGenBase + 2*ir.AliasClass(k) + 1}
	state := b.FLoad(ir.Int, it.val, vm.JITGenStateOff, g.stateClass)
	b.Guard(ir.EQ, state, b.KInt(int64(info.State)), snap)
	if pc >= 0 {
		pcw := b.FLoad(ir.Int, it.val, vm.JITGenPCOff, g.stateClass)
		b.Guard(ir.EQ, pcw, b.KInt(int64(pc)), snap)
	}
	ex := b.FLoad(ir.Tag, it.val, vm.JITGenExcStateOff, g.stateClass)
	b.Guard(ir.EQ, ex, b.KTag(uint64(gc.TagEmpty)), snap)
	// The function's code and globals, as an inlined call guards them.
	fp := uint32(info.Func.Ref())
	fn := b.FLoad(ir.Ptr, it.val, vm.JITGenFuncOff+8, ClassGenFunc)
	code := b.FLoad(ir.Int, fn, vm.JITFuncCodeOff, ClassFuncCode)
	b.Guard(ir.EQ, code, b.KInt(int64(r.word(fp+vm.JITFuncCodeOff))), snap)
	gl := b.FLoad(ir.Ptr, fn, vm.JITFuncGlobalsOff, ClassFuncCode)
	b.Guard(ir.EQ, gl, b.KPtr(uint32(callee.Globals.Ref())), snap)
	g.st = b.FLoad(ir.Ptr, it.val, vm.JITGenRegsOff+8, g.stateClass)
	r.gens.frames = append(r.gens.frames, g)
	return g, nil
}

// yieldValue records YIELDVALUE in a resumed generator: the generator is
// suspended in the recorder's copy, its frame left, and the value is the
// consumer's loop target. Once the outermost inlined frame is left, the
// generators' new states are written back (flushGens).
func (r *recorder) yieldValue(ins bytecode.Instr) (int, error) {
	g := r.genTop()
	if g == nil {
		if len(r.stack) == 0 {
			return 0, r.abort(GenYieldInLoopFrame)
		}
		return 0, r.abort("yield in an inlined function")
	}
	if coveredByHandler(r.fr.Code, r.pc) {
		return 0, r.abort(GenYieldInTry)
	}
	v := r.read(ins.B())
	if !v.tag.IsConst() {
		r.b.Guard(ir.EQ, v.tag, r.b.KTag(uint64(v.v.Tag())), r.snap(r.pc))
	}
	top := r.stack[len(r.stack)-1]
	g.regs, g.pc, g.running = r.regs, r.pc, false
	r.stack = r.stack[:len(r.stack)-1]
	r.fr, r.regs = top.callerFr, top.callerRegs
	if len(r.stack) == 0 {
		r.flushAttrStores()
		r.flushGens()
		r.objs.returns++
	}
	r.write(top.retReg, v)
	return top.callPC + 1, nil
}

// flushGens writes back what the resumed generators changed: the
// registers whose value differs from what their block holds, the resume
// pc, and the state of a generator that had not started.
func (r *recorder) flushGens() {
	b := r.b
	for _, w := range r.gens.words {
		b.FStore(w.ptr, w.off, w.val, w.class)
	}
	r.gens.words = r.gens.words[:0]
	for _, g := range r.gens.frames {
		live := g.liveAt(g.pc, r.liveCache) // nil: all live
		for i, s := range g.regs {
			h := g.heap[i]
			if !s.loaded || h.tag != 0 && h.tag == s.tag && h.val == s.val || live != nil && !live.has(i) {
				continue
			}
			off := int64(vm.JITGenStorageItems + 16*i)
			b.FStore(g.st, off, s.tag, g.regsClass)
			b.FStore(g.st, off+8, s.val, g.regsClass)
			g.heap[i] = s.operand
		}
		if g.pc != g.heapPC {
			b.FStore(g.ptr, vm.JITGenPCOff, b.KInt(int64(g.pc)), g.stateClass)
			g.heapPC = g.pc
		}
		if g.created && g.pc >= 0 {
			b.FStore(g.ptr, vm.JITGenStateOff, b.KInt(vm.JITGenSuspended), g.stateClass)
			g.created = false
		}
	}
}

// pendingWord is a store of one raw word (a range or list iterator's
// cursor) made inside a resumed generator, deferred to flushGens.
type pendingWord struct {
	addr  uint32 // the word's address while recording
	ptr   ir.Ref // the object in the IR
	off   int64
	class ir.AliasClass
	val   ir.Ref
}

// genWord returns the IR value of the raw word at ptr+off (class c) of
// the object at addr: the value of the deferred store to it when there is
// one (guarding that the objects are the same), else a load (guarding
// that no other deferred store of that field is to this object).
func (r *recorder) genWord(ptr ir.Ref, addr uint32, off int64, c ir.AliasClass, snap ir.SnapID) ir.Ref {
	b := r.b
	p := r.gens.words
	for i := len(p) - 1; i >= 0; i-- {
		if p[i].off != off || p[i].class != c {
			continue
		}
		if p[i].addr == addr+uint32(off) {
			if p[i].ptr != ptr {
				b.Guard(ir.EQ, ptr, p[i].ptr, snap)
			}
			return p[i].val
		}
		b.Guard(ir.NE, ptr, p[i].ptr, snap)
	}
	return b.FLoad(ir.Int, ptr, off, c)
}

// setGenWord defers a store of val to the raw word at ptr+off.
func (r *recorder) setGenWord(ptr ir.Ref, addr uint32, off int64, c ir.AliasClass, val ir.Ref, concrete uint64) {
	a := addr + uint32(off)
	r.mem[a] = concrete
	for i := range r.gens.words {
		if w := &r.gens.words[i]; w.addr == a && w.ptr == ptr {
			w.val = val
			return
		}
	}
	r.gens.words = append(r.gens.words, pendingWord{addr: a, ptr: ptr, off: off, class: c, val: val})
}

// genForSeq records FORITER over a range or list iterator inside a
// resumed generator (a generator expression's loop over its source):
// as forIter does, except that the iterator's cursor is stored only once
// the outermost generator has yielded (flushGens). ok is false for other
// iterators.
func (r *recorder) genForSeq(ins bytecode.Instr, v gc.Value) (next int, ok bool, err error) {
	ref := uint32(v.Ref())
	kind := (r.word(ref) >> vm.JITKindShift) & vm.JITKindMask
	if v.Tag() != vm.JITTagIter || kind != uint64(vm.JITKindRangeIter) && kind != uint64(vm.JITKindListIter) {
		return 0, false, nil
	}
	b := r.b
	it := r.read(ins.A())
	snap := r.snap(r.pc)
	hdr := b.FLoad(ir.Int, it.val, 0, ClassHeader)
	k := b.Op2(ir.IAND, ir.Int, b.Op2(ir.ISHR, ir.Int, hdr, b.KInt(vm.JITKindShift)), b.KInt(vm.JITKindMask))
	b.Guard(ir.EQ, k, b.KInt(int64(kind)), snap)
	if kind == uint64(vm.JITKindRangeIter) {
		cur := int64(r.word(ref + vm.JITRangeCurOff))
		stop := int64(r.word(ref + vm.JITRangeStopOff))
		step := int64(r.word(ref + vm.JITRangeStepOff))
		curR := r.genWord(it.val, ref, vm.JITRangeCurOff, ClassRangeCur, snap)
		stopR := b.FLoad(ir.Int, it.val, vm.JITRangeStopOff, ClassRangeLimits)
		stepR := b.FLoad(ir.Int, it.val, vm.JITRangeStepOff, ClassRangeLimits)
		b.Guard(ir.EQ, stepR, b.KInt(step), snap)
		switch {
		case step > 0 && cur < stop:
			b.Guard(ir.LT, curR, stopR, snap)
		case step < 0 && cur > stop:
			b.Guard(ir.GT, curR, stopR, snap)
		default:
			return 0, true, r.abort(GenFinished)
		}
		r.setGenWord(it.val, ref, vm.JITRangeCurOff, ClassRangeCur, b.Op2(ir.IADD, ir.Int, curR, b.KInt(step)), uint64(cur+step))
		r.write(ins.A()+1, operand{gc.Int(cur), b.KTag(uint64(gc.TagInt)), curR})
		return r.pc + 1, true, nil
	}
	if gc.Tag(r.word(ref+vm.JITListIterList)) != vm.JITTagList {
		return 0, true, r.abort(GenFinished)
	}
	lref := uint32(r.word(ref + vm.JITListIterList + 8))
	i := int64(r.word(ref + vm.JITListIterIndex))
	n := int64(r.word(lref + vm.JITListLenOff))
	if i < 0 || i >= n {
		return 0, true, r.abort(GenFinished)
	}
	ltag := b.FLoad(ir.Tag, it.val, vm.JITListIterList, ClassIterList)
	b.Guard(ir.EQ, ltag, b.KTag(uint64(vm.JITTagList)), snap)
	lst := b.FLoad(ir.Ptr, it.val, vm.JITListIterList+8, ClassIterList)
	iR := r.genWord(it.val, ref, vm.JITListIterIndex, ClassRangeCur, snap)
	nR := b.FLoad(ir.Int, lst, vm.JITListLenOff, ClassListLen)
	b.Bounds(iR, nR, snap)
	items := b.FLoad(ir.Ptr, lst, vm.JITListStorageOff, ClassListStorage)
	off := uint32(r.word(lref+vm.JITListStorageOff)) + vm.JITItemsOff + 16*uint32(i)
	x := gc.MakeValue(gc.Tag(r.word(off)), r.word(off+8))
	if !x.Tag().IsRef() && x.Tag() != gc.TagInt && x.Tag() != gc.TagFloat && x.Tag() != gc.TagBool {
		return 0, true, r.abort("list item type")
	}
	tag := b.XLoad(ir.Tag, items, iR, vm.JITItemsOff, ClassItems)
	b.Guard(ir.EQ, tag, b.KTag(uint64(x.Tag())), snap)
	val := b.XLoad(payloadType(x.Tag()), items, iR, vm.JITItemsOff+8, ClassItems)
	r.setGenWord(it.val, ref, vm.JITListIterIndex, ClassRangeCur, b.Op2(ir.IADD, ir.Int, iR, b.KInt(1)), uint64(i+1))
	r.write(ins.A()+1, operand{x, b.KTag(uint64(x.Tag())), val})
	return r.pc + 1, true, nil
}

// getIterGen records GETITER of a generator, which is its own iterator:
// its kind is guarded and the register copied. ok is false for other
// values. A GETITER that may take ownership of a fresh generator (the
// interpreter's genTakeOwnership) aborts: the CALL that made it cannot
// be in a trace, and the ownership word is the interpreter's to set.
func (r *recorder) getIterGen(ins bytecode.Instr) (ok bool, err error) {
	v := r.peekReg(ins.B())
	if v.Tag() != vm.JITTagIter || (r.word(uint32(v.Ref()))>>vm.JITKindShift)&vm.JITKindMask != uint64(vm.JITKindGenerator) {
		return false, nil
	}
	if info, _ := r.m.JITGenerator(v); ins.Spare() != 0 && info.State == vm.JITGenCreated {
		return true, r.abort("iter of a fresh generator made by a call")
	}
	b := r.b
	src := r.read(ins.B())
	hdr := b.FLoad(ir.Int, src.val, 0, ClassHeader)
	k := b.Op2(ir.IAND, ir.Int, b.Op2(ir.ISHR, ir.Int, hdr, b.KInt(vm.JITKindShift)), b.KInt(vm.JITKindMask))
	b.Guard(ir.EQ, k, b.KInt(int64(vm.JITKindGenerator)), r.snap(r.pc))
	r.write(ins.A(), src)
	return true, nil
}

// endFor records ENDFOR, run when a for loop over a call's result is left
// early: the interpreter closes the iterator only when it is a generator
// the loop owns (vm.endFor), which a trace does not do; the trace guards
// that the iterator is not such a generator, and does nothing.
func (r *recorder) endFor(ins bytecode.Instr) error {
	v := r.peekReg(ins.A())
	it := r.read(ins.A())
	if v.Tag() != vm.JITTagIter {
		return nil // the tag guard says it is no generator
	}
	b := r.b
	snap := r.snap(r.pc)
	kind := (r.word(uint32(v.Ref())) >> vm.JITKindShift) & vm.JITKindMask
	hdr := b.FLoad(ir.Int, it.val, 0, ClassHeader)
	k := b.Op2(ir.IAND, ir.Int, b.Op2(ir.ISHR, ir.Int, hdr, b.KInt(vm.JITKindShift)), b.KInt(vm.JITKindMask))
	b.Guard(ir.EQ, k, b.KInt(int64(kind)), snap)
	if kind != uint64(vm.JITKindGenerator) {
		return nil
	}
	if r.word(uint32(v.Ref())+vm.JITGenOwnedOff) != 0 {
		return r.abort("loop left early closes the generator it owns")
	}
	owned := b.FLoad(ir.Int, it.val, vm.JITGenOwnedOff, ClassGenOwned)
	b.Guard(ir.EQ, owned, b.KInt(0), snap)
	return nil
}

// callNext records next(g) or next(g, default) of a generator, in the
// loop's frame or a resumed generator's (where FORITER on one is
// recorded): the generator is resumed as FORITER resumes it, and its
// yield's value is the call's result. A guard in its body resumes the
// interpreter at the call, which runs again from the generator's saved
// state; a generator that finishes aborts the recording (the default is
// the interpreter's business). ok is false for any other call of next.
func (r *recorder) callNext(ins bytecode.Instr, args []operand) (next int, ok bool, err error) {
	if len(args) < 1 || len(args) > 2 || r.unroll.simulating || len(r.stack) > 0 && !r.inGenFrame() {
		return 0, false, nil
	}
	v := args[0].v
	if v.Tag() != vm.JITTagIter || (r.word(uint32(v.Ref()))>>vm.JITKindShift)&vm.JITKindMask != uint64(vm.JITKindGenerator) {
		return 0, false, nil
	}
	return r.resumeGen(args[0], ins.A())
}
