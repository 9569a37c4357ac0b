package syntax

// This file holds the statement half of the grammar: the four start rules
// (file, interactive, eval, func_type), blocks, every simple and compound
// statement, and the statement-level invalid_* rules that produce CPython's
// specific error messages in the second parsing pass.
//
// Each method transcribes one rule of CPython 3.11's Grammar/python.gram;
// the rule text is repeated, shortened, in the method's comment. A method
// returns nil for "no match" and then leaves the cursor where it found it.
// Node positions follow CPython's EXTRA: from the first token of the rule
// to the last consumed token that is not NEWLINE, INDENT, DEDENT or
// ENDMARKER (see stmtLoc). Parameters live in parse_params.go and match
// patterns in parse_pattern.go.

import "strings"

// Memo rule ids of the statement helper (100..199).
const (
	memoSimpleStmt = 100 + iota
	memoBlock
	memoClosedPattern
	memoStarPattern
)

// Target kinds for raiseInvalidTarget, as CPython's TARGETS_TYPE.
const (
	targetsStar = iota
	targetsDel
	targetsFor
)

// ---- helpers ----

// stmtLoc is CPython's EXTRA for a rule that began at token start: it ends
// at the last consumed token that is not whitespace-like (NEWLINE, INDENT,
// DEDENT, ENDMARKER), so that a compound statement ends with the last token
// of its body rather than with the DEDENT that closed it.
func (p *parser) stmtLoc(start *Token) Loc {
	var end *Token
	for i := p.pos - 1; i >= 0; i-- {
		end = &p.toks[i]
		switch end.Kind {
		case NEWLINE, INDENT, DEDENT, ENDMARKER:
			continue
		}
		break
	}
	if end == nil {
		end = start
	}
	return Loc{start.Line, start.Col, end.EndLine, end.EndCol}
}

// expectForced consumes a token of kind k or raises "expected 'k'" at the
// current token (CPython's &&'x' forced token, active in both passes).
func (p *parser) expectForced(k Kind) *Token {
	t := p.peek()
	if t.Kind != k {
		p.raiseAtToken(t, "expected '%s'", k.String())
	}
	return p.next()
}

// lastFetched is the furthest token the parser has looked at: the token
// CPython's RAISE_SYNTAX_ERROR and RAISE_INDENTATION_ERROR point at.
func (p *parser) lastFetched() *Token { return p.tokenAt(p.fill - 1) }

// raiseIndentHere raises an IndentationError at the last fetched token
// (CPython's RAISE_INDENTATION_ERROR).
func (p *parser) raiseIndentHere(format string, args ...any) {
	p.raiseIndentation(p.lastFetched(), format, args...)
}

// raiseStartingFrom raises a SyntaxError from the start of node a to the
// tokenizer's current position, the end of the last fetched token
// (CPython's RAISE_SYNTAX_ERROR_STARTING_FROM).
func (p *parser) raiseStartingFrom(a Located, format string, args ...any) {
	l := a.Pos()
	t := p.lastFetched()
	endCol := t.EndCol - 1
	if endCol < 0 {
		endCol = 0
	}
	p.raise("SyntaxError", l.Lineno, l.ColOffset, t.EndLine, endCol, format, args...)
}

// raiseInvalidTarget is CPython's RAISE_SYNTAX_ERROR_INVALID_TARGET: it
// raises "cannot assign to X" / "cannot delete X" at the first invalid
// target inside e, and returns normally (the rule then fails) when e holds
// no invalid target.
func (p *parser) raiseInvalidTarget(kind int, e Expr) {
	bad := p.invalidTargetOf(e, kind)
	if bad == nil {
		return
	}
	if kind == targetsDel {
		p.raiseAtNode(bad, "cannot delete %s", exprName(bad))
	}
	p.raiseAtNode(bad, "cannot assign to %s", exprName(bad))
}

// peekTypeComment stands for an optional TYPE_COMMENT in a rule. Type
// comments are never produced (ast.parse without type_comments), but
// CPython still fetches the token to test it, which matters for the
// position of some errors; so we look at it too.
func (p *parser) peekTypeComment() { p.peek() }

// ---- start rules ----

// startRule runs the start rule of p.mode.
func (p *parser) startRule() ModNode {
	if !p.callInvalid {
		p.prepareModeTokens()
	}
	switch p.mode {
	case EvalMode:
		if m := p.evalRule(); m != nil {
			return m
		}
	case SingleMode:
		if m := p.interactiveRule(); m != nil {
			return m
		}
	case FuncTypeMode:
		if m := p.funcTypeRule(); m != nil {
			return m
		}
	default:
		if m := p.fileRule(); m != nil {
			return m
		}
	}
	return nil
}

// fileRule: file: [statements] ENDMARKER
func (p *parser) fileRule() *Module {
	m := p.mark()
	body := p.statements()
	if p.expect(ENDMARKER) == nil {
		p.reset(m)
		return nil
	}
	if body == nil {
		body = []Stmt{}
	}
	return &Module{Body: body, TypeIgnores: []*TypeIgnore{}}
}

// prepareModeTokens adapts the token stream, which the scanner builds as
// CPython does for a file, to the other modes. CPython compiles a string
// in those modes without appending the newline that file input gets, so
// the scanner's implicit NEWLINE at the end of an unterminated last line
// does not exist there. In single-input mode the parser then sees the end
// of input as a NEWLINE (unless it is the very first token): the implicit
// NEWLINE stays to play that part when there is one, and a NEWLINE is
// inserted before the ENDMARKER where CPython would produce one.
func (p *parser) prepareModeTokens() {
	if p.mode == FileMode {
		return
	}
	n := len(p.toks)
	implicit := -1
	for i := n - 1; i >= 0; i-- {
		k := p.toks[i].Kind
		if k == NEWLINE && p.toks[i].Text == "" {
			implicit = i
			break
		}
		if k != DEDENT && k != ENDMARKER {
			break
		}
	}
	if p.mode == SingleMode {
		// CPython turns an ENDMARKER into a NEWLINE whenever the token
		// read before it is not such a converted ENDMARKER. With an
		// unterminated last line, the implicit NEWLINE is the first
		// conversion, and a second one follows only if DEDENTs came
		// between.
		if n < 2 || p.toks[n-1].Kind != ENDMARKER {
			return
		}
		end := p.toks[n-1]
		nl := end
		nl.Kind = NEWLINE
		nl.Text = ""
		dedents := n - 1
		for dedents > 0 && p.toks[dedents-1].Kind == DEDENT {
			dedents--
		}
		switch {
		case implicit >= 0:
			if implicit < n-2 {
				p.toks = append(p.toks[:n-1:n-1], nl, end)
			}
		case dedents < n-1 && p.src.endsWithBlankLine():
			// An unterminated last line holding only blanks or a comment
			// does not close the blocks: the end of input comes first,
			// then the DEDENTs, then the end of input again.
			toks := append([]Token{}, p.toks[:dedents]...)
			toks = append(toks, nl)
			toks = append(toks, p.toks[dedents:n-1]...)
			p.toks = append(toks, nl, end)
		default:
			p.toks = append(p.toks[:n-1:n-1], nl, end)
		}
		return
	}
	if implicit >= 0 {
		toks := append([]Token{}, p.toks[:implicit]...)
		p.toks = append(toks, p.toks[implicit+1:]...)
	}
}

// endsWithBlankLine reports whether the text ends with a last line that
// has no line ending and holds only blanks and perhaps a comment.
func (s *source) endsWithBlankLine() bool {
	last := s.text[strings.LastIndexByte(s.text, '\n')+1:]
	if last == "" {
		return false
	}
	for i := 0; i < len(last); i++ {
		switch last[i] {
		case ' ', '\t', '\f':
			continue
		case '#':
			return true
		}
		return false
	}
	return true
}

// noColumn reports whether CPython's version of token t has no position
// on its line (col_offset -1): INDENT, DEDENT and ENDMARKER, and in single
// mode the NEWLINE that stands for the end of input. Errors pointing at
// such a token use the tokenizer's cursor instead (see parser.go).
func (p *parser) noColumn(t *Token) bool {
	switch t.Kind {
	case INDENT, DEDENT, ENDMARKER:
		return true
	case NEWLINE:
		return p.mode == SingleMode && t.Text == ""
	}
	return false
}

