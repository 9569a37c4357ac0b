package compile

// This file holds Compile, the entry point of the bytecode compiler, and
// the machinery every part of it shares: the code unit being built (one per
// code object), instruction emission with source positions, labels and
// jump patching, the constant pool, the register allocator's bookkeeping,
// frame blocks (what break, continue and return must unwind) with the
// exception handlers they install, and the final assembly of a
// bytecode.Code.
//
// The compiler walks the tree as CPython 3.11's Python/compile.c does and
// keeps its evaluation order, but targets hotloop's register machine
// (docs/vm.md): fast locals are registers 0..len(Varnames)-1, cells and
// free variables follow from CellBase, and temporaries are allocated above
// them as a stack (regalloc.go). Errors the walk cannot handle yet travel as
// a bailout panic, recovered in Compile, like the checker's.

import (
	"fmt"
	"math"
	"strings"

	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/symtable"
	"github.com/hotloop/hotloop/vm/syntax"
)

// Compile compiles a module that parsed, went through symtable.Build
// (table) and passed Check, into the code object of its body. filename
// names the file in the code objects. The error, when not nil, is a
// *NotSupportedError for constructs the compiler does not handle yet, or an
// error saying that table does not belong to mod.
func Compile(mod *syntax.Module, table *symtable.Table, filename string) (code *bytecode.Code, err error) {
	return compileMod(mod, table, filename)
}

// CompileExpression compiles the body of eval(): an *syntax.Expression
// whose code returns the expression's value.
func CompileExpression(mod *syntax.Expression, table *symtable.Table, filename string) (*bytecode.Code, error) {
	return compileMod(mod, table, filename)
}

// CompileInteractive compiles one interactive statement (the "single"
// mode): expression statements print their value with PRINTEXPR.
func CompileInteractive(mod *syntax.Interactive, table *symtable.Table, filename string) (*bytecode.Code, error) {
	return compileMod(mod, table, filename)
}

// NotSupportedError reports a construct the compiler does not handle yet.
type NotSupportedError struct {
	What     string
	Filename string
	Line     int
}

// Error formats the error as "file:line: not supported yet: what".
func (e *NotSupportedError) Error() string {
	return fmt.Sprintf("%s:%d: not supported yet: %s", e.Filename, e.Line, e.What)
}

func compileMod(mod syntax.ModNode, table *symtable.Table, filename string) (code *bytecode.Code, err error) {
	c := &compiler{table: table, filename: filename}
	return c.run(mod)
}

// run compiles a whole parse, turning a bailout into the error.
func (c *compiler) run(mod syntax.ModNode) (code *bytecode.Code, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			code, err = nil, b.err
		}
	}()
	return c.module(mod), nil
}

// compiler is the state of one compilation.
type compiler struct {
	table    *symtable.Table
	filename string
	u        *codeUnit // the code object being compiled
	// interactive: the "single" mode, where module-level expression
	// statements print their value.
	interactive bool
	// collectWarnings asks for the SyntaxWarnings (warn.go).
	collectWarnings bool
	warnings        []Warning
	// lastJumpCompare is the last comparison jumpIf compiled as a test:
	// the failing assert statement is positioned there, as CPython 3.11
	// leaves its location set by such a comparison.
	lastJumpCompare *syntax.Compare
}

