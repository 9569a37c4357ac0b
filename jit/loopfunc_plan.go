// loopfunc_plan.go analyses a whole Python function with loops for the
// loop-function compiler (docs/jit.md "Whole functions with loops
// (session 16)"). Tracing compiles one path of one loop; a nest of short
// inner loops (fannkuch) then spends its time hopping between traces.
// Instead, the first hot loop header of a function whose hot code is int
// arithmetic, bools, exact lists and `for ... in range(...)` is taken as
// the entry, and every instruction reachable from it is typed from the
// frame's registers there and the bytecode: a fixpoint over the control
// flow graph (loops have back-edges, so functrace_gen.go's one forward
// pass does not do) with a kind per register per pc. Registers dead at a
// pc (a backward liveness pass over the whole function) are "dead" there,
// so that two paths meeting with different kinds in a temporary do not
// refuse the function. An instruction the analysis cannot type becomes an
// exit to the interpreter at its pc; one inside a loop that does not end
// the function refuses the function (that loop is left to the tracer).

package jit

import (
	"fmt"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// lkind is what the loop-function analysis knows of a register at a pc.
type lkind uint8

const (
	lDead      lkind = iota // dead here: not read, not written back at exits
	lFrame                  // the frame holds it, unchanged; compiled code does not read it
	lEmpty                  // the empty value
	lInt                    // an int64 in the register's local
	lBool                   // 0 or 1 in the register's local
	lConst                  // the constant c (not in a local)
	lList                   // an exact list: its Ref in the local
	lRange                  // a small range object held as start, stop, step (and home)
	lRangeIter              // a range iterator held as cur, stop, step (and home)
)

// lstate is one register's kind (and value, for lConst).
type lstate struct {
	k lkind
	c gc.Value
}

// virtual reports whether the kind lives in the register's four extra
// locals rather than in the frame or one local.
func (k lkind) virtual() bool { return k == lRange || k == lRangeIter }

// lfCheck is a global the compiled code took as a constant; builtin: the
// name is absent from the globals and v is the builtins' value.
type lfCheck struct {
	name    string
	v       gc.Value
	builtin bool
}

// loopPlan is the analysis of one function from one entry header.
type loopPlan struct {
	code      *bytecode.Code
	instrs    []bytecode.Instr
	consts    []gc.Value
	nregs     int
	words     int // uint64 words of a liveness set
	globals   gc.Value
	builtins  gc.Value
	live      [][]uint64 // per pc: the registers live before it
	states    [][]lstate // per pc: kinds before it (nil: not reached)
	exit      []bool
	checks    []lfCheck
	gvals     map[int]gc.Value
	virt      map[int]bool  // registers that hold a virtual somewhere
	lists     map[int]bool  // registers that hold a list somewhere
	entryRegs []gc.Value    // the frame's registers when the plan was made
	itemKinds map[int]lkind // GETITEM's expected item kind by pc
	entries   []int         // enterable loop headers, in pc order
	entryOf   map[int]int   // header pc -> index in entries
	backs     map[int][]int
	compiled  int // instructions compiled (not exits)
	// konst: int registers the compiled code never writes, set to the
	// same constant by every definition reaching the entries
	// (loopfunc_const.go)
	konst map[int]int64
	// ranges: per pc, the interval of every register's int value before
	// it (loopfunc_ranges.go)
	ranges [][]ival
	m      *vm.VM
	// succTab: per pc, succs(pc); defTab: per pc, defOf(pc)
	succTab [][]int
	defTab  []int32
}

// Limits of loop functions.
const (
	maxLoopFuncRegs   = 200
	maxLoopFuncInstrs = 1500
)

// isLive reports whether register r is live before pc.
func (p *loopPlan) isLive(pc, r int) bool { return p.live[pc][r>>6]&(1<<(r&63)) != 0 }

// succs lists the pcs control may go to after pc (inside the function).
// The lists are made once per plan (the analyses ask for each pc's many
// times: loopfunc_ranges.go's fixpoint hundreds); callers only read them.
func (p *loopPlan) succs(pc int) []int {
	if p.succTab == nil {
		p.succTab = make([][]int, len(p.instrs))
		for q := range p.instrs {
			p.succTab[q] = p.succsOf(q)
		}
	}
	return p.succTab[pc]
}

// succsOf computes succs(pc).
func (p *loopPlan) succsOf(pc int) []int {
	ins := p.instrs[pc]
	op := ins.Op()
	var out []int
	switch op {
	case bytecode.JUMP:
		out = []int{int(ins.Bx())}
	case bytecode.RETURN:
	default:
		out = []int{pc + 1}
		if t, ok := ins.JumpTarget(); ok {
			out = append(out, t)
		}
	}
	res := out[:0]
	for _, t := range out {
		if t >= 0 && t < len(p.instrs) {
			res = append(res, t)
		}
	}
	return res
}

// defOf is effects(pc) without the registers read, from a table made
// once per plan: the analyses and the code generator ask for every pc's
// many times, and effects makes a slice each time.
func (p *loopPlan) defOf(pc int) (def int, all bool) {
	if p.defTab == nil {
		p.defTab = make([]int32, len(p.instrs))
		for q := range p.instrs {
			_, d, a := p.effects(q)
			if a {
				d = defAll
			}
			p.defTab[q] = int32(d)
		}
	}
	if d := int(p.defTab[pc]); d != defAll {
		return d, false
	}
	return -1, true
}

// defAll marks in loopPlan.defTab an instruction that may read any
// register (effects' all; its def is then -1).
const defAll = -2

// effects returns the registers pc reads and the one it surely writes
// (-1: none); all: it may read any register (an instruction the analysis
// does not model).
func (p *loopPlan) effects(pc int) (uses []int, def int, all bool) {
	ins := p.instrs[pc]
	a, b, c := ins.A(), ins.B(), ins.C()
	switch ins.Op() {
	case bytecode.NOP, bytecode.JUMP:
		return nil, -1, false
	case bytecode.MOVE, bytecode.NEG, bytecode.POS, bytecode.INVERT, bytecode.NOT, bytecode.GETITER:
		return []int{b}, a, false
	case bytecode.LOADCONST, bytecode.LOADNONE, bytecode.LOADTRUE, bytecode.LOADFALSE, bytecode.LOADEMPTY, bytecode.LOADGLOBAL:
		return nil, a, false
	case bytecode.ADD, bytecode.SUB, bytecode.MUL, bytecode.FLOORDIV, bytecode.MOD, bytecode.BITAND, bytecode.BITOR,
		bytecode.BITXOR, bytecode.LSHIFT, bytecode.RSHIFT, bytecode.INPLACE, bytecode.GETITEM,
		bytecode.LT, bytecode.LE, bytecode.EQ, bytecode.NE, bytecode.GT, bytecode.GE:
		return []int{b, c}, a, false
	case bytecode.SETITEM:
		return []int{a, b, c}, -1, false
	case bytecode.JUMPIFTRUE, bytecode.JUMPIFFALSE, bytecode.CHECKBOUND, bytecode.RETURN, bytecode.FORITER, bytecode.ENDFOR:
		return []int{a}, -1, false
	case bytecode.BUILDLIST, bytecode.BUILDTUPLE:
		for i := 0; i < c; i++ {
			uses = append(uses, b+i)
		}
		return uses, a, false
	case bytecode.CALL:
		if c != 0 {
			return nil, -1, true
		}
		for i := 0; i <= b; i++ {
			uses = append(uses, a+i)
		}
		return uses, a, false
	}
	return nil, -1, true
}

// liveness computes the registers live before every pc.
func (p *loopPlan) liveness() {
	n := len(p.instrs)
	p.live = make([][]uint64, n)
	for pc := range p.live {
		p.live[pc] = make([]uint64, p.words)
	}
	out := make([]uint64, p.words)
	for changed := true; changed; {
		changed = false
		for pc := n - 1; pc >= 0; pc-- {
			clear(out)
			for _, s := range p.succs(pc) {
				for w := range out {
					x := p.live[s][w]
					if ins := p.instrs[pc]; ins.Op() == bytecode.FORITER && s == pc+1 && (ins.A()+1)>>6 == w {
						x &^= 1 << ((ins.A() + 1) & 63) // the item is written when the loop goes on
					}
					out[w] |= x
				}
			}
			uses, def, all := p.effects(pc)
			if all {
				for r := 0; r < p.nregs; r++ {
					out[r>>6] |= 1 << (r & 63)
				}
			} else {
				if def >= 0 && def < p.nregs {
					out[def>>6] &^= 1 << (def & 63)
				}
				for _, r := range uses {
					if r >= 0 && r < p.nregs {
						out[r>>6] |= 1 << (r & 63)
					}
				}
			}
			for w := range out {
				if out[w] != p.live[pc][w] {
					p.live[pc][w] = out[w]
					changed = true
				}
			}
		}
	}
}

// kindOfValue is the entry kind of a register holding v in the frame.
func (p *loopPlan) kindOfValue(v gc.Value) lstate {
	switch v.Tag() {
	case gc.TagEmpty:
		return lstate{k: lEmpty}
	case gc.TagInt:
		return lstate{k: lInt}
	case gc.TagBool:
		return lstate{k: lBool}
	case gc.TagNone:
		return lstate{k: lConst, c: v}
	case vm.JITTagList:
		return lstate{k: lList}
	case vm.JITTagIter:
		if p.objKind(v) == vm.JITKindRangeIter {
			return lstate{k: lRangeIter}
		}
	case vm.JITTagRange:
		if p.objKind(v) == vm.JITKindRange {
			return lstate{k: lRange}
		}
	}
	return lstate{k: lFrame}
}

// objKind is the gc kind of a referenced object.
func (p *loopPlan) objKind(v gc.Value) gc.Kind {
	return gc.Kind(p.m.JITWord(uint32(v.Ref())) >> vm.JITKindShift & vm.JITKindMask)
}

// planLoopFunc analyses the function of frame fr from its loop header
// pc; the reason says why it cannot be compiled.
func planLoopFunc(m *vm.VM, fr vm.JITFrame, callee vm.JITCallee, pc int) (*loopPlan, string) {
	code := callee.Code
	switch {
	case callee.Generator:
		return nil, "generator function"
	case len(code.Handlers) > 0:
		return nil, "function with a try block"
	case len(code.Freevars) > 0 || len(code.Cellvars) > 0:
		return nil, "function with cells or free variables"
	case code.NumRegs > maxLoopFuncRegs || len(fr.Instrs) > maxLoopFuncInstrs:
		return nil, "function too big"
	}
	p := &loopPlan{code: code, instrs: fr.Instrs, consts: fr.Consts, nregs: code.NumRegs, words: (code.NumRegs + 63) / 64,
		globals: fr.Globals, builtins: fr.Builtins, gvals: map[int]gc.Value{}, virt: map[int]bool{}, lists: map[int]bool{}, itemKinds: map[int]lkind{},
		entryOf: map[int]int{}, backs: map[int][]int{}, m: m}
	for s, ins := range p.instrs {
		op := ins.Op()
		if op == bytecode.YIELDVALUE || op == bytecode.YIELDFROM {
			return nil, "generator function"
		}
		if t, ok := ins.JumpTarget(); ok && t <= s {
			p.backs[t] = append(p.backs[t], s)
		}
	}
	if len(p.backs[pc]) == 0 {
		return nil, "entry pc is not a loop header"
	}
	p.entryRegs = fr.Regs
	p.liveness()
	entry := make([]lstate, p.nregs)
	for r := range entry {
		if !p.isLive(pc, r) {
			continue
		}
		entry[r] = p.kindOfValue(fr.Regs[r])
		if entry[r].k.virtual() {
			p.virt[r] = true
		}
	}
	reason := p.analyse(pc, entry)
	p.entryRegs = nil
	if reason != "" {
		return nil, reason
	}
	if p.exit[pc] {
		return nil, "loop header is an exit"
	}
	if reason := p.loopExits(); reason != "" {
		return nil, reason
	}
	for h := range p.instrs {
		if len(p.backs[h]) > 0 && p.states[h] != nil && !p.exit[h] {
			p.entryOf[h] = len(p.entries)
			p.entries = append(p.entries, h)
		}
	}
	return p, "" // its constants and ranges are found at lowering (lowerLoopFunc)
}

// loopExits refuses a plan with an exit inside a compiled loop that does
// not end the function (a call, a float, a dict: that loop would leave
// at every iteration; the tracer does better).
func (p *loopPlan) loopExits() string {
	inLoop := make([]bool, len(p.instrs))
	loops := 0
	for h, srcs := range p.backs {
		for _, s := range srcs {
			if p.states[s] == nil || p.exit[s] {
				continue
			}
			loops++
			for q := h; q <= s; q++ {
				inLoop[q] = true
			}
		}
	}
	if loops == 0 {
		return "no loop compiled"
	}
	// A loop the analysis did not reach back to (an exit on its way
	// round: loop_nest_prime's max() call) still holds the compiled
	// loops, and each of its trips would leave at that exit: the entries
	// would all exit, and the function be dropped after its compile.
	for h, srcs := range p.backs {
		for _, s := range srcs {
			if p.states[s] != nil && !p.exit[s] {
				continue
			}
			for q := h; q <= s; q++ {
				if p.states[q] != nil && !p.exit[q] {
					for q2 := h; q2 <= s; q2++ {
						inLoop[q2] = true
					}
					break
				}
			}
		}
	}
	if !p.nested() {
		// one loop: its trace does as well, and an outer loop calling
		// the function calls that trace from its own (docs/jit.md)
		return "no nested loops"
	}
	for pc, x := range p.exit {
		if !x || !inLoop[pc] || p.endsFunction(pc) {
			continue
		}
		line := 0
		if pc < len(p.code.Positions) {
			line = int(p.code.Positions[pc].Line)
		}
		return fmt.Sprintf("%s in a loop (line %d)", p.instrs[pc].Op(), line)
	}
	return ""
}

// nested reports whether a compiled loop holds another.
func (p *loopPlan) nested() bool {
	type span struct{ h, s int }
	var spans []span
	for h, srcs := range p.backs {
		for _, s := range srcs {
			if p.states[s] != nil && !p.exit[s] {
				spans = append(spans, span{h, s})
			}
		}
	}
	for _, a := range spans {
		for _, b := range spans {
			if a.h < b.h && b.h <= a.s { // b starts inside a (the shape extends a over b)
				return true
			}
		}
	}
	return false
}

// leavesFunction reports whether op leaves the function: a return, a
// raise or a re-raise.
func leavesFunction(op bytecode.Op) bool {
	return op == bytecode.RETURN || op == bytecode.RAISE || op == bytecode.RERAISE
}

// endsFunction reports whether the straight-line code from pc reaches an
// instruction that leaves the function (leavesFunction) before any jump:
// an exit there leaves the function.
func (p *loopPlan) endsFunction(pc int) bool {
	for q := pc; q < len(p.instrs); q++ {
		op := p.instrs[q].Op()
		switch {
		case leavesFunction(op):
			return true
		case op < bytecode.NumOps && bytecode.Table[op].Flags&bytecode.FlagJump != 0:
			return false
		}
	}
	return false
}

// analyse computes the kinds at every pc reachable from the entry
// header h0 (a fixpoint: loops feed their headers back).
func (p *loopPlan) analyse(h0 int, entry []lstate) string {
	n := len(p.instrs)
	p.states = make([][]lstate, n)
	p.exit = make([]bool, n)
	queued := make([]bool, n)
	var work []int
	push := func(pc int) {
		if !queued[pc] {
			queued[pc] = true
			work = append(work, pc)
		}
	}
	merge := func(t int, st []lstate) string {
		if t < 0 || t >= n {
			return "jump out of the function"
		}
		cur := p.states[t]
		if cur == nil {
			cur = append([]lstate(nil), st...)
			for r := range cur {
				if !p.isLive(t, r) {
					cur[r] = lstate{}
				}
			}
			p.states[t] = cur
			push(t)
			return ""
		}
		for r := range st {
			if cur[r] == st[r] || !p.isLive(t, r) {
				continue
			}
			if cur[r].k == lInt && st[r].k == lInt || cur[r].k == lBool && st[r].k == lBool {
				continue
			}
			return fmt.Sprintf("register %d (%s) has two kinds at line %d", r, p.regName(r), p.line(t))
		}
		return ""
	}
	if reason := merge(h0, entry); reason != "" {
		return reason
	}
	seen := map[string]bool{}
	for len(work) > 0 {
		pc := work[0]
		work = work[1:]
		queued[pc] = false
		st := append([]lstate(nil), p.states[pc]...)
		next, jump, ok := p.transfer(pc, st, seen)
		p.exit[pc] = !ok
		if !ok {
			continue
		}
		if jump >= 0 {
			// FORITER: the loop's exit does not get the item
			jst := st
			if p.instrs[pc].Op() == bytecode.FORITER {
				jst = append([]lstate(nil), p.states[pc]...)
			}
			if reason := merge(jump, jst); reason != "" {
				return reason
			}
		}
		if next >= 0 {
			if reason := merge(next, st); reason != "" {
				return reason
			}
		}
	}
	p.compiled = 0
	for pc, s := range p.states {
		if s != nil && !p.exit[pc] {
			p.compiled++
		}
		for r, x := range s {
			if x.k == lList {
				p.lists[r] = true
			}
		}
	}
	return ""
}

// line is the source line of pc.
func (p *loopPlan) line(pc int) int {
	if pc < len(p.code.Positions) {
		return int(p.code.Positions[pc].Line)
	}
	return 0
}

// regName names a register for a refusal's reason.
func (p *loopPlan) regName(r int) string {
	if r < len(p.code.Varnames) {
		return p.code.Varnames[r]
	}
	return "temporary"
}

// transfer applies the instruction at pc to st; ok false makes pc an
// exit. next and jump are the successors (-1: none).
func (p *loopPlan) transfer(pc int, st []lstate, seen map[string]bool) (next, jump int, ok bool) {
	ins := p.instrs[pc]
	a, b, c := ins.A(), ins.B(), ins.C()
	reg := func(rs ...int) bool {
		for _, r := range rs {
			if r < 0 || r >= p.nregs {
				return false
			}
		}
		return true
	}
	isInt := func(r int) bool { return st[r].k == lInt }
	next, jump = pc+1, -1
	switch op := ins.Op(); op {
	case bytecode.NOP:
		ok = true
	case bytecode.MOVE:
		k := st[b].k
		ok = reg(a, b) && (k == lInt || k == lBool || k == lList || k == lConst || k == lEmpty)
		if ok {
			st[a] = st[b]
		}
	case bytecode.LOADCONST:
		ok = reg(a) && int(ins.Bx()) < len(p.consts)
		if ok {
			switch v := p.consts[ins.Bx()]; v.Tag() {
			case gc.TagInt:
				st[a] = lstate{k: lInt}
			case gc.TagBool:
				st[a] = lstate{k: lBool}
			default:
				st[a] = lstate{k: lConst, c: v}
			}
		}
	case bytecode.LOADNONE:
		ok = reg(a)
		if ok {
			st[a] = lstate{k: lConst, c: gc.None()}
		}
	case bytecode.LOADTRUE, bytecode.LOADFALSE:
		ok = reg(a)
		if ok {
			st[a] = lstate{k: lBool}
		}
	case bytecode.LOADEMPTY:
		ok = reg(a)
		if ok {
			st[a] = lstate{k: lEmpty}
		}
	case bytecode.LOADGLOBAL:
		ok = reg(a) && int(ins.Bx()) < len(p.consts) && p.loadGlobal(pc, a, st, seen)
	case bytecode.ADD, bytecode.SUB, bytecode.MUL, bytecode.FLOORDIV, bytecode.MOD,
		bytecode.BITAND, bytecode.BITOR, bytecode.BITXOR, bytecode.LSHIFT, bytecode.RSHIFT:
		ok = reg(a, b, c) && isInt(b) && isInt(c)
		if ok {
			st[a] = lstate{k: lInt}
		}
	case bytecode.INPLACE:
		switch bytecode.Op(ins.Spare()) {
		case bytecode.ADD, bytecode.SUB, bytecode.MUL, bytecode.FLOORDIV, bytecode.MOD,
			bytecode.BITAND, bytecode.BITOR, bytecode.BITXOR, bytecode.LSHIFT, bytecode.RSHIFT:
			ok = reg(a, b, c) && isInt(b) && isInt(c)
		}
		if ok {
			st[a] = lstate{k: lInt}
		}
	case bytecode.NEG, bytecode.POS, bytecode.INVERT:
		ok = reg(a, b) && isInt(b)
		if ok {
			st[a] = lstate{k: lInt}
		}
	case bytecode.NOT:
		ok = reg(a, b) && (isInt(b) || st[b].k == lBool)
		if ok {
			st[a] = lstate{k: lBool}
		}
	case bytecode.LT, bytecode.LE, bytecode.EQ, bytecode.NE, bytecode.GT, bytecode.GE:
		ok = reg(a, b, c) && isInt(b) && isInt(c)
		if ok {
			st[a] = lstate{k: lBool}
		}
	case bytecode.JUMP:
		ok = true
		next, jump = -1, int(ins.Bx())
	case bytecode.JUMPIFTRUE, bytecode.JUMPIFFALSE:
		ok = reg(a) && (isInt(a) || st[a].k == lBool)
		jump = int(ins.Bx())
	case bytecode.CHECKBOUND:
		k := st[a].k
		ok = reg(a) && (k == lInt || k == lBool || k == lList || k == lConst || k.virtual())
	case bytecode.GETITEM:
		ok = reg(a, b, c) && st[b].k == lList && isInt(c)
		if ok {
			if _, done := p.itemKinds[pc]; !done {
				p.itemKinds[pc] = p.itemKind(pc)
			}
			st[a] = lstate{k: p.itemKinds[pc]}
		}
	case bytecode.SETITEM:
		ok = reg(a, b, c) && st[a].k == lList && isInt(b) && (isInt(c) || st[c].k == lBool)
	case bytecode.CALL:
		ok = c == 0 && reg(a, a+b) && st[a].k == lConst && p.call(a, b, st)
	case bytecode.GETITER:
		ok = reg(a, b) && st[b].k == lRange // (spare bits: generator ownership, moot for a range)
		if ok {
			st[a] = lstate{k: lRangeIter}
			p.virt[a] = true
		}
	case bytecode.FORITER:
		ok = reg(a, a+1) && st[a].k == lRangeIter
		if ok {
			st[a+1] = lstate{k: lInt}
			jump = int(ins.Bx())
		}
	case bytecode.ENDFOR:
		ok = reg(a) && st[a].k == lRangeIter
	}
	return next, jump, ok
}

// itemKind is the kind GETITEM at pc expects of the items (a guard
// checks it): bool when the list its register held at entry has bools
// first, else int.
func (p *loopPlan) itemKind(pc int) lkind {
	b := p.instrs[pc].B()
	if b < len(p.entryRegs) && p.entryRegs[b].Tag() == vm.JITTagList {
		lst := p.entryRegs[b].Ref()
		n := p.m.JITWord(uint32(lst) + vm.JITListLenOff)
		sto := uint32(p.m.JITWord(uint32(lst) + vm.JITListStorageOff))
		if n > 0 && gc.Tag(p.m.JITWord(sto+vm.JITItemsOff)) == gc.TagBool {
			return lBool
		}
	}
	return lInt
}

// loadGlobal types LOADGLOBAL at pc: an int global (a constant checked
// at entry), or the builtins range and len not shadowed by a global.
func (p *loopPlan) loadGlobal(pc, a int, st []lstate, seen map[string]bool) bool {
	name, isStr := p.m.JITStr(p.consts[p.instrs[pc].Bx()])
	if !isStr {
		return false
	}
	chk := lfCheck{name: name}
	if v, found := p.m.JITDictGet(p.globals, name); found {
		if v.Tag() != gc.TagInt {
			return false
		}
		chk.v = v
		st[a] = lstate{k: lInt}
	} else {
		v, found := p.m.JITDictGet(p.builtins, name)
		if !found {
			return false
		}
		bn, isB := p.m.JITBuiltinName(v)
		if !p.m.JITIsRangeType(v) && !(isB && bn == "len") {
			return false
		}
		chk.v, chk.builtin = v, true
		st[a] = lstate{k: lConst, c: v}
	}
	p.gvals[pc] = chk.v
	if !seen[name] {
		seen[name] = true
		p.checks = append(p.checks, chk)
	}
	return true
}

// call types CALL a with nargs arguments of the constant in a: range of
// ints (a virtual range) or len of a list.
func (p *loopPlan) call(a, nargs int, st []lstate) bool {
	fn := st[a].c
	if p.m.JITIsRangeType(fn) {
		if nargs < 1 || nargs > 3 {
			return false
		}
		for i := 1; i <= nargs; i++ {
			if st[a+i].k != lInt {
				return false
			}
		}
		st[a] = lstate{k: lRange}
		p.virt[a] = true
		return true
	}
	if bn, ok := p.m.JITBuiltinName(fn); ok && bn == "len" && nargs == 1 && st[a+1].k == lList {
		st[a] = lstate{k: lInt}
		return true
	}
	return false
}