// interactiveRule: interactive: statement_newline
//
// After a successful parse, anything but blanks and comments after the
// statement is an error, as CPython's bad_single_statement checks.
func (p *parser) interactiveRule() *Interactive {
	body := p.statementNewline()
	if body == nil {
		return nil
	}
	if p.badSingleStatement() {
		p.raiseHere("multiple statements found while compiling a single statement")
	}
	return &Interactive{Body: body}
}

// badSingleStatement reports whether anything but whitespace and comments
// follows the last token fetched (CPython's bad_single_statement, which
// looks at the tokenizer's input after the parse).
func (p *parser) badSingleStatement() bool {
	t := p.lastFetched()
	if t.Kind == ENDMARKER || t.Kind == ERRORTOKEN {
		return false
	}
	text := p.src.text
	i := len(text)
	if t.EndLine >= 1 && t.EndLine <= len(p.src.lineStarts) {
		i = p.src.lineStarts[t.EndLine-1] + t.EndCol
	}
	if t.Kind == NEWLINE && i < len(text) && text[i] == '\n' {
		i++
	}
	for i < len(text) {
		switch c := text[i]; c {
		case ' ', '\t', '\n', '\f':
			i++
		case '#':
			for i < len(text) && text[i] != '\n' {
				i++
			}
		default:
			return true
		}
	}
	return false
}

// evalRule: eval: expressions NEWLINE* ENDMARKER
func (p *parser) evalRule() *Expression {
	m := p.mark()
	a := p.expressions()
	if a == nil {
		return nil
	}
	for p.expect(NEWLINE) != nil {
	}
	if p.expect(ENDMARKER) == nil {
		p.reset(m)
		return nil
	}
	return &Expression{Body: a}
}

// funcTypeRule: func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
func (p *parser) funcTypeRule() *FunctionType {
	m := p.mark()
	if p.expect(LPAR) == nil {
		return nil
	}
	args := p.typeExpressions()
	if p.expect(RPAR) == nil || p.expect(RARROW) == nil {
		p.reset(m)
		return nil
	}
	b := p.expression()
	if b == nil {
		p.reset(m)
		return nil
	}
	for p.expect(NEWLINE) != nil {
	}
	if p.expect(ENDMARKER) == nil {
		p.reset(m)
		return nil
	}
	if args == nil {
		args = []Expr{}
	}
	return &FunctionType{Argtypes: args, Returns: b}
}

// typeExpressions:
//
//	type_expressions:
//	    | ','.expression+ ',' '*' expression ',' '**' expression
//	    | ','.expression+ ',' '*' expression
//	    | ','.expression+ ',' '**' expression
//	    | '*' expression ',' '**' expression
//	    | '*' expression
//	    | '**' expression
//	    | ','.expression+
func (p *parser) typeExpressions() []Expr {
	m := p.mark()
	// The first three alternatives share their prefix.
	for alt := 0; alt < 3; alt++ {
		p.reset(m)
		a := p.commaExpressions()
		if a == nil || p.expect(COMMA) == nil {
			continue
		}
		switch alt {
		case 0:
			if p.expect(STAR) == nil {
				continue
			}
			b := p.expression()
			if b == nil || p.expect(COMMA) == nil || p.expect(DOUBLESTAR) == nil {
				continue
			}
			if c := p.expression(); c != nil {
				return append(a, b, c)
			}
		case 1:
			if p.expect(STAR) == nil {
				continue
			}
			if b := p.expression(); b != nil {
				return append(a, b)
			}
		case 2:
			if p.expect(DOUBLESTAR) == nil {
				continue
			}
			if b := p.expression(); b != nil {
				return append(a, b)
			}
		}
	}
	p.reset(m)
	if p.expect(STAR) != nil {
		if a := p.expression(); a != nil {
			m2 := p.mark()
			if p.expect(COMMA) != nil && p.expect(DOUBLESTAR) != nil {
				if b := p.expression(); b != nil {
					return []Expr{a, b}
				}
			}
			p.reset(m2)
			return []Expr{a}
		}
	}
	p.reset(m)
	if p.expect(DOUBLESTAR) != nil {
		if a := p.expression(); a != nil {
			return []Expr{a}
		}
	}
	p.reset(m)
	if a := p.commaExpressions(); a != nil {
		return a
	}
	p.reset(m)
	return nil
}

// commaExpressions: ','.expression+
func (p *parser) commaExpressions() []Expr {
	first := p.expression()
	if first == nil {
		return nil
	}
	out := []Expr{first}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil {
			break
		}
		e := p.expression()
		if e == nil {
			p.reset(m)
			break
		}
		out = append(out, e)
	}
	return out
}

// ---- general statements ----

// statements: statement+
func (p *parser) statements() []Stmt {
	var out []Stmt
	for {
		s := p.statement()
		if s == nil {
			break
		}
		out = append(out, s...)
	}
	return out
}

// statement: compound_stmt | simple_stmts
func (p *parser) statement() []Stmt {
	p.enter()
	defer p.leave()
	if s := p.compoundStmt(); s != nil {
		return []Stmt{s}
	}
	return p.simpleStmts()
}

// statementNewline:
//
//	statement_newline:
//	    | compound_stmt NEWLINE
//	    | simple_stmts
//	    | NEWLINE { Pass }
//	    | ENDMARKER { interactive exit: no match }
func (p *parser) statementNewline() []Stmt {
	m := p.mark()
	if s := p.compoundStmt(); s != nil {
		if p.expect(NEWLINE) != nil {
			return []Stmt{s}
		}
	}
	p.reset(m)
	if s := p.simpleStmts(); s != nil {
		return s
	}
	p.reset(m)
	if t := p.expect(NEWLINE); t != nil {
		return []Stmt{&Pass{Loc: p.stmtLoc(t)}}
	}
	return nil
}

// simpleStmts:
//
//	simple_stmts:
//	    | simple_stmt !';' NEWLINE
//	    | ';'.simple_stmt+ [';'] NEWLINE
func (p *parser) simpleStmts() []Stmt {
	m := p.mark()
	if s := p.simpleStmt(); s != nil {
		if !p.at(SEMI) && p.expect(NEWLINE) != nil {
			return []Stmt{s}
		}
	}
	p.reset(m)
	first := p.simpleStmt()
	if first == nil {
		return nil
	}
	out := []Stmt{first}
	for {
		m2 := p.mark()
		if p.expect(SEMI) == nil {
			break
		}
		s := p.simpleStmt()
		if s == nil {
			p.reset(m2)
			break
		}
		out = append(out, s)
	}
	p.expect(SEMI)
	if p.expect(NEWLINE) == nil {
		p.reset(m)
		return nil
	}
	return out
}

// simpleStmt (memo):
//
//	simple_stmt:
//	    | assignment
//	    | star_expressions
//	    | &'return' return_stmt
//	    | &('import' | 'from') import_stmt
//	    | &'raise' raise_stmt
//	    | 'pass'
//	    | &'del' del_stmt
//	    | &'yield' yield_stmt
//	    | &'assert' assert_stmt
//	    | 'break'
//	    | 'continue'
//	    | &'global' global_stmt
//	    | &'nonlocal' nonlocal_stmt
func (p *parser) simpleStmt() Stmt {
	if v, ok := p.memoLookup(memoSimpleStmt); ok {
		if v == nil {
			return nil
		}
		return v.(Stmt)
	}
	start := p.mark()
	s := p.simpleStmtAlts()
	if s == nil {
		p.reset(start)
		p.memoStore(memoSimpleStmt, start, nil)
		return nil
	}
	p.memoStore(memoSimpleStmt, start, s)
	return s
}