// codeUnit is one code object under construction (compile.c's
// compiler_unit).
type codeUnit struct {
	parent  *codeUnit
	kind    unitKind
	scope   *symtable.Scope
	private string // the enclosing class name, for name mangling
	code    *bytecode.Code

	instrs   []bytecode.Instr
	pos      []bytecode.Position
	handler  []int32 // per instruction: index in handlers, or -1
	labels   []int   // label -> pc, -1 until bound
	lastBind int     // the pc of the last label bound
	handlers []handlerInfo
	consts   map[string]int
	loc      bytecode.Position

	// Registers.
	fast     map[string]int // fast local -> register
	used     map[string]bool
	useOrder []string       // fast locals in order of first use, for co_varnames
	cellIdx  map[string]int // cell or free variable -> index from CellBase
	tempBase int            // first temporary register
	temp     int            // next free temporary
	maxReg   int            // registers used so far

	// alwaysBound holds the fast locals bound from entry to exit
	// (parameters never deleted): their reads need no CHECKBOUND. The
	// other checks that cannot fail are removed after assembly (bound.go).
	alwaysBound map[string]bool
	// walrus holds the fast locals assigned by a walrus in this scope:
	// their register cannot stand for their value while later operands
	// are evaluated.
	walrus map[string]bool

	blocks []block

	// hoisted maps a constant's key to the register that holds it while
	// the loop being compiled runs (regalloc.go).
	hoisted map[string]int
}

// handlerInfo is an exception handler: where it starts and which register
// receives the exception.
type handlerInfo struct {
	label int
	reg   int
}

// blockKind is the kind of a frame block.
type blockKind uint8

const (
	bWhile blockKind = iota
	bFor
	bTryExcept  // body of try/except
	bFinallyTry // body of try/finally: unwinding runs the finally body
	bFinallyEnd // finally body on the exception path
	bWith       // body of with: unwinding calls __exit__
	bAsyncWith  // body of async with: unwinding awaits __aexit__
	bExcept     // except clauses of a try (matching code and bodies)
	bHandler    // body of one except clause: unwinding restores the exception
)

// block is one frame block: a construct that break, continue and return
// unwind, and the exception handler that protects the code inside it
// (-1 for none).
type block struct {
	kind     blockKind
	handler  int
	brk, cnt int           // loop labels
	final    []syntax.Stmt // bFinallyTry
	stmt     syntax.Stmt   // bWith: the statement, for positions
	reg      int           // bWith: the context manager; bFinallyEnd, bHandler: the saved exception; bFor: the iterator
	own      bool          // bFor: the iterable is a call (ENDFOR on early exits)
	name     string        // bHandler: the `as` name, if any
}

// ---- errors ----

// unsupported stops the compilation with a NotSupportedError.
func (c *compiler) unsupported(what string) {
	panic(bailout{&NotSupportedError{What: what, Filename: c.filename, Line: int(c.u.loc.Line)}})
}

// internalError stops the compilation for a tree the front end should not
// have produced.
func (c *compiler) internalError(format string, args ...any) {
	panic(bailout{fmt.Errorf("compile: %s:%d: %s", c.filename, c.u.loc.Line, fmt.Sprintf(format, args...))})
}

// ---- units ----

