// functrace_gen.go compiles a recursive Python function to one wasm
// function (docs/jit.md "Recursive functions (session 15)"). Unlike a loop
// trace, which is one recorded path, a function trace covers every path
// of the function the analysis can type: a recursive function always has
// at least two (the base case and the recursive one), and a one-path trace
// would leave at every leaf call. The analysis runs forward over the
// bytecode (functions without loops only: every jump goes forward, so one
// pass in pc order sees every predecessor of a pc first) with a static
// kind per register: a dynamic int or bool (an i64 wasm local), a constant
// (None, a function, any constant of the code or a global's value), or
// empty. An instruction it cannot compile, or whose operands have other
// kinds, becomes an exit: the wasm writes the frame's registers, logs the
// frame and pc (unwind import) and returns; every caller level on the wasm
// stack then logs its own frame at its call, and Go rebuilds the Python
// frames, so that the interpreter goes on exactly where CPython would be.
// A call of the function itself (the global it is bound to, checked at
// entry) is a direct wasm call with the callee's frame at the register
// window the interpreter's CALL would give it.

package jit

import (
	"fmt"
	"math"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/wasmgen"
)

// Names the function modules use.
const (
	funcHostModule = "hotloop_fn"
	funcUnwindName = "unwind"
	funcPollName   = "poll"
	funcEntryName  = "entry"
)

// Limits of function traces.
const (
	maxFuncRegs   = 200
	maxFuncArgs   = 8
	maxFuncInstrs = 2000 // bytecodes
	// funcPollCalls: self-calls between two calls of the poll import. Go
	// cannot stop a goroutine running wasm, so a collection (which stops
	// every goroutine) would wait for the whole recursion; the poll is a
	// Go call, where the goroutine can be stopped.
	funcPollCalls = 1 << 16
)

// rkind is what the analysis knows of a register at a pc.
type rkind uint8

const (
	rEmpty rkind = iota // no value (the interpreter's empty)
	rInt                // an int64 in the register's local
	rBool               // 0 or 1 in the register's local
	rConst              // a constant value (not in a local)
)

// rstate is one register's kind (and value, for rConst).
type rstate struct {
	k rkind
	c gc.Value
}

// funcGlobal is a global the compiled code took as a constant: the entry
// checks it still holds that value.
type funcGlobal struct {
	name string
	v    gc.Value
}

// funcPlan is the analysis of one function: per pc, the register kinds
// before the instruction (nil: not reached) and whether it is compiled
// or is an exit.
type funcPlan struct {
	code    *bytecode.Code
	instrs  []bytecode.Instr
	consts  []gc.Value
	nregs   int
	nargs   int
	fn      gc.Value // the function object the self-calls call
	globals gc.Value // its globals dict
	states  [][]rstate
	exit    []bool
	ret     rkind // rInt or rBool: what every compiled RETURN returns
	checks  []funcGlobal
	gvals   map[int]gc.Value // LOADGLOBAL's value by pc
	calls   int              // compiled self-calls
	returns int              // compiled returns
}

// planFunc checks that fn's code can be compiled and analyses it; the
// reason says why not.
func planFunc(m *vm.VM, fn gc.Value) (*funcPlan, string) {
	callee, ok := m.JITFunction(fn)
	if !ok {
		return nil, "not a function"
	}
	code := callee.Code
	switch {
	case callee.Generator:
		return nil, "generator function"
	case !callee.Simple:
		return nil, "function with keyword-only, * or ** parameters, cells or free variables"
	case len(code.Handlers) > 0:
		return nil, "function with a try block"
	case code.NumRegs > maxFuncRegs || code.ArgCount > maxFuncArgs || len(callee.Instrs) > maxFuncInstrs:
		return nil, "function too big"
	}
	for pc, ins := range callee.Instrs {
		op := ins.Op()
		if t, ok := ins.JumpTarget(); ok && t <= pc {
			return nil, "function with a loop"
		}
		if op == bytecode.FORITER || op == bytecode.YIELDVALUE {
			return nil, "function with a loop"
		}
	}
	p := &funcPlan{code: code, instrs: callee.Instrs, consts: callee.Consts, nregs: code.NumRegs, nargs: code.ArgCount,
		fn: fn, globals: callee.Globals}
	reason := p.analyse(m, rInt)
	if reason == "" && p.returns == 0 && p.boolReturns(m) {
		reason = p.analyse(m, rBool)
	}
	switch {
	case reason != "":
		return nil, reason
	case p.calls == 0:
		return nil, "no recursive call compiled"
	case p.returns == 0:
		return nil, "no int or bool return compiled"
	}
	return p, ""
}

