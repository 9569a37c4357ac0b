package compile

// This file compiles expressions. exprTo evaluates an expression into a
// given register; exprAny into whatever register is cheapest (a fast
// local's own register when that is safe, else a fresh temporary).
//
// The destination register may be a fast local (`a = b + c` is one ADD
// into a's register). That is safe only when the destination is written
// once, by the last instruction, after every operand has been read and
// every exception could have been raised: the forms for which singleWrite
// holds. Other forms (and/or, conditional expressions, comparison chains,
// calls) are evaluated into a temporary and moved.
//
// A fast local's register stands for its value only as long as nothing
// evaluated later can assign to it; within an expression only a walrus
// can, so locals that are walrus targets are copied before use.

import (
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/symtable"
	"github.com/hotloop/hotloop/vm/syntax"
)

// maxDirect is the number of display items or call arguments above which
// displays are built incrementally instead of from consecutive registers
// (compile.c's STACK_USE_GUIDELINE).
const maxDirect = 30

// exprTo compiles e so that its value ends in register dst.
func (c *compiler) exprTo(e syntax.Expr, dst int) {
	old := c.setLoc(e)
	if !c.isTemp(dst) && !singleWrite(e) {
		t := c.allocTemp()
		c.expr1(e, t)
		c.u.loc = old
		c.op(bytecode.MOVE, dst, t, 0)
		c.freeTo(t)
		return
	}
	c.expr1(e, dst)
	c.u.loc = old
}

// exprAny compiles e and returns the register holding its value: the
// register of a fast local read directly, or a new temporary.
func (c *compiler) exprAny(e syntax.Expr) int {
	if k, ok := e.(*syntax.Constant); ok && c.u.hoisted != nil {
		if key, ok := constKey(k.Value); ok {
			if r, ok := c.u.hoisted[key]; ok {
				return r
			}
		}
	}
	if n, ok := e.(*syntax.Name); ok {
		if r, ok := c.fastReg(n.Id); ok && !c.u.walrus[c.mangle(n.Id)] {
			old := c.setLoc(n)
			c.checkBound(c.mangle(n.Id), r)
			c.u.loc = old
			return r
		}
	}
	t := c.allocTemp()
	c.exprTo(e, t)
	return t
}

// exprTemp compiles e into a new temporary.
func (c *compiler) exprTemp(e syntax.Expr) int {
	t := c.allocTemp()
	c.exprTo(e, t)
	return t
}

// singleWrite reports whether compiling e into a register writes it only
// with its last instruction.
func singleWrite(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Constant, *syntax.Name, *syntax.BinOp, *syntax.UnaryOp,
		*syntax.Attribute, *syntax.Subscript, *syntax.JoinedStr, *syntax.Lambda,
		*syntax.Yield, *syntax.YieldFrom, *syntax.Slice:
		return true
	case *syntax.Compare:
		return len(e.Ops) == 1
	case *syntax.Tuple:
		return len(e.Elts) <= maxDirect && !hasStarred(e.Elts)
	case *syntax.List:
		return len(e.Elts) < 3 && !hasStarred(e.Elts)
	case *syntax.Set:
		return len(e.Elts) < 3 && !hasStarred(e.Elts)
	case *syntax.Dict:
		if len(e.Keys) > 15 {
			return false
		}
		for _, k := range e.Keys {
			if k == nil {
				return false
			}
		}
		return true
	}
	return false
}

