// loopfunc_gen.go lowers a loopPlan (loopfunc_plan.go) to one wasm
// function run(frame, entry) -> pc. Wasm has only structured control
// flow, and a loop nest's graph is arbitrary bytecode jumps, so the body
// is a dispatch loop: one wasm block per basic block, nested so that the
// code of basic block k follows the end of block k, all inside one wasm
// loop whose head is a br_table on the local $bb. A forward jump is a
// plain br to the target's block (no dispatch); fallthrough is free; a
// backward jump (a loop's back-edge) counts the poll budget down, sets
// $bb and branches to the loop head. Any loop header is then an entry:
// the entry code checks the tags of the header's registers in the frame,
// loads them into locals and sets $bb. An exit (a failed guard, an
// instruction not compiled, the budget run out) writes the registers
// that are live there back to the frame (virtual ranges and range
// iterators through the home object, or a new one made by the
// materialise import) and returns the pc the interpreter resumes at;
// -1 means the entry was refused (nothing written).

package jit

import (
	"fmt"
	"strconv"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/wasmgen"
)

// Names the loop-function modules use.
const (
	loopFuncHostModule  = "hotloop_lf"
	loopFuncMatName     = "materialise"
	loopFuncEntryName   = "run"
	loopFuncPollEdges   = 1 << 16 // back-edges between returns to Go
	loopFuncSmallBound  = int64(1) << 61
	loopFuncMatRange    = 0
	loopFuncMatIterator = 1
)

// loopGen emits the wasm of a loop plan.
type loopGen struct {
	p      *loopPlan
	f      *wasmgen.Func
	fg     *funcGen // functrace_gen.go's arith, borrowed
	mat    uint32   // the materialise import
	frame  uint32
	entry  uint32
	budget uint32
	t, u   uint32
	locals []uint32         // per register
	virt   map[int][]uint32 // per virtual register: 4 locals (a, b, c, home)
	shape  *loopShape
	open   []shapeNode // the shape's blocks and loops open, innermost last
	err    error
	lists  map[int][2]uint32 // per list register: its length (i64) and storage (i32), invariant in compiled code
	cmp    uint32            // i32: the last compare, for the jump after it
	fused  int               // the pc of a JUMPIF that tests cmp (-1: none)
	// Exits share stubs: one per distinct state, each a block around the
	// whole code whose end writes that state's registers and returns the
	// pc in xpc (an exit is then three instructions, not forty).
	xpc     uint32
	stubs   [][]lstate
	stubOf  map[string]int
	stubLvl []int // f.Depth() just inside each stub's block
	// written: registers some compiled instruction writes; the others
	// hold in the frame what the entry loaded, and exits skip them
	written []bool
	// list items known along the current straight run (loopfunc_items.go)
	items map[itemKey]itemFact
	addrs map[itemKey]uint32 // address locals
	joins map[int]bool       // positions where control flow may join
	// count: the bytecodes run since the entry, added to the count word
	// by every stub (bytecodecount.go)
	count blockCount
}