func (p *parser) simpleStmtAlts() Stmt {
	m := p.mark()
	t := p.peek()
	if s := p.assignment(); s != nil {
		return s
	}
	p.reset(m)
	if e := p.starExpressions(); e != nil {
		return &ExprStmt{Loc: p.stmtLoc(t), Value: e}
	}
	p.reset(m)
	var s Stmt
	switch t.Kind {
	case KwReturn:
		s = p.returnStmt()
	case KwImport, KwFrom:
		s = p.importStmt()
	case KwRaise:
		s = p.raiseStmt()
	case KwPass:
		p.next()
		return &Pass{Loc: p.stmtLoc(t)}
	case KwDel:
		s = p.delStmt()
	case KwYield:
		s = p.yieldStmt()
	case KwAssert:
		s = p.assertStmt()
	case KwBreak:
		p.next()
		return &Break{Loc: p.stmtLoc(t)}
	case KwContinue:
		p.next()
		return &Continue{Loc: p.stmtLoc(t)}
	case KwGlobal:
		s = p.globalStmt()
	case KwNonlocal:
		s = p.nonlocalStmt()
	}
	if s == nil {
		p.reset(m)
		return nil
	}
	return s
}

// compoundStmt:
//
//	compound_stmt:
//	    | &('def' | '@' | ASYNC) function_def
//	    | &'if' if_stmt
//	    | &('class' | '@') class_def
//	    | &('with' | ASYNC) with_stmt
//	    | &('for' | ASYNC) for_stmt
//	    | &'try' try_stmt
//	    | &'while' while_stmt
//	    | match_stmt
func (p *parser) compoundStmt() Stmt {
	m := p.mark()
	k := p.peek().Kind
	if k == KwDef || k == AT || k == KwAsync {
		if s := p.functionDef(); s != nil {
			return s
		}
		p.reset(m)
	}
	if k == KwIf {
		if s := p.ifStmt(); s != nil {
			return s
		}
		p.reset(m)
	}
	if k == KwClass || k == AT {
		if s := p.classDef(); s != nil {
			return s
		}
		p.reset(m)
	}
	if k == KwWith || k == KwAsync {
		if s := p.withStmt(); s != nil {
			return s
		}
		p.reset(m)
	}
	if k == KwFor || k == KwAsync {
		if s := p.forStmt(); s != nil {
			return s
		}
		p.reset(m)
	}
	if k == KwTry {
		if s := p.tryStmt(); s != nil {
			return s
		}
		p.reset(m)
	}
	if k == KwWhile {
		if s := p.whileStmt(); s != nil {
			return s
		}
		p.reset(m)
	}
	if s := p.matchStmt(); s != nil {
		return s
	}
	p.reset(m)
	return nil
}

// ---- simple statements ----

// assignment:
//
//	assignment:
//	    | NAME ':' expression ['=' annotated_rhs]
//	    | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//	    | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//	    | single_target augassign ~ (yield_expr | star_expressions)
//	    | invalid_assignment
func (p *parser) assignment() Stmt {
	m := p.mark()
	start := p.peek()
	if a := p.expect(NAME); a != nil && p.expect(COLON) != nil {
		if b := p.expression(); b != nil {
			c := p.assignedValue()
			return &AnnAssign{Loc: p.stmtLoc(start), Target: p.nameNode(a, Store),
				Annotation: b, Value: c, Simple: 1}
		}
	}
	p.reset(m)
	var target Expr
	if p.expect(LPAR) != nil {
		if b := p.singleTarget(); b != nil && p.expect(RPAR) != nil {
			target = b
		}
	}
	if target == nil {
		p.reset(m)
		target = p.singleSubscriptAttributeTarget()
	}
	if target != nil && p.expect(COLON) != nil {
		if b := p.expression(); b != nil {
			c := p.assignedValue()
			return &AnnAssign{Loc: p.stmtLoc(start), Target: target,
				Annotation: b, Value: c, Simple: 0}
		}
	}
	p.reset(m)
	if targets := p.assignTargets(); targets != nil {
		if v := p.yieldOrStarExpressions(); v != nil && !p.at(EQUAL) {
			p.peekTypeComment()
			return &Assign{Loc: p.stmtLoc(start), Targets: targets, Value: v}
		}
	}
	p.reset(m)
	if a := p.singleTarget(); a != nil {
		if op, ok := p.augassign(); ok {
			v := p.yieldOrStarExpressions()
			if v == nil {
				// The cut: no other alternative is tried.
				p.reset(m)
				return nil
			}
			return &AugAssign{Loc: p.stmtLoc(start), Target: a, Op: op, Value: v}
		}
	}
	p.reset(m)
	if p.callInvalid {
		p.invalidAssignment()
		p.reset(m)
	}
	return nil
}

// assignedValue: ['=' annotated_rhs]
func (p *parser) assignedValue() Expr {
	m := p.mark()
	if p.expect(EQUAL) != nil {
		if d := p.annotatedRhs(); d != nil {
			return d
		}
	}
	p.reset(m)
	return nil
}

// assignTargets: (star_targets '=')+ ; nil when there is none.
func (p *parser) assignTargets() []Expr {
	var out []Expr
	for {
		m := p.mark()
		z := p.starTargets()
		if z == nil || p.expect(EQUAL) == nil {
			p.reset(m)
			return out
		}
		out = append(out, z)
	}
}

// yieldOrStarExpressions: (yield_expr | star_expressions)
func (p *parser) yieldOrStarExpressions() Expr {
	if e := p.yieldExpr(); e != nil {
		return e
	}
	return p.starExpressions()
}

// augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
func (p *parser) augassign() (Operator, bool) {
	var op Operator
	switch p.peek().Kind {
	case PLUSEQUAL:
		op = Add
	case MINEQUAL:
		op = Sub
	case STAREQUAL:
		op = Mult
	case ATEQUAL:
		op = MatMult
	case SLASHEQUAL:
		op = Div
	case PERCENTEQUAL:
		op = Mod
	case AMPEREQUAL:
		op = BitAnd
	case VBAREQUAL:
		op = BitOr
	case CIRCUMFLEXEQUAL:
		op = BitXor
	case LEFTSHIFTEQUAL:
		op = LShift
	case RIGHTSHIFTEQUAL:
		op = RShift
	case DOUBLESTAREQUAL:
		op = Pow
	case DOUBLESLASHEQUAL:
		op = FloorDiv
	default:
		return 0, false
	}
	p.next()
	return op, true
}

// invalidAssignment:
//
//	invalid_assignment:
//	    | invalid_ann_assign_target ':' expression
//	    | star_named_expression ',' star_named_expressions* ':' expression
//	    | expression ':' expression
//	    | (star_targets '=')* star_expressions '='
//	    | (star_targets '=')* yield_expr '='
//	    | star_expressions augassign (yield_expr | star_expressions)
func (p *parser) invalidAssignment() {
	m := p.mark()
	if a := p.invalidAnnAssignTarget(); a != nil && p.expect(COLON) != nil && p.expression() != nil {
		p.raiseAtNode(a, "only single target (not %s) can be annotated", exprName(a))
	}
	p.reset(m)
	if a := p.starNamedExpression(); a != nil && p.expect(COMMA) != nil {
		for p.starNamedExpressions() != nil {
		}
		if p.expect(COLON) != nil && p.expression() != nil {
			p.raiseAtNode(a, "only single target (not tuple) can be annotated")
		}
	}
	p.reset(m)
	if a := p.expression(); a != nil && p.expect(COLON) != nil && p.expression() != nil {
		p.raiseAtNode(a, "illegal target for annotation")
	}
	p.reset(m)
	p.assignTargets()
	if a := p.starExpressions(); a != nil && p.expect(EQUAL) != nil {
		p.raiseInvalidTarget(targetsStar, a)
		return
	}
	p.reset(m)
	p.assignTargets()
	if a := p.yieldExpr(); a != nil && p.expect(EQUAL) != nil {
		p.raiseAtNode(a, "assignment to yield expression not possible")
	}
	p.reset(m)
	if a := p.starExpressions(); a != nil {
		if _, ok := p.augassign(); ok && p.yieldOrStarExpressions() != nil {
			p.raiseAtNode(a, "'%s' is an illegal expression for augmented assignment", exprName(a))
		}
	}
	p.reset(m)
}

// invalidAnnAssignTarget:
//
//	invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
func (p *parser) invalidAnnAssignTarget() Expr {
	m := p.mark()
	if e := p.listAtom(); e != nil {
		return e
	}
	p.reset(m)
	if e := p.tupleAtom(); e != nil {
		return e
	}
	p.reset(m)
	if p.expect(LPAR) != nil {
		p.enter()
		a := p.invalidAnnAssignTarget()
		p.leave()
		if a != nil && p.expect(RPAR) != nil {
			return a
		}
	}
	p.reset(m)
	return nil
}