func hasStarred(elts []syntax.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// expr1 compiles e into dst; the position is already e's.
func (c *compiler) expr1(e syntax.Expr, dst int) {
	switch e := e.(type) {
	case *syntax.Constant:
		c.loadConst(e.Value, dst)
	case *syntax.Name:
		if e.Id == "__debug__" {
			c.loadConst(syntax.BoolConst(true), dst)
			return
		}
		c.loadName(e.Id, dst)
	case *syntax.BinOp:
		if v, ok := constValue(e); ok {
			c.loadConst(toConstant(v), dst)
			return
		}
		mark := c.u.temp
		l := c.exprAny(e.Left)
		r := c.exprAny(e.Right)
		c.op(binaryOps[e.Op], dst, l, r)
		c.freeTo(mark)
	case *syntax.UnaryOp:
		if v, ok := constValue(e); ok {
			c.loadConst(toConstant(v), dst)
			return
		}
		mark := c.u.temp
		v := c.exprAny(e.Operand)
		var op bytecode.Op
		switch e.Op {
		case syntax.Not:
			op = bytecode.NOT
		case syntax.USub:
			op = bytecode.NEG
		case syntax.UAdd:
			op = bytecode.POS
		default:
			op = bytecode.INVERT
		}
		c.op(op, dst, v, 0)
		c.freeTo(mark)
	case *syntax.BoolOp:
		end := c.newLabel()
		for i, v := range e.Values {
			c.exprTo(v, dst)
			if i < len(e.Values)-1 {
				c.jumpIfReg(dst, e.Op == syntax.Or, end)
			}
		}
		c.bind(end)
	case *syntax.Compare:
		c.compare(e, dst)
	case *syntax.IfExp:
		elseL, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, elseL, false)
		c.exprTo(e.Body, dst)
		c.jump(end)
		c.bind(elseL)
		c.exprTo(e.Orelse, dst)
		c.bind(end)
	case *syntax.NamedExpr:
		c.exprTo(e.Value, dst)
		c.store(e.Target, dst)
	case *syntax.Call:
		c.call(e, dst)
	case *syntax.Attribute:
		mark := c.u.temp
		obj := c.exprAny(e.Value)
		c.attrLoc(e)
		c.op(bytecode.LOADATTR, dst, obj, c.nameIndex(c.mangle(e.Attr)))
		c.freeTo(mark)
	case *syntax.Subscript:
		if v, ok := constValue(e); ok {
			c.loadConst(toConstant(v), dst)
			return
		}
		c.checkSubscript(e.Value, e.Slice)
		mark := c.u.temp
		obj := c.exprAny(e.Value)
		key := c.exprAny(e.Slice)
		c.op(bytecode.GETITEM, dst, obj, key)
		c.freeTo(mark)
	case *syntax.Slice:
		mark := c.u.temp
		n := 2
		if e.Step != nil {
			n = 3
		}
		t := c.allocTemps(n)
		c.optionalTo(e.Lower, t)
		c.optionalTo(e.Upper, t+1)
		if e.Step != nil {
			c.exprTo(e.Step, t+2)
		}
		c.op(bytecode.BUILDSLICE, dst, t, n)
		c.freeTo(mark)
	case *syntax.Tuple:
		c.tuple(e, dst)
	case *syntax.List:
		c.listOrSet(e.Elts, dst, false)
	case *syntax.Set:
		c.listOrSet(e.Elts, dst, true)
	case *syntax.Dict:
		c.dict(e, dst)
	case *syntax.JoinedStr:
		c.joinedStr(e, dst)
	case *syntax.FormattedValue:
		c.formattedValue(e, dst)
	case *syntax.Lambda:
		c.lambda(e, dst)
	case *syntax.ListComp:
		c.comprehension(e, "<listcomp>", e.Generators, e.Elt, nil, dst)
	case *syntax.SetComp:
		c.comprehension(e, "<setcomp>", e.Generators, e.Elt, nil, dst)
	case *syntax.DictComp:
		c.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value, dst)
	case *syntax.GeneratorExp:
		c.comprehension(e, "<genexpr>", e.Generators, e.Elt, nil, dst)
	case *syntax.Yield:
		mark := c.u.temp
		var v int
		if e.Value != nil {
			v = c.exprAny(e.Value)
		} else {
			v = c.allocTemp()
			c.op(bytecode.LOADNONE, v, 0, 0)
		}
		c.op(bytecode.YIELDVALUE, dst, v, 0)
		c.freeTo(mark)
	case *syntax.YieldFrom:
		mark := c.u.temp
		v := c.exprTemp(e.Value)
		c.op(bytecode.GETITER, v, v, 0)
		c.op(bytecode.YIELDFROM, dst, v, 0)
		c.freeTo(mark)
	case *syntax.Await:
		mark := c.u.temp
		v := c.exprAny(e.Value)
		c.await(v, dst, 0)
		c.freeTo(mark)
	case *syntax.Starred:
		c.internalError("starred expression outside a display or call")
	default:
		c.internalError("unknown expression %T", e)
	}
}

// optionalTo compiles e into r, or None when e is nil.
func (c *compiler) optionalTo(e syntax.Expr, r int) {
	if e == nil {
		c.op(bytecode.LOADNONE, r, 0, 0)
		return
	}
	c.exprTo(e, r)
}