// lowerLoopFunc builds the module of a plan, first finding its constant
// registers and integer ranges (they never refuse a plan, and most plans
// are never lowered: loopfunc_lower.go).
func lowerLoopFunc(p *loopPlan, count bool) ([]byte, error) {
	p.constRegs()
	p.rangeFacts()
	m := wasmgen.NewModule()
	m.Name = wasmModuleName
	m.ImportMemory(gc.ModuleName, gc.MemoryName, wasmgen.Limits{Min: 0})
	mat := m.ImportFunc(loopFuncHostModule, loopFuncMatName,
		wasmgen.Sig([]wasmgen.ValType{wasmgen.I32, wasmgen.I32, wasmgen.I64, wasmgen.I64, wasmgen.I64}))
	f := m.NewFunc(loopFuncEntryName, wasmgen.Sig([]wasmgen.ValType{wasmgen.I32, wasmgen.I32}, wasmgen.I32))
	sh, err := p.shape()
	if err != nil {
		return nil, fmt.Errorf("loop function: %w", err)
	}
	g := &loopGen{p: p, f: f, mat: mat, frame: 0, entry: 1, virt: map[int][]uint32{}, shape: sh,
		lists: map[int][2]uint32{}, fused: -1, items: map[itemKey]itemFact{}, addrs: map[itemKey]uint32{}, joins: map[int]bool{}}
	g.budget, g.cmp = f.Local(wasmgen.I32), f.Local(wasmgen.I32)
	for _, nd := range sh.nodes {
		g.joins[nd.start], g.joins[nd.end] = true, true
	}
	for _, h := range sh.hops {
		g.joins[h.from], g.joins[h.to] = true, true
	}
	g.t, g.u = f.Local(wasmgen.I64), f.Local(wasmgen.I64)
	g.locals = make([]uint32, p.nregs)
	for r := range g.locals {
		g.locals[r] = f.Local(wasmgen.I64)
		if p.lists[r] {
			g.lists[r] = [2]uint32{f.Local(wasmgen.I64), f.Local(wasmgen.I32)}
		}
		if p.virt[r] {
			g.virt[r] = []uint32{f.Local(wasmgen.I64), f.Local(wasmgen.I64), f.Local(wasmgen.I64), f.Local(wasmgen.I64)}
		}
	}
	g.fg = &funcGen{f: f, t: g.t, u: g.u, locals: g.locals, exitHook: g.exitAt}
	g.xpc = f.Local(wasmgen.I32)
	g.count.f = f
	if count {
		g.count.local = f.Local(wasmgen.I64)
		g.count.blocks = basicBlocks(p.instrs, sh.first,
			func(pc int) bool { return p.states[pc] != nil && !p.exit[pc] },
			func(pc int) bool { return g.joins[pc] })
	}
	g.planStubs()
	for k := len(g.stubs) - 1; k >= 0; k-- {
		f.Block()
		g.stubLvl[k] = f.Depth()
	}
	g.entryCode()
	g.body()
	for _, st := range g.stubs {
		f.End()
		g.leave(st)
		g.count.flush()
		f.LocalGet(g.xpc)
		f.Return()
	}
	if g.err != nil {
		return nil, fmt.Errorf("loop function: %w", g.err)
	}
	if err := f.Finish(); err != nil {
		return nil, fmt.Errorf("loop function: %w", err)
	}
	m.ExportFunc(loopFuncEntryName, f.Index())
	return m.Bytes()
}

// entryCode checks the frame against the entry header's kinds and loads
// its registers; a mismatch returns -1.
func (g *loopGen) entryCode() {
	p, f := g.p, g.f
	f.I32Const(loopFuncPollEdges)
	f.LocalSet(g.budget)
	f.Block()
	common := g.commonEntryRegs()
	if len(p.entries) > 0 {
		g.loadEntry(p.entries[0], p.states[p.entries[0]], common, true)
	}
	for e, h := range p.entries {
		f.LocalGet(g.entry)
		f.I32Const(int32(e))
		f.I32Eq()
		f.If()
		g.loadEntry(h, p.states[h], common, false)
		f.Br(1)
		f.End()
	}
	f.I32Const(-1)
	f.Return()
	f.End()
}

// commonEntryRegs marks the registers that every entry checks and
// loads the same way (same kind, constant and bounds; fannkuch's lists,
// n and its running totals): their code runs once, before the entries'
// own. Each entry's copy cost wazero's compiler as much as the loops
// (docs/jit.md "Loop bounds in loop functions (session 19)").
func (g *loopGen) commonEntryRegs() []bool {
	p := g.p
	common := make([]bool, p.nregs)
	if len(p.entries) == 0 {
		return common
	}
	h0 := p.entries[0]
	for r := range common {
		s := p.states[h0][r]
		if _, ok := tagOfKind(s); !ok {
			continue
		}
		same := true
		for _, h := range p.entries[1:] {
			if p.states[h][r] != s || p.rangeOf(h, r) != p.rangeOf(h0, r) {
				same = false
				break
			}
		}
		common[r] = same
	}
	return common
}