// returnStmt: return_stmt: 'return' [star_expressions]
func (p *parser) returnStmt() Stmt {
	t := p.expect(KwReturn)
	if t == nil {
		return nil
	}
	a := p.starExpressions()
	return &Return{Loc: p.stmtLoc(t), Value: a}
}

// raiseStmt: raise_stmt: 'raise' expression ['from' expression] | 'raise'
func (p *parser) raiseStmt() Stmt {
	t := p.expect(KwRaise)
	if t == nil {
		return nil
	}
	if a := p.expression(); a != nil {
		var b Expr
		m := p.mark()
		if p.expect(KwFrom) != nil {
			if b = p.expression(); b == nil {
				p.reset(m)
			}
		}
		return &Raise{Loc: p.stmtLoc(t), Exc: a, Cause: b}
	}
	return &Raise{Loc: p.stmtLoc(t)}
}

// globalStmt: global_stmt: 'global' ','.NAME+
func (p *parser) globalStmt() Stmt {
	m := p.mark()
	t := p.expect(KwGlobal)
	if t == nil {
		return nil
	}
	names := p.nameList()
	if names == nil {
		p.reset(m)
		return nil
	}
	return &Global{Loc: p.stmtLoc(t), Names: names}
}

// nonlocalStmt: nonlocal_stmt: 'nonlocal' ','.NAME+
func (p *parser) nonlocalStmt() Stmt {
	m := p.mark()
	t := p.expect(KwNonlocal)
	if t == nil {
		return nil
	}
	names := p.nameList()
	if names == nil {
		p.reset(m)
		return nil
	}
	return &Nonlocal{Loc: p.stmtLoc(t), Names: names}
}

// nameList: ','.NAME+ as identifiers.
func (p *parser) nameList() []string {
	t := p.expect(NAME)
	if t == nil {
		return nil
	}
	out := []string{p.identifier(t)}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil {
			break
		}
		t := p.expect(NAME)
		if t == nil {
			p.reset(m)
			break
		}
		out = append(out, p.identifier(t))
	}
	return out
}

// delStmt:
//
//	del_stmt:
//	    | 'del' del_targets &(';' | NEWLINE)
//	    | invalid_del_stmt
func (p *parser) delStmt() Stmt {
	m := p.mark()
	if t := p.expect(KwDel); t != nil {
		if a := p.delTargets(); a != nil {
			if k := p.peek().Kind; k == SEMI || k == NEWLINE {
				return &Delete{Loc: p.stmtLoc(t), Targets: a}
			}
		}
	}
	p.reset(m)
	if p.callInvalid {
		// invalid_del_stmt: 'del' star_expressions
		if p.expect(KwDel) != nil {
			if a := p.starExpressions(); a != nil {
				p.raiseInvalidTarget(targetsDel, a)
			}
		}
		p.reset(m)
	}
	return nil
}

// yieldStmt: yield_stmt: yield_expr
func (p *parser) yieldStmt() Stmt {
	t := p.peek()
	y := p.yieldExpr()
	if y == nil {
		return nil
	}
	return &ExprStmt{Loc: p.stmtLoc(t), Value: y}
}

// assertStmt: assert_stmt: 'assert' expression [',' expression]
func (p *parser) assertStmt() Stmt {
	m := p.mark()
	t := p.expect(KwAssert)
	if t == nil {
		return nil
	}
	a := p.expression()
	if a == nil {
		p.reset(m)
		return nil
	}
	var b Expr
	m2 := p.mark()
	if p.expect(COMMA) != nil {
		if b = p.expression(); b == nil {
			p.reset(m2)
		}
	}
	return &Assert{Loc: p.stmtLoc(t), Test: a, Msg: b}
}

// ---- import statements ----

// importStmt: import_stmt: import_name | import_from
func (p *parser) importStmt() Stmt {
	if s := p.importName(); s != nil {
		return s
	}
	return p.importFrom()
}

// importName: import_name: 'import' dotted_as_names
func (p *parser) importName() Stmt {
	m := p.mark()
	t := p.expect(KwImport)
	if t == nil {
		return nil
	}
	a := p.dottedAsNames()
	if a == nil {
		p.reset(m)
		return nil
	}
	return &Import{Loc: p.stmtLoc(t), Names: a}
}

// importFrom:
//
//	import_from:
//	    | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//	    | 'from' ('.' | '...')+ 'import' import_from_targets
func (p *parser) importFrom() Stmt {
	m := p.mark()
	t := p.expect(KwFrom)
	if t == nil {
		return nil
	}
	afterFrom := p.mark()
	level := p.importDots()
	if name, ok := p.dottedName(); ok && p.expect(KwImport) != nil {
		if c := p.importFromTargets(); c != nil {
			return &ImportFrom{Loc: p.stmtLoc(t), Module: name, Names: c, Level: level}
		}
	}
	p.reset(afterFrom)
	if level = p.importDots(); p.mark() > afterFrom && p.expect(KwImport) != nil {
		if b := p.importFromTargets(); b != nil {
			return &ImportFrom{Loc: p.stmtLoc(t), Names: b, Level: level}
		}
	}
	p.reset(m)
	return nil
}

// importDots: ('.' | '...')*, counting '...' as three dots.
func (p *parser) importDots() int {
	n := 0
	for {
		switch p.peek().Kind {
		case DOT:
			n++
		case ELLIPSIS:
			n += 3
		default:
			return n
		}
		p.next()
	}
}

// importFromTargets:
//
//	import_from_targets:
//	    | '(' import_from_as_names [','] ')'
//	    | import_from_as_names !','
//	    | '*'
//	    | invalid_import_from_targets
func (p *parser) importFromTargets() []*Alias {
	m := p.mark()
	if p.expect(LPAR) != nil {
		if a := p.importFromAsNames(); a != nil {
			p.expect(COMMA)
			if p.expect(RPAR) != nil {
				return a
			}
		}
	}
	p.reset(m)
	if a := p.importFromAsNames(); a != nil && !p.at(COMMA) {
		return a
	}
	p.reset(m)
	if t := p.expect(STAR); t != nil {
		return []*Alias{{Loc: p.stmtLoc(t), Name: "*"}}
	}
	if p.callInvalid {
		// invalid_import_from_targets: import_from_as_names ',' NEWLINE
		if p.importFromAsNames() != nil && p.expect(COMMA) != nil && p.expect(NEWLINE) != nil {
			p.raiseHere("trailing comma not allowed without surrounding parentheses")
		}
		p.reset(m)
	}
	return nil
}

// importFromAsNames: import_from_as_names: ','.import_from_as_name+
func (p *parser) importFromAsNames() []*Alias {
	first := p.importFromAsName()
	if first == nil {
		return nil
	}
	out := []*Alias{first}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil {
			break
		}
		a := p.importFromAsName()
		if a == nil {
			p.reset(m)
			break
		}
		out = append(out, a)
	}
	return out
}

// importFromAsName: import_from_as_name: NAME ['as' NAME]
func (p *parser) importFromAsName() *Alias {
	t := p.expect(NAME)
	if t == nil {
		return nil
	}
	as := p.asName()
	return &Alias{Loc: p.stmtLoc(t), Name: p.identifier(t), Asname: as}
}

// asName: ['as' NAME], "" when absent.
func (p *parser) asName() string {
	m := p.mark()
	if p.expect(KwAs) != nil {
		if z := p.expect(NAME); z != nil {
			return p.identifier(z)
		}
	}
	p.reset(m)
	return ""
}

// dottedAsNames: dotted_as_names: ','.dotted_as_name+
func (p *parser) dottedAsNames() []*Alias {
	first := p.dottedAsName()
	if first == nil {
		return nil
	}
	out := []*Alias{first}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil {
			break
		}
		a := p.dottedAsName()
		if a == nil {
			p.reset(m)
			break
		}
		out = append(out, a)
	}
	return out
}