// binaryOps maps AST operators to opcodes.
var binaryOps = [...]bytecode.Op{
	syntax.Add: bytecode.ADD, syntax.Sub: bytecode.SUB, syntax.Mult: bytecode.MUL,
	syntax.MatMult: bytecode.MATMUL, syntax.Div: bytecode.TRUEDIV, syntax.Mod: bytecode.MOD,
	syntax.Pow: bytecode.POW, syntax.LShift: bytecode.LSHIFT, syntax.RShift: bytecode.RSHIFT,
	syntax.BitOr: bytecode.BITOR, syntax.BitXor: bytecode.BITXOR, syntax.BitAnd: bytecode.BITAND,
	syntax.FloorDiv: bytecode.FLOORDIV,
}

// compareOps maps AST comparison operators to opcodes.
var compareOps = [...]bytecode.Op{
	syntax.Eq: bytecode.EQ, syntax.NotEq: bytecode.NE, syntax.Lt: bytecode.LT,
	syntax.LtE: bytecode.LE, syntax.Gt: bytecode.GT, syntax.GtE: bytecode.GE,
	syntax.Is: bytecode.IS, syntax.IsNot: bytecode.ISNOT, syntax.In: bytecode.IN,
	syntax.NotIn: bytecode.NOTIN,
}

// compare compiles a comparison; a chain evaluates each operand once and
// stops at the first false result, as CPython.
func (c *compiler) compare(e *syntax.Compare, dst int) {
	c.checkCompare(e)
	mark := c.u.temp
	left := c.exprAny(e.Left)
	end := -1
	for i, op := range e.Ops {
		right := c.compareOperand(op, e.Comparators[i])
		c.op(compareOps[op], dst, left, right)
		if i < len(e.Ops)-1 {
			if end < 0 {
				end = c.newLabel()
			}
			c.jumpIfReg(dst, false, end)
		}
		left = right
	}
	if end >= 0 {
		c.bind(end)
	}
	c.freeTo(mark)
}

// compareOperand compiles the right operand of a comparison; for `in` and
// `not in`, a list or set display of constants becomes a constant tuple or
// frozenset, as CPython's optimizer does.
func (c *compiler) compareOperand(op syntax.CmpOp, e syntax.Expr) int {
	if op == syntax.In || op == syntax.NotIn {
		var elts []syntax.Expr
		isSet := false
		switch d := e.(type) {
		case *syntax.List:
			elts = d.Elts
		case *syntax.Set:
			elts, isSet = d.Elts, true
		}
		if elts != nil {
			if vals, ok := constElts(elts); ok {
				t := c.allocTemp()
				old := c.setLoc(e)
				if isSet {
					c.loadConst(bytecode.FrozensetConst(vals), t)
				} else {
					c.loadConst(bytecode.TupleConst(vals), t)
				}
				c.u.loc = old
				return t
			}
		}
	}
	return c.exprAny(e)
}

// constElts returns the folded values of elts if all are constants.
func constElts(elts []syntax.Expr) ([]bytecode.Constant, bool) {
	out := make([]bytecode.Constant, len(elts))
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			return nil, false
		}
		v, ok := constValue(e)
		if !ok {
			return nil, false
		}
		out[i] = toConstant(v)
	}
	return out, true
}

// jumpIf compiles a test that jumps to label l when its truth is cond and
// falls through otherwise, short-circuiting `not`, `and` and `or`
// (compiler_jump_if).
//
// The conditional jumps themselves carry the caller's location (the if or
// while statement, the conditional expression), as CPython 3.11's do: a
// truth test that raises (`__bool__` returning an int) is reported with
// that range, which for a statement spanning lines prints no carets.
func (c *compiler) jumpIf(e syntax.Expr, l int, cond bool) {
	c.jumpIfAt(e, l, cond, c.u.loc)
}

func (c *compiler) jumpIfAt(e syntax.Expr, l int, cond bool, at bytecode.Position) {
	old := c.setLoc(e)
	defer func() { c.u.loc = old }()
	if v, ok := constValue(e); ok {
		if truth(v) == cond {
			c.jump(l)
		}
		return
	}
	switch e := e.(type) {
	case *syntax.UnaryOp:
		if e.Op == syntax.Not {
			c.jumpIfAt(e.Operand, l, !cond, at)
			return
		}
	case *syntax.BoolOp:
		isOr := e.Op == syntax.Or
		n := len(e.Values)
		if isOr == cond {
			// Any operand decides: each jumps to l.
			for _, v := range e.Values {
				c.jumpIfAt(v, l, cond, at)
			}
			return
		}
		next := c.newLabel()
		for _, v := range e.Values[:n-1] {
			c.jumpIfAt(v, next, !cond, at)
		}
		c.jumpIfAt(e.Values[n-1], l, cond, at)
		c.bind(next)
		return
	}
	if cmp, ok := e.(*syntax.Compare); ok {
		c.lastJumpCompare = cmp
	}
	mark := c.u.temp
	r := c.exprAny(e)
	c.u.loc = at
	c.jumpIfReg(r, cond, l)
	c.freeTo(mark)
}

