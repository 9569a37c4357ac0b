package symtable

// This file is the first pass: a walk over the AST that opens a scope for
// each module, def, lambda, class and comprehension and records raw facts
// about every name in the scope where they occur (bound, used, parameter,
// declared global or nonlocal, imported, annotated). It follows the visiting
// order of CPython 3.11's symtable.c, because that order decides which error
// is reported first and the order of each scope's symbols and children.
//
// Points of note:
//   - A def's defaults, keyword defaults, annotations and decorators, and a
//     class's bases and keywords, are evaluated in the enclosing scope and
//     visited before the new scope is opened. A lambda likewise.
//   - A comprehension is a function scope of its own; its outermost
//     iterable is evaluated in the enclosing scope and reaches the new scope
//     as the implicit parameter ".0".
//   - A walrus inside a comprehension binds its target in the nearest
//     enclosing function or module scope: there it is recorded as a local
//     (or global), and in the comprehension where it appears as nonlocal
//     (or global), so that the second pass threads it through any scopes in
//     between as a free variable.
//   - Names are mangled with the innermost enclosing class name.
//   - Under `from __future__ import annotations`, annotations are visited in
//     a detached AnnotationBlock, so their names never reach a real scope.

import "github.com/hotloop/hotloop/vm/syntax"

// builder holds the state of one Build.
type builder struct {
	table   *Table
	errs    *errorSource
	top     *Scope
	cur     *Scope
	stack   []*Scope
	private string // name of the innermost enclosing class, for mangling
}

// run performs both passes and returns the first error.
func (b *builder) run(mod syntax.ModNode) (err *syntax.Error) {
	defer func() {
		if r := recover(); r != nil {
			bo, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			err = bo.err
		}
	}()
	b.enterBlock("top", ModuleBlock, mod, syntax.Loc{})
	b.top = b.cur
	b.table.Top = b.cur
	switch m := mod.(type) {
	case *syntax.Module:
		b.visitStmts(m.Body)
	case *syntax.Interactive:
		b.visitStmts(m.Body)
	case *syntax.Expression:
		b.visitExpr(m.Body)
	default:
		b.fail(b.errs.pointError(0, 0, "this compiler does not handle FunctionTypes"))
	}
	b.exitBlock()
	b.analyze()
	return nil
}

// fail stops the pass with err.
func (b *builder) fail(err *syntax.Error) { panic(bailout{err}) }

// failAt stops the pass with a SyntaxError over loc.
func (b *builder) failAt(loc syntax.Loc, format string, args ...any) {
	b.fail(b.errs.rangeError(loc, format, args...))
}

// enterBlock opens a new scope as a child of the current one.
func (b *builder) enterBlock(name string, typ BlockType, node syntax.Node, loc syntax.Loc) {
	s := &Scope{
		Type:  typ,
		Name:  name,
		Node:  node,
		Loc:   loc,
		index: map[string]*Symbol{},
	}
	prev := b.cur
	if prev != nil {
		s.Nested = prev.Nested || prev.Type == FunctionBlock
		// bpo-37757: a walrus is refused anywhere inside a comprehension's
		// iterable, even in a nested lambda or comprehension.
		s.compIterExpr = prev.compIterExpr
	}
	b.stack = append(b.stack, s)
	b.cur = s
	// An annotation scope is a dead end: it is not attached to the tree.
	if typ == AnnotationBlock {
		return
	}
	b.table.blocks[node] = s
	if prev != nil {
		s.Parent = prev
		prev.Children = append(prev.Children, s)
	}
}

// exitBlock closes the current scope.
func (b *builder) exitBlock() {
	b.stack = b.stack[:len(b.stack)-1]
	b.cur = nil
	if n := len(b.stack); n > 0 {
		b.cur = b.stack[n-1]
	}
}

// addDef records flag for name in the current scope.
func (b *builder) addDef(name string, flag Flags, loc syntax.Loc) {
	b.addDefIn(b.cur, name, flag, loc)
}