// dottedAsName: dotted_as_name: dotted_name ['as' NAME]
func (p *parser) dottedAsName() *Alias {
	t := p.peek()
	name, ok := p.dottedName()
	if !ok {
		return nil
	}
	as := p.asName()
	return &Alias{Loc: p.stmtLoc(t), Name: name, Asname: as}
}

// dottedName: dotted_name: dotted_name '.' NAME | NAME
// (left-recursive; parsed as NAME ('.' NAME)*).
func (p *parser) dottedName() (string, bool) {
	t := p.expect(NAME)
	if t == nil {
		return "", false
	}
	name := p.identifier(t)
	for {
		m := p.mark()
		if p.expect(DOT) == nil {
			break
		}
		n := p.expect(NAME)
		if n == nil {
			p.reset(m)
			break
		}
		name += "." + p.identifier(n)
	}
	return name, true
}

// ---- blocks and decorators ----

// block (memo):
//
//	block:
//	    | NEWLINE INDENT statements DEDENT
//	    | simple_stmts
//	    | invalid_block
func (p *parser) block() []Stmt {
	if v, ok := p.memoLookup(memoBlock); ok {
		s, _ := v.([]Stmt)
		return s
	}
	start := p.mark()
	p.enter()
	defer p.leave()
	s := p.blockAlts()
	if s == nil {
		p.reset(start)
		p.memoStore(memoBlock, start, nil)
		return nil
	}
	p.memoStore(memoBlock, start, s)
	return s
}

func (p *parser) blockAlts() []Stmt {
	m := p.mark()
	if p.expect(NEWLINE) != nil && p.expect(INDENT) != nil {
		if a := p.statements(); a != nil && p.expect(DEDENT) != nil {
			return a
		}
	}
	p.reset(m)
	if a := p.simpleStmts(); a != nil {
		return a
	}
	p.reset(m)
	if p.callInvalid {
		// invalid_block: NEWLINE !INDENT
		if p.expect(NEWLINE) != nil && !p.at(INDENT) {
			p.raiseIndentHere("expected an indented block")
		}
		p.reset(m)
	}
	return nil
}

// indentedBlockMissing matches NEWLINE !INDENT, the common tail of the
// "expected an indented block after ..." rules.
func (p *parser) indentedBlockMissing() bool {
	return p.expect(NEWLINE) != nil && !p.at(INDENT)
}

// decorators: ('@' named_expression NEWLINE)+
func (p *parser) decorators() []Expr {
	var out []Expr
	for {
		m := p.mark()
		if p.expect(AT) == nil {
			break
		}
		f := p.namedExpression()
		if f == nil || p.expect(NEWLINE) == nil {
			p.reset(m)
			break
		}
		out = append(out, f)
	}
	return out
}

// ---- class definitions ----

// classDef: class_def: decorators class_def_raw | class_def_raw
func (p *parser) classDef() Stmt {
	m := p.mark()
	if d := p.decorators(); d != nil {
		if c := p.classDefRaw(); c != nil {
			c.DecoratorList = d
			return c
		}
	}
	p.reset(m)
	if c := p.classDefRaw(); c != nil {
		return c
	}
	return nil
}

// classDefRaw:
//
//	class_def_raw:
//	    | invalid_class_def_raw
//	    | 'class' NAME ['(' [arguments] ')'] ':' block
func (p *parser) classDefRaw() *ClassDef {
	m := p.mark()
	if p.callInvalid {
		p.invalidClassDefRaw()
		p.reset(m)
	}
	t := p.expect(KwClass)
	if t == nil {
		return nil
	}
	a := p.expect(NAME)
	if a == nil {
		p.reset(m)
		return nil
	}
	var bases []Expr
	var kws []*Keyword
	m2 := p.mark()
	if p.expect(LPAR) != nil {
		args, kw, _ := p.arguments()
		if p.expect(RPAR) != nil {
			bases, kws = args, kw
		} else {
			p.reset(m2)
		}
	}
	if p.expect(COLON) == nil {
		p.reset(m)
		return nil
	}
	c := p.block()
	if c == nil {
		p.reset(m)
		return nil
	}
	if bases == nil {
		bases = []Expr{}
	}
	if kws == nil {
		kws = []*Keyword{}
	}
	return &ClassDef{Loc: p.stmtLoc(t), Name: p.identifier(a), Bases: bases,
		Keywords: kws, Body: c, DecoratorList: []Expr{}}
}

// classHead: 'class' NAME ['(' [arguments] ')'], for the invalid rules.
func (p *parser) classHead() *Token {
	t := p.expect(KwClass)
	if t == nil || p.expect(NAME) == nil {
		return nil
	}
	m := p.mark()
	if p.expect(LPAR) != nil {
		p.arguments()
		if p.expect(RPAR) == nil {
			p.reset(m)
		}
	}
	return t
}

// invalidClassDefRaw:
//
//	invalid_class_def_raw:
//	    | 'class' NAME ['(' [arguments] ')'] NEWLINE
//	    | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
func (p *parser) invalidClassDefRaw() {
	m := p.mark()
	if p.classHead() != nil && p.expect(NEWLINE) != nil {
		p.raiseHere("expected ':'")
	}
	p.reset(m)
	if a := p.classHead(); a != nil && p.expect(COLON) != nil && p.indentedBlockMissing() {
		p.raiseIndentHere("expected an indented block after class definition on line %d", a.Line)
	}
	p.reset(m)
}

// ---- function definitions ----

// functionDef: function_def: decorators function_def_raw | function_def_raw
func (p *parser) functionDef() Stmt {
	m := p.mark()
	if d := p.decorators(); d != nil {
		if f := p.functionDefRaw(); f != nil {
			switch f := f.(type) {
			case *FunctionDef:
				f.DecoratorList = d
			case *AsyncFunctionDef:
				f.DecoratorList = d
			}
			return f
		}
	}
	p.reset(m)
	return p.functionDefRaw()
}

// functionDefRaw:
//
//	function_def_raw:
//	    | invalid_def_raw
//	    | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
//	    | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
func (p *parser) functionDefRaw() Stmt {
	m := p.mark()
	if p.callInvalid {
		p.invalidDefRaw()
		p.reset(m)
	}
	start := p.peek()
	async := p.expect(KwAsync) != nil
	if p.expect(KwDef) == nil {
		p.reset(m)
		return nil
	}
	n := p.expect(NAME)
	if n == nil {
		p.reset(m)
		return nil
	}
	p.expectForced(LPAR)
	params := p.params()
	if p.expect(RPAR) == nil {
		p.reset(m)
		return nil
	}
	var returns Expr
	m2 := p.mark()
	if p.expect(RARROW) != nil {
		if returns = p.expression(); returns == nil {
			p.reset(m2)
		}
	}
	p.expectForced(COLON)
	p.funcTypeComment()
	b := p.block()
	if b == nil {
		p.reset(m)
		return nil
	}
	if params == nil {
		params = emptyArguments()
	}
	if async {
		return &AsyncFunctionDef{Loc: p.stmtLoc(start), Name: p.identifier(n), Args: params,
			Body: b, DecoratorList: []Expr{}, Returns: returns}
	}
	return &FunctionDef{Loc: p.stmtLoc(start), Name: p.identifier(n), Args: params,
		Body: b, DecoratorList: []Expr{}, Returns: returns}
}

// funcTypeComment stands for [func_type_comment], which never matches
// without type comments: it only looks at the tokens CPython looks at
// (NEWLINE TYPE_COMMENT | TYPE_COMMENT).
func (p *parser) funcTypeComment() {
	if p.at(NEWLINE) {
		p.look(1)
	}
}

// invalidDefRaw:
//
//	invalid_def_raw:
//	    | [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
func (p *parser) invalidDefRaw() {
	m := p.mark()
	p.expect(KwAsync)
	a := p.expect(KwDef)
	if a != nil && p.expect(NAME) != nil && p.expect(LPAR) != nil {
		p.params()
		if p.expect(RPAR) != nil {
			m2 := p.mark()
			if p.expect(RARROW) == nil || p.expression() == nil {
				p.reset(m2)
			}
			if p.expect(COLON) != nil && p.indentedBlockMissing() {
				p.raiseIndentHere("expected an indented block after function definition on line %d", a.Line)
			}
		}
	}
	p.reset(m)
}

