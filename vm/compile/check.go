package compile

// This file holds Check, the SyntaxErrors of CPython 3.11's code generator
// (Python/compile.c) for a module that the parser and the symbol table have
// accepted.
//
// The idea: the checker walks the tree exactly as compile.c does, with the
// same visiting order and the same state that its errors depend on, and
// simply emits no code. That state is
//
//   - the compilation unit stack (module, class, function, async function,
//     lambda, comprehension) with each unit's symbol table entry, which
//     decides 'return' / 'yield' / 'await' outside function and the async
//     checks;
//   - each unit's frame block stack (loops, try, with, except handlers),
//     which decides 'break' outside loop, 'continue' not properly in loop,
//     the except* restriction and "too many statically nested blocks".
//     Unwinding it for break, continue and return compiles the enclosing
//     finally bodies again, as compile.c does, so errors in them are met
//     at the same moment;
//   - the unit's current location (u_lineno, u_col_offset, u_end_lineno,
//     u_end_col_offset), which is where every compiler error points. It is
//     set by each statement, by each expression (and restored after it), by
//     each match pattern (not restored), and in a few other places; the
//     checker mirrors every one of those moves, including the odd ones
//     (jump_if on a comparison leaves its position behind, unwinding a with
//     or finally block "unsets" the position to line -1), because they show
//     in the reported positions.
//
// Positions are reported as compile.c does: offsets are the AST's byte
// columns plus one, whatever the source encoding, and the source line is
// read back from the file (see programText).
//
// Where this differs from CPython: compile.c ignores the failure of
// `except E as __debug__` (and of its except* twin) and keeps compiling
// with the SyntaxError pending, until the next new constant or name aborts
// the compilation; a later error met before that point replaces it. The
// checker stops at the first error, so for such a handler it may report
// "cannot assign to __debug__" where CPython reports a later error.

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/hotloop/hotloop/vm/symtable"
	"github.com/hotloop/hotloop/vm/syntax"
)

// Check reports the first SyntaxError that CPython 3.11's compiler raises
// while generating code for mod, or nil if there is none. It must run after
// symtable.Build has succeeded on mod; table is its result, and its Filename
// names the file in errors.
//
// src is the raw content of the file, used only for the Text of the error:
// CPython re-reads the offending line from the file (PyErr_ProgramTextObject)
// rather than taking it from the decoded source, so the line is the raw
// bytes (a UTF-8 BOM included), and the text is left empty when they are
// not valid UTF-8 (a file in another declared encoding). nil means there is
// no file to read (a program from stdin or -c), which also leaves it empty.
//
// The error, when not nil, is a *syntax.Error; an error of another type
// means table does not belong to mod.
func Check(mod *syntax.Module, table *symtable.Table, src []byte) (err error) {
	c := &checker{table: table, src: src}
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			err = b.err
		}
	}()
	c.module(mod)
	return nil
}

// maxBlocks is CPython's CO_MAXBLOCKS, the depth of the frame block stack.
const maxBlocks = 20

// bailout carries the first error out of the walk, to Check.
type bailout struct{ err error }

// unitKind is the kind of a compilation unit (compile.c's
// COMPILER_SCOPE_*).
type unitKind uint8

const (
	moduleUnit unitKind = iota
	classUnit
	functionUnit
	asyncFunctionUnit
	lambdaUnit
	comprehensionUnit
)

// unit is one code object being compiled (compile.c's compiler_unit).
type unit struct {
	kind  unitKind
	scope *symtable.Scope
	// loc is the current location: 1-based lines and 0-based byte columns
	// of the AST, all -1 when unset.
	loc     syntax.Loc
	fblocks []fblock
}

// fblockKind is the kind of a frame block (compile.c's fblocktype).
type fblockKind uint8

const (
	whileLoop fblockKind = iota
	forLoop
	tryExcept
	finallyTry
	finallyEnd
	withBlock
	asyncWithBlock
	handlerCleanup
	popValue
	exceptionHandler
	exceptionGroupHandler
	asyncComprehensionGenerator
)

// fblock is one frame block: a construct that break, continue and return
// must unwind.
type fblock struct {
	kind fblockKind
	// finalBody is the finally body of a finallyTry block, compiled again
	// when the block is unwound.
	finalBody []syntax.Stmt
	// stmt is the with statement of a withBlock or asyncWithBlock.
	stmt syntax.Stmt
}