// enterUnit opens the code unit for the scope of node.
func (c *compiler) enterUnit(node syntax.Node, kind unitKind, name string, firstLine int) *codeUnit {
	s := c.table.Lookup(node)
	if s == nil {
		panic(bailout{fmt.Errorf("compile: the symbol table has no scope for a %T", node)})
	}
	u := &codeUnit{parent: c.u, kind: kind, scope: s, consts: map[string]int{}}
	if c.u != nil {
		u.private = c.u.private
	}
	if kind == classUnit {
		u.private = name
	}
	code := &bytecode.Code{Name: name, Filename: c.filename, FirstLine: firstLine, Doc: -1}
	u.code = code
	code.QualName = c.qualName(u, name)

	// Fast locals: the parameters, then the other locals in order of
	// first appearance.
	u.fast = map[string]int{}
	if s.IsFunctionLike() {
		code.Varnames = append(code.Varnames, s.Varnames...)
		for i, v := range s.Varnames {
			u.fast[v] = i
		}
		for _, sym := range s.Symbols {
			if sym.Kind == symtable.Local {
				if _, ok := u.fast[sym.Name]; !ok {
					u.fast[sym.Name] = len(code.Varnames)
					code.Varnames = append(code.Varnames, sym.Name)
				}
			}
		}
	}
	// co_cellvars follows CPython's frame layout: the cells that are
	// parameters first, in parameter order, then the others, sorted.
	cells := s.Cellvars()
	isCell := map[string]bool{}
	for _, v := range cells {
		isCell[v] = true
	}
	if s.IsFunctionLike() {
		for _, v := range s.Varnames {
			if isCell[v] {
				code.Cellvars = append(code.Cellvars, v)
				delete(isCell, v)
			}
		}
	}
	for _, v := range cells {
		if isCell[v] {
			code.Cellvars = append(code.Cellvars, v)
		}
	}
	code.Freevars = s.Freevars()
	code.CellBase = len(code.Varnames)
	u.cellIdx = map[string]int{}
	for i, v := range code.Cellvars {
		u.cellIdx[v] = i
	}
	for i, v := range code.Freevars {
		if _, ok := u.cellIdx[v]; !ok {
			u.cellIdx[v] = len(code.Cellvars) + i
		}
	}
	u.tempBase = code.CellBase + len(code.Cellvars) + len(code.Freevars)
	u.temp, u.maxReg = u.tempBase, u.tempBase
	if u.tempBase > bytecode.MaxOperand-16 {
		c.u = u
		c.unsupported("more than 65000 local variables")
	}

	// Code flags (docs/symtable.md).
	if s.IsFunctionLike() {
		code.Flags |= bytecode.FlagOptimized | bytecode.FlagNewLocals
		if s.Nested {
			code.Flags |= bytecode.FlagNested
		}
		switch {
		case s.Generator && s.Coroutine:
			code.Flags |= bytecode.FlagAsyncGenerator
		case s.Coroutine:
			code.Flags |= bytecode.FlagCoroutine
		case s.Generator:
			code.Flags |= bytecode.FlagGenerator
		}
		if s.Varargs {
			code.Flags |= bytecode.FlagVarargs
		}
		if s.Varkeywords {
			code.Flags |= bytecode.FlagVarkeywords
		}
	}

	u.alwaysBound = map[string]bool{}
	u.walrus = map[string]bool{}
	c.u = u
	c.setLine(firstLine)

	// Cells: a parameter's cell holds the argument, the others start empty.
	for i, v := range code.Cellvars {
		r := code.CellBase + i
		src := r
		if p, ok := u.fast[v]; ok && p < len(s.Varnames) {
			src = p
		}
		c.emit(bytecode.Make(bytecode.MAKECELL, r, src, 0))
	}
	return u
}

// scanLocals fills in which fast locals are bound throughout (parameters
// that are never deleted) and which are walrus targets, from the body of a
// function-like scope.
func (c *compiler) scanLocals(params []string, body []syntax.Node) {
	u := c.u
	deleted := map[string]bool{}
	for _, n := range body {
		scanScope(n, func(n syntax.Node) {
			switch n := n.(type) {
			case *syntax.Delete:
				for _, t := range n.Targets {
					markNames(t, u.private, deleted)
				}
			case *syntax.ExceptHandler:
				if n.Name != "" {
					deleted[symtable.Mangle(u.private, n.Name)] = true
				}
			case *syntax.NamedExpr:
				if nm, ok := n.Target.(*syntax.Name); ok {
					u.walrus[symtable.Mangle(u.private, nm.Id)] = true
				}
			}
		})
	}
	for _, p := range params {
		if _, ok := u.fast[p]; ok && !deleted[p] && u.scope.KindOf(p) == symtable.Local {
			u.alwaysBound[p] = true
		}
	}
}

// markNames records the (mangled) names a del target deletes.
func markNames(t syntax.Expr, private string, into map[string]bool) {
	switch t := t.(type) {
	case *syntax.Name:
		into[symtable.Mangle(private, t.Id)] = true
	case *syntax.Tuple:
		for _, e := range t.Elts {
			markNames(e, private, into)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			markNames(e, private, into)
		}
	}
}