// ---- displays ----

// tuple compiles a tuple display.
func (c *compiler) tuple(e *syntax.Tuple, dst int) {
	if v, ok := constValue(e); ok {
		c.loadConst(toConstant(v), dst)
		return
	}
	if len(e.Elts) <= maxDirect && !hasStarred(e.Elts) {
		mark := c.u.temp
		t := c.u.temp
		c.evalInto(e.Elts, t)
		c.op(bytecode.BUILDTUPLE, dst, t, len(e.Elts))
		c.freeTo(mark)
		return
	}
	c.sequenceInto(e.Elts, dst, bytecode.BUILDLIST, bytecode.LISTAPPEND, bytecode.LISTEXTEND)
	c.op(bytecode.LISTTOTUPLE, dst, dst, 0)
}

// listOrSet compiles a list or set display.
func (c *compiler) listOrSet(elts []syntax.Expr, dst int, isSet bool) {
	build, add, extend := bytecode.BUILDLIST, bytecode.LISTAPPEND, bytecode.LISTEXTEND
	if isSet {
		build, add, extend = bytecode.BUILDSET, bytecode.SETADD, bytecode.SETUPDATE
	}
	if len(elts) >= 3 {
		if vals, ok := constElts(elts); ok {
			c.op(build, dst, dst, 0)
			t := c.allocTemp()
			if isSet {
				c.loadConst(bytecode.FrozensetConst(vals), t)
			} else {
				c.loadConst(bytecode.TupleConst(vals), t)
			}
			c.op(extend, dst, t, 0)
			c.freeTo(t)
			return
		}
	}
	c.sequenceInto(elts, dst, build, add, extend)
}

// sequenceInto builds a list or set of elts (which may hold starred items)
// in dst: the leading plain items at once, the rest one by one.
func (c *compiler) sequenceInto(elts []syntax.Expr, dst int, build, add, extend bytecode.Op) {
	mark := c.u.temp
	n := 0
	for n < len(elts) && n < maxDirect {
		if _, ok := elts[n].(*syntax.Starred); ok {
			break
		}
		n++
	}
	t := c.u.temp
	c.evalInto(elts[:n], t)
	if n == 0 {
		t = dst
	}
	c.op(build, dst, t, n)
	c.freeTo(mark)
	for _, x := range elts[n:] {
		if s, ok := x.(*syntax.Starred); ok {
			v := c.exprAny(s.Value)
			c.op(extend, dst, v, 0)
		} else {
			v := c.exprAny(x)
			c.op(add, dst, v, 0)
		}
		c.freeTo(mark)
	}
}

// dict compiles a dict display: keys before values, left to right.
func (c *compiler) dict(e *syntax.Dict, dst int) {
	mark := c.u.temp
	if singleWrite(e) {
		n := len(e.Keys)
		t := c.u.temp
		pairs := make([]syntax.Expr, 0, 2*n)
		for i := range e.Keys {
			pairs = append(pairs, e.Keys[i], e.Values[i])
		}
		c.evalInto(pairs, t)
		if n == 0 {
			t = dst
		}
		c.op(bytecode.BUILDDICT, dst, t, n)
		c.freeTo(mark)
		return
	}
	c.op(bytecode.BUILDDICT, dst, dst, 0)
	for i, k := range e.Keys {
		if k == nil {
			v := c.exprAny(e.Values[i])
			c.op(bytecode.DICTUPDATE, dst, v, 0)
		} else {
			kr := c.exprAny(k)
			vr := c.exprAny(e.Values[i])
			c.op(bytecode.DICTSET, dst, kr, vr)
		}
		c.freeTo(mark)
	}
}

// ---- f-strings ----

// conversions maps an f-string conversion character to FORMAT's code.
func conversionCode(conv int) uint8 {
	switch conv {
	case 's':
		return 1
	case 'r':
		return 2
	case 'a':
		return 3
	}
	return 0
}