// addDefIn records flag for name (mangled) in scope s. A parameter
// recorded twice is an error; so is a comprehension iteration variable
// that a walrus already claimed for the enclosing scope.
func (b *builder) addDefIn(s *Scope, name string, flag Flags, loc syntax.Loc) {
	mangled := Mangle(b.private, name)
	val := flag
	if sym := s.index[mangled]; sym != nil {
		if flag&DefParam != 0 && sym.Flags&DefParam != 0 {
			b.failAt(loc, msgDuplicateArgument, name)
		}
		val |= sym.Flags
	}
	if s.compIterTarget {
		if val&(DefGlobal|DefNonlocal) != 0 {
			b.failAt(loc, msgNamedExprInnerLoop, name)
		}
		val |= DefCompIter
	}
	s.symbol(mangled).Flags = val
	if flag&DefParam != 0 {
		s.Varnames = append(s.Varnames, mangled)
	} else if flag&DefGlobal != 0 {
		// A global declaration anywhere also marks the module's symbol.
		g := b.top.symbol(mangled)
		g.Flags |= flag
	}
}

// lookup returns the flags recorded so far for name in the current scope.
func (b *builder) lookup(name string) Flags {
	return b.cur.FlagsOf(Mangle(b.private, name))
}

// recordDirective remembers where name was declared global or nonlocal.
func (b *builder) recordDirective(name string, loc syntax.Loc) {
	b.cur.directives = append(b.cur.directives, directive{Mangle(b.private, name), loc})
}

func (b *builder) visitStmts(body []syntax.Stmt) {
	for _, s := range body {
		b.visitStmt(s)
	}
}

func (b *builder) visitExprs(es []syntax.Expr) {
	for _, e := range es {
		// Dict keys and keyword defaults hold nil for "no expression".
		if e != nil {
			b.visitExpr(e)
		}
	}
}

func (b *builder) visitStmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		b.visitFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *syntax.AsyncFunctionDef:
		b.visitFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *syntax.ClassDef:
		b.addDef(s.Name, DefLocal, s.Loc)
		b.visitExprs(s.Bases)
		b.visitKeywords(s.Keywords)
		b.visitExprs(s.DecoratorList)
		b.enterBlock(s.Name, ClassBlock, s, s.Loc)
		saved := b.private
		b.private = s.Name
		b.visitStmts(s.Body)
		b.private = saved
		b.exitBlock()
	case *syntax.Return:
		if s.Value != nil {
			b.visitExpr(s.Value)
			b.cur.ReturnsValue = true
		}
	case *syntax.Delete:
		b.visitExprs(s.Targets)
	case *syntax.Assign:
		b.visitExprs(s.Targets)
		b.visitExpr(s.Value)
	case *syntax.AnnAssign:
		b.visitAnnAssign(s)
	case *syntax.AugAssign:
		b.visitExpr(s.Target)
		b.visitExpr(s.Value)
	case *syntax.For:
		b.visitExpr(s.Target)
		b.visitExpr(s.Iter)
		b.visitStmts(s.Body)
		b.visitStmts(s.Orelse)
	case *syntax.AsyncFor:
		b.visitExpr(s.Target)
		b.visitExpr(s.Iter)
		b.visitStmts(s.Body)
		b.visitStmts(s.Orelse)
	case *syntax.While:
		b.visitExpr(s.Test)
		b.visitStmts(s.Body)
		b.visitStmts(s.Orelse)
	case *syntax.If:
		b.visitExpr(s.Test)
		b.visitStmts(s.Body)
		b.visitStmts(s.Orelse)
	case *syntax.With:
		b.visitWithItems(s.Items)
		b.visitStmts(s.Body)
	case *syntax.AsyncWith:
		b.visitWithItems(s.Items)
		b.visitStmts(s.Body)
	case *syntax.Match:
		b.visitExpr(s.Subject)
		for _, c := range s.Cases {
			b.visitPattern(c.Pattern)
			if c.Guard != nil {
				b.visitExpr(c.Guard)
			}
			b.visitStmts(c.Body)
		}
	case *syntax.Raise:
		if s.Exc != nil {
			b.visitExpr(s.Exc)
			if s.Cause != nil {
				b.visitExpr(s.Cause)
			}
		}
	case *syntax.Try:
		b.visitTry(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.TryStar:
		b.visitTry(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.Assert:
		b.visitExpr(s.Test)
		if s.Msg != nil {
			b.visitExpr(s.Msg)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			b.visitAlias(a)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			b.visitAlias(a)
		}
	case *syntax.Global:
		for _, name := range s.Names {
			b.visitDeclaration(name, s.Loc, DefGlobal)
		}
	case *syntax.Nonlocal:
		for _, name := range s.Names {
			b.visitDeclaration(name, s.Loc, DefNonlocal)
		}
	case *syntax.ExprStmt:
		b.visitExpr(s.Value)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	}
}

