package compile

// This file compiles statements: module, class and function bodies,
// assignments of every kind, control flow, exception handling (the
// zero-cost exception table of compile.go's frame blocks), with,
// imports, and function and class definitions.
//
// Exception handling follows CPython 3.11's layout. A protected body jumps,
// on an exception, to a handler that receives the exception in a register;
// the handler saves the previous "current exception" with PUSHEXCINFO and
// runs under a cleanup handler that restores it (POPEXCEPT) before
// re-raising, so every way out of an except or finally block restores it.

import (
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/syntax"
)

// noReg is the operand meaning "no register" where an opcode allows it.
const noReg = bytecode.MaxOperand

// module compiles a whole parse into the module's code object.
func (c *compiler) module(mod syntax.ModNode) *bytecode.Code {
	switch m := mod.(type) {
	case *syntax.Module:
		c.enterUnit(m, moduleUnit, "<module>", 1)
		c.body(m.Body, false)
		c.returnNone()
	case *syntax.Interactive:
		c.enterUnit(m, moduleUnit, "<module>", 1)
		if findAnn(m.Body) {
			c.op(bytecode.SETUPANNOTATIONS, 0, 0, 0)
		}
		c.interactive = true
		c.stmts(m.Body)
		c.returnNone()
	case *syntax.Expression:
		c.enterUnit(m, moduleUnit, "<module>", 1)
		r := c.exprAny(m.Body)
		c.op(bytecode.RETURN, r, 0, 0)
	default:
		panic(bailout{errorf("compile: cannot compile a %T", mod)})
	}
	return c.exitUnit()
}

// returnNone ends a code object with `return None`.
func (c *compiler) returnNone() {
	if !c.reachable() {
		return
	}
	r := c.allocTemp()
	c.op(bytecode.LOADNONE, r, 0, 0)
	c.op(bytecode.RETURN, r, 0, 0)
	c.freeTo(r)
}

// docString returns the docstring of a body, if it has one.
func docString(body []syntax.Stmt) (syntax.StrConst, bool) {
	if len(body) == 0 {
		return "", false
	}
	if e, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := e.Value.(*syntax.Constant); ok {
			if s, ok := k.Value.(syntax.StrConst); ok {
				return s, true
			}
		}
	}
	return "", false
}

// body compiles a module or class body (compiler_body): annotations set
// up first, the docstring stored as __doc__.
func (c *compiler) body(stmts []syntax.Stmt, class bool) {
	if findAnn(stmts) {
		c.op(bytecode.SETUPANNOTATIONS, 0, 0, 0)
	}
	if len(stmts) == 0 {
		return
	}
	if !class {
		c.setLoc(stmts[0])
	}
	if _, ok := docString(stmts); ok {
		s := stmts[0].(*syntax.ExprStmt)
		c.setLoc(s)
		r := c.exprTemp(s.Value)
		c.storeName("__doc__", r)
		c.freeTo(r)
		stmts = stmts[1:]
	}
	c.stmts(stmts)
}

// findAnn reports whether a module or class body holds annotated
// assignments, which need __annotations__ (find_ann).
func findAnn(stmts []syntax.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.AsyncFor:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.With:
			if findAnn(s.Body) {
				return true
			}
		case *syntax.AsyncWith:
			if findAnn(s.Body) {
				return true
			}
		case *syntax.Try:
			if tryHasAnn(s.Body, s.Handlers, s.Orelse, s.Finalbody) {
				return true
			}
		case *syntax.TryStar:
			if tryHasAnn(s.Body, s.Handlers, s.Orelse, s.Finalbody) {
				return true
			}
		case *syntax.Match:
			for _, mc := range s.Cases {
				if findAnn(mc.Body) {
					return true
				}
			}
		}
	}
	return false
}

func tryHasAnn(body []syntax.Stmt, hs []*syntax.ExceptHandler, orelse, final []syntax.Stmt) bool {
	for _, h := range hs {
		if findAnn(h.Body) {
			return true
		}
	}
	return findAnn(body) || findAnn(final) || findAnn(orelse)
}

// stmts compiles statements, freeing the temporaries of each.
func (c *compiler) stmts(stmts []syntax.Stmt) {
	for _, s := range stmts {
		mark := c.u.temp
		c.setLoc(s)
		c.stmt(s)
		c.freeTo(mark)
	}
}