// checker is the state of one Check.
type checker struct {
	table *symtable.Table
	src   []byte
	u     *unit   // the current unit
	outer []*unit // the enclosing units, innermost last
}

// patternCtx is the state of compiling one match pattern (the part of
// compile.c's pattern_context that errors depend on).
type patternCtx struct {
	// stores lists the names captured so far, in order.
	stores []string
	// allowIrrefutable is false where an irrefutable pattern would make
	// later cases unreachable.
	allowIrrefutable bool
}

// ---- errors and locations ----

// fail raises a SyntaxError at the current location, as compiler_error.
func (c *checker) fail(format string, args ...any) {
	l := c.u.loc
	panic(bailout{&syntax.Error{
		Type:      "SyntaxError",
		Msg:       fmt.Sprintf(format, args...),
		Filename:  c.table.Filename,
		Lineno:    l.Lineno,
		Offset:    l.ColOffset + 1,
		EndLineno: l.EndLineno,
		EndOffset: l.EndColOffset + 1,
		Text:      programText(c.src, l.Lineno),
	}})
}

// setLoc makes n's range the current location (SET_LOC).
func (c *checker) setLoc(n syntax.Located) { c.u.loc = *n.Pos() }

// unsetLoc marks the following code as artificial (UNSET_LOC).
func (c *checker) unsetLoc() {
	c.u.loc = syntax.Loc{Lineno: -1, ColOffset: -1, EndLineno: -1, EndColOffset: -1}
}

// updateStartLocationToMatchAttr moves the start of the current location to
// the attribute name when an attribute access spans lines
// (update_start_location_to_match_attr).
func (c *checker) updateStartLocationToMatchAttr(a *syntax.Attribute) {
	l := &c.u.loc
	if l.Lineno == a.EndLineno {
		return
	}
	l.Lineno = a.EndLineno
	// The name's length in characters, against a byte column, as CPython.
	n := utf8.RuneCountInString(a.Attr)
	if n <= a.EndColOffset {
		l.ColOffset = a.EndColOffset - n
	} else {
		l.ColOffset, l.EndColOffset = -1, -1
	}
	l.EndLineno = max(l.Lineno, l.EndLineno)
	if l.Lineno == l.EndLineno {
		l.EndColOffset = max(l.ColOffset, l.EndColOffset)
	}
}

// programText returns line lineno of the file content src as CPython's
// PyErr_ProgramTextObject reads it back: lines end at "\n", "\r\n" or "\r"
// (each read as "\n"), a line is read in pieces of at most 999 bytes and
// only its last piece is kept, the text stops at a NUL byte, and bytes
// that are not valid UTF-8 give no text at all.
func programText(src []byte, lineno int) string {
	if src == nil || lineno < 1 {
		return ""
	}
	const piece = 999 // fgets into a buffer of 1000 bytes
	pos := 0
	var buf []byte
	for i := 0; i < lineno; i++ {
		for {
			buf, pos = readPiece(src, pos, piece)
			if buf == nil {
				return "" // the file ends before the line
			}
			if len(buf) < piece || buf[piece-1] == '\n' || buf[piece-1] == 0 {
				break
			}
		}
	}
	if k := bytes.IndexByte(buf, 0); k >= 0 {
		buf = buf[:k]
	}
	if !utf8.Valid(buf) {
		return ""
	}
	return string(buf)
}

// readPiece reads at most n bytes of src from pos, up to and including the
// end of the line, turning "\r\n" and "\r" into "\n"
// (Py_UniversalNewlineFgets). It returns nil at the end of src.
func readPiece(src []byte, pos, n int) ([]byte, int) {
	var out []byte
	for len(out) < n && pos < len(src) {
		ch := src[pos]
		pos++
		if ch == '\r' {
			ch = '\n'
			if pos < len(src) && src[pos] == '\n' {
				pos++
			}
		}
		out = append(out, ch)
		if ch == '\n' {
			break
		}
	}
	if len(out) == 0 {
		return nil, pos
	}
	return out, pos
}

// ---- units and frame blocks ----