// loadEntry checks the frame's registers against an entry's kinds and
// loads them: those common marks (shared) or the others (not shared). The tags (and constants) of the registers held in locals
// are compared in one expression and refused by one branch, from the
// highest frame address down: an entry's guards were a wasm if each, and
// basic blocks are much of what wazero's register allocator pays for
// (docs/jit.md "Loop functions that pay (session 17)"); descending
// addresses let its bounds check of the first load cover the others.
// Ranges and iterators follow, each checked before its object is read.
func (g *loopGen) loadEntry(h int, st []lstate, common []bool, shared bool) {
	f := g.f
	checks := 0
	for r := len(st) - 1; r >= 0; r-- {
		s := st[r]
		tag, ok := tagOfKind(s)
		if !ok || common[r] != shared {
			continue
		}
		if g.boundsCheck(h, r, s) {
			if checks++; checks > 1 {
				f.I32Or()
			}
		}
		payload, check := int64(s.c.Bits()), s.k == lConst
		if k, ok := g.konstOf(r); ok && s.k == lInt {
			// loopfunc_const.go: the frame holds the constant
			payload, check = k, true
		}
		if check {
			f.LocalGet(g.frame)
			f.I64Load(uint32(16*r + 8))
			f.I64Const(payload)
			f.I64Ne()
			if checks++; checks > 1 {
				f.I32Or()
			}
		}
		g.tagIsNot(r, tag)
		if checks++; checks > 1 {
			f.I32Or()
		}
	}
	if checks > 0 {
		g.refuseIf()
	}
	for r := len(st) - 1; r >= 0; r-- {
		if common[r] != shared {
			continue
		}
		switch s := st[r]; s.k {
		case lInt, lBool, lList:
			if k, ok := g.konstOf(r); ok && s.k == lInt {
				f.I64Const(k)
				f.LocalSet(g.locals[r])
				break
			}
			f.LocalGet(g.frame)
			f.I64Load(uint32(16*r + 8))
			f.LocalSet(g.locals[r])
			if s.k == lList {
				g.cacheList(r)
			}
		case lRange, lRangeIter:
			g.loadReg(r, s)
			g.virtBoundsCheck(h, r)
		}
	}
}

// tagOfKind is the tag of a register of kind s.k in the frame; false:
// not a kind held in one frame slot by its tag (dead, frame, virtual).
func tagOfKind(s lstate) (gc.Tag, bool) {
	switch s.k {
	case lEmpty:
		return gc.TagEmpty, true
	case lInt:
		return gc.TagInt, true
	case lBool:
		return gc.TagBool, true
	case lList:
		return vm.JITTagList, true
	case lConst:
		return s.c.Tag(), true
	}
	return 0, false
}

// refuseIf returns -1 when the i32 on the stack is true.
func (g *loopGen) refuseIf() {
	g.f.If()
	g.f.I32Const(-1)
	g.f.Return()
	g.f.End()
}

// tagIs pushes "register r's tag is not tag".
func (g *loopGen) tagIsNot(r int, tag gc.Tag) {
	g.f.LocalGet(g.frame)
	g.f.I64Load(uint32(16 * r))
	g.f.I64Const(int64(tag))
	g.f.I64Ne()
}