// boolReturns reports whether, with int results, no return was compiled
// but some returns a bool: the function is then analysed for bool
// results.
func (p *funcPlan) boolReturns(m *vm.VM) bool {
	for pc, st := range p.states {
		if st != nil && p.instrs[pc].Op() == bytecode.RETURN && st[p.instrs[pc].A()].k == rBool {
			return true
		}
	}
	return false
}

// analyse computes the register kinds at every pc, with ret the kind
// self-calls return; a non-empty result is why the function cannot be
// compiled.
func (p *funcPlan) analyse(m *vm.VM, ret rkind) string {
	n := len(p.instrs)
	p.ret, p.calls, p.returns, p.checks = ret, 0, 0, nil
	p.states = make([][]rstate, n)
	p.exit = make([]bool, n)
	entry := make([]rstate, p.nregs)
	for i := 0; i < p.nargs; i++ {
		entry[i] = rstate{k: rInt}
	}
	p.states[0] = entry
	seen := map[string]bool{}
	p.gvals = map[int]gc.Value{}
	for pc := 0; pc < n; pc++ {
		in := p.states[pc]
		if in == nil {
			continue
		}
		st := append([]rstate(nil), in...)
		ins := p.instrs[pc]
		a, b, c := ins.A(), ins.B(), ins.C()
		reg := func(r int) bool { return r >= 0 && r < p.nregs }
		next, jump := pc+1, -1
		ok := true
		switch op := ins.Op(); op {
		case bytecode.NOP:
		case bytecode.MOVE:
			ok = reg(a) && reg(b)
			if ok {
				st[a] = st[b]
			}
		case bytecode.LOADCONST:
			ok = reg(a) && int(ins.Bx()) < len(p.consts)
			if ok {
				st[a] = constState(p.consts[ins.Bx()])
			}
		case bytecode.LOADNONE:
			ok = reg(a)
			if ok {
				st[a] = rstate{k: rConst, c: gc.None()}
			}
		case bytecode.LOADTRUE, bytecode.LOADFALSE:
			ok = reg(a)
			if ok {
				st[a] = rstate{k: rBool}
			}
		case bytecode.LOADEMPTY:
			ok = reg(a)
			if ok {
				st[a] = rstate{}
			}
		case bytecode.LOADGLOBAL:
			ok = reg(a) && int(ins.Bx()) < len(p.consts)
			if ok {
				name, isStr := m.JITStr(p.consts[ins.Bx()])
				v, found := m.JITDictGet(p.globals, name)
				switch {
				case !isStr || !found:
					ok = false // a builtin, or a NameError: the interpreter's
				case v.Tag() == vm.JITTagFunc && v == p.fn:
					st[a] = rstate{k: rConst, c: v}
				case v.Tag() == gc.TagInt:
					st[a] = constState(v)
				default:
					ok = false
				}
				if ok {
					p.gvals[pc] = v
				}
				if ok && !seen[name] {
					seen[name] = true
					p.checks = append(p.checks, funcGlobal{name, v})
				}
			}
		case bytecode.ADD, bytecode.SUB, bytecode.MUL, bytecode.FLOORDIV, bytecode.MOD,
			bytecode.BITAND, bytecode.BITOR, bytecode.BITXOR:
			ok = reg(a) && reg(b) && reg(c) && st[b].k == rInt && st[c].k == rInt
			if ok {
				st[a] = rstate{k: rInt}
			}
		case bytecode.INPLACE:
			switch bytecode.Op(ins.Spare()) {
			case bytecode.ADD, bytecode.SUB, bytecode.MUL, bytecode.FLOORDIV, bytecode.MOD,
				bytecode.BITAND, bytecode.BITOR, bytecode.BITXOR:
				ok = reg(a) && reg(b) && reg(c) && st[b].k == rInt && st[c].k == rInt
			default:
				ok = false
			}
			if ok {
				st[a] = rstate{k: rInt}
			}
		case bytecode.NEG, bytecode.POS, bytecode.INVERT:
			ok = reg(a) && reg(b) && st[b].k == rInt
			if ok {
				st[a] = rstate{k: rInt}
			}
		case bytecode.NOT:
			ok = reg(a) && reg(b) && (st[b].k == rInt || st[b].k == rBool)
			if ok {
				st[a] = rstate{k: rBool}
			}
		case bytecode.LT, bytecode.LE, bytecode.EQ, bytecode.NE, bytecode.GT, bytecode.GE:
			ok = reg(a) && reg(b) && reg(c) && st[b].k == rInt && st[c].k == rInt
			if ok {
				st[a] = rstate{k: rBool}
			}
		case bytecode.JUMP:
			next, jump = -1, int(ins.Bx())
		case bytecode.JUMPIFTRUE, bytecode.JUMPIFFALSE:
			ok = reg(a) && (st[a].k == rInt || st[a].k == rBool)
			jump = int(ins.Bx())
		case bytecode.CHECKBOUND:
			ok = reg(a) && st[a].k != rEmpty
		case bytecode.CALL:
			ok = reg(a) && c == 0 && b == p.nargs && a+1+b <= p.nregs && st[a].k == rConst && st[a].c == p.fn
			for i := 0; ok && i < b; i++ {
				ok = st[a+1+i].k == rInt
			}
			if ok {
				st[a] = rstate{k: ret}
				p.calls++
			}
		case bytecode.RETURN:
			ok = reg(a) && st[a].k == ret
			if ok {
				p.returns++
				next = -1
			}
		default:
			ok = false
		}
		if !ok {
			p.exit[pc] = true
			continue
		}
		for _, t := range []int{next, jump} {
			if t < 0 {
				continue
			}
			if t <= pc || t >= n {
				return "jump out of the function"
			}
			if p.states[t] == nil {
				p.states[t] = append([]rstate(nil), st...)
				continue
			}
			for r := range st {
				if p.states[t][r] != st[r] {
					if k := st[r].k; p.states[t][r].k == k && (k == rInt || k == rBool) {
						p.states[t][r].c = gc.Value{} // two ints (a constant and another): in the local
						continue
					}
					return fmt.Sprintf("register %d has two kinds at pc %d", r, t)
				}
			}
		}
	}
	return ""
}