// enterScope opens the unit for the scope of node (compiler_enter_scope);
// its location starts at line lineno, column 0.
func (c *checker) enterScope(node syntax.Node, kind unitKind, lineno int) {
	s := c.table.Lookup(node)
	if s == nil {
		panic(bailout{errors.New("compile: the symbol table has no scope for a node of the tree")})
	}
	if c.u != nil {
		c.outer = append(c.outer, c.u)
	}
	c.u = &unit{kind: kind, scope: s, loc: syntax.Loc{Lineno: lineno, EndLineno: lineno}}
}

// exitScope returns to the enclosing unit (compiler_exit_scope).
func (c *checker) exitScope() {
	n := len(c.outer)
	if n == 0 {
		c.u = nil
		return
	}
	c.u = c.outer[n-1]
	c.outer = c.outer[:n-1]
}

// pushFblock enters a frame block (compiler_push_fblock).
func (c *checker) pushFblock(b fblock) {
	if len(c.u.fblocks) >= maxBlocks {
		c.fail("too many statically nested blocks")
	}
	c.u.fblocks = append(c.u.fblocks, b)
}

// popFblock leaves the innermost frame block.
func (c *checker) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// unwindFblock compiles the exit from frame block b for break, continue or
// return (compiler_unwind_fblock).
func (c *checker) unwindFblock(b fblock, preserveTOS bool) {
	switch b.kind {
	case finallyTry:
		if preserveTOS {
			c.pushFblock(fblock{kind: popValue})
		}
		c.stmts(b.finalBody)
		if preserveTOS {
			c.popFblock()
		}
		c.unsetLoc()
	case withBlock, asyncWithBlock:
		c.setLoc(b.stmt)
		c.unsetLoc()
	}
	// The other blocks unwind without compiling source code. A
	// handlerCleanup block stores None into the handler's name and
	// deletes it, which can only fail for __debug__, already reported
	// when the handler stored the exception.
}

// unwindFblockStack unwinds the frame blocks from the innermost outwards
// (compiler_unwind_fblock_stack). With toLoop it stops at the innermost
// loop and returns true if there is one.
func (c *checker) unwindFblockStack(preserveTOS, toLoop bool) bool {
	u := c.u
	n := len(u.fblocks)
	if n == 0 {
		return false
	}
	top := u.fblocks[n-1]
	if top.kind == exceptionGroupHandler {
		c.fail("'break', 'continue' and 'return' cannot appear in an except* block")
	}
	if toLoop && (top.kind == whileLoop || top.kind == forLoop) {
		return true
	}
	u.fblocks = u.fblocks[:n-1]
	c.unwindFblock(top, preserveTOS)
	found := c.unwindFblockStack(preserveTOS, toLoop)
	u.fblocks = append(u.fblocks, top)
	return found
}

// ---- names ----

// forbiddenName rejects storing into or deleting __debug__ (forbidden_name).
func (c *checker) forbiddenName(name string, ctx syntax.ExprContext) {
	if name != "__debug__" {
		return
	}
	switch ctx {
	case syntax.Store:
		c.fail("cannot assign to __debug__")
	case syntax.Del:
		c.fail("cannot delete __debug__")
	}
}

// checkDebugArgs rejects a parameter named __debug__
// (compiler_check_debug_args).
func (c *checker) checkDebugArgs(a *syntax.Arguments) {
	for _, arg := range a.Posonlyargs {
		c.forbiddenName(arg.Arg, syntax.Store)
	}
	for _, arg := range a.Args {
		c.forbiddenName(arg.Arg, syntax.Store)
	}
	if a.Vararg != nil {
		c.forbiddenName(a.Vararg.Arg, syntax.Store)
	}
	for _, arg := range a.Kwonlyargs {
		c.forbiddenName(arg.Arg, syntax.Store)
	}
	if a.Kwarg != nil {
		c.forbiddenName(a.Kwarg.Arg, syntax.Store)
	}
}

// ---- module and statements ----

func (c *checker) module(m *syntax.Module) {
	c.enterScope(m, moduleUnit, 1)
	c.body(m.Body)
	c.exitScope()
}

// body compiles the statements of a module or class body (compiler_body).
// A docstring is an expression statement holding a constant, which cannot
// fail, so it needs no special case.
func (c *checker) body(stmts []syntax.Stmt) {
	if c.u.kind == moduleUnit && len(stmts) > 0 {
		c.setLoc(stmts[0])
	}
	c.stmts(stmts)
}

func (c *checker) stmts(stmts []syntax.Stmt) {
	for _, s := range stmts {
		c.stmt(s)
	}
}