// loadReg checks register r's value in the frame against s and loads it.
func (g *loopGen) loadReg(r int, s lstate) {
	f := g.f
	payload := func() {
		f.LocalGet(g.frame)
		f.I64Load(uint32(16*r + 8))
	}
	switch s.k {
	case lEmpty:
		g.tagIsNot(r, gc.TagEmpty)
		g.refuseIf()
	case lInt, lBool, lList:
		tag, _ := tagOfKind(s)
		g.tagIsNot(r, tag)
		g.refuseIf()
		payload()
		f.LocalSet(g.locals[r])
		if s.k == lList {
			g.cacheList(r)
		}
	case lConst:
		g.tagIsNot(r, s.c.Tag())
		payload()
		f.I64Const(int64(s.c.Bits()))
		f.I64Ne()
		f.I32Or()
		g.refuseIf()
	case lRange, lRangeIter:
		tag, kind := vm.JITTagRange, vm.JITKindRange
		if s.k == lRangeIter {
			tag, kind = vm.JITTagIter, vm.JITKindRangeIter
		}
		v := g.virt[r]
		g.tagIsNot(r, tag)
		g.refuseIf()
		payload()
		f.LocalSet(v[3])
		f.LocalGet(v[3])
		f.I32WrapI64()
		f.I32Load8U(vm.JITKindShift / 8)
		f.I32Const(int32(kind))
		f.I32Ne()
		g.refuseIf()
		for i := 0; i < 3; i++ {
			f.LocalGet(v[3])
			f.I32WrapI64()
			f.I64Load(uint32(vm.JITRangeCurOff + 8*i))
			f.LocalSet(v[i])
		}
	}
}

// body emits the structured code (loopfunc_shape.go).
func (g *loopGen) body() {
	p, f, sh := g.p, g.f, g.shape
	n := len(p.instrs)
	for pc := sh.first; pc <= n; pc++ {
		for len(g.open) > 0 && g.open[len(g.open)-1].end == pc {
			f.End()
			g.open = g.open[:len(g.open)-1]
		}
		if pc == n {
			break
		}
		for _, nd := range sh.opensAt(pc) {
			if nd.loop {
				f.Loop()
			} else {
				f.Block()
			}
			g.open = append(g.open, nd)
		}
		for _, h := range sh.hops {
			if h.from != pc {
				continue
			}
			f.LocalGet(g.entry)
			f.I32Const(int32(h.entry))
			f.I32Eq()
			f.If()
			if h.last {
				f.I32Const(-1)
				f.LocalSet(g.entry)
			}
			f.Br(g.depth(h.to, false) + 1)
			f.End()
		}
		g.count.enter(pc)
		if g.joins[pc] {
			g.itemsReset()
		}
		if p.states[pc] == nil {
			continue
		}
		if p.exit[pc] {
			g.exitAt(pc)
			g.itemsReset()
			continue
		}
		g.instr(pc)
		if def, _ := p.defOf(pc); def >= 0 {
			g.itemsKill(def)
		}
		if ins := p.instrs[pc]; ins.Op() == bytecode.FORITER {
			g.itemsKill(ins.A() + 1)
		}
	}
	if len(g.open) != 0 {
		g.err = fmt.Errorf("%d wasm blocks left open", len(g.open))
	}
	f.Unreachable()
}

// depth is the br depth of the open block ending at target (forward) or
// the open loop whose header is target (backward).
func (g *loopGen) depth(target int, backward bool) uint32 {
	for i := len(g.open) - 1; i >= 0; i-- {
		nd := g.open[i]
		if backward && nd.loop && nd.start == target || !backward && !nd.loop && nd.end == target {
			return uint32(len(g.open) - 1 - i)
		}
	}
	if g.err == nil {
		g.err = fmt.Errorf("no open wasm block for a jump to pc %d", target)
	}
	return 0
}

// exitAt emits the exit at pc with the kinds before it.
func (g *loopGen) exitAt(pc int) { g.toStub(g.p.states[pc], pc) }

// stateKey names a state for sharing stubs: the kinds of the registers
// an exit writes (leave).
func (g *loopGen) stateKey(st []lstate) string {
	b := make([]byte, 0, 8*len(st))
	for r, s := range st {
		if !g.written[r] && !s.k.virtual() {
			b = append(b, "-,"...)
			continue
		}
		b = strconv.AppendInt(b, int64(s.k), 10)
		b = append(b, ':')
		b = strconv.AppendUint(b, uint64(s.c.Tag()), 10)
		b = append(b, ':')
		b = strconv.AppendUint(b, uint64(s.c.Bits()), 10)
		b = append(b, ',')
	}
	return string(b)
}