// constState is the kind of a register loaded with constant v: ints and
// bools live in locals (so that paths where they differ can join).
func constState(v gc.Value) rstate {
	switch v.Tag() {
	case gc.TagInt:
		return rstate{k: rInt, c: v}
	case gc.TagBool:
		return rstate{k: rBool, c: v}
	}
	return rstate{k: rConst, c: v}
}

// funcGen emits the wasm of a plan.
type funcGen struct {
	p      *funcPlan
	f      *wasmgen.Func
	self   uint32 // the function's index
	unwind uint32 // the unwind import
	status uint32 // the status global
	poll   uint32 // the poll import
	budget uint32 // the global counting self-calls down to the next poll
	frame  uint32 // locals
	left   uint32
	t, u   uint32
	locals []uint32 // per register
	open   []int    // jump targets whose blocks are open, innermost first
	limit  uint32   // highest callee frame address the register stack allows
	// exitHook, when set, emits the exits of arith instead (the loop
	// functions of loopfunc_gen.go borrow arith this way).
	exitHook func(pc int)
	// count: the bytecodes this call ran compiled, flushed at every
	// return (bytecodecount.go)
	count blockCount
}

// lowerFunc builds the module of a plan: the function, and entry(frame,
// left, args...) -> (result, status) which Go calls.
func lowerFunc(p *funcPlan, info vm.JITFuncCall, count bool) ([]byte, error) {
	m := wasmgen.NewModule()
	m.Name = wasmModuleName
	m.ImportMemory(gc.ModuleName, gc.MemoryName, wasmgen.Limits{Min: 0})
	unwind := m.ImportFunc(funcHostModule, funcUnwindName, wasmgen.Sig([]wasmgen.ValType{wasmgen.I32, wasmgen.I32}))
	poll := m.ImportFunc(funcHostModule, funcPollName, wasmgen.Sig(nil))
	status := m.Global(wasmgen.I32, true, wasmgen.ConstI32(0))
	budget := m.Global(wasmgen.I32, true, wasmgen.ConstI32(funcPollCalls))
	params := []wasmgen.ValType{wasmgen.I32, wasmgen.I32}
	for i := 0; i < p.nargs; i++ {
		params = append(params, wasmgen.I64)
	}
	f := m.NewFunc("fn", wasmgen.Sig(params, wasmgen.I64))
	g := &funcGen{p: p, f: f, self: f.Index(), unwind: unwind, status: status, poll: poll, budget: budget, frame: 0, left: 1}
	g.t, g.u = f.Local(wasmgen.I64), f.Local(wasmgen.I64)
	isTarget := p.jumpTargets()
	g.count.f = f
	if count {
		g.count.local = f.Local(wasmgen.I64)
		g.count.blocks = basicBlocks(p.instrs, 0,
			func(pc int) bool { return p.states[pc] != nil && !p.exit[pc] },
			func(pc int) bool { return isTarget[pc] })
	}
	g.locals = make([]uint32, p.nregs)
	for r := range g.locals {
		if r < p.nargs {
			g.locals[r] = uint32(2 + r)
		} else {
			g.locals[r] = f.Local(wasmgen.I64)
		}
	}
	room := int64(info.NumRegs) - int64(p.nregs) - vm.JITCallReserve
	if room < 0 {
		return nil, fmt.Errorf("register stack too small")
	}
	lim := int64(info.Regs0) + 16*room
	if lim > math.MaxUint32 {
		lim = math.MaxUint32
	}
	g.limit = uint32(lim)
	g.body(isTarget)
	if err := f.Finish(); err != nil {
		return nil, err
	}
	e := m.NewFunc(funcEntryName, wasmgen.Sig(params, wasmgen.I64, wasmgen.I32))
	e.I32Const(0)
	e.GlobalSet(status)
	for i := range params {
		e.LocalGet(uint32(i))
	}
	e.Call(g.self)
	e.GlobalGet(status)
	if err := e.Finish(); err != nil {
		return nil, err
	}
	m.ExportFunc(funcEntryName, e.Index())
	return m.Bytes()
}