// ---- if / while / for ----

// ifStmt:
//
//	if_stmt:
//	    | invalid_if_stmt
//	    | 'if' named_expression ':' block elif_stmt
//	    | 'if' named_expression ':' block [else_block]
func (p *parser) ifStmt() Stmt {
	return p.ifChain(KwIf)
}

// elifStmt:
//
//	elif_stmt:
//	    | invalid_elif_stmt
//	    | 'elif' named_expression ':' block elif_stmt
//	    | 'elif' named_expression ':' block [else_block]
func (p *parser) elifStmt() Stmt {
	return p.ifChain(KwElif)
}

// ifChain implements if_stmt (kw 'if') and elif_stmt (kw 'elif'), which
// differ only in their keyword; an elif becomes an If nested in orelse.
func (p *parser) ifChain(kw Kind) Stmt {
	m := p.mark()
	if p.callInvalid {
		p.invalidIfStmt(kw)
		p.reset(m)
	}
	t := p.expect(kw)
	if t == nil {
		return nil
	}
	a := p.namedExpression()
	if a == nil || p.expect(COLON) == nil {
		p.reset(m)
		return nil
	}
	b := p.block()
	if b == nil {
		p.reset(m)
		return nil
	}
	afterBlock := p.mark()
	p.enter()
	c := p.elifStmt()
	p.leave()
	if c != nil {
		return &If{Loc: p.stmtLoc(t), Test: a, Body: b, Orelse: []Stmt{c}}
	}
	p.reset(afterBlock)
	orelse := p.elseBlock()
	if orelse == nil {
		orelse = []Stmt{}
	}
	return &If{Loc: p.stmtLoc(t), Test: a, Body: b, Orelse: orelse}
}

// invalidIfStmt:
//
//	invalid_if_stmt:
//	    | 'if' named_expression NEWLINE
//	    | 'if' named_expression ':' NEWLINE !INDENT
//	invalid_elif_stmt:
//	    | 'elif' named_expression NEWLINE
//	    | a='elif' named_expression ':' NEWLINE !INDENT
func (p *parser) invalidIfStmt(kw Kind) {
	m := p.mark()
	if p.expect(kw) != nil && p.namedExpression() != nil && p.expect(NEWLINE) != nil {
		p.raiseHere("expected ':'")
	}
	p.reset(m)
	if t := p.expect(kw); t != nil {
		if p.namedExpression() != nil && p.expect(COLON) != nil && p.indentedBlockMissing() {
			p.raiseIndentHere("expected an indented block after '%s' statement on line %d", kw.String(), t.Line)
		}
	}
	p.reset(m)
}

// elseBlock:
//
//	else_block:
//	    | invalid_else_stmt
//	    | 'else' &&':' block
func (p *parser) elseBlock() []Stmt {
	m := p.mark()
	if p.callInvalid {
		// invalid_else_stmt: 'else' ':' NEWLINE !INDENT
		if a := p.expect(KwElse); a != nil && p.expect(COLON) != nil && p.indentedBlockMissing() {
			p.raiseIndentHere("expected an indented block after 'else' statement on line %d", a.Line)
		}
		p.reset(m)
	}
	if p.expect(KwElse) == nil {
		return nil
	}
	p.expectForced(COLON)
	b := p.block()
	if b == nil {
		p.reset(m)
		return nil
	}
	return b
}

// whileStmt:
//
//	while_stmt:
//	    | invalid_while_stmt
//	    | 'while' named_expression ':' block [else_block]
func (p *parser) whileStmt() Stmt {
	m := p.mark()
	if p.callInvalid {
		p.invalidWhileStmt()
		p.reset(m)
	}
	t := p.expect(KwWhile)
	if t == nil {
		return nil
	}
	a := p.namedExpression()
	if a == nil || p.expect(COLON) == nil {
		p.reset(m)
		return nil
	}
	b := p.block()
	if b == nil {
		p.reset(m)
		return nil
	}
	c := p.elseBlock()
	if c == nil {
		c = []Stmt{}
	}
	return &While{Loc: p.stmtLoc(t), Test: a, Body: b, Orelse: c}
}

// invalidWhileStmt:
//
//	invalid_while_stmt:
//	    | 'while' named_expression NEWLINE
//	    | 'while' named_expression ':' NEWLINE !INDENT
func (p *parser) invalidWhileStmt() {
	m := p.mark()
	if p.expect(KwWhile) != nil && p.namedExpression() != nil && p.expect(NEWLINE) != nil {
		p.raiseHere("expected ':'")
	}
	p.reset(m)
	if a := p.expect(KwWhile); a != nil && p.namedExpression() != nil && p.expect(COLON) != nil && p.indentedBlockMissing() {
		p.raiseIndentHere("expected an indented block after 'while' statement on line %d", a.Line)
	}
	p.reset(m)
}

// forStmt:
//
//	for_stmt:
//	    | invalid_for_stmt
//	    | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//	    | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//	    | invalid_for_target
func (p *parser) forStmt() Stmt {
	m := p.mark()
	if p.callInvalid {
		p.invalidForStmt()
		p.reset(m)
	}
	start := p.peek()
	async := p.expect(KwAsync) != nil
	if p.expect(KwFor) != nil {
		if t := p.starTargets(); t != nil && p.expect(KwIn) != nil {
			// Past the cut: failing from here on fails the whole rule.
			ex := p.starExpressions()
			if ex == nil || p.expect(COLON) == nil {
				p.reset(m)
				return nil
			}
			p.peekTypeComment()
			b := p.block()
			if b == nil {
				p.reset(m)
				return nil
			}
			el := p.elseBlock()
			if el == nil {
				el = []Stmt{}
			}
			if async {
				return &AsyncFor{Loc: p.stmtLoc(start), Target: t, Iter: ex, Body: b, Orelse: el}
			}
			return &For{Loc: p.stmtLoc(start), Target: t, Iter: ex, Body: b, Orelse: el}
		}
	}
	p.reset(m)
	if p.callInvalid {
		p.invalidForTarget()
		p.reset(m)
	}
	return nil
}

// invalidForStmt:
//
//	invalid_for_stmt:
//	    | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//	    | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
func (p *parser) invalidForStmt() {
	m := p.mark()
	p.expect(KwAsync)
	if p.expect(KwFor) != nil && p.starTargets() != nil && p.expect(KwIn) != nil &&
		p.starExpressions() != nil && p.expect(NEWLINE) != nil {
		p.raiseHere("expected ':'")
	}
	p.reset(m)
	p.expect(KwAsync)
	if a := p.expect(KwFor); a != nil && p.starTargets() != nil && p.expect(KwIn) != nil &&
		p.starExpressions() != nil && p.expect(COLON) != nil && p.indentedBlockMissing() {
		p.raiseIndentHere("expected an indented block after 'for' statement on line %d", a.Line)
	}
	p.reset(m)
}

// invalidForTarget:
//
//	invalid_for_target: ASYNC? 'for' star_expressions
//
// It raises "cannot assign to X" for the first invalid target, or returns
// (no match) when there is none. The comprehension rules use it too.
func (p *parser) invalidForTarget() {
	m := p.mark()
	p.expect(KwAsync)
	if p.expect(KwFor) != nil {
		if a := p.starExpressions(); a != nil {
			p.raiseInvalidTarget(targetsFor, a)
		}
	}
	p.reset(m)
}

// ---- with ----

// withStmt:
//
//	with_stmt:
//	    | invalid_with_stmt_indent
//	    | 'with' '(' ','.with_item+ ','? ')' ':' block
//	    | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//	    | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
//	    | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//	    | invalid_with_stmt
func (p *parser) withStmt() Stmt {
	m := p.mark()
	if p.callInvalid {
		p.invalidWithStmtIndent()
		p.reset(m)
	}
	start := p.peek()
	async := p.expect(KwAsync) != nil
	if p.expect(KwWith) != nil {
		afterWith := p.mark()
		if p.expect(LPAR) != nil {
			if items := p.withItems(); items != nil {
				p.expect(COMMA)
				if p.expect(RPAR) != nil && p.expect(COLON) != nil {
					if b := p.block(); b != nil {
						return p.makeWith(start, async, items, b)
					}
				}
			}
		}
		p.reset(afterWith)
		if items := p.withItems(); items != nil && p.expect(COLON) != nil {
			p.peekTypeComment()
			if b := p.block(); b != nil {
				return p.makeWith(start, async, items, b)
			}
		}
	}
	p.reset(m)
	if p.callInvalid {
		p.invalidWithStmt()
		p.reset(m)
	}
	return nil
}