// qualName computes a code object's __qualname__ (compiler_set_qualname).
func (c *compiler) qualName(u *codeUnit, name string) string {
	p := u.parent
	if p == nil || p.kind == moduleUnit {
		return name
	}
	if u.kind == functionUnit || u.kind == asyncFunctionUnit || u.kind == classUnit {
		if p.scope.KindOf(symtable.Mangle(p.private, name)) == symtable.GlobalExplicit {
			return name
		}
	}
	if p.kind == functionUnit || p.kind == asyncFunctionUnit || p.kind == lambdaUnit {
		return p.code.QualName + ".<locals>." + name
	}
	return p.code.QualName + "." + name
}

// exitUnit assembles the current unit into its Code and returns to the
// enclosing unit.
func (c *compiler) exitUnit() *bytecode.Code {
	u := c.u
	code := u.code
	// Patch jumps: their Bx holds a label until now.
	for pc, in := range u.instrs {
		if bytecode.Table[in.Op()].Flags&bytecode.FlagJump != 0 {
			target := u.labels[in.Bx()]
			if target < 0 {
				c.internalError("unbound label")
			}
			u.instrs[pc] = in.WithBx(uint32(target))
		}
	}
	// Jump threading: a jump to an unconditional jump goes straight to
	// its target.
	for pc, in := range u.instrs {
		if bytecode.Table[in.Op()].Flags&bytecode.FlagJump == 0 {
			continue
		}
		t := in.Bx()
		for hops := 0; hops < 8 && u.instrs[t].Op() == bytecode.JUMP && u.instrs[t].Bx() != t; hops++ {
			t = u.instrs[t].Bx()
		}
		u.instrs[pc] = in.WithBx(t)
	}
	c.renumberLocals()
	code.Instrs = u.instrs
	code.Positions = u.pos
	code.NumRegs = u.maxReg
	for _, in := range u.instrs {
		if bytecode.Table[in.Op()].Flags&bytecode.FlagCache != 0 {
			code.NumCaches++
		}
	}
	// The exception table: maximal runs of instructions with the same
	// innermost handler, so the ranges never overlap.
	for pc := 0; pc < len(u.handler); {
		h := u.handler[pc]
		end := pc + 1
		for end < len(u.handler) && u.handler[end] == h {
			end++
		}
		if h >= 0 {
			hi := u.handlers[h]
			code.Handlers = append(code.Handlers, bytecode.Handler{
				Start: uint32(pc), End: uint32(end), Target: uint32(u.labels[hi.label]), Reg: uint16(hi.reg),
			})
		}
		pc = end
	}
	var entry []int
	for i := range u.scope.Varnames {
		if u.scope.IsFunctionLike() {
			entry = append(entry, i)
		}
	}
	removeRedundantChecks(code, entry)
	c.u = u.parent
	return code
}

// ---- emission ----

// setLoc makes n's range the position of the instructions that follow and
// returns the previous one, for restoring.
func (c *compiler) setLoc(n syntax.Located) bytecode.Position {
	old := c.u.loc
	l := n.Pos()
	c.u.loc = bytecode.Position{Line: int32(l.Lineno), Col: int32(l.ColOffset), EndLine: int32(l.EndLineno), EndCol: int32(l.EndColOffset)}
	return old
}

// setLine positions the following instructions at the start of a line,
// as a code object's first instructions are.
func (c *compiler) setLine(line int) {
	c.u.loc = bytecode.Position{Line: int32(line), Col: 0, EndLine: int32(line), EndCol: 0}
}