// stmt compiles one statement (compiler_visit_stmt).
func (c *checker) stmt(s syntax.Stmt) {
	if s == nil {
		return // not produced by the parser
	}
	c.setLoc(s)
	switch s := s.(type) {
	case *syntax.FunctionDef:
		c.function(s, functionUnit, s.Name, s.Args, s.Returns, s.DecoratorList, s.Body)
	case *syntax.AsyncFunctionDef:
		c.function(s, asyncFunctionUnit, s.Name, s.Args, s.Returns, s.DecoratorList, s.Body)
	case *syntax.ClassDef:
		c.class(s)
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.Delete:
		c.exprs(s.Targets)
	case *syntax.Assign:
		c.expr(s.Value)
		c.exprs(s.Targets)
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.For:
		c.pushFblock(fblock{kind: forLoop})
		c.expr(s.Iter)
		c.expr(s.Target)
		c.stmts(s.Body)
		c.unsetLoc()
		c.popFblock()
		c.stmts(s.Orelse)
	case *syntax.AsyncFor:
		if c.u.kind != asyncFunctionUnit {
			c.fail("'async for' outside async function")
		}
		c.expr(s.Iter)
		c.pushFblock(fblock{kind: forLoop})
		c.expr(s.Target)
		c.stmts(s.Body)
		c.unsetLoc()
		c.popFblock()
		c.setLoc(s.Iter)
		c.stmts(s.Orelse)
	case *syntax.While:
		c.pushFblock(fblock{kind: whileLoop})
		c.jumpIf(s.Test)
		c.stmts(s.Body)
		c.setLoc(s)
		c.jumpIf(s.Test)
		c.popFblock()
		c.stmts(s.Orelse)
	case *syntax.If:
		c.jumpIf(s.Test)
		c.stmts(s.Body)
		c.stmts(s.Orelse)
	case *syntax.Match:
		c.match(s)
	case *syntax.Raise:
		if s.Exc != nil {
			c.expr(s.Exc)
			if s.Cause != nil {
				c.expr(s.Cause)
			}
		}
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
			c.tryFinally(s.Finalbody, func() {
				if len(s.Handlers) > 0 {
					c.tryStarExcept(s.Body, s.Handlers, s.Orelse)
				} else {
					c.stmts(s.Body)
				}
			})
		} else {
			c.tryStarExcept(s.Body, s.Handlers, s.Orelse)
		}
	case *syntax.Assert:
		// No code (and so no error) under -O; hotloop compiles as python3
		// without options.
		c.jumpIf(s.Test)
		if s.Msg != nil {
			c.expr(s.Msg)
		}
		c.setLoc(s.Test)
	case *syntax.Import:
		for _, a := range s.Names {
			if a.Asname != "" {
				c.forbiddenName(a.Asname, syntax.Store)
				continue
			}
			name := a.Name
			if i := strings.IndexByte(name, '.'); i >= 0 {
				name = name[:i]
			}
			c.forbiddenName(name, syntax.Store)
		}
	case *syntax.ImportFrom:
		if s.Lineno > c.table.Future.Lineno && s.Module == "__future__" {
			c.fail("from __future__ imports must occur at the beginning of the file")
		}
		for i, a := range s.Names {
			if i == 0 && a.Name == "*" {
				break
			}
			name := a.Name
			if a.Asname != "" {
				name = a.Asname
			}
			c.forbiddenName(name, syntax.Store)
		}
	case *syntax.ExprStmt:
		// A constant statement (after constant folding) compiles to
		// nothing; it could not fail anyway.
		if _, ok := s.Value.(*syntax.Constant); !ok {
			c.expr(s.Value)
		}
	case *syntax.Break:
		saved := c.u.loc
		if !c.unwindFblockStack(false, true) {
			c.u.loc = saved
			c.fail("'break' outside loop")
		}
	case *syntax.Continue:
		saved := c.u.loc
		if !c.unwindFblockStack(false, true) {
			c.u.loc = saved
			c.fail("'continue' not properly in loop")
		}
	case *syntax.With:
		c.with(s, 0)
	case *syntax.AsyncWith:
		c.asyncWith(s, 0)
	}
	// Global, Nonlocal and Pass compile to nothing that can fail.
}