// jumpTargets marks the pcs (up to len(instrs) inclusive) that a
// compiled jump goes to.
func (p *funcPlan) jumpTargets() []bool {
	isTarget := make([]bool, len(p.instrs)+1)
	for pc, ins := range p.instrs {
		if p.states[pc] == nil || p.exit[pc] {
			continue
		}
		if op := ins.Op(); op == bytecode.JUMP || op == bytecode.JUMPIFTRUE || op == bytecode.JUMPIFFALSE {
			isTarget[ins.Bx()] = true
		}
	}
	return isTarget
}

// body emits the function's code: a block per jump target (isTarget,
// jumpTargets), opened at the start (outermost the furthest), closed
// where the target is.
func (g *funcGen) body(isTarget []bool) {
	p, f := g.p, g.f
	var targets []int
	for pc := len(p.instrs); pc >= 0; pc-- {
		if isTarget[pc] {
			targets = append(targets, pc)
			f.Block()
		}
	}
	// open: innermost (smallest target) first
	for i := len(targets) - 1; i >= 0; i-- {
		g.open = append(g.open, targets[i])
	}
	for pc := range p.instrs {
		if isTarget[pc] {
			f.End()
			g.open = g.open[1:]
		}
		if p.states[pc] == nil {
			continue
		}
		g.count.enter(pc)
		if p.exit[pc] {
			g.exitAt(pc, p.nregs)
			continue
		}
		g.instr(pc)
	}
	f.Unreachable()
}

// depth is the br depth of the block ending at target.
func (g *funcGen) depth(target int) uint32 {
	for i, t := range g.open {
		if t == target {
			return uint32(i)
		}
	}
	panic(fmt.Sprintf("functrace: no open block for pc %d", target))
}