// stmt compiles one statement (compiler_visit_stmt); the position is
// already the statement's.
func (c *compiler) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		c.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, functionUnit)
	case *syntax.AsyncFunctionDef:
		c.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, asyncFunctionUnit)
	case *syntax.ClassDef:
		c.classDef(s)
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *syntax.Assign:
		c.assign(s)
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.For:
		c.forStmt(s)
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.If:
		elseL, end := c.newLabel(), c.newLabel()
		c.jumpIf(s.Test, elseL, false)
		c.stmts(s.Body)
		if len(s.Orelse) > 0 {
			c.jump(end)
		}
		c.bind(elseL)
		c.stmts(s.Orelse)
		c.bind(end)
	case *syntax.With:
		c.with(s, 0)
	case *syntax.Raise:
		if s.Exc == nil {
			c.op(bytecode.RAISE, noReg, noReg, 0)
			return
		}
		e := c.exprAny(s.Exc)
		cause := e
		if s.Cause != nil {
			cause = c.exprAny(s.Cause)
		}
		c.setLoc(s)
		c.op(bytecode.RAISE, e, cause, 0)
	case *syntax.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Finalbody, func() {
				if len(s.Handlers) > 0 {
					c.tryExcept(s.Body, s.Handlers, s.Orelse)
				} else {
					c.stmts(s.Body)
				}
			})
		} else {
			c.tryExcept(s.Body, s.Handlers, s.Orelse)
		}
	case *syntax.TryStar:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Finalbody, func() { c.tryStar(s.Body, s.Handlers, s.Orelse) })
		} else {
			c.tryStar(s.Body, s.Handlers, s.Orelse)
		}
	case *syntax.Assert:
		if t, ok := s.Test.(*syntax.Tuple); ok && len(t.Elts) > 0 {
			c.warn("assertion is always true, perhaps remove parentheses?")
		}
		end := c.newLabel()
		c.lastJumpCompare = nil
		c.jumpIf(s.Test, end, true)
		failAt := syntax.Located(s)
		if cmp := c.lastJumpCompare; cmp != nil {
			failAt = cmp
		}
		if s.Msg != nil {
			m := c.exprAny(s.Msg)
			c.setLoc(failAt)
			c.op(bytecode.ASSERTFAIL, m, 0, 0)
		} else {
			c.setLoc(failAt)
			c.op(bytecode.ASSERTFAIL, noReg, 0, 0)
		}
		c.setLoc(s)
		c.bind(end)
	case *syntax.Import:
		c.importStmt(s)
	case *syntax.ImportFrom:
		c.importFrom(s)
	case *syntax.Global, *syntax.Nonlocal, *syntax.Pass:
	case *syntax.ExprStmt:
		if c.interactive && c.u.kind == moduleUnit {
			// The interactive prompt shows the value of each expression
			// statement of the module level.
			r := c.exprAny(s.Value)
			c.op(bytecode.PRINTEXPR, r, 0, 0)
			return
		}
		if _, ok := s.Value.(*syntax.Constant); ok {
			return // no effect, as CPython
		}
		c.exprAny(s.Value)
	case *syntax.Break:
		i := c.innermostLoop()
		if i < 0 {
			c.internalError("'break' outside loop")
		}
		c.unwindTo(i)
		if b := c.u.blocks[i]; b.own {
			c.op(bytecode.ENDFOR, b.reg, 0, 0)
		}
		c.jump(c.u.blocks[i].brk)
	case *syntax.Continue:
		i := c.innermostLoop()
		if i < 0 {
			c.internalError("'continue' not properly in loop")
		}
		c.unwindTo(i)
		c.jump(c.u.blocks[i].cnt)
	case *syntax.Match:
		c.matchStmt(s)
	case *syntax.AsyncFor:
		c.asyncFor(s)
	case *syntax.AsyncWith:
		c.asyncWith(s, 0)
	default:
		c.internalError("unknown statement %T", s)
	}
}

// ---- assignment ----

// assign compiles `t1 = t2 = ... = value`.
func (c *compiler) assign(s *syntax.Assign) {
	if len(s.Targets) == 1 {
		switch t := s.Targets[0].(type) {
		case *syntax.Name:
			m := c.mangle(t.Id)
			if r, ok := c.u.fast[m]; ok && c.resolve(m) == opFast {
				c.exprTo(s.Value, r)
				c.u.noteUse(m)
				return
			}
		case *syntax.Tuple, *syntax.List:
			if c.parallelAssign(targetElts(t), s.Value) {
				return
			}
		}
		v := c.exprAny(s.Value)
		c.store(s.Targets[0], v)
		return
	}
	v := c.exprTemp(s.Value)
	for _, t := range s.Targets {
		c.store(t, v)
	}
}

func targetElts(t syntax.Expr) []syntax.Expr {
	switch t := t.(type) {
	case *syntax.Tuple:
		return t.Elts
	case *syntax.List:
		return t.Elts
	}
	return nil
}

// parallelAssign compiles `a, b = x, y` without building a tuple: every
// value first, then the stores left to right.
func (c *compiler) parallelAssign(targets []syntax.Expr, value syntax.Expr) bool {
	vals := targetElts(value)
	if _, ok := value.(*syntax.List); ok {
		return false
	}
	if vals == nil || len(vals) != len(targets) || hasStarred(vals) || hasStarred(targets) || len(vals) > maxDirect {
		return false
	}
	t := c.allocTemps(len(vals))
	for i, v := range vals {
		c.exprTo(v, t+i)
	}
	for i, tg := range targets {
		c.store(tg, t+i)
	}
	return true
}