func (c *compiler) formattedValue(e *syntax.FormattedValue, dst int) {
	mark := c.u.temp
	v := c.exprAny(e.Value)
	spec := bytecode.MaxOperand
	if e.FormatSpec != nil {
		spec = c.exprTemp(e.FormatSpec)
	}
	c.opSpare(bytecode.FORMAT, dst, v, spec, conversionCode(e.Conversion))
	c.freeTo(mark)
}

func (c *compiler) joinedStr(e *syntax.JoinedStr, dst int) {
	switch len(e.Values) {
	case 0:
		c.loadConst(syntax.StrConst(""), dst)
		return
	case 1:
		switch v := e.Values[0].(type) {
		case *syntax.FormattedValue:
			c.formattedValue(v, dst)
			return
		case *syntax.Constant:
			c.loadConst(v.Value, dst)
			return
		}
	}
	mark := c.u.temp
	t := c.u.temp
	c.evalInto(e.Values, t)
	c.op(bytecode.BUILDSTRING, dst, t, len(e.Values))
	c.freeTo(mark)
}

// ---- names ----

// nameOp is how a name is reached (compiler_nameop's optype).
type nameOp uint8

const (
	opFast nameOp = iota
	opDeref
	opGlobal
	opName
)

// resolve returns how the (mangled) name is reached in the current unit.
func (c *compiler) resolve(mangled string) nameOp {
	u := c.u
	switch u.scope.KindOf(mangled) {
	case symtable.Free, symtable.Cell:
		return opDeref
	case symtable.Local:
		if u.scope.IsFunctionLike() {
			return opFast
		}
	case symtable.GlobalImplicit:
		if u.scope.IsFunctionLike() {
			return opGlobal
		}
	case symtable.GlobalExplicit:
		return opGlobal
	}
	return opName
}

// fastReg returns the register of name when it is a fast local.
func (c *compiler) fastReg(name string) (int, bool) {
	m := c.mangle(name)
	if c.resolve(m) != opFast {
		return 0, false
	}
	r, ok := c.u.fast[m]
	if ok {
		c.u.noteUse(m)
	}
	return r, ok
}

// checkBound emits the unbound-local check for a fast local unless it is
// certainly bound here.
func (c *compiler) checkBound(mangled string, r int) {
	if c.u.alwaysBound[mangled] {
		return
	}
	c.opBx(bytecode.CHECKBOUND, r, c.nameIndex(mangled))
}

// cellIndex returns the cell/free index of a name.
func (c *compiler) cellIndex(mangled string) int {
	k, ok := c.u.cellIdx[mangled]
	if !ok {
		c.internalError("no cell for %s", mangled)
	}
	return k
}

// loadName loads a variable into dst.
func (c *compiler) loadName(name string, dst int) {
	m := c.mangle(name)
	switch c.resolve(m) {
	case opFast:
		r := c.u.fast[m]
		c.u.noteUse(m)
		c.checkBound(m, r)
		if r != dst {
			c.op(bytecode.MOVE, dst, r, 0)
		}
	case opDeref:
		if c.u.kind == classUnit {
			c.op(bytecode.LOADCLASSDEREF, dst, c.cellIndex(m), c.nameIndex(m))
		} else {
			c.op(bytecode.LOADDEREF, dst, c.cellIndex(m), 0)
		}
	case opGlobal:
		c.opBx(bytecode.LOADGLOBAL, dst, c.nameIndex(m))
	default:
		c.opBx(bytecode.LOADNAME, dst, c.nameIndex(m))
	}
}

// storeName assigns register src to a variable.
func (c *compiler) storeName(name string, src int) {
	m := c.mangle(name)
	switch c.resolve(m) {
	case opFast:
		r := c.u.fast[m]
		c.u.noteUse(m)
		if r != src {
			c.op(bytecode.MOVE, r, src, 0)
		}
	case opDeref:
		c.op(bytecode.STOREDEREF, src, c.cellIndex(m), 0)
	case opGlobal:
		c.opBx(bytecode.STOREGLOBAL, src, c.nameIndex(m))
	default:
		c.opBx(bytecode.STORENAME, src, c.nameIndex(m))
	}
}