// exitAt emits the exit at pc, with the state before the instruction:
// registers 0..n-1 are written to the frame, the frame is logged, and
// the function returns with the status set.
func (g *funcGen) exitAt(pc, n int) {
	g.writeRegs(g.p.states[pc], n, -1)
	g.count.leaveAt(pc) // the interpreter runs pc on
	g.leave(pc)
}

// writeRegs stores registers 0..n-1 of state st to the frame; register
// fnReg (if >= 0) holds the function.
func (g *funcGen) writeRegs(st []rstate, n, fnReg int) {
	f := g.f
	for r := n - 1; r >= 0; r-- {
		s := st[r]
		if r == fnReg {
			s = rstate{k: rConst, c: g.p.fn}
		}
		var tag uint64
		switch s.k {
		case rInt:
			tag = uint64(gc.TagInt)
		case rBool:
			tag = uint64(gc.TagBool)
		case rConst:
			tag = uint64(s.c.Tag())
		}
		f.LocalGet(g.frame)
		switch s.k {
		case rInt, rBool:
			f.LocalGet(g.locals[r])
		case rConst:
			f.I64Const(int64(s.c.Bits()))
		default:
			f.I64Const(0)
		}
		f.I64Store(uint32(16*r + 8))
		f.LocalGet(g.frame)
		f.I64Const(int64(tag))
		f.I64Store(uint32(16 * r))
	}
}

// leave logs the frame at pc and returns with the status set.
func (g *funcGen) leave(pc int) {
	f := g.f
	g.count.flush()
	f.LocalGet(g.frame)
	f.I32Const(int32(pc))
	f.Call(g.unwind)
	f.I32Const(1)
	f.GlobalSet(g.status)
	f.I64Const(0)
	f.Return()
}

// exitIf emits "if the i32 on the stack is true: exit at pc".
func (g *funcGen) exitIf(pc int) {
	g.f.If()
	if g.exitHook != nil {
		g.exitHook(pc)
		g.f.End()
		return
	}
	g.exitAt(pc, g.p.nregs)
	g.f.End()
}

// instr emits a compiled instruction.
func (g *funcGen) instr(pc int) {
	p, f := g.p, g.f
	st := p.states[pc]
	ins := p.instrs[pc]
	a, b, c := ins.A(), ins.B(), ins.C()
	set := func() { f.LocalSet(g.locals[a]) }
	switch op := ins.Op(); op {
	case bytecode.NOP, bytecode.CHECKBOUND, bytecode.LOADEMPTY, bytecode.LOADNONE:
	case bytecode.MOVE:
		if st[b].k == rInt || st[b].k == rBool {
			f.LocalGet(g.locals[b])
			set()
		}
	case bytecode.LOADCONST:
		v := p.consts[ins.Bx()]
		if v.Tag() == gc.TagInt || v.Tag() == gc.TagBool {
			f.I64Const(int64(v.Bits()))
			set()
		}
	case bytecode.LOADTRUE, bytecode.LOADFALSE:
		f.I64Const(map[bool]int64{true: 1, false: 0}[op == bytecode.LOADTRUE])
		set()
	case bytecode.LOADGLOBAL:
		if v := p.gvals[pc]; v.Tag() == gc.TagInt {
			f.I64Const(int64(v.Bits()))
			set()
		}
	case bytecode.ADD, bytecode.SUB, bytecode.MUL, bytecode.FLOORDIV, bytecode.MOD,
		bytecode.BITAND, bytecode.BITOR, bytecode.BITXOR:
		g.arith(pc, op, a, b, c)
	case bytecode.INPLACE:
		g.arith(pc, bytecode.Op(ins.Spare()), a, b, c)
	case bytecode.NEG, bytecode.POS, bytecode.INVERT, bytecode.NOT:
		g.unary(pc, op, a, b)
	case bytecode.LT, bytecode.LE, bytecode.EQ, bytecode.NE, bytecode.GT, bytecode.GE:
		g.compare(op, b, c)
		f.I64ExtendI32U()
		set()
	case bytecode.JUMP:
		f.Br(g.depth(int(ins.Bx())))
	case bytecode.JUMPIFTRUE, bytecode.JUMPIFFALSE:
		f.LocalGet(g.locals[a])
		if op == bytecode.JUMPIFFALSE {
			f.I64Eqz()
		} else {
			f.I64Const(0)
			f.I64Ne()
		}
		f.BrIf(g.depth(int(ins.Bx())))
	case bytecode.CALL:
		g.call(pc, a, b)
	case bytecode.RETURN:
		g.count.flush()
		f.LocalGet(g.locals[a])
		f.Return()
	default:
		panic(fmt.Sprintf("functrace: %s compiled but not lowered", op))
	}
}