// store assigns register src to an assignment target.
func (c *compiler) store(t syntax.Expr, src int) {
	old := c.setLoc(t)
	defer func() { c.u.loc = old }()
	mark := c.u.temp
	switch t := t.(type) {
	case *syntax.Name:
		c.storeName(t.Id, src)
	case *syntax.Attribute:
		obj := c.exprAny(t.Value)
		c.attrLoc(t)
		c.op(bytecode.STOREATTR, obj, c.nameIndex(c.mangle(t.Attr)), src)
	case *syntax.Subscript:
		obj := c.exprAny(t.Value)
		key := c.exprAny(t.Slice)
		c.op(bytecode.SETITEM, obj, key, src)
	case *syntax.Tuple:
		c.unpack(t.Elts, src)
	case *syntax.List:
		c.unpack(t.Elts, src)
	default:
		c.internalError("cannot assign to %T", t)
	}
	c.freeTo(mark)
}

// unpack assigns the items of R[src] to targets, one of which may be
// starred.
func (c *compiler) unpack(elts []syntax.Expr, src int) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			star = i
		}
	}
	n := len(elts)
	t := c.allocTemps(n)
	if star < 0 {
		c.op(bytecode.UNPACK, t, src, n)
	} else {
		if star > 255 {
			c.unsupported("more than 255 targets before a starred target")
		}
		c.opSpare(bytecode.UNPACKEX, t, src, n, uint8(star))
	}
	for i, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.store(s.Value, t+i)
		} else {
			c.store(e, t+i)
		}
	}
}

// del compiles the deletion of one target.
func (c *compiler) del(t syntax.Expr) {
	old := c.setLoc(t)
	defer func() { c.u.loc = old }()
	mark := c.u.temp
	switch t := t.(type) {
	case *syntax.Name:
		c.deleteName(t.Id)
	case *syntax.Attribute:
		obj := c.exprAny(t.Value)
		c.attrLoc(t)
		c.op(bytecode.DELATTR, obj, c.nameIndex(c.mangle(t.Attr)), 0)
	case *syntax.Subscript:
		obj := c.exprAny(t.Value)
		key := c.exprAny(t.Slice)
		c.op(bytecode.DELITEM, obj, key, 0)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			c.del(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			c.del(e)
		}
	default:
		c.internalError("cannot delete %T", t)
	}
	c.freeTo(mark)
}

// clearName does `name = None; del name` after an except clause.
func (c *compiler) clearName(name string) {
	if r, ok := c.fastReg(name); ok {
		c.op(bytecode.LOADNONE, r, 0, 0)
	} else {
		t := c.allocTemp()
		c.op(bytecode.LOADNONE, t, 0, 0)
		c.storeName(name, t)
		c.freeTo(t)
	}
	c.deleteName(name)
}

// augAssign compiles `target op= value`: the target's container and key
// are evaluated once.
func (c *compiler) augAssign(s *syntax.AugAssign) {
	spare := uint8(binaryOps[s.Op])
	switch t := s.Target.(type) {
	case *syntax.Name:
		old := c.setLoc(t)
		l := c.exprAny(t)
		c.u.loc = old
		v := c.exprAny(s.Value)
		c.opSpare(bytecode.INPLACE, l, l, v, spare)
		if r, ok := c.fastReg(t.Id); !ok || r != l {
			old := c.setLoc(t)
			c.storeName(t.Id, l)
			c.u.loc = old
		}
	case *syntax.Attribute:
		old := c.setLoc(t)
		obj := c.exprAny(t.Value)
		name := c.nameIndex(c.mangle(t.Attr))
		r := c.allocTemp()
		c.attrLoc(t)
		c.op(bytecode.LOADATTR, r, obj, name)
		c.u.loc = old
		v := c.exprAny(s.Value)
		c.opSpare(bytecode.INPLACE, r, r, v, spare)
		c.setLoc(t)
		c.attrLoc(t)
		c.op(bytecode.STOREATTR, obj, name, r)
		c.u.loc = old
	case *syntax.Subscript:
		old := c.setLoc(t)
		obj := c.exprAny(t.Value)
		key := c.exprAny(t.Slice)
		r := c.allocTemp()
		c.op(bytecode.GETITEM, r, obj, key)
		c.u.loc = old
		v := c.exprAny(s.Value)
		c.opSpare(bytecode.INPLACE, r, r, v, spare)
		c.setLoc(t)
		c.op(bytecode.SETITEM, obj, key, r)
		c.u.loc = old
	default:
		c.internalError("cannot augment-assign %T", t)
	}
}

// annAssign compiles an annotated assignment (compiler_annassign).
func (c *compiler) annAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		v := c.exprAny(s.Value)
		c.store(s.Target, v)
	}
	moduleOrClass := c.u.kind == moduleUnit || c.u.kind == classUnit
	switch t := s.Target.(type) {
	case *syntax.Name:
		if s.Simple != 0 && moduleOrClass {
			mark := c.u.temp
			a := c.annotationValue(s.Annotation)
			d := c.allocTemp()
			c.opBx(bytecode.LOADNAME, d, c.nameIndex("__annotations__"))
			k := c.allocTemp()
			c.loadConst(syntax.StrConst(c.mangle(t.Id)), k)
			c.op(bytecode.SETITEM, d, k, a)
			c.freeTo(mark)
		}
	case *syntax.Attribute:
		if s.Value == nil {
			mark := c.u.temp
			c.exprAny(t.Value)
			c.freeTo(mark)
		}
	case *syntax.Subscript:
		if s.Value == nil {
			mark := c.u.temp
			c.exprAny(t.Value)
			c.annSlice(t.Slice)
			c.freeTo(mark)
		}
	}
	if s.Simple == 0 && moduleOrClass && !c.table.Future.Annotations() {
		mark := c.u.temp
		c.exprAny(s.Annotation)
		c.freeTo(mark)
	}
}