// visitFunction handles def and async def.
func (b *builder) visitFunction(s syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decorators []syntax.Expr, returns syntax.Expr, async bool) {
	loc := *s.Pos()
	if args == nil {
		args = &syntax.Arguments{}
	}
	b.addDef(name, DefLocal, loc)
	b.visitExprs(args.Defaults)
	b.visitExprs(args.KwDefaults)
	b.visitAnnotations(s, loc, args, returns)
	b.visitExprs(decorators)
	b.enterBlock(name, FunctionBlock, s, loc)
	if async {
		b.cur.Coroutine = true
	}
	b.visitArguments(args)
	b.visitStmts(body)
	b.exitBlock()
}

// visitDeclaration handles one name of a global (flag DefGlobal) or
// nonlocal (DefNonlocal) statement at loc.
func (b *builder) visitDeclaration(name string, loc syntax.Loc, flag Flags) {
	cur := b.lookup(name)
	if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
		global := flag == DefGlobal
		var msg string
		switch {
		case cur&DefParam != 0:
			msg = pick(global, msgGlobalParam, msgNonlocalParam)
		case cur&Use != 0:
			msg = pick(global, msgGlobalAfterUse, msgNonlocalAfterUse)
		case cur&DefAnnot != 0:
			msg = pick(global, msgGlobalAnnot, msgNonlocalAnnot)
		default:
			msg = pick(global, msgGlobalAfterAssign, msgNonlocalAfterAssign)
		}
		b.failAt(loc, msg, name)
	}
	b.addDef(name, flag, loc)
	b.recordDirective(name, loc)
}

func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}

func (b *builder) visitAnnAssign(s *syntax.AnnAssign) {
	if name, ok := s.Target.(*syntax.Name); ok {
		cur := b.lookup(name.Id)
		if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.top && s.Simple != 0 {
			msg := msgNonlocalAnnot
			if cur&DefGlobal != 0 {
				msg = msgGlobalAnnot
			}
			b.failAt(s.Loc, msg, name.Id)
		}
		if s.Simple != 0 {
			b.addDef(name.Id, DefAnnot|DefLocal, name.Loc)
		} else if s.Value != nil {
			b.addDef(name.Id, DefLocal, name.Loc)
		}
	} else {
		b.visitExpr(s.Target)
	}
	b.visitAnnotation(s.Annotation)
	if s.Value != nil {
		b.visitExpr(s.Value)
	}
}

func (b *builder) visitTry(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, final []syntax.Stmt) {
	b.visitStmts(body)
	b.visitStmts(orelse)
	for _, h := range handlers {
		if h.Type != nil {
			b.visitExpr(h.Type)
		}
		if h.Name != "" {
			b.addDef(h.Name, DefLocal, h.Loc)
		}
		b.visitStmts(h.Body)
	}
	b.visitStmts(final)
}