// arith emits an int operation with Python's results, leaving at pc when
// the result does not fit in an int64 or the divisor is zero.
func (g *funcGen) arith(pc int, op bytecode.Op, a, b, c int) {
	f := g.f
	x, y, t, u := g.locals[b], g.locals[c], g.t, g.u
	switch op {
	case bytecode.ADD, bytecode.SUB:
		f.LocalGet(x)
		f.LocalGet(y)
		if op == bytecode.ADD {
			f.I64Add()
		} else {
			f.I64Sub()
		}
		f.LocalSet(t)
		// add: ((t^x)&(t^y)) < 0; sub: ((x^y)&(x^t)) < 0
		if op == bytecode.ADD {
			f.LocalGet(t)
			f.LocalGet(x)
			f.I64Xor()
			f.LocalGet(t)
			f.LocalGet(y)
			f.I64Xor()
		} else {
			f.LocalGet(x)
			f.LocalGet(y)
			f.I64Xor()
			f.LocalGet(x)
			f.LocalGet(t)
			f.I64Xor()
		}
		f.I64And()
		f.I64Const(0)
		f.I64LtS()
		g.exitIf(pc)
	case bytecode.MUL:
		f.LocalGet(x)
		f.LocalGet(y)
		f.I64Mul()
		f.LocalSet(t)
		g.mulOverflow(pc, x, y, t)
	case bytecode.FLOORDIV, bytecode.MOD:
		f.LocalGet(y)
		f.I64Eqz()
		f.LocalGet(y)
		f.I64Const(-1)
		f.I64Eq()
		f.LocalGet(x)
		f.I64Const(math.MinInt64)
		f.I64Eq()
		f.I32And()
		f.I32Or()
		g.exitIf(pc) // ZeroDivisionError, or MIN // -1 overflows
		f.LocalGet(x)
		f.LocalGet(y)
		f.I64RemS()
		f.LocalSet(u)
		if op == bytecode.FLOORDIV {
			f.LocalGet(x)
			f.LocalGet(y)
			f.I64DivS()
			// minus 1 when the remainder is non-zero and the signs differ
			f.LocalGet(u)
			f.I64Const(0)
			f.I64Ne()
			f.LocalGet(u)
			f.LocalGet(y)
			f.I64Xor()
			f.I64Const(0)
			f.I64LtS()
			f.I32And()
			f.I64ExtendI32U()
			f.I64Sub()
			f.LocalSet(t)
		} else {
			f.LocalGet(u)
			f.LocalGet(u)
			f.I64Const(0)
			f.I64Ne()
			f.LocalGet(u)
			f.LocalGet(y)
			f.I64Xor()
			f.I64Const(0)
			f.I64LtS()
			f.I32And()
			f.If(wasmgen.I64)
			f.LocalGet(y)
			f.Else()
			f.I64Const(0)
			f.End()
			f.I64Add()
			f.LocalSet(t)
		}
	case bytecode.BITAND, bytecode.BITOR, bytecode.BITXOR:
		f.LocalGet(x)
		f.LocalGet(y)
		switch op {
		case bytecode.BITAND:
			f.I64And()
		case bytecode.BITOR:
			f.I64Or()
		default:
			f.I64Xor()
		}
		f.LocalSet(t)
	default:
		panic(fmt.Sprintf("functrace: arithmetic %s compiled but not lowered", op))
	}
	f.LocalGet(t)
	f.LocalSet(g.locals[a])
}