func (p *parser) makeWith(start *Token, async bool, items []*WithItem, body []Stmt) Stmt {
	if async {
		return &AsyncWith{Loc: p.stmtLoc(start), Items: items, Body: body}
	}
	return &With{Loc: p.stmtLoc(start), Items: items, Body: body}
}

// withItems: ','.with_item+
func (p *parser) withItems() []*WithItem {
	first := p.withItem()
	if first == nil {
		return nil
	}
	out := []*WithItem{first}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil {
			break
		}
		w := p.withItem()
		if w == nil {
			p.reset(m)
			break
		}
		out = append(out, w)
	}
	return out
}

// withItem:
//
//	with_item:
//	    | expression 'as' star_target &(',' | ')' | ':')
//	    | invalid_with_item
//	    | expression
func (p *parser) withItem() *WithItem {
	m := p.mark()
	e := p.expression()
	if e == nil {
		return nil
	}
	afterExpr := p.mark()
	if p.expect(KwAs) != nil {
		if t := p.starTarget(); t != nil {
			if k := p.peek().Kind; k == COMMA || k == RPAR || k == COLON {
				return &WithItem{ContextExpr: e, OptionalVars: t}
			}
		}
	}
	p.reset(m)
	if p.callInvalid {
		// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
		if p.expression() != nil && p.expect(KwAs) != nil {
			if a := p.expression(); a != nil {
				if k := p.peek().Kind; k == COMMA || k == RPAR || k == COLON {
					// No invalid target: the rule fails and the
					// plain expression alternative follows.
					p.raiseInvalidTarget(targetsStar, a)
				}
			}
		}
		p.reset(m)
	}
	p.reset(afterExpr)
	return &WithItem{ContextExpr: e}
}

// invalidWithHead matches the heads shared by invalid_with_stmt and
// invalid_with_stmt_indent and returns the 'with' token:
//
//	paren false: [ASYNC] 'with' ','.(expression ['as' star_target])+
//	paren true:  [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')'
func (p *parser) invalidWithHead(paren bool) *Token {
	p.expect(KwAsync)
	a := p.expect(KwWith)
	if a == nil {
		return nil
	}
	if paren && p.expect(LPAR) == nil {
		return nil
	}
	item := func() bool {
		var e Expr
		if paren {
			e = p.expressions()
		} else {
			e = p.expression()
		}
		if e == nil {
			return false
		}
		m := p.mark()
		if p.expect(KwAs) == nil || p.starTarget() == nil {
			p.reset(m)
		}
		return true
	}
	if !item() {
		return nil
	}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil || !item() {
			p.reset(m)
			break
		}
	}
	if paren {
		p.expect(COMMA)
		if p.expect(RPAR) == nil {
			return nil
		}
	}
	return a
}

// invalidWithStmt:
//
//	invalid_with_stmt:
//	    | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//	    | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
func (p *parser) invalidWithStmt() {
	m := p.mark()
	for _, paren := range []bool{false, true} {
		p.reset(m)
		if p.invalidWithHead(paren) != nil && p.expect(NEWLINE) != nil {
			p.raiseHere("expected ':'")
		}
	}
	p.reset(m)
}

// invalidWithStmtIndent:
//
//	invalid_with_stmt_indent:
//	    | [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//	    | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
func (p *parser) invalidWithStmtIndent() {
	m := p.mark()
	for _, paren := range []bool{false, true} {
		p.reset(m)
		if a := p.invalidWithHead(paren); a != nil && p.expect(COLON) != nil && p.indentedBlockMissing() {
			p.raiseIndentHere("expected an indented block after 'with' statement on line %d", a.Line)
		}
	}
	p.reset(m)
}

// ---- try ----

// tryStmt:
//
//	try_stmt:
//	    | invalid_try_stmt
//	    | 'try' &&':' block finally_block
//	    | 'try' &&':' block except_block+ [else_block] [finally_block]
//	    | 'try' &&':' block except_star_block+ [else_block] [finally_block]
func (p *parser) tryStmt() Stmt {
	m := p.mark()
	if p.callInvalid {
		p.invalidTryStmt()
		p.reset(m)
	}
	t := p.expect(KwTry)
	if t == nil {
		return nil
	}
	p.expectForced(COLON)
	b := p.block()
	if b == nil {
		p.reset(m)
		return nil
	}
	afterBody := p.mark()
	if f := p.finallyBlock(); f != nil {
		return &Try{Loc: p.stmtLoc(t), Body: b, Handlers: []*ExceptHandler{}, Orelse: []Stmt{}, Finalbody: f}
	}
	p.reset(afterBody)
	for _, star := range []bool{false, true} {
		p.reset(afterBody)
		var handlers []*ExceptHandler
		for {
			h := p.exceptBlock(star)
			if h == nil {
				break
			}
			handlers = append(handlers, h)
		}
		if handlers == nil {
			continue
		}
		el := p.elseBlock()
		if el == nil {
			el = []Stmt{}
		}
		f := p.finallyBlock()
		if f == nil {
			f = []Stmt{}
		}
		if star {
			return &TryStar{Loc: p.stmtLoc(t), Body: b, Handlers: handlers, Orelse: el, Finalbody: f}
		}
		return &Try{Loc: p.stmtLoc(t), Body: b, Handlers: handlers, Orelse: el, Finalbody: f}
	}
	p.reset(m)
	return nil
}

// invalidTryStmt:
//
//	invalid_try_stmt:
//	    | 'try' ':' NEWLINE !INDENT
//	    | 'try' ':' block !('except' | 'finally')
//	    | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
//	    | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
func (p *parser) invalidTryStmt() {
	m := p.mark()
	if a := p.expect(KwTry); a != nil && p.expect(COLON) != nil && p.indentedBlockMissing() {
		p.raiseIndentHere("expected an indented block after 'try' statement on line %d", a.Line)
	}
	p.reset(m)
	if p.expect(KwTry) != nil && p.expect(COLON) != nil && p.block() != nil {
		if k := p.peek().Kind; k != KwExcept && k != KwFinally {
			p.raiseHere("expected 'except' or 'finally' block")
		}
	}
	for _, star := range []bool{false, true} {
		p.reset(m)
		if p.expect(KwTry) == nil || p.expect(COLON) == nil {
			continue
		}
		for p.block() != nil {
		}
		n := 0
		for p.exceptBlock(star) != nil {
			n++
		}
		if n == 0 {
			continue
		}
		a := p.expect(KwExcept)
		if a == nil {
			continue
		}
		if !star {
			b := p.expect(STAR)
			if b == nil || p.expression() == nil {
				continue
			}
			p.asNameOpt()
			if p.expect(COLON) != nil {
				p.raiseLocs(tokLoc(a), tokLoc(b), "cannot have both 'except' and 'except*' on the same 'try'")
			}
			continue
		}
		m2 := p.mark()
		if p.expression() != nil {
			p.asNameOpt()
		} else {
			p.reset(m2)
		}
		if p.expect(COLON) != nil {
			p.raiseAtToken(a, "cannot have both 'except' and 'except*' on the same 'try'")
		}
	}
	p.reset(m)
}

// asNameOpt: ['as' NAME], returning the NAME token or nil.
func (p *parser) asNameOpt() *Token {
	m := p.mark()
	if p.expect(KwAs) != nil {
		if z := p.expect(NAME); z != nil {
			return z
		}
	}
	p.reset(m)
	return nil
}