func (b *builder) visitWithItems(items []*syntax.WithItem) {
	for _, it := range items {
		b.visitExpr(it.ContextExpr)
		if it.OptionalVars != nil {
			b.visitExpr(it.OptionalVars)
		}
	}
}

func (b *builder) visitKeywords(kws []*syntax.Keyword) {
	for _, k := range kws {
		b.visitExpr(k.Value)
	}
}

// visitAlias binds the name an import stores: the asname, or the first
// component of a dotted module name. A star import is only allowed in the
// module scope and binds nothing the compiler can know.
func (b *builder) visitAlias(a *syntax.Alias) {
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	}
	if name == "*" {
		if b.cur.Type != ModuleBlock {
			b.failAt(a.Loc, msgImportStar)
		}
		return
	}
	store := name
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			store = name[:i]
			break
		}
	}
	b.addDef(store, DefImport, a.Loc)
}

// visitAnnotation visits one annotation expression (an AnnAssign's or a
// def's return annotation).
func (b *builder) visitAnnotation(ann syntax.Expr) {
	if ann == nil {
		return
	}
	future := b.table.Future.Annotations()
	if future {
		b.enterBlock("_annotation", AnnotationBlock, ann, *ann.Pos())
	}
	b.visitExpr(ann)
	if future {
		b.exitBlock()
	}
}

// visitAnnotations visits a def's parameter annotations (in CPython's
// order: positional-only, positional, *args, **kwargs, keyword-only) and
// then its return annotation.
func (b *builder) visitAnnotations(s syntax.Stmt, loc syntax.Loc, a *syntax.Arguments, returns syntax.Expr) {
	future := b.table.Future.Annotations()
	if future {
		b.enterBlock("_annotation", AnnotationBlock, s, loc)
	}
	b.visitArgAnnotations(a.Posonlyargs)
	b.visitArgAnnotations(a.Args)
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		b.visitExpr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		b.visitExpr(a.Kwarg.Annotation)
	}
	b.visitArgAnnotations(a.Kwonlyargs)
	if future {
		b.exitBlock()
	}
	if returns != nil {
		b.visitAnnotation(returns)
	}
}

func (b *builder) visitArgAnnotations(args []*syntax.Arg) {
	for _, a := range args {
		if a.Annotation != nil {
			b.visitExpr(a.Annotation)
		}
	}
}

// visitArguments records the parameters of the function being entered.
func (b *builder) visitArguments(a *syntax.Arguments) {
	b.visitParams(a.Posonlyargs)
	b.visitParams(a.Args)
	b.visitParams(a.Kwonlyargs)
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, DefParam, a.Vararg.Loc)
		b.cur.Varargs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, DefParam, a.Kwarg.Loc)
		b.cur.Varkeywords = true
	}
}

func (b *builder) visitParams(args []*syntax.Arg) {
	for _, a := range args {
		b.addDef(a.Arg, DefParam, a.Loc)
	}
}

// raiseIfAnnotation refuses an expression kind (named "what") inside a
// future-annotations annotation.
func (b *builder) raiseIfAnnotation(what string, loc syntax.Loc) {
	if b.cur.Type == AnnotationBlock {
		b.failAt(loc, msgAnnotationNotAllowed, what)
	}
}