// function compiles a def or async def (compiler_function): parameter
// names, decorators, defaults and annotations in the enclosing unit, the
// body in its own, then the store of the function's name.
func (c *checker) function(s syntax.Stmt, kind unitKind, name string, args *syntax.Arguments,
	returns syntax.Expr, decos []syntax.Expr, body []syntax.Stmt) {
	c.checkDebugArgs(args)
	c.exprs(decos)
	firstLine := s.Pos().Lineno
	if len(decos) > 0 {
		firstLine = decos[0].Pos().Lineno
	}
	c.defaults(args)
	c.annotations(args, returns)
	c.enterScope(s, kind, firstLine)
	c.stmts(body)
	c.exitScope()
	c.forbiddenName(name, syntax.Store)
}

// defaults compiles the default values of the parameters
// (compiler_default_arguments).
func (c *checker) defaults(a *syntax.Arguments) {
	c.exprs(a.Defaults)
	for i := range a.Kwonlyargs {
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			c.expr(a.KwDefaults[i])
		}
	}
}

// annotations compiles the annotations of a def, which are evaluated at
// definition time unless `from __future__ import annotations` turns them
// into strings (compiler_visit_annotations).
func (c *checker) annotations(a *syntax.Arguments, returns syntax.Expr) {
	if c.table.Future.Annotations() {
		return
	}
	ann := func(arg *syntax.Arg) {
		if arg == nil || arg.Annotation == nil {
			return
		}
		if st, ok := arg.Annotation.(*syntax.Starred); ok {
			// *args: *Ts
			c.expr(st.Value)
			return
		}
		c.expr(arg.Annotation)
	}
	for _, arg := range a.Args {
		ann(arg)
	}
	for _, arg := range a.Posonlyargs {
		ann(arg)
	}
	ann(a.Vararg)
	for _, arg := range a.Kwonlyargs {
		ann(arg)
	}
	ann(a.Kwarg)
	if returns != nil {
		c.expr(returns)
	}
}

// class compiles a class statement (compiler_class): the decorators, the
// body in its own unit, and only then the bases and keywords.
func (c *checker) class(s *syntax.ClassDef) {
	c.exprs(s.DecoratorList)
	firstLine := s.Lineno
	if len(s.DecoratorList) > 0 {
		firstLine = s.DecoratorList[0].Pos().Lineno
	}
	c.enterScope(s, classUnit, firstLine)
	c.body(s.Body)
	c.exitScope()
	c.callArgs(s.Bases, s.Keywords)
	c.forbiddenName(s.Name, syntax.Store)
}

// returnStmt compiles a return statement (compiler_return).
func (c *checker) returnStmt(s *syntax.Return) {
	if c.u.scope.Type != symtable.FunctionBlock {
		c.fail("'return' outside function")
	}
	if s.Value != nil && c.u.scope.Coroutine && c.u.scope.Generator {
		c.fail("'return' with value in async generator")
	}
	preserveTOS := false
	if s.Value != nil {
		if _, ok := constValue(s.Value); ok {
			c.setLoc(s.Value)
		} else {
			preserveTOS = true
			c.expr(s.Value)
		}
	}
	if s.Value == nil || s.Value.Pos().Lineno != s.Lineno {
		c.setLoc(s)
	}
	c.unwindFblockStack(preserveTOS, false)
}

// augAssign compiles an augmented assignment (compiler_augassign). Only a
// name target checks __debug__; an attribute target does not.
func (c *checker) augAssign(s *syntax.AugAssign) {
	saved := c.u.loc
	c.setLoc(s.Target)
	switch t := s.Target.(type) {
	case *syntax.Attribute:
		c.expr(t.Value)
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
	}
	c.u.loc = saved
	c.expr(s.Value)
	c.setLoc(s.Target)
	if t, ok := s.Target.(*syntax.Name); ok {
		c.forbiddenName(t.Id, syntax.Store)
	}
}

// annAssign compiles an annotated assignment (compiler_annassign).
// Annotations are evaluated only in a module or class body, and not at all
// under `from __future__ import annotations`.
func (c *checker) annAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.expr(s.Target)
	}
	evaluated := !c.table.Future.Annotations() && (c.u.kind == moduleUnit || c.u.kind == classUnit)
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.forbiddenName(t.Id, syntax.Store)
		if s.Simple != 0 && evaluated {
			c.expr(s.Annotation)
		}
	case *syntax.Attribute:
		c.forbiddenName(t.Attr, syntax.Store)
		if s.Value == nil {
			c.expr(t.Value)
		}
	case *syntax.Subscript:
		if s.Value == nil {
			c.expr(t.Value)
			c.annSubscript(t.Slice)
		}
	}
	if s.Simple == 0 && evaluated {
		c.expr(s.Annotation)
	}
}