// planStubs makes a stub for the state of every pc that may exit.
func (g *loopGen) planStubs() {
	p := g.p
	g.written = make([]bool, p.nregs)
	for pc, st := range p.states {
		if st == nil || p.exit[pc] {
			continue
		}
		def, _ := p.defOf(pc)
		if def >= 0 && def < p.nregs {
			g.written[def] = true
		}
		if ins := p.instrs[pc]; ins.Op() == bytecode.FORITER {
			for _, r := range []int{ins.A(), ins.A() + 1} {
				if r < p.nregs {
					g.written[r] = true
				}
			}
		}
	}
	g.stubOf = map[string]int{}
	for pc, st := range p.states {
		if st == nil {
			continue
		}
		may := p.exit[pc]
		ins := p.instrs[pc]
		switch ins.Op() {
		case bytecode.GETITEM, bytecode.SETITEM, bytecode.ADD, bytecode.SUB, bytecode.MUL, bytecode.FLOORDIV,
			bytecode.MOD, bytecode.LSHIFT, bytecode.RSHIFT, bytecode.INPLACE, bytecode.NEG, bytecode.CALL:
			may = true
		case bytecode.JUMP, bytecode.JUMPIFTRUE, bytecode.JUMPIFFALSE, bytecode.FORITER:
			// a back-edge polls (an inner for loop that ends its outer
			// loop's body: its FORITER jumps back to the outer header)
			may = may || int(ins.Bx()) <= pc
		}
		if !may {
			continue
		}
		k := g.stateKey(st)
		if _, ok := g.stubOf[k]; !ok {
			g.stubOf[k] = len(g.stubs)
			g.stubs = append(g.stubs, st)
		}
	}
	g.stubLvl = make([]int, len(g.stubs))
}

// toStub emits the exit to pc (resume value) with the kinds st.
func (g *loopGen) toStub(st []lstate, pc int) {
	k, ok := g.stubOf[g.stateKey(st)]
	if !ok {
		if g.err == nil {
			g.err = fmt.Errorf("no exit stub for pc %d", pc&^loopFuncPollBit)
		}
		return
	}
	if pc&loopFuncPollBit == 0 {
		// the block was counted whole at its start: the interpreter
		// runs the rest, from pc on
		g.count.leaveAt(pc)
	}
	g.f.I32Const(int32(pc))
	g.f.LocalSet(g.xpc)
	g.f.Br(uint32(g.f.Depth() - g.stubLvl[k]))
}

// loopFuncPollBit marks the pc a poll exit returns (a guard exit at a
// loop header returns the bare pc).
const loopFuncPollBit = 1 << 24

// leave writes the registers of st to the frame.
func (g *loopGen) leave(st []lstate) {
	f := g.f
	// from the highest address down, payload before tag: wazero's bounds
	// check of the first store then covers the rest ("What a compile
	// costs (session 13)")
	for r := len(st) - 1; r >= 0; r-- {
		s := st[r]
		if !g.written[r] && !s.k.virtual() {
			// unchanged since the entry: the frame holds it (fannkuch's
			// lists and n; fewer values live into the stubs for wazero)
			continue
		}
		tag, ok := tagOfKind(s)
		if !ok {
			continue
		}
		f.LocalGet(g.frame)
		switch s.k {
		case lInt, lBool, lList:
			f.LocalGet(g.locals[r])
		case lConst:
			f.I64Const(int64(s.c.Bits()))
		default:
			f.I64Const(0)
		}
		f.I64Store(uint32(16*r + 8))
		f.LocalGet(g.frame)
		f.I64Const(int64(tag))
		f.I64Store(uint32(16 * r))
	}
	for r, s := range st {
		if !s.k.virtual() {
			continue
		}
		v := g.virt[r]
		f.LocalGet(v[3])
		f.I64Eqz()
		f.If()
		f.LocalGet(g.frame)
		f.I32Const(int32(16 * r))
		f.I32Add()
		f.I32Const(map[lkind]int32{lRange: loopFuncMatRange, lRangeIter: loopFuncMatIterator}[s.k])
		f.LocalGet(v[0])
		f.LocalGet(v[1])
		f.LocalGet(v[2])
		f.Call(g.mat)
		f.Else()
		if s.k == lRangeIter {
			g.storeHomeCur(r)
		}
		f.LocalGet(g.frame)
		f.LocalGet(v[3])
		f.I64Store(uint32(16*r + 8))
		f.LocalGet(g.frame)
		f.I64Const(int64(map[lkind]gc.Tag{lRange: vm.JITTagRange, lRangeIter: vm.JITTagIter}[s.k]))
		f.I64Store(uint32(16 * r))
		f.End()
	}
}