// mulOverflow emits the exit at pc when the wrapped product t of x and y
// is not their true product: y == -1 with x the minimum int, or t / y
// differing from x (y non-zero). Loop functions borrow it for products
// their factors' sizes do not rule out (loopfunc_const.go mulSmall).
func (g *funcGen) mulOverflow(pc int, x, y, t uint32) {
	f := g.f
	f.LocalGet(y)
	f.I64Eqz()
	f.I32Eqz()
	f.If()
	f.LocalGet(y)
	f.I64Const(-1)
	f.I64Eq()
	f.If()
	f.LocalGet(x)
	f.I64Const(math.MinInt64)
	f.I64Eq()
	g.exitIf(pc)
	f.Else()
	f.LocalGet(t)
	f.LocalGet(y)
	f.I64DivS()
	f.LocalGet(x)
	f.I64Ne()
	g.exitIf(pc)
	f.End()
	f.End()
}

// compare pushes the i32 result of an int compare of registers b and c.
// Loop functions borrow it too (loopfunc_gen.go).
func (g *funcGen) compare(op bytecode.Op, b, c int) {
	f := g.f
	f.LocalGet(g.locals[b])
	f.LocalGet(g.locals[c])
	switch op {
	case bytecode.LT:
		f.I64LtS()
	case bytecode.LE:
		f.I64LeS()
	case bytecode.EQ:
		f.I64Eq()
	case bytecode.NE:
		f.I64Ne()
	case bytecode.GT:
		f.I64GtS()
	default:
		f.I64GeS()
	}
}

// unary emits -x, +x, ~x or not x of an int or bool register b into
// register a (-x of the smallest int64 leaves: its result is a bigint).
// Loop functions borrow it too (loopfunc_gen.go).
func (g *funcGen) unary(pc int, op bytecode.Op, a, b int) {
	f := g.f
	f.LocalGet(g.locals[b])
	switch op {
	case bytecode.NEG:
		f.I64Const(math.MinInt64)
		f.I64Eq()
		g.exitIf(pc)
		f.I64Const(0)
		f.LocalGet(g.locals[b])
		f.I64Sub()
	case bytecode.POS:
	case bytecode.INVERT:
		f.I64Const(-1)
		f.I64Xor()
	case bytecode.NOT:
		f.I64Eqz()
		f.I64ExtendI32U()
	default:
		panic(fmt.Sprintf("functrace: unary %s compiled but not lowered", op))
	}
	f.LocalSet(g.locals[a])
}

// call emits a self-call at pc: the callee's frame is the register
// window above the function register a; the call leaves (as the
// interpreter's CALL would raise or be interrupted) when the recursion
// limit or the register stack is reached or the interrupt word is set.
// After it, a callee that left makes this level log its frame at the
// call and leave too.
func (g *funcGen) call(pc, a, nargs int) {
	p, f := g.p, g.f
	st := p.states[pc]
	off := int32(16 * (a + 1))
	f.LocalGet(g.left)
	f.I32Const(1)
	f.I32LtS()
	f.LocalGet(g.frame)
	f.I32Const(off)
	f.I32Add()
	f.I32Const(int32(g.limit))
	f.I32GtU()
	f.I32Or()
	f.I32Const(0)
	f.I32Load(vm.InterruptWordOffset)
	f.I32Const(0)
	f.I32Ne()
	f.I32Or()
	g.exitIf(pc)
	f.GlobalGet(g.budget)
	f.I32Const(1)
	f.I32Sub()
	f.GlobalSet(g.budget)
	f.GlobalGet(g.budget)
	f.I32Const(0)
	f.I32LtS()
	f.If()
	f.Call(g.poll)
	f.I32Const(funcPollCalls)
	f.GlobalSet(g.budget)
	f.End()
	f.LocalGet(g.frame)
	f.I32Const(off)
	f.I32Add()
	f.LocalGet(g.left)
	f.I32Const(1)
	f.I32Sub()
	for i := 0; i < nargs; i++ {
		f.LocalGet(g.locals[a+1+i])
	}
	f.Call(g.self)
	f.LocalSet(g.locals[a])
	f.GlobalGet(g.status)
	f.If()
	// The callee's frame (from a+1 up) is written: this level writes its
	// registers below it, the function in a.
	g.writeRegs(st, a+1, a)
	g.count.leaveAt(pc + 1) // the call ran; the interpreter goes on after it
	g.leave(pc)
	f.End()
}