// annSlice evaluates the slice of an annotated subscript target for its
// side effects (check_ann_subscr).
func (c *compiler) annSlice(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Slice:
		for _, x := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				c.exprAny(x)
			}
		}
	case *syntax.Tuple:
		for _, x := range e.Elts {
			c.annSlice(x)
		}
	default:
		c.exprAny(e)
	}
}

// annotationValue evaluates an annotation into a new temporary, or its
// source text under `from __future__ import annotations`.
func (c *compiler) annotationValue(e syntax.Expr) int {
	if c.table.Future.Annotations() {
		t := c.allocTemp()
		c.loadConst(syntax.StrConst(c.unparse(e)), t)
		return t
	}
	if s, ok := e.(*syntax.Starred); ok {
		v := c.exprAny(s.Value)
		t := c.allocTemp()
		c.op(bytecode.UNPACK, t, v, 1)
		return t
	}
	return c.exprTemp(e)
}

// ---- control flow ----

func (c *compiler) returnStmt(s *syntax.Return) {
	var r int
	switch {
	case s.Value == nil:
		r = c.allocTemp()
		c.op(bytecode.LOADNONE, r, 0, 0)
	case c.needsUnwind(-1):
		r = c.exprTemp(s.Value)
	default:
		r = c.exprAny(s.Value)
	}
	c.unwindTo(-1)
	c.setLoc(s)
	c.op(bytecode.RETURN, r, 0, 0)
}

func (c *compiler) whileStmt(s *syntax.While) {
	nodes := []syntax.Node{s.Test}
	for _, st := range s.Body {
		nodes = append(nodes, st)
	}
	defer c.hoistConstants(nodes)()
	top, cont, elseL, end := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.jumpIf(s.Test, elseL, false)
	c.bind(top)
	c.pushBlock(block{kind: bWhile, handler: -1, brk: end, cnt: cont})
	c.stmts(s.Body)
	c.popBlock()
	c.bind(cont)
	c.setLoc(s)
	c.jumpIf(s.Test, top, true)
	c.bind(elseL)
	c.stmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) forStmt(s *syntax.For) {
	it := c.allocTemps(2)
	v := c.exprAny(s.Iter)
	c.setLoc(s)
	_, own := s.Iter.(*syntax.Call)
	if own {
		// The iterator may be a generator the loop owns: closed by
		// ENDFOR when the loop is left early (docs/vm.md, Generators).
		c.opSpare(bytecode.GETITER, it, v, 0, 1)
	} else {
		c.op(bytecode.GETITER, it, v, 0)
	}
	c.freeTo(it + 2)
	nodes := []syntax.Node{s.Target}
	for _, st := range s.Body {
		nodes = append(nodes, st)
	}
	defer c.hoistConstants(nodes)()
	top, elseL, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(top)
	c.opBx(bytecode.FORITER, it, elseL)
	c.store(s.Target, it+1)
	c.pushBlock(block{kind: bFor, handler: -1, brk: end, cnt: top, reg: it, own: own})
	c.stmts(s.Body)
	c.popBlock()
	c.setLoc(s)
	c.jump(top)
	c.bind(elseL)
	c.stmts(s.Orelse)
	c.bind(end)
}

// ---- exceptions ----

// tryFinally compiles try/finally around inner: the finally body runs on
// the normal path, on every break/continue/return out of inner (by
// unwinding), and on an exception, which it then re-raises.
func (c *compiler) tryFinally(final []syntax.Stmt, inner func()) {
	exc := c.allocTemp()
	hl := c.newLabel()
	h := c.newHandler(hl, exc)
	c.pushBlock(block{kind: bFinallyTry, handler: h, final: final})
	inner()
	c.popBlock()
	end := c.newLabel()
	c.stmts(final)
	c.jump(end)

	c.bind(hl)
	prev, exc2 := c.allocTemp(), c.allocTemp()
	cleanup := c.newLabel()
	h2 := c.newHandler(cleanup, exc2)
	c.op(bytecode.PUSHEXCINFO, prev, exc, 0)
	c.pushBlock(block{kind: bFinallyEnd, handler: h2, reg: prev})
	c.stmts(final)
	c.op(bytecode.RERAISE, exc, 0, 0)
	c.popBlock()
	c.bind(cleanup)
	c.op(bytecode.POPEXCEPT, prev, 0, 0)
	c.op(bytecode.RERAISE, exc2, 0, 0)
	c.bind(end)
}