// attrLoc moves the start of the current position to an attribute's name
// when the attribute spans lines (update_start_location_to_match_attr).
func (c *compiler) attrLoc(a *syntax.Attribute) {
	l := &c.u.loc
	if int(l.Line) == a.EndLineno {
		return
	}
	l.Line = int32(a.EndLineno)
	n := int32(len([]rune(a.Attr)))
	if n <= int32(a.EndColOffset) {
		l.Col = int32(a.EndColOffset) - n
	} else {
		l.Col, l.EndCol = -1, -1
	}
	l.EndLine = max(l.Line, l.EndLine)
	if l.Line == l.EndLine {
		l.EndCol = max(l.Col, l.EndCol)
	}
}

// emit appends an instruction at the current position and returns its pc.
func (c *compiler) emit(in bytecode.Instr) int {
	u := c.u
	u.instrs = append(u.instrs, in)
	u.pos = append(u.pos, u.loc)
	u.handler = append(u.handler, int32(c.currentHandler()))
	return len(u.instrs) - 1
}

// op emits an instruction with three operands.
func (c *compiler) op(op bytecode.Op, a, b, cc int) {
	c.checkOperand(a)
	c.checkOperand(b)
	c.checkOperand(cc)
	c.emit(bytecode.Make(op, a, b, cc))
}

// opSpare emits an instruction with three operands and spare bits.
func (c *compiler) opSpare(op bytecode.Op, a, b, cc int, spare uint8) {
	c.checkOperand(a)
	c.checkOperand(b)
	c.checkOperand(cc)
	c.emit(bytecode.Make(op, a, b, cc) | bytecode.Instr(spare)<<56)
}

// opBx emits an instruction with A and Bx operands.
func (c *compiler) opBx(op bytecode.Op, a, bx int) {
	c.checkOperand(a)
	c.emit(bytecode.MakeBx(op, a, uint32(bx)))
}

func (c *compiler) checkOperand(v int) {
	if v < 0 || v > bytecode.MaxOperand {
		c.unsupported("a code object needing more than 65535 registers or constants")
	}
}

// ---- labels ----

// newLabel returns a fresh, unbound label.
func (c *compiler) newLabel() int {
	c.u.labels = append(c.u.labels, -1)
	return len(c.u.labels) - 1
}

// bind places label l at the next instruction.
func (c *compiler) bind(l int) {
	c.u.labels[l] = len(c.u.instrs)
	c.u.lastBind = len(c.u.instrs)
}

// reachable reports whether the next instruction can be reached: the
// previous one falls through, or a label points at it.
func (c *compiler) reachable() bool {
	u := c.u
	n := len(u.instrs)
	if n == 0 || u.lastBind == n {
		return true
	}
	return bytecode.Table[u.instrs[n-1].Op()].Flags&bytecode.FlagTerminator == 0
}

// jump emits an unconditional jump to label l.
func (c *compiler) jump(l int) {
	if c.reachable() {
		c.opBx(bytecode.JUMP, 0, l)
	}
}

// jumpIfReg emits a jump to l taken when the truth of R[r] is cond.
func (c *compiler) jumpIfReg(r int, cond bool, l int) {
	if cond {
		c.opBx(bytecode.JUMPIFTRUE, r, l)
	} else {
		c.opBx(bytecode.JUMPIFFALSE, r, l)
	}
}

// ---- constants ----

// constIndex returns the index of constant v in the pool, adding it.
func (c *compiler) constIndex(v bytecode.Constant) int {
	u := c.u
	key, ok := constKey(v)
	if ok {
		if k, ok := u.consts[key]; ok {
			return k
		}
	}
	k := len(u.code.Consts)
	u.code.Consts = append(u.code.Consts, v)
	if ok {
		u.consts[key] = k
	}
	return k
}

// nameIndex returns the constant index of a name.
func (c *compiler) nameIndex(name string) int {
	return c.constIndex(syntax.StrConst(name))
}

// mangle applies private name mangling in the current unit.
func (c *compiler) mangle(name string) string { return symtable.Mangle(c.u.private, name) }