// syncHome writes the position of the virtual iterator in register r to
// its home object, if it has one.
func (g *loopGen) syncHome(r int) {
	f := g.f
	f.LocalGet(g.virt[r][3])
	f.I64Eqz()
	f.I32Eqz()
	f.If()
	g.storeHomeCur(r)
	f.End()
}

// storeHomeCur writes a virtual iterator's position to its home object.
func (g *loopGen) storeHomeCur(r int) {
	v := g.virt[r]
	g.f.LocalGet(v[3])
	g.f.I32WrapI64()
	g.f.LocalGet(v[0])
	g.f.I64Store(vm.JITRangeCurOff)
}

// exitIf emits "if the i32 on the stack is true: exit at pc".
func (g *loopGen) exitIf(pc int) {
	g.f.If()
	g.exitAt(pc)
	g.f.End()
}

// branch emits a jump from the instruction at pc (kinds st after it) to
// target; cond: only if the i32 on the stack is true; extra: wasm
// blocks the code is in beyond the shape's.
func (g *loopGen) branch(pc, target int, st []lstate, cond bool, extra uint32) {
	f := g.f
	if target > pc {
		d := g.depth(target, false) + extra
		if cond {
			f.BrIf(d)
		} else {
			f.Br(d)
		}
		return
	}
	d := extra
	if cond {
		f.If()
		d++
	}
	f.LocalGet(g.budget)
	f.I32Const(1)
	f.I32Sub()
	f.LocalTee(g.budget)
	f.I32Eqz()
	f.If()
	g.toStub(st, target|loopFuncPollBit)
	f.End()
	f.Br(g.depth(target, true) + d)
	if cond {
		f.End()
	}
}

// cacheList loads the length and storage of the list in register r
// into its locals (nothing compiled resizes a list: append, pop and the
// like are exits).
func (g *loopGen) cacheList(r int) {
	f, l := g.f, g.lists[r]
	f.LocalGet(g.locals[r])
	f.I32WrapI64()
	f.I64Load(vm.JITListLenOff)
	f.LocalSet(l[0])
	f.LocalGet(g.locals[r])
	f.I32WrapI64()
	f.I32Load(vm.JITListStorageOff)
	f.LocalSet(l[1])
}