// annSubscript evaluates the parts of the subscript of an annotated target
// without a value (check_ann_subscr).
func (c *checker) annSubscript(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Slice:
		for _, x := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				c.expr(x)
			}
		}
	case *syntax.Tuple:
		for _, x := range e.Elts {
			c.annSubscript(x)
		}
	default:
		c.expr(e)
	}
}

// tryFinally compiles try ... finally around the try part compiled by
// inner (compiler_try_finally): the finally body once for the normal exit
// and once for the exceptional one, one block deeper.
func (c *checker) tryFinally(final []syntax.Stmt, inner func()) {
	c.pushFblock(fblock{kind: finallyTry, finalBody: final})
	inner()
	c.popFblock()
	c.stmts(final)
	c.unsetLoc()
	c.pushFblock(fblock{kind: finallyEnd})
	c.stmts(final)
	c.popFblock()
}

// tryExcept compiles try ... except ... else (compiler_try_except).
func (c *checker) tryExcept(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	c.pushFblock(fblock{kind: tryExcept})
	c.stmts(body)
	c.popFblock()
	c.stmts(orelse)
	c.unsetLoc()
	c.pushFblock(fblock{kind: exceptionHandler})
	for i, h := range handlers {
		c.setLoc(h)
		if h.Type == nil && i < len(handlers)-1 {
			c.fail("default 'except:' must be last")
		}
		if h.Type != nil {
			c.expr(h.Type)
		}
		if h.Name != "" {
			c.forbiddenName(h.Name, syntax.Store)
		}
		c.pushFblock(fblock{kind: handlerCleanup})
		c.stmts(h.Body)
		c.popFblock()
		c.unsetLoc()
	}
	c.unsetLoc()
	c.popFblock()
}

// tryStarExcept compiles try ... except* ... else
// (compiler_try_star_except); its else body comes last.
func (c *checker) tryStarExcept(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	c.pushFblock(fblock{kind: tryExcept})
	c.stmts(body)
	c.popFblock()
	c.unsetLoc()
	c.pushFblock(fblock{kind: exceptionGroupHandler})
	for _, h := range handlers {
		c.setLoc(h)
		if h.Type != nil {
			c.expr(h.Type)
		}
		if h.Name != "" {
			c.forbiddenName(h.Name, syntax.Store)
		}
		c.pushFblock(fblock{kind: handlerCleanup})
		c.stmts(h.Body)
		c.popFblock()
		c.unsetLoc()
	}
	c.unsetLoc()
	c.popFblock()
	c.stmts(orelse)
}

// with compiles item pos of a with statement and what it encloses
// (compiler_with).
func (c *checker) with(s *syntax.With, pos int) {
	if pos >= len(s.Items) {
		c.stmts(s.Body) // no items: not produced by the parser
		return
	}
	item := s.Items[pos]
	c.expr(item.ContextExpr)
	c.pushFblock(fblock{kind: withBlock, stmt: s})
	if item.OptionalVars != nil {
		c.expr(item.OptionalVars)
	}
	if pos+1 == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.with(s, pos+1)
	}
	c.unsetLoc()
	c.popFblock()
	c.setLoc(s)
}

// asyncWith compiles item pos of an async with statement and what it
// encloses (compiler_async_with).
func (c *checker) asyncWith(s *syntax.AsyncWith, pos int) {
	if c.u.kind != asyncFunctionUnit {
		c.fail("'async with' outside async function")
	}
	if pos >= len(s.Items) {
		c.stmts(s.Body) // no items: not produced by the parser
		return
	}
	item := s.Items[pos]
	c.expr(item.ContextExpr)
	c.pushFblock(fblock{kind: asyncWithBlock, stmt: s})
	if item.OptionalVars != nil {
		c.expr(item.OptionalVars)
	}
	if pos+1 == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.asyncWith(s, pos+1)
	}
	c.popFblock()
	c.setLoc(s)
}

// ---- expressions ----