func (b *builder) visitExpr(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.NamedExpr:
		b.raiseIfAnnotation("named expression", e.Loc)
		b.visitNamedExpr(e)
	case *syntax.BoolOp:
		b.visitExprs(e.Values)
	case *syntax.BinOp:
		b.visitExpr(e.Left)
		b.visitExpr(e.Right)
	case *syntax.UnaryOp:
		b.visitExpr(e.Operand)
	case *syntax.Lambda:
		args := e.Args
		if args == nil {
			args = &syntax.Arguments{}
		}
		b.visitExprs(args.Defaults)
		b.visitExprs(args.KwDefaults)
		b.enterBlock("lambda", FunctionBlock, e, e.Loc)
		b.visitArguments(args)
		b.visitExpr(e.Body)
		b.exitBlock()
	case *syntax.IfExp:
		b.visitExpr(e.Test)
		b.visitExpr(e.Body)
		b.visitExpr(e.Orelse)
	case *syntax.Dict:
		b.visitExprs(e.Keys)
		b.visitExprs(e.Values)
	case *syntax.Set:
		b.visitExprs(e.Elts)
	case *syntax.GeneratorExp:
		b.visitComprehension(e, "genexpr", GeneratorExpression, e.Generators, e.Elt, nil)
	case *syntax.ListComp:
		b.visitComprehension(e, "listcomp", ListComprehension, e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		b.visitComprehension(e, "setcomp", SetComprehension, e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		b.visitComprehension(e, "dictcomp", DictComprehension, e.Generators, e.Key, e.Value)
	case *syntax.Yield:
		b.raiseIfAnnotation("yield expression", e.Loc)
		if e.Value != nil {
			b.visitExpr(e.Value)
		}
		b.markGenerator(e.Loc)
	case *syntax.YieldFrom:
		b.raiseIfAnnotation("yield expression", e.Loc)
		b.visitExpr(e.Value)
		b.markGenerator(e.Loc)
	case *syntax.Await:
		b.raiseIfAnnotation("await expression", e.Loc)
		b.visitExpr(e.Value)
		b.cur.Coroutine = true
	case *syntax.Compare:
		b.visitExpr(e.Left)
		b.visitExprs(e.Comparators)
	case *syntax.Call:
		b.visitExpr(e.Func)
		b.visitExprs(e.Args)
		b.visitKeywords(e.Keywords)
	case *syntax.FormattedValue:
		b.visitExpr(e.Value)
		if e.FormatSpec != nil {
			b.visitExpr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		b.visitExprs(e.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		b.visitExpr(e.Value)
	case *syntax.Subscript:
		b.visitExpr(e.Value)
		b.visitExpr(e.Slice)
	case *syntax.Starred:
		b.visitExpr(e.Value)
	case *syntax.Slice:
		if e.Lower != nil {
			b.visitExpr(e.Lower)
		}
		if e.Upper != nil {
			b.visitExpr(e.Upper)
		}
		if e.Step != nil {
			b.visitExpr(e.Step)
		}
	case *syntax.Name:
		flag := DefLocal
		if e.Ctx == syntax.Load {
			flag = Use
		}
		b.addDef(e.Id, flag, e.Loc)
		// super() needs the __class__ cell of the enclosing class.
		if e.Ctx == syntax.Load && b.cur.Type == FunctionBlock && e.Id == "super" {
			b.addDef("__class__", Use, e.Loc)
		}
	case *syntax.List:
		b.visitExprs(e.Elts)
	case *syntax.Tuple:
		b.visitExprs(e.Elts)
	}
}

// markGenerator notes a yield in the current scope; in a comprehension it
// is an error.
func (b *builder) markGenerator(loc syntax.Loc) {
	b.cur.Generator = true
	if c := b.cur.Comprehension; c != NoComprehension {
		b.failAt(loc, "%s", yieldInComprehension(c))
	}
}

func (b *builder) visitNamedExpr(e *syntax.NamedExpr) {
	if b.cur.compIterExpr > 0 {
		b.failAt(e.Loc, msgNamedExprCompIter)
	}
	if b.cur.Comprehension != NoComprehension {
		// The parser only accepts a plain name as a walrus target.
		if target, ok := e.Target.(*syntax.Name); ok {
			b.extendNamedExprScope(target)
		}
	}
	b.visitExpr(e.Value)
	b.visitExpr(e.Target)
}

// extendNamedExprScope binds a walrus target found in a comprehension in
// the nearest enclosing function or module scope.
func (b *builder) extendNamedExprScope(target *syntax.Name) {
	name := target.Id
	for i := len(b.stack) - 1; i >= 0; i-- {
		s := b.stack[i]
		// A comprehension in between: the target must not be one of its
		// iteration variables. (The lookup is not mangled, as in CPython.)
		if s.Comprehension != NoComprehension {
			if f := s.FlagsOf(name); f&DefCompIter != 0 && f&DefLocal != 0 {
				b.failAt(target.Loc, msgNamedExprCompConflict, name)
			}
			continue
		}
		switch s.Type {
		case FunctionBlock:
			if s.FlagsOf(name)&DefGlobal != 0 {
				b.addDef(name, DefGlobal, target.Loc)
			} else {
				b.addDef(name, DefNonlocal, target.Loc)
			}
			b.recordDirective(name, target.Loc)
			b.addDefIn(s, name, DefLocal, target.Loc)
			return
		case ModuleBlock:
			b.addDef(name, DefGlobal, target.Loc)
			b.recordDirective(name, target.Loc)
			b.addDefIn(s, name, DefGlobal, target.Loc)
			return
		case ClassBlock:
			b.failAt(target.Loc, msgNamedExprCompInClass)
		}
	}
}

// visitComprehension opens the scope of a comprehension: the first
// iterable is visited in the current scope, the rest inside.
func (b *builder) visitComprehension(e syntax.Expr, name string, kind Comprehension,
	gens []*syntax.Comprehension, elt, value syntax.Expr) {
	if len(gens) == 0 {
		return // not produced by the parser
	}
	outer := gens[0]
	b.cur.compIterExpr++
	b.visitExpr(outer.Iter)
	b.cur.compIterExpr--
	b.enterBlock(name, FunctionBlock, e, *e.Pos())
	s := b.cur
	s.Comprehension = kind
	if outer.IsAsync != 0 {
		s.Coroutine = true
	}
	b.addDef(".0", DefParam, s.Loc)
	s.compIterTarget = true
	b.visitExpr(outer.Target)
	s.compIterTarget = false
	b.visitExprs(outer.Ifs)
	for _, g := range gens[1:] {
		s.compIterTarget = true
		b.visitExpr(g.Target)
		s.compIterTarget = false
		s.compIterExpr++
		b.visitExpr(g.Iter)
		s.compIterExpr--
		b.visitExprs(g.Ifs)
		if g.IsAsync != 0 {
			s.Coroutine = true
		}
	}
	if value != nil {
		b.visitExpr(value)
	}
	b.visitExpr(elt)
	isGenerator := kind == GeneratorExpression
	s.Generator = isGenerator
	isAsync := s.Coroutine && !isGenerator
	b.exitBlock()
	// An asynchronous list, set or dict comprehension makes the scope that
	// runs it asynchronous too.
	if isAsync {
		b.cur.Coroutine = true
	}
}

func (b *builder) visitPatterns(ps []syntax.Pattern) {
	for _, p := range ps {
		b.visitPattern(p)
	}
}

func (b *builder) visitPattern(p syntax.Pattern) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		b.visitExpr(p.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		b.visitPatterns(p.Patterns)
	case *syntax.MatchStar:
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, p.Loc)
		}
	case *syntax.MatchMapping:
		b.visitExprs(p.Keys)
		b.visitPatterns(p.Patterns)
		if p.Rest != "" {
			b.addDef(p.Rest, DefLocal, p.Loc)
		}
	case *syntax.MatchClass:
		b.visitExpr(p.Cls)
		b.visitPatterns(p.Patterns)
		b.visitPatterns(p.KwdPatterns)
	case *syntax.MatchAs:
		if p.Pattern != nil {
			b.visitPattern(p.Pattern)
		}
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, p.Loc)
		}
	case *syntax.MatchOr:
		b.visitPatterns(p.Patterns)
	}
}