// instr emits a compiled instruction.
func (g *loopGen) instr(pc int) {
	p, f := g.p, g.f
	st := p.states[pc]
	ins := p.instrs[pc]
	a, b, c := ins.A(), ins.B(), ins.C()
	set := func() { f.LocalSet(g.locals[a]) }
	switch op := ins.Op(); op {
	case bytecode.ENDFOR:
		// a loop left by break: an alias of a home iterator must see
		// where it stopped
		g.syncHome(a)
	case bytecode.NOP, bytecode.CHECKBOUND, bytecode.LOADEMPTY, bytecode.LOADNONE:
	case bytecode.MOVE:
		if k := st[b].k; k == lInt || k == lBool || k == lList {
			f.LocalGet(g.locals[b])
			set()
			if k == lList {
				for i, l := range g.lists[b] {
					f.LocalGet(l)
					f.LocalSet(g.lists[a][i])
				}
			}
		}
	case bytecode.LOADCONST:
		if v := p.consts[ins.Bx()]; v.Tag() == gc.TagInt || v.Tag() == gc.TagBool {
			f.I64Const(int64(v.Bits()))
			set()
		}
	case bytecode.LOADTRUE, bytecode.LOADFALSE:
		v := int64(0)
		if op == bytecode.LOADTRUE {
			v = 1
		}
		f.I64Const(v)
		set()
	case bytecode.LOADGLOBAL:
		if v := p.gvals[pc]; v.Tag() == gc.TagInt {
			f.I64Const(int64(v.Bits()))
			set()
		}
	case bytecode.ADD, bytecode.SUB, bytecode.MUL, bytecode.FLOORDIV, bytecode.MOD,
		bytecode.BITAND, bytecode.BITOR, bytecode.BITXOR:
		g.arith(pc, op, a, b, c)
	case bytecode.LSHIFT, bytecode.RSHIFT:
		g.shift(pc, op, a, b, c)
	case bytecode.INPLACE:
		switch sop := bytecode.Op(ins.Spare()); sop {
		case bytecode.LSHIFT, bytecode.RSHIFT:
			g.shift(pc, sop, a, b, c)
		default:
			g.arith(pc, sop, a, b, c)
		}
	case bytecode.NEG, bytecode.POS, bytecode.INVERT, bytecode.NOT:
		if !g.negBounded(pc, op, a, b) {
			g.fg.unary(pc, op, a, b)
		}
	case bytecode.LT, bytecode.LE, bytecode.EQ, bytecode.NE, bytecode.GT, bytecode.GE:
		g.fg.compare(op, b, c)
		if g.fusable(pc) {
			f.LocalTee(g.cmp)
			g.fused = pc + 1
		}
		f.I64ExtendI32U()
		set()
	case bytecode.JUMP:
		g.branch(pc, int(ins.Bx()), st, false, 0)
	case bytecode.JUMPIFTRUE, bytecode.JUMPIFFALSE:
		if g.fused == pc {
			f.LocalGet(g.cmp)
			if op == bytecode.JUMPIFFALSE {
				f.I32Eqz()
			}
			g.branch(pc, int(ins.Bx()), st, true, 0)
			break
		}
		f.LocalGet(g.locals[a])
		if op == bytecode.JUMPIFFALSE {
			f.I64Eqz()
		} else {
			f.I64Const(0)
			f.I64Ne()
		}
		g.branch(pc, int(ins.Bx()), st, true, 0)
	case bytecode.GETITEM:
		g.getItem(pc, a, b, c)
	case bytecode.SETITEM:
		g.setItem(pc, a, b, c)
	case bytecode.CALL:
		g.call(pc, a, b)
	case bytecode.GETITER:
		if st[a].k == lRangeIter {
			g.syncHome(a)
		}
		for i := 0; i < 3; i++ {
			f.LocalGet(g.virt[b][i])
			f.LocalSet(g.virt[a][i])
		}
		f.I64Const(0)
		f.LocalSet(g.virt[a][3])
	case bytecode.FORITER:
		g.forIter(pc, a, int(ins.Bx()))
	default:
		panic(fmt.Sprintf("loopfunc: %s compiled but not lowered", op))
	}
}

// arith emits int arithmetic: with a constant operand or small factors
// the short way (loopfunc_const.go), else as function traces do.
func (g *loopGen) arith(pc int, op bytecode.Op, a, b, c int) {
	switch {
	case g.arithBounded(pc, op, a, b, c):
	case g.arithConst(pc, op, a, b, c):
	case op == bytecode.MUL:
		g.mulSmall(pc, a, b, c)
	default:
		g.fg.arith(pc, op, a, b, c)
	}
}

// fusable reports whether the compare at pc is followed by a jump on
// its result that only the compare reaches (not a jump target).
func (g *loopGen) fusable(pc int) bool {
	p := g.p
	q := pc + 1
	if q >= len(p.instrs) || p.states[q] == nil || p.exit[q] {
		return false
	}
	if op := p.instrs[q].Op(); (op != bytecode.JUMPIFTRUE && op != bytecode.JUMPIFFALSE) || p.instrs[q].A() != p.instrs[pc].A() {
		return false
	}
	for _, nd := range g.shape.nodes {
		if nd.start == q || nd.end == q {
			return false
		}
	}
	return true
}