func (c *checker) exprs(es []syntax.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

// expr compiles an expression at its own location and restores the
// location after it (compiler_visit_expr).
func (c *checker) expr(e syntax.Expr) {
	if e == nil {
		return // not produced by the parser
	}
	u := c.u
	saved := u.loc
	c.setLoc(e)
	c.expr1(e)
	u.loc = saved
}

// expr1 compiles an expression (compiler_visit_expr1).
func (c *checker) expr1(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.NamedExpr:
		c.expr(e.Value)
		c.expr(e.Target)
	case *syntax.BoolOp:
		c.exprs(e.Values)
	case *syntax.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
	case *syntax.UnaryOp:
		c.expr(e.Operand)
	case *syntax.Lambda:
		c.checkDebugArgs(e.Args)
		c.defaults(e.Args)
		c.enterScope(e, lambdaUnit, e.Lineno)
		c.expr(e.Body)
		c.exitScope()
	case *syntax.IfExp:
		c.jumpIf(e.Test)
		c.expr(e.Body)
		c.expr(e.Orelse)
	case *syntax.Dict:
		// Whichever way compiler_dict groups the items, each key (a
		// constant when not visited) comes before its value.
		for i, v := range e.Values {
			if i < len(e.Keys) && e.Keys[i] != nil {
				c.expr(e.Keys[i])
			}
			c.expr(v)
		}
	case *syntax.Set:
		c.elements(e.Elts)
	case *syntax.GeneratorExp:
		c.comprehension(e, false, e.Generators, e.Elt, nil)
	case *syntax.ListComp:
		c.comprehension(e, true, e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(e, true, e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(e, true, e.Generators, e.Key, e.Value)
	case *syntax.Yield:
		if c.u.scope.Type != symtable.FunctionBlock {
			c.fail("'yield' outside function")
		}
		if e.Value != nil {
			c.expr(e.Value)
		}
	case *syntax.YieldFrom:
		if c.u.scope.Type != symtable.FunctionBlock {
			c.fail("'yield' outside function")
		}
		if c.u.kind == asyncFunctionUnit {
			c.fail("'yield from' inside async function")
		}
		c.expr(e.Value)
	case *syntax.Await:
		// Top-level await (PyCF_ALLOW_TOP_LEVEL_AWAIT) is for the asyncio
		// REPL, not for programs.
		if c.u.scope.Type != symtable.FunctionBlock {
			c.fail("'await' outside function")
		}
		if c.u.kind != asyncFunctionUnit && c.u.kind != comprehensionUnit {
			c.fail("'await' outside async function")
		}
		c.expr(e.Value)
	case *syntax.Compare:
		c.expr(e.Left)
		c.exprs(e.Comparators)
	case *syntax.Call:
		c.call(e)
	case *syntax.FormattedValue:
		c.expr(e.Value)
		if e.FormatSpec != nil {
			c.expr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		c.exprs(e.Values)
	case *syntax.Attribute:
		c.expr(e.Value)
		c.updateStartLocationToMatchAttr(e)
		if e.Ctx == syntax.Store {
			c.forbiddenName(e.Attr, syntax.Store)
		}
	case *syntax.Subscript:
		c.expr(e.Value)
		c.expr(e.Slice)
	case *syntax.Starred:
		// Starred items of displays, calls and assignment targets are
		// compiled by their parent; any other one lands here.
		if e.Ctx == syntax.Store {
			c.fail("starred assignment target must be in a list or tuple")
		}
		c.fail("can't use starred expression here")
	case *syntax.Slice:
		for _, x := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				c.expr(x)
			}
		}
	case *syntax.Name:
		c.forbiddenName(e.Id, e.Ctx)
	case *syntax.List:
		c.sequence(e.Elts, e.Ctx)
	case *syntax.Tuple:
		c.sequence(e.Elts, e.Ctx)
	}
	// Constant compiles to a load that cannot fail.
}

// sequence compiles the items of a list or tuple display or target
// (compiler_list, compiler_tuple).
func (c *checker) sequence(elts []syntax.Expr, ctx syntax.ExprContext) {
	switch ctx {
	case syntax.Store:
		c.unpack(elts)
		for _, e := range elts {
			if st, ok := e.(*syntax.Starred); ok {
				e = st.Value
			}
			c.expr(e)
		}
	case syntax.Load:
		c.elements(elts)
	default:
		c.exprs(elts)
	}
}

// elements compiles the items of a display or the positional arguments of
// a call, where a starred item is unpacked (starunpack_helper).
func (c *checker) elements(elts []syntax.Expr) {
	for _, e := range elts {
		if st, ok := e.(*syntax.Starred); ok {
			e = st.Value
		}
		c.expr(e)
	}
}

// unpack checks the starred items of an assignment target (unpack_helper).
func (c *checker) unpack(elts []syntax.Expr) {
	n := len(elts)
	seenStar := false
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); !ok {
			continue
		}
		if seenStar {
			c.fail("multiple starred expressions in assignment")
		}
		if i >= 1<<8 || n-i-1 >= (1<<31-1)>>8 {
			c.fail("too many expressions in star-unpacking assignment")
		}
		seenStar = true
	}
}