// exceptBlock (star false) and except_star_block (star true):
//
//	except_block:
//	    | invalid_except_stmt_indent
//	    | 'except' expression ['as' NAME] ':' block
//	    | 'except' ':' block
//	    | invalid_except_stmt
//	except_star_block:
//	    | invalid_except_star_stmt_indent
//	    | 'except' '*' expression ['as' NAME] ':' block
//	    | invalid_except_stmt
func (p *parser) exceptBlock(star bool) *ExceptHandler {
	m := p.mark()
	if p.callInvalid {
		p.invalidExceptStmtIndent(star)
		p.reset(m)
	}
	t := p.expect(KwExcept)
	if t == nil {
		return nil
	}
	afterExcept := p.mark()
	if !star || p.expect(STAR) != nil {
		if e := p.expression(); e != nil {
			name := ""
			if z := p.asNameOpt(); z != nil {
				name = p.identifier(z)
			}
			if p.expect(COLON) != nil {
				if b := p.block(); b != nil {
					return &ExceptHandler{Loc: p.stmtLoc(t), Type: e, Name: name, Body: b}
				}
			}
		}
	}
	if !star {
		p.reset(afterExcept)
		if p.expect(COLON) != nil {
			if b := p.block(); b != nil {
				return &ExceptHandler{Loc: p.stmtLoc(t), Body: b}
			}
		}
	}
	p.reset(m)
	if p.callInvalid {
		p.invalidExceptStmt()
		p.reset(m)
	}
	return nil
}

// invalidExceptStmt:
//
//	invalid_except_stmt:
//	    | 'except' '*'? expression ',' expressions ['as' NAME ] ':'
//	    | 'except' '*'? expression ['as' NAME ] NEWLINE
//	    | 'except' NEWLINE
//	    | 'except' '*' (NEWLINE | ':')
func (p *parser) invalidExceptStmt() {
	m := p.mark()
	if p.expect(KwExcept) != nil {
		p.expect(STAR)
		if a := p.expression(); a != nil && p.expect(COMMA) != nil && p.expressions() != nil {
			p.asNameOpt()
			if p.expect(COLON) != nil {
				p.raiseStartingFrom(a, "multiple exception types must be parenthesized")
			}
		}
	}
	p.reset(m)
	if p.expect(KwExcept) != nil {
		p.expect(STAR)
		if p.expression() != nil {
			p.asNameOpt()
			if p.expect(NEWLINE) != nil {
				p.raiseHere("expected ':'")
			}
		}
	}
	p.reset(m)
	if p.expect(KwExcept) != nil && p.expect(NEWLINE) != nil {
		p.raiseHere("expected ':'")
	}
	p.reset(m)
	if p.expect(KwExcept) != nil && p.expect(STAR) != nil {
		if k := p.peek().Kind; k == NEWLINE || k == COLON {
			p.next()
			p.raiseHere("expected one or more exception types")
		}
	}
	p.reset(m)
}

// invalidExceptStmtIndent:
//
//	invalid_except_stmt_indent:
//	    | 'except' expression ['as' NAME ] ':' NEWLINE !INDENT
//	    | 'except' ':' NEWLINE !INDENT
//	invalid_except_star_stmt_indent:
//	    | 'except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
func (p *parser) invalidExceptStmtIndent(star bool) {
	m := p.mark()
	what := "except"
	if star {
		what = "except*"
	}
	if a := p.expect(KwExcept); a != nil && (!star || p.expect(STAR) != nil) && p.expression() != nil {
		p.asNameOpt()
		if p.expect(COLON) != nil && p.indentedBlockMissing() {
			p.raiseIndentHere("expected an indented block after '%s' statement on line %d", what, a.Line)
		}
	}
	p.reset(m)
	if !star {
		if a := p.expect(KwExcept); a != nil && p.expect(COLON) != nil && p.indentedBlockMissing() {
			p.raiseIndentHere("expected an indented block after 'except' statement on line %d", a.Line)
		}
		p.reset(m)
	}
}

// finallyBlock:
//
//	finally_block:
//	    | invalid_finally_stmt
//	    | 'finally' &&':' block
func (p *parser) finallyBlock() []Stmt {
	m := p.mark()
	if p.callInvalid {
		// invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
		if a := p.expect(KwFinally); a != nil && p.expect(COLON) != nil && p.indentedBlockMissing() {
			p.raiseIndentHere("expected an indented block after 'finally' statement on line %d", a.Line)
		}
		p.reset(m)
	}
	if p.expect(KwFinally) == nil {
		return nil
	}
	p.expectForced(COLON)
	a := p.block()
	if a == nil {
		p.reset(m)
		return nil
	}
	return a
}

// ---- match ----

// matchStmt:
//
//	match_stmt:
//	    | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//	    | invalid_match_stmt
func (p *parser) matchStmt() Stmt {
	m := p.mark()
	if t := p.expectSoft("match"); t != nil {
		if subject := p.subjectExpr(); subject != nil && p.expect(COLON) != nil &&
			p.expect(NEWLINE) != nil && p.expect(INDENT) != nil {
			var cases []*MatchCase
			for {
				c := p.caseBlock()
				if c == nil {
					break
				}
				cases = append(cases, c)
			}
			if cases != nil && p.expect(DEDENT) != nil {
				return &Match{Loc: p.stmtLoc(t), Subject: subject, Cases: cases}
			}
		}
	}
	p.reset(m)
	if p.callInvalid {
		p.invalidMatchStmt()
		p.reset(m)
	}
	return nil
}

// invalidMatchStmt:
//
//	invalid_match_stmt:
//	    | "match" subject_expr NEWLINE
//	    | "match" subject_expr ':' NEWLINE !INDENT
func (p *parser) invalidMatchStmt() {
	m := p.mark()
	if p.expectSoft("match") != nil && p.subjectExpr() != nil && p.expect(NEWLINE) != nil {
		p.raiseHere("expected ':'")
	}
	p.reset(m)
	if a := p.expectSoft("match"); a != nil && p.subjectExpr() != nil && p.expect(COLON) != nil && p.indentedBlockMissing() {
		p.raiseIndentHere("expected an indented block after 'match' statement on line %d", a.Line)
	}
	p.reset(m)
}

// subjectExpr:
//
//	subject_expr:
//	    | star_named_expression ',' star_named_expressions?
//	    | named_expression
func (p *parser) subjectExpr() Expr {
	m := p.mark()
	start := p.peek()
	if v := p.starNamedExpression(); v != nil && p.expect(COMMA) != nil {
		rest := p.starNamedExpressions()
		elts := append([]Expr{v}, rest...)
		return &Tuple{Loc: p.stmtLoc(start), Elts: elts, Ctx: Load}
	}
	p.reset(m)
	return p.namedExpression()
}

// caseBlock:
//
//	case_block:
//	    | invalid_case_block
//	    | "case" patterns guard? ':' block
func (p *parser) caseBlock() *MatchCase {
	m := p.mark()
	if p.callInvalid {
		p.invalidCaseBlock()
		p.reset(m)
	}
	if p.expectSoft("case") == nil {
		return nil
	}
	pat := p.patterns()
	if pat == nil {
		p.reset(m)
		return nil
	}
	guard := p.guard()
	if p.expect(COLON) == nil {
		p.reset(m)
		return nil
	}
	body := p.block()
	if body == nil {
		p.reset(m)
		return nil
	}
	return &MatchCase{Pattern: pat, Guard: guard, Body: body}
}

// invalidCaseBlock:
//
//	invalid_case_block:
//	    | "case" patterns guard? NEWLINE
//	    | "case" patterns guard? ':' NEWLINE !INDENT
func (p *parser) invalidCaseBlock() {
	m := p.mark()
	if p.expectSoft("case") != nil && p.patterns() != nil {
		p.guard()
		if p.expect(NEWLINE) != nil {
			p.raiseHere("expected ':'")
		}
	}
	p.reset(m)
	if a := p.expectSoft("case"); a != nil && p.patterns() != nil {
		p.guard()
		if p.expect(COLON) != nil && p.indentedBlockMissing() {
			p.raiseIndentHere("expected an indented block after 'case' statement on line %d", a.Line)
		}
	}
	p.reset(m)
}

// guard: 'if' named_expression
func (p *parser) guard() Expr {
	m := p.mark()
	if p.expect(KwIf) != nil {
		if g := p.namedExpression(); g != nil {
			return g
		}
	}
	p.reset(m)
	return nil
}