// constKey returns a key identifying a constant by type and value (so that
// 1, 1.0 and True stay distinct, and -0.0 differs from 0.0), and false for
// constants that are never shared (code objects).
func constKey(v bytecode.Constant) (string, bool) {
	switch v := v.(type) {
	case syntax.NoneConst:
		return "N", true
	case syntax.EllipsisConst:
		return "E", true
	case syntax.BoolConst:
		if v {
			return "b1", true
		}
		return "b0", true
	case syntax.IntConst:
		return "i" + v.V.String(), true
	case syntax.FloatConst:
		return fmt.Sprintf("f%x", math.Float64bits(float64(v))), true
	case syntax.ComplexConst:
		return fmt.Sprintf("c%x,%x", math.Float64bits(v.Real), math.Float64bits(v.Imag)), true
	case syntax.StrConst:
		return "s" + string(v), true
	case syntax.BytesConst:
		return "y" + string(v), true
	case bytecode.TupleConst:
		return seqKey("t", v)
	case bytecode.FrozensetConst:
		return seqKey("z", v)
	}
	return "", false
}

func seqKey(prefix string, items []bytecode.Constant) (string, bool) {
	var b strings.Builder
	b.WriteString(prefix)
	b.WriteString("(")
	for _, it := range items {
		k, ok := constKey(it)
		if !ok {
			return "", false
		}
		fmt.Fprintf(&b, "%d:%s", len(k), k)
	}
	b.WriteString(")")
	return b.String(), true
}

// toConstant converts a folded value to a bytecode constant.
func toConstant(v syntax.ConstValue) bytecode.Constant {
	if t, ok := v.(tupleConst); ok {
		out := make(bytecode.TupleConst, len(t))
		for i, x := range t {
			out[i] = toConstant(x)
		}
		return out
	}
	return v
}

// loadConst emits the load of a constant into register r.
func (c *compiler) loadConst(v bytecode.Constant, r int) {
	switch v := v.(type) {
	case syntax.NoneConst:
		c.op(bytecode.LOADNONE, r, 0, 0)
		return
	case syntax.BoolConst:
		if v {
			c.op(bytecode.LOADTRUE, r, 0, 0)
		} else {
			c.op(bytecode.LOADFALSE, r, 0, 0)
		}
		return
	}
	c.opBx(bytecode.LOADCONST, r, c.constIndex(v))
}

// ---- frame blocks and handlers ----

// newHandler creates an exception handler starting at label l that
// receives the exception in register reg.
func (c *compiler) newHandler(l, reg int) int {
	c.u.handlers = append(c.u.handlers, handlerInfo{label: l, reg: reg})
	return len(c.u.handlers) - 1
}

// currentHandler is the handler of the innermost block that has one.
func (c *compiler) currentHandler() int {
	bs := c.u.blocks
	for i := len(bs) - 1; i >= 0; i-- {
		if bs[i].handler >= 0 {
			return bs[i].handler
		}
	}
	return -1
}

func (c *compiler) pushBlock(b block) {
	c.u.blocks = append(c.u.blocks, b)
}

func (c *compiler) popBlock() { c.u.blocks = c.u.blocks[:len(c.u.blocks)-1] }

// unwindBlock emits the exit from block b for break, continue or return
// (compiler_unwind_fblock); b is already popped.
func (c *compiler) unwindBlock(b block) {
	switch b.kind {
	case bFinallyTry:
		mark := c.u.temp
		c.stmts(b.final)
		c.u.temp = mark
	case bFinallyEnd:
		c.op(bytecode.POPEXCEPT, b.reg, 0, 0)
	case bFor:
		if b.own {
			c.op(bytecode.ENDFOR, b.reg, 0, 0)
		}
	case bWith, bAsyncWith:
		old := c.setLoc(b.stmt)
		e := c.allocTemp()
		c.op(bytecode.LOADEMPTY, e, 0, 0)
		c.op(bytecode.WITHEXIT, e, b.reg, e)
		if b.kind == bAsyncWith {
			c.await(e, e, 2)
		}
		c.freeTo(e)
		c.u.loc = old
	case bHandler:
		c.op(bytecode.POPEXCEPT, b.reg, 0, 0)
		if b.name != "" {
			c.clearName(b.name)
		}
	}
}