// tryExcept compiles try/except/else.
func (c *compiler) tryExcept(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	exc := c.allocTemp()
	hl := c.newLabel()
	h := c.newHandler(hl, exc)
	c.pushBlock(block{kind: bTryExcept, handler: h})
	c.stmts(body)
	c.popBlock()
	end := c.newLabel()
	c.stmts(orelse)
	c.jump(end)

	c.bind(hl)
	prev, exc2 := c.allocTemp(), c.allocTemp()
	cleanup := c.newLabel()
	h2 := c.newHandler(cleanup, exc2)
	if len(handlers) > 0 {
		c.setLoc(handlers[0])
	}
	c.op(bytecode.PUSHEXCINFO, prev, exc, 0)
	c.pushBlock(block{kind: bExcept, handler: h2})
	for _, hd := range handlers {
		c.setLoc(hd)
		next := c.newLabel()
		mark := c.u.temp
		if hd.Type != nil {
			t := c.exprAny(hd.Type)
			m := c.allocTemp()
			c.setLoc(hd)
			c.op(bytecode.CHECKEXCMATCH, m, exc, t)
			c.jumpIfReg(m, false, next)
			c.freeTo(mark)
		}
		if hd.Name != "" {
			c.storeName(hd.Name, exc)
			exc3 := c.allocTemp()
			hl3 := c.newLabel()
			h3 := c.newHandler(hl3, exc3)
			c.pushBlock(block{kind: bHandler, handler: h3, reg: prev, name: hd.Name})
			c.stmts(hd.Body)
			c.popBlock()
			c.op(bytecode.POPEXCEPT, prev, 0, 0)
			c.clearName(hd.Name)
			c.jump(end)
			c.bind(hl3)
			c.u.loc = bytecode.Position{} // artificial, as in CPython
			c.clearName(hd.Name)
			c.op(bytecode.RERAISE, exc3, 0, 0)
		} else {
			c.pushBlock(block{kind: bHandler, handler: -1, reg: prev})
			c.stmts(hd.Body)
			c.popBlock()
			c.op(bytecode.POPEXCEPT, prev, 0, 0)
			c.jump(end)
		}
		c.freeTo(mark)
		c.bind(next)
	}
	c.op(bytecode.RERAISE, exc, 0, 0)
	c.popBlock()
	c.bind(cleanup)
	c.op(bytecode.POPEXCEPT, prev, 0, 0)
	c.op(bytecode.RERAISE, exc2, 0, 0)
	c.bind(end)
}

// with compiles item i of a with statement and, inside it, the rest.
func (c *compiler) with(s *syntax.With, i int) {
	item := s.Items[i]
	mark := c.u.temp
	ctx := c.allocTemps(2)
	c.exprTo(item.ContextExpr, ctx)
	exc := c.allocTemp()
	hl := c.newLabel()
	h := c.newHandler(hl, exc)
	r := c.allocTemp()
	c.setLoc(s)
	c.op(bytecode.WITHENTER, r, ctx, 0)
	c.pushBlock(block{kind: bWith, handler: h, reg: ctx, stmt: s})
	if item.OptionalVars != nil {
		c.store(item.OptionalVars, r)
	}
	c.freeTo(r)
	if i+1 < len(s.Items) {
		c.with(s, i+1)
	} else {
		c.stmts(s.Body)
	}
	c.popBlock()
	end := c.newLabel()
	c.setLoc(s)
	e := c.allocTemp()
	c.op(bytecode.LOADEMPTY, e, 0, 0)
	c.op(bytecode.WITHEXIT, e, ctx, e)
	c.jump(end)

	c.bind(hl)
	prev, exc2 := c.allocTemp(), c.allocTemp()
	cleanup := c.newLabel()
	h2 := c.newHandler(cleanup, exc2)
	c.op(bytecode.PUSHEXCINFO, prev, exc, 0)
	c.pushBlock(block{kind: bExcept, handler: h2})
	t := c.allocTemp()
	c.op(bytecode.WITHEXIT, t, ctx, exc)
	suppress := c.newLabel()
	c.jumpIfReg(t, true, suppress)
	c.op(bytecode.RERAISE, exc, 0, 0)
	c.bind(suppress)
	c.op(bytecode.POPEXCEPT, prev, 0, 0)
	c.popBlock()
	c.jump(end)
	c.bind(cleanup)
	c.op(bytecode.POPEXCEPT, prev, 0, 0)
	c.op(bytecode.RERAISE, exc2, 0, 0)
	c.bind(end)
	c.freeTo(mark)
}

// ---- imports ----

func (c *compiler) importStmt(s *syntax.Import) {
	for _, a := range s.Names {
		mark := c.u.temp
		fl := c.allocTemp()
		c.op(bytecode.LOADNONE, fl, 0, 0)
		m := c.allocTemp()
		c.op(bytecode.IMPORTNAME, m, c.nameIndex(c.mangle(a.Name)), fl)
		if a.Asname != "" {
			parts := splitDots(a.Name)
			for _, p := range parts[1:] {
				c.op(bytecode.IMPORTFROM, m, m, c.nameIndex(c.mangle(p)))
			}
			c.storeName(a.Asname, m)
		} else {
			c.storeName(splitDots(a.Name)[0], m)
		}
		c.freeTo(mark)
	}
}