// shift emits << or >> with Python's results: a negative count, and a
// left shift that loses bits, exit at pc.
func (g *loopGen) shift(pc int, op bytecode.Op, a, b, c int) {
	f := g.f
	x, y := g.locals[b], g.locals[c]
	f.LocalGet(y)
	f.I64Const(0)
	f.I64LtS()
	g.exitIf(pc)
	if op == bytecode.RSHIFT {
		// counts of 64 and more give the sign (wasm would take the count mod 64)
		f.LocalGet(x)
		f.LocalGet(y)
		f.I64Const(63)
		f.LocalGet(y)
		f.I64Const(63)
		f.I64LtU()
		f.Select()
		f.I64ShrS()
		f.LocalSet(g.locals[a])
		return
	}
	f.LocalGet(x)
	f.I64Eqz()
	f.If(wasmgen.I64)
	f.I64Const(0)
	f.Else()
	f.LocalGet(y)
	f.I64Const(63)
	f.I64GeU()
	g.exitIf(pc)
	f.LocalGet(x)
	f.LocalGet(y)
	f.I64Shl()
	f.LocalTee(g.t)
	f.LocalGet(y)
	f.I64ShrS()
	f.LocalGet(x)
	f.I64Ne()
	g.exitIf(pc)
	f.LocalGet(g.t)
	f.End()
	f.LocalSet(g.locals[a])
}

// call emits range(...) (a virtual range) or len(list).
func (g *loopGen) call(pc, a, nargs int) {
	p, f := g.p, g.f
	if !p.m.JITIsRangeType(p.states[pc][a].c) {
		f.LocalGet(g.lists[a+1][0])
		f.LocalSet(g.locals[a])
		return
	}
	// every bound small (the interpreter makes a big range otherwise)
	for i := 1; i <= nargs; i++ {
		f.LocalGet(g.locals[a+i])
		f.I64Const(loopFuncSmallBound - 1)
		f.I64Add()
		f.I64Const(2*loopFuncSmallBound - 1)
		f.I64GeU()
		g.exitIf(pc)
	}
	v := g.virt[a]
	switch nargs {
	case 1:
		f.I64Const(0)
		f.LocalSet(v[0])
		f.LocalGet(g.locals[a+1])
		f.LocalSet(v[1])
		f.I64Const(1)
		f.LocalSet(v[2])
	default:
		if nargs == 3 {
			f.LocalGet(g.locals[a+3])
			f.I64Eqz()
			g.exitIf(pc) // ValueError: range() arg 3 must not be zero
			f.LocalGet(g.locals[a+3])
		} else {
			f.I64Const(1)
		}
		f.LocalSet(v[2])
		f.LocalGet(g.locals[a+1])
		f.LocalSet(v[0])
		f.LocalGet(g.locals[a+2])
		f.LocalSet(v[1])
	}
	f.I64Const(0)
	f.LocalSet(v[3])
}

// forIter emits FORITER over a virtual range iterator: the next item to
// R[a+1], or (its position written to its home object, if any) a jump
// to the loop's exit.
func (g *loopGen) forIter(pc, a, exit int) {
	f := g.f
	v := g.virt[a]
	cur, stop, step := v[0], v[1], v[2]
	// more := step > 0 ? cur < stop : cur > stop
	f.LocalGet(cur)
	f.LocalGet(stop)
	f.I64LtS()
	f.LocalGet(cur)
	f.LocalGet(stop)
	f.I64GtS()
	f.LocalGet(step)
	f.I64Const(0)
	f.I64GtS()
	f.Select()
	f.I32Eqz()
	f.If()
	f.LocalGet(v[3])
	f.I64Eqz()
	f.I32Eqz()
	f.If()
	g.storeHomeCur(a)
	f.End()
	g.branch(pc, exit, g.p.states[pc], false, 1)
	f.End()
	f.LocalGet(cur)
	f.LocalSet(g.locals[a+1])
	f.LocalGet(cur)
	f.LocalGet(step)
	f.I64Add()
	f.LocalSet(cur)
}