// deleteName deletes a variable.
func (c *compiler) deleteName(name string) {
	m := c.mangle(name)
	switch c.resolve(m) {
	case opFast:
		c.u.noteUse(m)
		c.opBx(bytecode.DELFAST, c.u.fast[m], c.nameIndex(m))
	case opDeref:
		c.op(bytecode.DELDEREF, 0, c.cellIndex(m), 0)
	case opGlobal:
		c.opBx(bytecode.DELGLOBAL, 0, c.nameIndex(m))
	default:
		c.opBx(bytecode.DELNAME, 0, c.nameIndex(m))
	}
}

// ---- calls ----

// callBase picks the first register of a call's window: dst itself when it
// is the topmost temporary (the result then lands in place), else a new
// temporary.
func (c *compiler) callBase(dst int) int {
	if c.isTemp(dst) && dst == c.u.temp-1 {
		return dst
	}
	return c.allocTemp()
}

// call compiles a call (compiler_call), as a method call when the callee
// is an attribute and the arguments are simple.
func (c *compiler) call(e *syntax.Call, dst int) {
	c.checkCaller(e.Func)
	mark := c.u.temp
	base := c.callBase(dst)
	simple := !hasStarred(e.Args)
	for _, k := range e.Keywords {
		if k.Arg == "" {
			simple = false
		}
	}
	if attr, ok := e.Func.(*syntax.Attribute); ok && simple && attr.Ctx == syntax.Load && len(e.Args)+len(e.Keywords) < maxDirect {
		c.allocTemp() // base+1: self
		obj := -1
		if n, ok := attr.Value.(*syntax.Name); ok {
			if r, ok := c.fastReg(n.Id); ok && !c.u.walrus[c.mangle(n.Id)] {
				old := c.setLoc(n)
				c.checkBound(c.mangle(n.Id), r)
				c.u.loc = old
				obj = r
			}
		}
		if obj < 0 {
			c.exprTo(attr.Value, base+1)
			obj = base + 1
		}
		old := c.setLoc(attr)
		c.attrLoc(attr)
		c.op(bytecode.LOADMETHOD, base, obj, c.nameIndex(c.mangle(attr.Attr)))
		c.u.loc = old
		kw := c.simpleArgs(e, base+2)
		old = c.setLoc(e)
		c.attrLoc(attr)
		c.op(bytecode.CALLMETHOD, base, len(e.Args)+len(e.Keywords), kw)
		c.u.loc = old
	} else {
		c.exprTo(e.Func, base)
		if simple {
			kw := c.simpleArgs(e, base+1)
			c.op(bytecode.CALL, base, len(e.Args)+len(e.Keywords), kw)
		} else {
			c.callEx(base, e.Args, e.Keywords)
		}
	}
	if base != dst {
		c.op(bytecode.MOVE, dst, base, 0)
	}
	c.freeTo(mark)
}

// simpleArgs evaluates positional then keyword arguments into consecutive
// registers from first, and returns CALL's C operand.
func (c *compiler) simpleArgs(e *syntax.Call, first int) int {
	c.evalInto(e.Args, first)
	if len(e.Keywords) == 0 {
		return 0
	}
	names := make(bytecode.TupleConst, len(e.Keywords))
	vals := make([]syntax.Expr, len(e.Keywords))
	for i, k := range e.Keywords {
		vals[i] = k.Value
		names[i] = syntax.StrConst(k.Arg)
	}
	c.evalInto(vals, first+len(e.Args))
	return 1 + c.constIndex(names)
}

// evalInto evaluates es into consecutive registers from first, reserving
// each just before its expression is compiled, so that a call among them
// leaves its result in place. The registers stay reserved.
func (c *compiler) evalInto(es []syntax.Expr, first int) {
	for i, e := range es {
		r := first + i
		if r >= c.u.temp {
			c.allocTemps(r + 1 - c.u.temp)
		}
		c.exprTo(e, r)
	}
}

// callEx compiles the arguments of a call with *args or **kwargs into
// base+1 (a tuple, or the single starred iterable) and base+2 (a dict or
// empty), then CALLEX. The callee is already in base.
func (c *compiler) callEx(base int, args []syntax.Expr, kws []*syntax.Keyword) {
	if c.u.temp < base+3 {
		c.allocTemps(base + 3 - c.u.temp)
	}
	mark := c.u.temp
	if len(args) == 1 {
		if s, ok := args[0].(*syntax.Starred); ok {
			c.exprTo(s.Value, base+1)
			goto kwargs
		}
	}
	if hasStarred(args) || len(args) > maxDirect {
		c.sequenceInto(args, base+1, bytecode.BUILDLIST, bytecode.LISTAPPEND, bytecode.LISTEXTEND)
		c.op(bytecode.LISTTOTUPLE, base+1, base+1, 0)
	} else {
		t := c.allocTemps(len(args))
		for i, a := range args {
			c.exprTo(a, t+i)
		}
		if len(args) == 0 {
			t = base + 1
		}
		c.op(bytecode.BUILDTUPLE, base+1, t, len(args))
		c.freeTo(mark)
	}
kwargs:
	c.kwargsDict(base+2, kws)
	c.op(bytecode.CALLEX, base, 0, 0)
	c.freeTo(mark)
}