// needsUnwind reports whether leaving the blocks above index stop emits
// code.
func (c *compiler) needsUnwind(stop int) bool {
	for i := len(c.u.blocks) - 1; i > stop; i-- {
		switch c.u.blocks[i].kind {
		case bFinallyTry, bFinallyEnd, bWith, bAsyncWith, bHandler:
			return true
		}
	}
	return false
}

// unwindTo unwinds the blocks above index stop (-1: all of them), innermost
// first, each compiled outside of itself, then restores the stack.
func (c *compiler) unwindTo(stop int) {
	saved := c.u.blocks
	for i := len(saved) - 1; i > stop; i-- {
		c.u.blocks = saved[:i:i]
		c.unwindBlock(saved[i])
	}
	c.u.blocks = saved
}

// innermostLoop returns the index of the innermost loop block, or -1.
func (c *compiler) innermostLoop() int {
	for i := len(c.u.blocks) - 1; i >= 0; i-- {
		if k := c.u.blocks[i].kind; k == bWhile || k == bFor {
			return i
		}
	}
	return -1
}

// errorf builds an internal error.
func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }

// noteUse records the first use of a fast local: co_varnames lists the
// locals other than parameters in that order (compile.c adds a name to
// u_varnames when it first emits a FAST instruction for it).
func (u *codeUnit) noteUse(name string) {
	if u.used == nil {
		u.used = map[string]bool{}
	}
	if !u.used[name] {
		u.used[name] = true
		u.useOrder = append(u.useOrder, name)
	}
}

// renumberLocals puts the non-parameter locals in order of first use and
// drops the ones no instruction uses (a local that is only annotated),
// renumbering the registers of every instruction and handler.
func (c *compiler) renumberLocals() {
	u := c.u
	code := u.code
	if !u.scope.IsFunctionLike() {
		return
	}
	nparams := len(u.scope.Varnames)
	old := code.Varnames
	names := append([]string(nil), old[:nparams]...)
	for _, n := range u.useOrder {
		if r := u.fast[n]; r >= nparams {
			names = append(names, n)
		}
	}
	same := len(names) == len(old)
	for i := range names {
		if same && names[i] != old[i] {
			same = false
		}
	}
	if same {
		return
	}
	dropped := len(old) - len(names)
	newReg := make([]int, len(old))
	for i := range newReg {
		newReg[i] = -1
	}
	for i, n := range names {
		newReg[u.fast[n]] = i
	}
	remap := func(r int) int {
		if r == noReg {
			return r
		}
		if r < len(old) {
			if newReg[r] < 0 {
				c.internalError("unused local %s has a register operand", old[r])
			}
			return newReg[r]
		}
		return r - dropped
	}
	for pc, in := range u.instrs {
		info := bytecode.Table[in.Op()]
		a, b, cc := in.A(), in.B(), in.C()
		if info.A == bytecode.ModeReg {
			a = remap(a)
		}
		if info.HasBx {
			u.instrs[pc] = bytecode.MakeBx(in.Op(), a, in.Bx()) | in&(0xff<<56)
			continue
		}
		if info.B == bytecode.ModeReg {
			b = remap(b)
		}
		if info.C == bytecode.ModeReg {
			cc = remap(cc)
		}
		u.instrs[pc] = bytecode.Make(in.Op(), a, b, cc) | in&(0xff<<56)
	}
	for i := range u.handlers {
		u.handlers[i].reg = remap(u.handlers[i].reg)
	}
	for i, n := range names {
		u.fast[n] = i
	}
	code.Varnames = names
	code.CellBase -= dropped
	u.tempBase -= dropped
	u.maxReg -= dropped
}