func splitDots(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func (c *compiler) importFrom(s *syntax.ImportFrom) {
	if s.Level > 255 {
		c.unsupported("relative import of more than 255 levels")
	}
	names := make(bytecode.TupleConst, len(s.Names))
	for i, a := range s.Names {
		names[i] = syntax.StrConst(a.Name)
	}
	fl := c.allocTemp()
	c.loadConst(names, fl)
	m := c.allocTemp()
	c.opSpare(bytecode.IMPORTNAME, m, c.nameIndex(c.mangle(s.Module)), fl, uint8(s.Level))
	for _, a := range s.Names {
		if a.Name == "*" {
			c.op(bytecode.IMPORTSTAR, m, 0, 0)
			continue
		}
		v := c.allocTemp()
		c.op(bytecode.IMPORTFROM, v, m, c.nameIndex(c.mangle(a.Name)))
		name := a.Asname
		if name == "" {
			name = a.Name
		}
		c.storeName(name, v)
		c.freeTo(v)
	}
}

// ---- definitions ----

// defaults evaluates a function's defaults tuple into q, its keyword-only
// defaults dict into q+1 and, when annotations is set, its annotations
// dict into q+2; it reports which it set.
func (c *compiler) defaults(a *syntax.Arguments, q int, returns syntax.Expr, annotations bool) [3]bool {
	var set [3]bool
	if len(a.Defaults) > 0 {
		mark := c.u.temp
		t := c.allocTemps(len(a.Defaults))
		for i, d := range a.Defaults {
			c.exprTo(d, t+i)
		}
		c.op(bytecode.BUILDTUPLE, q, t, len(a.Defaults))
		c.freeTo(mark)
		set[0] = true
	}
	n := 0
	for _, d := range a.KwDefaults {
		if d != nil {
			n++
		}
	}
	if n > 0 {
		mark := c.u.temp
		t := c.allocTemps(2 * n)
		k := 0
		for i, d := range a.KwDefaults {
			if d != nil {
				c.loadConst(syntax.StrConst(c.mangle(a.Kwonlyargs[i].Arg)), t+2*k)
				c.exprTo(d, t+2*k+1)
				k++
			}
		}
		c.op(bytecode.BUILDDICT, q+1, t, n)
		c.freeTo(mark)
		set[1] = true
	}
	if annotations {
		var names []string
		var exprs []syntax.Expr
		add := func(args ...*syntax.Arg) {
			for _, arg := range args {
				if arg != nil && arg.Annotation != nil {
					names = append(names, c.mangle(arg.Arg))
					exprs = append(exprs, arg.Annotation)
				}
			}
		}
		add(a.Args...)
		add(a.Posonlyargs...)
		add(a.Vararg)
		add(a.Kwonlyargs...)
		add(a.Kwarg)
		if returns != nil {
			names = append(names, "return")
			exprs = append(exprs, returns)
		}
		if len(names) > 0 {
			mark := c.u.temp
			t := c.allocTemps(2 * len(names))
			for i := range names {
				c.loadConst(syntax.StrConst(names[i]), t+2*i)
				v := c.annotationValue(exprs[i])
				c.op(bytecode.MOVE, t+2*i+1, v, 0)
				c.freeTo(t + 2*len(names))
			}
			c.op(bytecode.BUILDDICT, q+2, t, len(names))
			c.freeTo(mark)
			set[2] = true
		}
	}
	return set
}

// decorate evaluates decorators into consecutive registers and returns
// the first; the decorated object goes in the register after them.
func (c *compiler) decorators(decos []syntax.Expr) int {
	d := c.allocTemps(len(decos))
	for i, e := range decos {
		c.exprTo(e, d+i)
	}
	return d
}

// applyDecorators calls the decorators in d.. on the object after them,
// innermost first; the result ends in d.
func (c *compiler) applyDecorators(decos []syntax.Expr, d int) {
	for i := len(decos) - 1; i >= 0; i-- {
		old := c.setLoc(decos[i])
		c.op(bytecode.CALL, d+i, 1, 0)
		c.u.loc = old
	}
}

// funcDef compiles a def statement.
func (c *compiler) funcDef(s syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt, decos []syntax.Expr, returns syntax.Expr, kind unitKind) {
	d := c.decorators(decos)
	f := c.allocTemp()
	first := s.Pos().Lineno
	if len(decos) > 0 {
		first = decos[0].Pos().Lineno
	}
	c.enterUnit(s, kind, name, first)
	code := c.u.code
	code.ArgCount = len(args.Posonlyargs) + len(args.Args)
	code.PosOnlyArgCount = len(args.Posonlyargs)
	code.KwOnlyArgCount = len(args.Kwonlyargs)
	nodes := make([]syntax.Node, len(body))
	for i, st := range body {
		nodes[i] = st
	}
	c.scanLocals(c.u.scope.Varnames, nodes)
	if doc, ok := docString(body); ok {
		code.Doc = c.constIndex(doc)
		body = body[1:]
	}
	c.stmts(body)
	c.returnNone()
	child := c.exitUnit()
	c.setLoc(s)
	c.makeFunction(child, f, func(q int) [3]bool { return c.defaults(args, q, returns, true) })
	c.applyDecorators(decos, d)
	c.storeName(name, d)
}

// classDef compiles a class statement: __build_class__(body function,
// name, *bases, **keywords), then the decorators.
func (c *compiler) classDef(s *syntax.ClassDef) {
	d := c.decorators(s.DecoratorList)
	base := c.allocTemps(3)
	first := s.Lineno
	if len(s.DecoratorList) > 0 {
		first = s.DecoratorList[0].Pos().Lineno
	}
	c.enterUnit(s, classUnit, s.Name, first)
	r := c.allocTemp()
	c.opBx(bytecode.LOADNAME, r, c.nameIndex("__name__"))
	c.storeName("__module__", r)
	c.loadConst(syntax.StrConst(c.u.code.QualName), r)
	c.storeName("__qualname__", r)
	c.freeTo(r)
	c.body(s.Body, true)
	r = c.allocTemp()
	if c.u.scope.NeedsClassClosure {
		c.op(bytecode.LOADCLOSURE, r, c.cellIndex("__class__"), 0)
		c.storeName("__classcell__", r)
	} else {
		c.op(bytecode.LOADNONE, r, 0, 0)
	}
	c.op(bytecode.RETURN, r, 0, 0)
	child := c.exitUnit()

	c.setLoc(s)
	c.op(bytecode.LOADBUILDCLASS, base, 0, 0)
	c.makeFunction(child, base+1, nil)
	c.loadConst(syntax.StrConst(s.Name), base+2)
	simple := !hasStarred(s.Bases)
	for _, k := range s.Keywords {
		if k.Arg == "" {
			simple = false
		}
	}
	if simple {
		call := &syntax.Call{Loc: s.Loc, Args: s.Bases, Keywords: s.Keywords}
		kw := c.simpleArgs(call, base+3)
		c.setLoc(s)
		c.op(bytecode.CALL, base, 2+len(s.Bases)+len(s.Keywords), kw)
	} else {
		// The body function and the name join the positional arguments.
		p := c.allocTemps(2)
		c.op(bytecode.MOVE, p, base+1, 0)
		c.op(bytecode.MOVE, p+1, base+2, 0)
		c.op(bytecode.BUILDLIST, base+1, p, 2)
		for _, b := range s.Bases {
			if st, ok := b.(*syntax.Starred); ok {
				v := c.exprAny(st.Value)
				c.op(bytecode.LISTEXTEND, base+1, v, 0)
			} else {
				v := c.exprAny(b)
				c.op(bytecode.LISTAPPEND, base+1, v, 0)
			}
			c.freeTo(p + 2)
		}
		c.op(bytecode.LISTTOTUPLE, base+1, base+1, 0)
		c.freeTo(base + 3)
		c.kwargsDict(base+2, s.Keywords)
		c.setLoc(s)
		c.op(bytecode.CALLEX, base, 0, 0)
	}
	c.applyDecorators(s.DecoratorList, d)
	c.storeName(s.Name, d)
}

// ---- asynchronous statements ----

// await awaits the awaitable in R[v] and puts the result in dst; kind is
// GETAWAITABLE's message code.
func (c *compiler) await(v, dst int, kind uint8) {
	mark := c.u.temp
	it := c.allocTemp()
	c.opSpare(bytecode.GETAWAITABLE, it, v, 0, kind)
	c.op(bytecode.YIELDFROM, dst, it, 0)
	c.freeTo(mark)
}

// asyncNext compiles the head of an async for loop over the asynchronous
// iterator in R[it]: the awaited next item lands in R[it+1], and the
// StopAsyncIteration that ends the loop jumps to done.
func (c *compiler) asyncNext(it, done int) {
	exc := c.allocTemp()
	hl := c.newLabel()
	h := c.newHandler(hl, exc)
	c.pushBlock(block{kind: bTryExcept, handler: h})
	t := c.allocTemp()
	c.op(bytecode.GETANEXT, t, it, 0)
	c.op(bytecode.YIELDFROM, it+1, t, 0)
	c.popBlock()
	skip := c.newLabel()
	c.jump(skip)
	c.bind(hl)
	c.op(bytecode.ENDASYNCFOR, exc, 0, 0)
	c.jump(done)
	c.bind(skip)
	c.freeTo(exc)
}

func (c *compiler) asyncFor(s *syntax.AsyncFor) {
	it := c.allocTemps(2)
	v := c.exprAny(s.Iter)
	c.setLoc(s)
	c.op(bytecode.GETAITER, it, v, 0)
	c.freeTo(it + 2)
	top, elseL, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(top)
	c.asyncNext(it, elseL)
	c.store(s.Target, it+1)
	c.pushBlock(block{kind: bFor, handler: -1, brk: end, cnt: top})
	c.stmts(s.Body)
	c.popBlock()
	c.setLoc(s)
	c.jump(top)
	c.bind(elseL)
	c.stmts(s.Orelse)
	c.bind(end)
}

// asyncWith compiles item i of an async with statement and, inside it,
// the rest.
func (c *compiler) asyncWith(s *syntax.AsyncWith, i int) {
	item := s.Items[i]
	mark := c.u.temp
	ctx := c.allocTemps(2)
	c.exprTo(item.ContextExpr, ctx)
	exc := c.allocTemp()
	hl := c.newLabel()
	h := c.newHandler(hl, exc)
	r := c.allocTemp()
	c.setLoc(s)
	a := c.allocTemp()
	c.op(bytecode.ASYNCWITHENTER, a, ctx, 0)
	c.await(a, r, 1)
	c.freeTo(a)
	c.pushBlock(block{kind: bAsyncWith, handler: h, reg: ctx, stmt: s})
	if item.OptionalVars != nil {
		c.store(item.OptionalVars, r)
	}
	c.freeTo(r)
	if i+1 < len(s.Items) {
		c.asyncWith(s, i+1)
	} else {
		c.stmts(s.Body)
	}
	c.popBlock()
	end := c.newLabel()
	c.setLoc(s)
	e := c.allocTemp()
	c.op(bytecode.LOADEMPTY, e, 0, 0)
	c.op(bytecode.WITHEXIT, e, ctx, e)
	c.await(e, e, 2)
	c.jump(end)

	c.bind(hl)
	prev, exc2 := c.allocTemp(), c.allocTemp()
	cleanup := c.newLabel()
	h2 := c.newHandler(cleanup, exc2)
	c.op(bytecode.PUSHEXCINFO, prev, exc, 0)
	c.pushBlock(block{kind: bExcept, handler: h2})
	t := c.allocTemp()
	c.op(bytecode.WITHEXIT, t, ctx, exc)
	c.await(t, t, 2)
	suppress := c.newLabel()
	c.jumpIfReg(t, true, suppress)
	c.op(bytecode.RERAISE, exc, 0, 0)
	c.bind(suppress)
	c.op(bytecode.POPEXCEPT, prev, 0, 0)
	c.popBlock()
	c.jump(end)
	c.bind(cleanup)
	c.op(bytecode.POPEXCEPT, prev, 0, 0)
	c.op(bytecode.RERAISE, exc2, 0, 0)
	c.bind(end)
	c.freeTo(mark)
}

// tryStar compiles try/except* (PEP 654): each clause takes the part of
// the remaining exception group that matches its type; the exceptions the
// clauses raise, and the part no clause matched, are re-raised together.
// break, continue and return cannot appear in an except* clause, so the
// clauses need no unwinding.
func (c *compiler) tryStar(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	exc := c.allocTemp()
	hl := c.newLabel()
	h := c.newHandler(hl, exc)
	c.pushBlock(block{kind: bTryExcept, handler: h})
	c.stmts(body)
	c.popBlock()
	end := c.newLabel()
	c.stmts(orelse)
	c.jump(end)

	c.bind(hl)
	prev, exc2 := c.allocTemp(), c.allocTemp()
	cleanup := c.newLabel()
	h2 := c.newHandler(cleanup, exc2)
	if len(handlers) > 0 {
		c.setLoc(handlers[0])
	}
	c.op(bytecode.PUSHEXCINFO, prev, exc, 0)
	c.pushBlock(block{kind: bExcept, handler: h2})
	rest := c.allocTemp()
	c.op(bytecode.MOVE, rest, exc, 0)
	raised := c.allocTemp()
	c.op(bytecode.BUILDLIST, raised, raised, 0)
	none := c.allocTemp()
	c.op(bytecode.LOADNONE, none, 0, 0)
	for _, hd := range handlers {
		c.setLoc(hd)
		next := c.newLabel()
		mark := c.u.temp
		t := c.exprAny(hd.Type)
		m := c.allocTemps(2)
		c.setLoc(hd)
		c.op(bytecode.CHECKEGMATCH, m, rest, t)
		c.op(bytecode.MOVE, rest, m+1, 0)
		isNone := c.allocTemp()
		c.op(bytecode.IS, isNone, m, none)
		c.jumpIfReg(isNone, true, next)
		if hd.Name != "" {
			c.storeName(hd.Name, m)
		}
		exc3 := c.allocTemp()
		hl3 := c.newLabel()
		h3 := c.newHandler(hl3, exc3)
		c.pushBlock(block{kind: bTryExcept, handler: h3})
		c.stmts(hd.Body)
		c.popBlock()
		if hd.Name != "" {
			c.clearName(hd.Name)
		}
		c.jump(next)
		c.bind(hl3)
		if hd.Name != "" {
			c.clearName(hd.Name)
		}
		c.op(bytecode.LISTAPPEND, raised, exc3, 0)
		c.freeTo(mark)
		c.bind(next)
	}
	c.op(bytecode.LISTAPPEND, raised, rest, 0)
	r := c.allocTemp()
	c.op(bytecode.PREPRERAISESTAR, r, exc, raised)
	isNone := c.allocTemp()
	c.op(bytecode.IS, isNone, r, none)
	handled := c.newLabel()
	c.jumpIfReg(isNone, true, handled)
	c.op(bytecode.POPEXCEPT, prev, 0, 0)
	c.op(bytecode.RERAISE, r, 0, 0)
	c.bind(handled)
	c.op(bytecode.POPEXCEPT, prev, 0, 0)
	c.popBlock()
	c.jump(end)
	c.bind(cleanup)
	c.op(bytecode.POPEXCEPT, prev, 0, 0)
	c.op(bytecode.RERAISE, exc2, 0, 0)
	c.bind(end)
}