// ---- functions and comprehensions ----

// makeFunction emits MAKEFUNCTION for child code into dst. fill, if not
// nil, evaluates defaults, keyword defaults and annotations into the three
// registers it is given and reports which it set.
func (c *compiler) makeFunction(child *bytecode.Code, dst int, fill func(q int) [3]bool) {
	mark := c.u.temp
	q := c.allocTemps(4)
	var set [3]bool
	if fill != nil {
		set = fill(q)
	}
	for i, ok := range set {
		if !ok {
			c.op(bytecode.LOADEMPTY, q+i, 0, 0)
		}
	}
	if len(child.Freevars) == 0 {
		c.op(bytecode.LOADEMPTY, q+3, 0, 0)
	} else {
		t := c.allocTemps(len(child.Freevars))
		for i, name := range child.Freevars {
			k, ok := c.u.cellIdx[name]
			if !ok {
				c.internalError("closure variable %s not found", name)
			}
			c.op(bytecode.LOADCLOSURE, t+i, k, 0)
		}
		c.op(bytecode.BUILDTUPLE, q+3, t, len(child.Freevars))
	}
	c.op(bytecode.MAKEFUNCTION, dst, c.constIndex(child), q)
	c.freeTo(mark)
}

// lambda compiles a lambda expression.
func (c *compiler) lambda(e *syntax.Lambda, dst int) {
	fill := func(q int) [3]bool { return c.defaults(e.Args, q, nil, false) }
	c.enterUnit(e, lambdaUnit, "<lambda>", e.Lineno)
	c.u.code.ArgCount = len(e.Args.Posonlyargs) + len(e.Args.Args)
	c.u.code.PosOnlyArgCount = len(e.Args.Posonlyargs)
	c.u.code.KwOnlyArgCount = len(e.Args.Kwonlyargs)
	c.scanLocals(c.u.scope.Varnames, []syntax.Node{e.Body})
	c.setLoc(e.Body)
	r := c.exprAny(e.Body)
	c.op(bytecode.RETURN, r, 0, 0)
	child := c.exitUnit()
	c.makeFunction(child, dst, fill)
}

// comprehension compiles a comprehension as a nested function called with
// the iterator of its first iterable (compiler_comprehension).
func (c *compiler) comprehension(e syntax.Expr, name string, gens []*syntax.Comprehension, elt, val syntax.Expr, dst int) {
	loc := e.(syntax.Located).Pos()
	c.enterUnit(e, comprehensionUnit, name, loc.Lineno)
	u := c.u
	u.code.ArgCount = 1
	nodes := []syntax.Node{elt}
	if val != nil {
		nodes = append(nodes, val)
	}
	for i, g := range gens {
		nodes = append(nodes, g.Target)
		if i > 0 {
			nodes = append(nodes, g.Iter)
		}
		for _, x := range g.Ifs {
			nodes = append(nodes, x)
		}
	}
	c.scanLocals(u.scope.Varnames, nodes)
	c.setLoc(e.(syntax.Located))
	result := -1
	switch e.(type) {
	case *syntax.ListComp:
		result = c.allocTemp()
		c.op(bytecode.BUILDLIST, result, result, 0)
	case *syntax.SetComp:
		result = c.allocTemp()
		c.op(bytecode.BUILDSET, result, result, 0)
	case *syntax.DictComp:
		result = c.allocTemp()
		c.op(bytecode.BUILDDICT, result, result, 0)
	}
	endHoist := c.hoistConstants(nodes)
	c.compLoop(e, gens, 0, elt, val, result)
	endHoist()
	c.setLoc(e.(syntax.Located))
	if result < 0 {
		result = c.allocTemp()
		c.op(bytecode.LOADNONE, result, 0, 0)
	}
	c.op(bytecode.RETURN, result, 0, 0)
	child := c.exitUnit()

	mark := c.u.temp
	base := c.callBase(dst)
	c.allocTemps(base + 2 - c.u.temp)
	c.makeFunction(child, base, nil)
	it := c.exprAny(gens[0].Iter)
	old := c.setLoc(e.(syntax.Located))
	if gens[0].IsAsync != 0 {
		c.op(bytecode.GETAITER, base+1, it, 0)
	} else {
		c.op(bytecode.GETITER, base+1, it, 0)
	}
	c.op(bytecode.CALL, base, 1, 0)
	if _, isGen := e.(*syntax.GeneratorExp); !isGen && child.Flags&bytecode.FlagCoroutine != 0 {
		c.await(base, base, 0)
	}
	if base != dst {
		c.op(bytecode.MOVE, dst, base, 0)
	}
	c.u.loc = old
	c.freeTo(mark)
}