// call compiles a call (compiler_call). Whichever code compile.c picks for
// it, the function comes first, then the positional arguments, then the
// keyword values.
func (c *checker) call(e *syntax.Call) {
	c.validateKeywords(e.Keywords)
	c.expr(e.Func)
	c.callArgs(e.Args, e.Keywords)
}

// callArgs compiles the arguments of a call or the bases and keywords of a
// class (compiler_call_helper).
func (c *checker) callArgs(args []syntax.Expr, keywords []*syntax.Keyword) {
	c.validateKeywords(keywords)
	c.elements(args)
	for _, k := range keywords {
		c.expr(k.Value)
	}
}

// validateKeywords rejects a keyword argument named __debug__ and a
// repeated one (validate_keywords).
func (c *checker) validateKeywords(keywords []*syntax.Keyword) {
	for i, k := range keywords {
		if k.Arg == "" {
			continue
		}
		c.forbiddenName(k.Arg, syntax.Store)
		for _, other := range keywords[i+1:] {
			if other.Arg == k.Arg {
				c.setLoc(other)
				c.fail("keyword argument repeated: %s", k.Arg)
			}
		}
	}
}

// jumpIf compiles a condition (compiler_jump_if). A comparison sets the
// location to itself and leaves it there.
func (c *checker) jumpIf(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.UnaryOp:
		if x.Op == syntax.Not {
			c.jumpIf(x.Operand)
			return
		}
	case *syntax.BoolOp:
		for _, v := range x.Values {
			c.jumpIf(v)
		}
		return
	case *syntax.IfExp:
		c.jumpIf(x.Test)
		c.jumpIf(x.Body)
		c.jumpIf(x.Orelse)
		return
	case *syntax.Compare:
		c.setLoc(x)
		if len(x.Ops) > 1 {
			c.expr(x.Left)
			c.exprs(x.Comparators)
			return
		}
	}
	c.expr(e)
}

// comprehension compiles a comprehension or generator expression
// (compiler_comprehension): everything but the first iterable in its own
// unit, then the first iterable in the enclosing one.
func (c *checker) comprehension(e syntax.Expr, notGenexp bool, gens []*syntax.Comprehension, elt, val syntax.Expr) {
	outer := c.u.kind
	c.enterScope(e, comprehensionUnit, e.Pos().Lineno)
	c.setLoc(e)
	if c.u.scope.Coroutine && notGenexp && outer != asyncFunctionUnit && outer != comprehensionUnit {
		c.fail("asynchronous comprehension outside of an asynchronous function")
	}
	if len(gens) > 0 {
		c.generator(gens, 0, elt, val)
	}
	c.exitScope()
	if len(gens) > 0 {
		c.expr(gens[0].Iter)
	}
}

// generator compiles the for clause gens[i] of a comprehension and what it
// encloses (compiler_sync_comprehension_generator and its async twin).
func (c *checker) generator(gens []*syntax.Comprehension, i int, elt, val syntax.Expr) {
	g := gens[i]
	if i > 0 {
		c.expr(g.Iter)
	}
	if g.IsAsync != 0 {
		c.pushFblock(fblock{kind: asyncComprehensionGenerator})
	}
	c.expr(g.Target)
	for _, cond := range g.Ifs {
		c.jumpIf(cond)
	}
	if i+1 < len(gens) {
		c.generator(gens, i+1, elt, val)
	} else {
		c.expr(elt)
		if val != nil {
			c.expr(val)
		}
	}
	if g.IsAsync != 0 {
		c.popFblock()
	}
}