// compLoop compiles generator i of a comprehension and, inside it, the
// following ones and the element.
func (c *compiler) compLoop(e syntax.Expr, gens []*syntax.Comprehension, i int, elt, val syntax.Expr, result int) {
	g := gens[i]
	mark := c.u.temp
	it := c.allocTemps(2)
	if i == 0 {
		c.op(bytecode.MOVE, it, 0, 0) // the implicit parameter .0
	} else {
		v := c.exprAny(g.Iter)
		old := c.setLoc(e.(syntax.Located))
		if g.IsAsync != 0 {
			c.op(bytecode.GETAITER, it, v, 0)
		} else {
			c.op(bytecode.GETITER, it, v, 0)
		}
		c.u.loc = old
		c.freeTo(it + 2)
	}
	top, end := c.newLabel(), c.newLabel()
	c.bind(top)
	old := c.setLoc(e.(syntax.Located))
	if g.IsAsync != 0 {
		c.asyncNext(it, end)
	} else {
		c.opBx(bytecode.FORITER, it, end)
	}
	c.u.loc = old
	c.store(g.Target, it+1)
	for _, cond := range g.Ifs {
		c.jumpIf(cond, top, false)
	}
	if i+1 < len(gens) {
		c.compLoop(e, gens, i+1, elt, val, result)
	} else {
		inner := c.u.temp
		switch e.(type) {
		case *syntax.ListComp:
			v := c.exprAny(elt)
			c.op(bytecode.LISTAPPEND, result, v, 0)
		case *syntax.SetComp:
			v := c.exprAny(elt)
			c.op(bytecode.SETADD, result, v, 0)
		case *syntax.DictComp:
			k := c.exprAny(elt)
			v := c.exprAny(val)
			c.op(bytecode.DICTSET, result, k, v)
		case *syntax.GeneratorExp:
			v := c.exprAny(elt)
			t := c.allocTemp()
			c.op(bytecode.YIELDVALUE, t, v, 0)
		}
		c.freeTo(inner)
	}
	c.jump(top)
	c.bind(end)
	c.freeTo(mark)
}

// kwargsDict builds the keyword arguments dict of a CALLEX in d (empty
// when there are none): each run of plain keywords becomes a dict merged
// in, and each **mapping is merged, so a repeated name raises.
func (c *compiler) kwargsDict(d int, kws []*syntax.Keyword) {
	if len(kws) == 0 {
		c.op(bytecode.LOADEMPTY, d, 0, 0)
		return
	}
	mark := c.u.temp
	started := false
	for i := 0; i < len(kws); {
		if kws[i].Arg == "" {
			if !started {
				c.op(bytecode.BUILDDICT, d, d, 0)
				started = true
			}
			v := c.exprAny(kws[i].Value)
			c.op(bytecode.DICTMERGE, d, v, 0)
			c.freeTo(mark)
			i++
			continue
		}
		j := i
		for j < len(kws) && kws[j].Arg != "" {
			j++
		}
		target := d
		if started {
			target = c.allocTemp()
		}
		t := c.allocTemps(2 * (j - i))
		for k := i; k < j; k++ {
			c.loadConst(syntax.StrConst(kws[k].Arg), t+2*(k-i))
			c.exprTo(kws[k].Value, t+2*(k-i)+1)
		}
		c.op(bytecode.BUILDDICT, target, t, j-i)
		if started {
			c.op(bytecode.DICTMERGE, d, target, 0)
		}
		started = true
		c.freeTo(mark)
		i = j
	}
}
