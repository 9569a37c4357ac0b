package syntax

// This file holds the expression half of the grammar: every rule of CPython
// 3.11's Grammar/python.gram from `expressions` down to `atom`, the
// displays and comprehensions, lambda, call arguments, and the invalid_*
// rules that give expressions, arguments, comprehensions and dict displays
// CPython's specific error messages in the second parsing pass. Assignment
// targets live in parse_target.go and the f-string sub-parser in
// parse_fstring.go.
//
// Each method transcribes one rule; the rule text is repeated, shortened,
// in its comment. A method returns nil for "no match" and then leaves the
// cursor where it found it. Left-recursive rules (bitwise_or, sum, primary,
// ...) are loops that build the left-associative tree CPython's seed
// growing produces. The rules CPython memoizes, and the left-recursive ones
// (which CPython memoizes implicitly), are memoized here too, so that the
// heavy backtracking over nested brackets stays linear.
//
// An invalid_* rule either raises its error or fails; like CPython's
// generated code, a rule whose action yields no node without raising fails
// as a whole, without trying its later alternatives.

// Memo rule ids of the expression helper (1..99).
const (
	memoExpression = 1 + iota
	memoStarExpression
	memoDisjunction
	memoConjunction
	memoInversion
	memoBitwiseOr
	memoFactor
	memoAwaitPrimary
	memoStrings
	memoArguments
	memoInvalidNamedExpression
	memoStarTarget
	memoTargetWithStarAtom
	memoTPrimary
	memoDelTarget
)

// ---- helpers ----

// asExpr converts a memoized node back to an Expr (nil for a failure).
func asExpr(v any) Expr {
	e, _ := v.(Expr)
	return e
}

// identifier returns the identifier a NAME token stands for: its text in
// NFKC form, as CPython stores identifiers in the AST.
func (p *parser) identifier(t *Token) string { return normalizeName(t.Text) }

// nameNode builds a Name node for a NAME token.
func (p *parser) nameNode(t *Token, ctx ExprContext) *Name {
	return &Name{Loc: tokLoc(t), Id: p.identifier(t), Ctx: ctx}
}

// numberConst builds the Constant of a NUMBER token (CPython's
// _PyPegen_number_token). A decimal literal too long to convert raises the
// SyntaxError CPython raises, which carries no column.
func (p *parser) numberConst(t *Token) *Constant {
	v, msg := parseNumber(t.Text)
	if msg != "" {
		panic(bailout{&Error{
			Type:      "SyntaxError",
			Msg:       p.msg("%s", []any{msg}),
			Filename:  p.src.filename,
			Lineno:    t.Line,
			EndLineno: t.EndLine,
			Text:      p.src.line(t.Line),
		}})
	}
	return &Constant{Loc: tokLoc(t), Value: v}
}

// raiseLocs raises a SyntaxError from the start of a to the end of b.
func (p *parser) raiseLocs(a, b Loc, format string, args ...any) {
	p.raise("SyntaxError", a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset, format, args...)
}

// raiseStartingFromToken is RAISE_SYNTAX_ERROR_STARTING_FROM(a) for a
// token: the error ends at the tokenizer's position, the end of the last
// fetched token. In an f-string sub-parser that end is not a token
// position, and CPython converts it differently (see fstringCurrentPos).
func (p *parser) raiseStartingFromToken(a *Token, format string, args ...any) {
	if p.fstring {
		t := p.tokenAt(p.fill - 1)
		e := p.src.parserErrorAt("SyntaxError", a.Line, a.Col, 0, 0, "%s", p.msg(format, args))
		e.EndLineno = t.EndLine
		panic(fstringCurrentPos{err: e, endCol: t.EndCol})
	}
	p.raiseStartingFrom(&Name{Loc: tokLoc(a)}, format, args...)
}

// lookSoftKeyword reports whether the current token matches CPython's
// SOFT_KEYWORD test. CPython compares the token with strncmp over the
// token's length, so any NAME that is a prefix of "match", "case" or "_"
// (such as "c" or "ma") counts as a soft keyword there.
func (p *parser) lookSoftKeyword() bool {
	t := p.peek()
	if t.Kind != NAME || t.Text == "" {
		return false
	}
	for _, kw := range [...]string{"_", "case", "match"} {
		if len(t.Text) <= len(kw) && kw[:len(t.Text)] == t.Text {
			return true
		}
	}
	return false
}

// tokenLevel returns the bracket nesting level CPython's tokenizer records
// for token i: opening brackets count themselves, closing ones do not.
// The levels are computed once, on first use.
func (p *parser) tokenLevel(i int) int {
	if p.levels == nil {
		p.levels = bracketLevels(p.toks)
	}
	levels := p.levels
	if i < 0 || i >= len(levels) {
		return 0
	}
	return int(levels[i])
}

// startsDisjunction reports whether a token of kind k can begin a
// disjunction. The memoized expression rules fail at once, with no side
// effect, on any other token, so they skip their memo table there (which
// saves most of its traffic).
func startsDisjunction(k Kind) bool {
	switch k {
	case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, ELLIPSIS,
		KwNot, KwAwait, KwTrue, KwFalse, KwNone:
		return true
	}
	return false
}

// isLegacyName reports whether e is the name print or exec (CPython's
// _PyPegen_check_legacy_stmt).
func isLegacyName(e Expr) bool {
	n, ok := e.(*Name)
	return ok && (n.Id == "print" || n.Id == "exec")
}

// lastComprehensionItem is the last node of a comprehension clause: its
// last condition, or its iterable.
func lastComprehensionItem(c *Comprehension) Expr {
	if len(c.Ifs) == 0 {
		return c.Iter
	}
	return c.Ifs[len(c.Ifs)-1]
}

// exprName is CPython's _PyPegen_get_expr_name: how error messages name
// the kind of an expression.
func exprName(e Expr) string {
	switch n := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := n.Value.(type) {
		case NoneConst:
			return "None"
		case BoolConst:
			if v {
				return "True"
			}
			return "False"
		case EllipsisConst:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return ""
}

// ---- expressions ----

// expressions:
//
//	| expression (',' expression)+ [','] | expression ',' | expression
func (p *parser) expressions() Expr {
	start := p.peek()
	a := p.expression()
	if a == nil {
		return nil
	}
	if !p.at(COMMA) {
		return a
	}
	elts := []Expr{a}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil {
			break
		}
		b := p.expression()
		if b == nil {
			p.reset(m)
			break
		}
		elts = append(elts, b)
	}
	p.expect(COMMA)
	return &Tuple{Loc: p.span(start), Elts: elts, Ctx: Load}
}

// expression (memo):
//
//	| invalid_expression | invalid_legacy_expression
//	| disjunction 'if' disjunction 'else' expression | disjunction | lambdef
func (p *parser) expression() Expr {
	if k := p.peek().Kind; !startsDisjunction(k) && k != KwLambda {
		return nil
	}
	if v, ok := p.memoLookup(memoExpression); ok {
		return asExpr(v)
	}
	m := p.mark()
	p.enter()
	defer p.leave()
	if p.callInvalid {
		p.invalidExpression()
		p.reset(m)
		p.invalidLegacyExpression()
		p.reset(m)
	}
	e := p.conditionalOrLambda()
	p.memoStore(memoExpression, m, e)
	return e
}

// conditionalOrLambda is the common tail of expression and
// expression_without_invalid:
//
//	| disjunction 'if' disjunction 'else' expression | disjunction | lambdef
func (p *parser) conditionalOrLambda() Expr {
	m := p.mark()
	start := p.peek()
	if a := p.disjunction(); a != nil {
		end := p.mark()
		if p.expect(KwIf) != nil {
			if b := p.disjunction(); b != nil && p.expect(KwElse) != nil {
				if c := p.expression(); c != nil {
					return &IfExp{Loc: p.span(start), Test: b, Body: a, Orelse: c}
				}
			}
		}
		p.reset(end)
		return a
	}
	p.reset(m)
	return p.lambdef()
}

// expressionWithoutInvalid: the expression alternatives, with the invalid
// rules switched off below it (CPython's "_without_invalid" rules).
func (p *parser) expressionWithoutInvalid() Expr {
	saved := p.callInvalid
	p.callInvalid = false
	defer func() { p.callInvalid = saved }()
	return p.conditionalOrLambda()
}

// invalidExpression:
//
//	| !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
//	    -> "invalid syntax. Perhaps you forgot a comma?" (inside brackets)
//	| a=disjunction 'if' b=disjunction !('else'|':')
//	    -> "expected 'else' after 'if' expression"
func (p *parser) invalidExpression() {
	m := p.mark()
	nameString := false
	if p.at(NAME) {
		nameString = p.look(1).Kind == STRING
	}
	if !nameString && !p.lookSoftKeyword() {
		if a := p.disjunction(); a != nil {
			if b := p.expressionWithoutInvalid(); b != nil {
				if isLegacyName(a) || p.tokenLevel(p.pos-1) == 0 {
					p.reset(m)
					return
				}
				p.raiseLocs(*a.Pos(), *b.Pos(), "invalid syntax. Perhaps you forgot a comma?")
			}
		}
	}
	p.reset(m)
	if a := p.disjunction(); a != nil && p.expect(KwIf) != nil {
		if b := p.disjunction(); b != nil && !p.at(KwElse) && !p.at(COLON) {
			p.raiseLocs(*a.Pos(), *b.Pos(), "expected 'else' after 'if' expression")
		}
	}
	p.reset(m)
}

// invalidLegacyExpression:
//
//	| a=NAME !'(' b=star_expressions
//	    -> "Missing parentheses in call to 'print'. Did you mean print(...)?"
func (p *parser) invalidLegacyExpression() {
	m := p.mark()
	if t := p.expect(NAME); t != nil && !p.at(LPAR) {
		if b := p.starExpressions(); b != nil {
			if id := p.identifier(t); id == "print" || id == "exec" {
				p.raiseLocs(tokLoc(t), *b.Pos(), "Missing parentheses in call to '%s'. Did you mean %s(...)?", id, id)
			}
		}
	}
	p.reset(m)
}

// yieldExpr: yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
func (p *parser) yieldExpr() Expr {
	m := p.mark()
	start := p.peek()
	if p.expect(KwYield) == nil {
		return nil
	}
	if p.expect(KwFrom) != nil {
		if a := p.expression(); a != nil {
			return &YieldFrom{Loc: p.span(start), Value: a}
		}
		p.reset(m)
		p.next()
	}
	a := p.starExpressions()
	return &Yield{Loc: p.span(start), Value: a}
}

// annotatedRhs: annotated_rhs: yield_expr | star_expressions
func (p *parser) annotatedRhs() Expr {
	if e := p.yieldExpr(); e != nil {
		return e
	}
	return p.starExpressions()
}

// starExpressions:
//
//	| star_expression (',' star_expression)+ [','] | star_expression ','
//	| star_expression
func (p *parser) starExpressions() Expr {
	start := p.peek()
	a := p.starExpression()
	if a == nil {
		return nil
	}
	if !p.at(COMMA) {
		return a
	}
	elts := []Expr{a}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil {
			break
		}
		b := p.starExpression()
		if b == nil {
			p.reset(m)
			break
		}
		elts = append(elts, b)
	}
	p.expect(COMMA)
	return &Tuple{Loc: p.span(start), Elts: elts, Ctx: Load}
}

// starExpression (memo): star_expression: '*' bitwise_or | expression
func (p *parser) starExpression() Expr {
	if k := p.peek().Kind; !startsDisjunction(k) && k != KwLambda && k != STAR {
		return nil
	}
	if v, ok := p.memoLookup(memoStarExpression); ok {
		return asExpr(v)
	}
	m := p.mark()
	start := p.peek()
	var e Expr
	if p.expect(STAR) != nil {
		if a := p.bitwiseOr(); a != nil {
			e = &Starred{Loc: p.span(start), Value: a, Ctx: Load}
		} else {
			p.reset(m)
		}
	}
	if e == nil {
		e = p.expression()
	}
	p.memoStore(memoStarExpression, m, e)
	return e
}

// starNamedExpressions: ','.star_named_expression+ [',']
func (p *parser) starNamedExpressions() []Expr {
	a := p.starNamedExpression()
	if a == nil {
		return nil
	}
	elts := []Expr{a}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil {
			break
		}
		b := p.starNamedExpression()
		if b == nil {
			p.reset(m)
			break
		}
		elts = append(elts, b)
	}
	p.expect(COMMA)
	return elts
}

// starNamedExpression: '*' bitwise_or | named_expression
func (p *parser) starNamedExpression() Expr {
	m := p.mark()
	start := p.peek()
	if p.expect(STAR) != nil {
		if a := p.bitwiseOr(); a != nil {
			return &Starred{Loc: p.span(start), Value: a, Ctx: Load}
		}
		p.reset(m)
	}
	return p.namedExpression()
}

// assignmentExpression: NAME ':=' ~ expression
func (p *parser) assignmentExpression() Expr {
	m := p.mark()
	t := p.expect(NAME)
	if t == nil {
		return nil
	}
	if p.expect(COLONEQUAL) == nil {
		p.reset(m)
		return nil
	}
	b := p.expression()
	if b == nil {
		p.reset(m)
		return nil
	}
	return &NamedExpr{Loc: p.span(t), Target: p.nameNode(t, Store), Value: b}
}

// namedExpression:
//
//	| assignment_expression | invalid_named_expression | expression !':='
func (p *parser) namedExpression() Expr {
	m := p.mark()
	if e := p.assignmentExpression(); e != nil {
		return e
	}
	if p.callInvalid {
		p.invalidNamedExpression()
		p.reset(m)
	}
	if e := p.expression(); e != nil {
		if !p.at(COLONEQUAL) {
			return e
		}
		p.reset(m)
	}
	return nil
}

// invalidNamedExpression (memo):
//
//	| a=expression ':=' expression
//	    -> "cannot use assignment expressions with %s"
//	| a=NAME '=' b=bitwise_or !('='|':=')
//	    -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
//	| !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
//	    -> "cannot assign to %s here. Maybe you meant '==' instead of '='?"
func (p *parser) invalidNamedExpression() {
	if _, ok := p.memoLookup(memoInvalidNamedExpression); ok {
		return
	}
	m := p.mark()
	if a := p.expression(); a != nil && p.expect(COLONEQUAL) != nil && p.expression() != nil {
		p.raiseAtNode(a, "cannot use assignment expressions with %s", exprName(a))
	}
	p.reset(m)
	if t := p.expect(NAME); t != nil && p.expect(EQUAL) != nil {
		if b := p.bitwiseOr(); b != nil && !p.at(EQUAL) && !p.at(COLONEQUAL) {
			p.raiseLocs(tokLoc(t), *b.Pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	p.reset(m)
	if !p.lookAssignableDisplay() {
		if a := p.bitwiseOr(); a != nil && p.expect(EQUAL) != nil {
			if p.bitwiseOr() != nil && !p.at(EQUAL) && !p.at(COLONEQUAL) {
				p.raiseAtNode(a, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(a))
			}
		}
	}
	p.reset(m)
	p.memoStore(memoInvalidNamedExpression, m, nil)
}

// lookAssignableDisplay is the lookahead (list|tuple|genexp|'True'|'None'|'False').
func (p *parser) lookAssignableDisplay() bool {
	m := p.mark()
	defer p.reset(m)
	if p.listAtom() != nil || p.tupleAtom() != nil || p.genexp() != nil {
		return true
	}
	switch p.peek().Kind {
	case KwTrue, KwNone, KwFalse:
		return true
	}
	return false
}

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
func (p *parser) disjunction() Expr {
	if !startsDisjunction(p.peek().Kind) {
		return nil
	}
	if v, ok := p.memoLookup(memoDisjunction); ok {
		return asExpr(v)
	}
	m := p.mark()
	e := p.boolChain(KwOr, Or, p.conjunction)
	p.memoStore(memoDisjunction, m, e)
	return e
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
func (p *parser) conjunction() Expr {
	if !startsDisjunction(p.peek().Kind) {
		return nil
	}
	if v, ok := p.memoLookup(memoConjunction); ok {
		return asExpr(v)
	}
	m := p.mark()
	e := p.boolChain(KwAnd, And, p.inversion)
	p.memoStore(memoConjunction, m, e)
	return e
}

// boolChain parses operand (kw operand)* and builds a BoolOp when there
// is more than one operand.
func (p *parser) boolChain(kw Kind, op BoolOpKind, operand func() Expr) Expr {
	start := p.peek()
	a := operand()
	if a == nil || !p.at(kw) {
		return a
	}
	values := []Expr{a}
	for {
		m := p.mark()
		if p.expect(kw) == nil {
			break
		}
		c := operand()
		if c == nil {
			p.reset(m)
			break
		}
		values = append(values, c)
	}
	if len(values) == 1 {
		return a
	}
	return &BoolOp{Loc: p.span(start), Op: op, Values: values}
}

// inversion (memo): 'not' inversion | comparison
func (p *parser) inversion() Expr {
	if !startsDisjunction(p.peek().Kind) {
		return nil
	}
	if v, ok := p.memoLookup(memoInversion); ok {
		return asExpr(v)
	}
	m := p.mark()
	p.enter()
	defer p.leave()
	start := p.peek()
	var e Expr
	if p.expect(KwNot) != nil {
		if a := p.inversion(); a != nil {
			e = &UnaryOp{Loc: p.span(start), Op: Not, Operand: a}
		} else {
			p.reset(m)
		}
	}
	if e == nil {
		e = p.comparison()
	}
	p.memoStore(memoInversion, m, e)
	return e
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
func (p *parser) comparison() Expr {
	start := p.peek()
	a := p.bitwiseOr()
	if a == nil {
		return nil
	}
	var ops []CmpOp
	var comparators []Expr
	for {
		op, b := p.compareOpBitwiseOrPair()
		if b == nil {
			break
		}
		ops = append(ops, op)
		comparators = append(comparators, b)
	}
	if len(ops) == 0 {
		return a
	}
	return &Compare{Loc: p.span(start), Left: a, Ops: ops, Comparators: comparators}
}

// compareOpBitwiseOrPair:
//
//	| '==' bitwise_or | '!=' bitwise_or | '<=' bitwise_or | '<' bitwise_or
//	| '>=' bitwise_or | '>' bitwise_or | 'not' 'in' bitwise_or
//	| 'in' bitwise_or | 'is' 'not' bitwise_or | 'is' bitwise_or
//
// A NOTEQUAL token spelt "<>" does not match (CPython accepts it only with
// the barry_as_FLUFL future).
func (p *parser) compareOpBitwiseOrPair() (CmpOp, Expr) {
	m := p.mark()
	t := p.peek()
	var op CmpOp
	switch t.Kind {
	case EQEQUAL:
		op = Eq
	case NOTEQUAL:
		if t.Text != "!=" {
			return 0, nil
		}
		op = NotEq
	case LESSEQUAL:
		op = LtE
	case LESS:
		op = Lt
	case GREATEREQUAL:
		op = GtE
	case GREATER:
		op = Gt
	case KwNot:
		p.next()
		if p.expect(KwIn) == nil {
			p.reset(m)
			return 0, nil
		}
		if b := p.bitwiseOr(); b != nil {
			return NotIn, b
		}
		p.reset(m)
		return 0, nil
	case KwIn:
		op = In
	case KwIs:
		p.next()
		if p.expect(KwNot) != nil {
			if b := p.bitwiseOr(); b != nil {
				return IsNot, b
			}
		}
		p.reset(m)
		op = Is
	default:
		return 0, nil
	}
	p.next()
	if b := p.bitwiseOr(); b != nil {
		return op, b
	}
	p.reset(m)
	return 0, nil
}

// binaryLoop parses the left-recursive rule `a=rule op b=operand | operand`
// as a loop; ops maps each operator token to its Operator.
func (p *parser) binaryLoop(operand func() Expr, ops func(Kind) Operator) Expr {
	start := p.peek()
	a := operand()
	if a == nil {
		return nil
	}
	for {
		m := p.mark()
		op := ops(p.peek().Kind)
		if op == 0 {
			break
		}
		p.next()
		b := operand()
		if b == nil {
			p.reset(m)
			break
		}
		a = &BinOp{Loc: p.span(start), Left: a, Op: op, Right: b}
	}
	return a
}

// bitwiseOr (left-recursive, memo): bitwise_or '|' bitwise_xor | bitwise_xor
func (p *parser) bitwiseOr() Expr {
	if k := p.peek().Kind; !startsDisjunction(k) || k == KwNot {
		return nil
	}
	if v, ok := p.memoLookup(memoBitwiseOr); ok {
		return asExpr(v)
	}
	m := p.mark()
	e := p.binaryLoop(p.bitwiseXor, func(k Kind) Operator {
		if k == VBAR {
			return BitOr
		}
		return 0
	})
	p.memoStore(memoBitwiseOr, m, e)
	return e
}

// bitwiseXor: bitwise_xor '^' bitwise_and | bitwise_and
func (p *parser) bitwiseXor() Expr {
	return p.binaryLoop(p.bitwiseAnd, func(k Kind) Operator {
		if k == CIRCUMFLEX {
			return BitXor
		}
		return 0
	})
}

// bitwiseAnd: bitwise_and '&' shift_expr | shift_expr
func (p *parser) bitwiseAnd() Expr {
	return p.binaryLoop(p.shiftExpr, func(k Kind) Operator {
		if k == AMPER {
			return BitAnd
		}
		return 0
	})
}

// shiftExpr: shift_expr '<<' sum | shift_expr '>>' sum | sum
func (p *parser) shiftExpr() Expr {
	return p.binaryLoop(p.sum, func(k Kind) Operator {
		switch k {
		case LEFTSHIFT:
			return LShift
		case RIGHTSHIFT:
			return RShift
		}
		return 0
	})
}

// sum: sum '+' term | sum '-' term | term
func (p *parser) sum() Expr {
	return p.binaryLoop(p.term, func(k Kind) Operator {
		switch k {
		case PLUS:
			return Add
		case MINUS:
			return Sub
		}
		return 0
	})
}

// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
func (p *parser) term() Expr {
	return p.binaryLoop(p.factor, func(k Kind) Operator {
		switch k {
		case STAR:
			return Mult
		case SLASH:
			return Div
		case DOUBLESLASH:
			return FloorDiv
		case PERCENT:
			return Mod
		case AT:
			return MatMult
		}
		return 0
	})
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
func (p *parser) factor() Expr {
	if k := p.peek().Kind; !startsDisjunction(k) || k == KwNot {
		return nil
	}
	if v, ok := p.memoLookup(memoFactor); ok {
		return asExpr(v)
	}
	m := p.mark()
	p.enter()
	defer p.leave()
	start := p.peek()
	var op UnaryOpKind
	switch start.Kind {
	case PLUS:
		op = UAdd
	case MINUS:
		op = USub
	case TILDE:
		op = Invert
	}
	var e Expr
	if op != 0 {
		p.next()
		if a := p.factor(); a != nil {
			e = &UnaryOp{Loc: p.span(start), Op: op, Operand: a}
		} else {
			p.reset(m)
		}
	}
	if e == nil {
		e = p.power()
	}
	p.memoStore(memoFactor, m, e)
	return e
}

// power: await_primary '**' factor | await_primary
func (p *parser) power() Expr {
	start := p.peek()
	a := p.awaitPrimary()
	if a == nil {
		return nil
	}
	m := p.mark()
	if p.expect(DOUBLESTAR) != nil {
		if b := p.factor(); b != nil {
			return &BinOp{Loc: p.span(start), Left: a, Op: Pow, Right: b}
		}
		p.reset(m)
	}
	return a
}

// awaitPrimary (memo): AWAIT primary | primary
func (p *parser) awaitPrimary() Expr {
	if v, ok := p.memoLookup(memoAwaitPrimary); ok {
		return asExpr(v)
	}
	m := p.mark()
	start := p.peek()
	var e Expr
	if p.expect(KwAwait) != nil {
		if a := p.primary(); a != nil {
			e = &Await{Loc: p.span(start), Value: a}
		} else {
			p.reset(m)
		}
	}
	if e == nil {
		e = p.primary()
	}
	p.memoStore(memoAwaitPrimary, m, e)
	return e
}

// primary (left-recursive):
//
//	| primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//	| primary '[' slices ']' | atom
func (p *parser) primary() Expr {
	start := p.peek()
	a := p.atom()
	if a == nil {
		return nil
	}
	for {
		m := p.mark()
		if p.expect(DOT) != nil {
			if n := p.expect(NAME); n != nil {
				a = &Attribute{Loc: p.span(start), Value: a, Attr: p.identifier(n), Ctx: Load}
				continue
			}
			p.reset(m)
		}
		// genexp is tried at any token: in the second pass its
		// invalid_comprehension alternative also looks at '[' and '{'.
		if g := p.genexp(); g != nil {
			a = &Call{Loc: p.span(start), Func: a, Args: []Expr{g}}
			continue
		}
		if p.expect(LPAR) != nil {
			args, kws, _ := p.arguments()
			if p.expect(RPAR) != nil {
				a = &Call{Loc: p.span(start), Func: a, Args: args, Keywords: kws}
				continue
			}
			p.reset(m)
		}
		if p.expect(LSQB) != nil {
			if s := p.slices(); s != nil && p.expect(RSQB) != nil {
				a = &Subscript{Loc: p.span(start), Value: a, Slice: s, Ctx: Load}
				continue
			}
			p.reset(m)
		}
		return a
	}
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','] -> Tuple
func (p *parser) slices() Expr {
	m := p.mark()
	start := p.peek()
	if a := p.slice(); a != nil {
		if !p.at(COMMA) {
			return a
		}
		p.reset(m)
	}
	var elts []Expr
	for {
		mm := p.mark()
		if len(elts) > 0 && p.expect(COMMA) == nil {
			break
		}
		e := p.slice()
		if e == nil {
			e = p.starredExpression()
		}
		if e == nil {
			p.reset(mm)
			break
		}
		elts = append(elts, e)
	}
	if len(elts) == 0 {
		p.reset(m)
		return nil
	}
	p.expect(COMMA)
	return &Tuple{Loc: p.span(start), Elts: elts, Ctx: Load}
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
func (p *parser) slice() Expr {
	m := p.mark()
	start := p.peek()
	lower := p.expression()
	if p.expect(COLON) != nil {
		upper := p.expression()
		var step Expr
		if p.expect(COLON) != nil {
			step = p.expression()
		}
		return &Slice{Loc: p.span(start), Lower: lower, Upper: upper, Step: step}
	}
	p.reset(m)
	return p.namedExpression()
}

// atom:
//
//	| NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
//	| &'(' (tuple | group | genexp) | &'[' (list | listcomp)
//	| &'{' (dict | set | dictcomp | setcomp) | '...'
func (p *parser) atom() Expr {
	t := p.peek()
	switch t.Kind {
	case NAME:
		p.next()
		return p.nameNode(t, Load)
	case KwTrue:
		p.next()
		return &Constant{Loc: tokLoc(t), Value: BoolConst(true)}
	case KwFalse:
		p.next()
		return &Constant{Loc: tokLoc(t), Value: BoolConst(false)}
	case KwNone:
		p.next()
		return &Constant{Loc: tokLoc(t), Value: NoneConst{}}
	case STRING:
		return p.strings()
	case NUMBER:
		p.next()
		return p.numberConst(t)
	case LPAR:
		p.enter()
		defer p.leave()
		if e := p.tupleAtom(); e != nil {
			return e
		}
		if e := p.group(); e != nil {
			return e
		}
		return p.genexp()
	case LSQB:
		p.enter()
		defer p.leave()
		if e := p.listAtom(); e != nil {
			return e
		}
		return p.listcomp()
	case LBRACE:
		p.enter()
		defer p.leave()
		if e := p.dictDisplay(); e != nil {
			return e
		}
		if e := p.setDisplay(); e != nil {
			return e
		}
		if e := p.dictcomp(); e != nil {
			return e
		}
		return p.setcomp()
	case ELLIPSIS:
		p.next()
		return &Constant{Loc: tokLoc(t), Value: EllipsisConst{}}
	}
	return nil
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
func (p *parser) group() Expr {
	m := p.mark()
	if p.expect(LPAR) != nil {
		a := p.yieldExpr()
		if a == nil {
			a = p.namedExpression()
		}
		if a != nil && p.expect(RPAR) != nil {
			return a
		}
	}
	p.reset(m)
	if p.callInvalid {
		p.invalidGroup()
		p.reset(m)
	}
	return nil
}

// invalidGroup:
//
//	| '(' a=starred_expression ')' -> "cannot use starred expression here"
//	| '(' a='**' expression ')' -> "cannot use double starred expression here"
func (p *parser) invalidGroup() {
	m := p.mark()
	if p.expect(LPAR) != nil {
		if a := p.starredExpression(); a != nil && p.expect(RPAR) != nil {
			p.raiseAtNode(a, "cannot use starred expression here")
		}
	}
	p.reset(m)
	if p.expect(LPAR) != nil {
		if a := p.expect(DOUBLESTAR); a != nil && p.expression() != nil && p.expect(RPAR) != nil {
			p.raiseAtToken(a, "cannot use double starred expression here")
		}
	}
	p.reset(m)
}

// lambdef: 'lambda' [lambda_params] ':' expression
func (p *parser) lambdef() Expr {
	m := p.mark()
	start := p.peek()
	if p.expect(KwLambda) == nil {
		return nil
	}
	a := p.lambdaParams()
	if p.expect(COLON) != nil {
		if b := p.expression(); b != nil {
			if a == nil {
				a = emptyArguments()
			}
			return &Lambda{Loc: p.span(start), Args: a, Body: b}
		}
	}
	p.reset(m)
	return nil
}

// ---- literals ----

// fstringNested carries, inside an f-string sub-parser, an error that a
// nested sub-parser already finished: it must pass through unchanged
// (apart from its line numbers).
type fstringNested struct{ err *Error }

// strings (memo): STRING+ -> concatenated Constant or JoinedStr
func (p *parser) strings() Expr {
	if v, ok := p.memoLookup(memoStrings); ok {
		return asExpr(v)
	}
	m := p.mark()
	for p.at(STRING) {
		p.next()
	}
	if p.pos == m {
		return nil
	}
	toks := p.toks[m:p.pos]
	next := p.tokenAt(p.fill - 1)
	var subErr *Error
	sub := func(text string, line, col int) (Expr, *Error) {
		e, err := p.fstringSubParse(text, line, col)
		if err != nil {
			subErr = err
		}
		return e, err
	}
	e, err := concatStringsAt(p.src, toks, next, sub)
	if err != nil {
		if err == subErr {
			if p.fstring {
				panic(fstringNested{err})
			}
			panic(bailout{err})
		}
		if p.fstring {
			ne := *err
			ne.Msg = "f-string: " + ne.Msg
			err = &ne
		}
		panic(bailout{err})
	}
	p.memoStore(memoStrings, m, e)
	return e
}

// listAtom: list: '[' [star_named_expressions] ']'
func (p *parser) listAtom() Expr {
	m := p.mark()
	start := p.peek()
	if p.expect(LSQB) == nil {
		return nil
	}
	a := p.starNamedExpressions()
	if p.expect(RSQB) == nil {
		p.reset(m)
		return nil
	}
	return &List{Loc: p.span(start), Elts: a, Ctx: Load}
}

// tupleAtom: tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
func (p *parser) tupleAtom() Expr {
	m := p.mark()
	start := p.peek()
	if p.expect(LPAR) == nil {
		return nil
	}
	var elts []Expr
	mm := p.mark()
	if y := p.starNamedExpression(); y != nil && p.expect(COMMA) != nil {
		elts = append([]Expr{y}, p.starNamedExpressions()...)
	} else {
		p.reset(mm)
	}
	if p.expect(RPAR) == nil {
		p.reset(m)
		return nil
	}
	return &Tuple{Loc: p.span(start), Elts: elts, Ctx: Load}
}

// setDisplay: set: '{' star_named_expressions '}'
func (p *parser) setDisplay() Expr {
	m := p.mark()
	start := p.peek()
	if p.expect(LBRACE) == nil {
		return nil
	}
	if a := p.starNamedExpressions(); a != nil && p.expect(RBRACE) != nil {
		return &Set{Loc: p.span(start), Elts: a}
	}
	p.reset(m)
	return nil
}

// dictDisplay:
//
//	dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
func (p *parser) dictDisplay() Expr {
	m := p.mark()
	start := p.peek()
	if p.expect(LBRACE) == nil {
		return nil
	}
	keys, values, _ := p.doubleStarredKvpairs()
	if p.expect(RBRACE) != nil {
		return &Dict{Loc: p.span(start), Keys: keys, Values: values}
	}
	// CPython guards only alternatives made of a lone invalid_* rule with
	// the second-pass flag; this one has three items, so it runs in both
	// passes.
	p.reset(m)
	p.next()
	p.invalidDoubleStarredKvpairs()
	p.reset(m)
	return nil
}

// doubleStarredKvpairs: ','.double_starred_kvpair+ [',']
func (p *parser) doubleStarredKvpairs() (keys, values []Expr, ok bool) {
	keys, values, ok = p.doubleStarredKvpairGather()
	if ok {
		p.expect(COMMA)
	}
	return keys, values, ok
}

// doubleStarredKvpairGather: ','.double_starred_kvpair+
func (p *parser) doubleStarredKvpairGather() (keys, values []Expr, ok bool) {
	for {
		m := p.mark()
		if ok && p.expect(COMMA) == nil {
			break
		}
		k, v := p.doubleStarredKvpair()
		if v == nil {
			p.reset(m)
			break
		}
		keys = append(keys, k)
		values = append(values, v)
		ok = true
	}
	return keys, values, ok
}

// doubleStarredKvpair: '**' bitwise_or | kvpair. A ** item has a nil key.
func (p *parser) doubleStarredKvpair() (key, value Expr) {
	m := p.mark()
	if p.expect(DOUBLESTAR) != nil {
		if a := p.bitwiseOr(); a != nil {
			return nil, a
		}
		p.reset(m)
	}
	return p.kvpair()
}

// kvpair: expression ':' expression
func (p *parser) kvpair() (key, value Expr) {
	m := p.mark()
	if a := p.expression(); a != nil && p.expect(COLON) != nil {
		if b := p.expression(); b != nil {
			return a, b
		}
	}
	p.reset(m)
	return nil, nil
}

// invalidDoubleStarredKvpairs:
//
//	| ','.double_starred_kvpair+ ',' invalid_kvpair
//	| expression ':' a='*' bitwise_or
//	    -> "cannot use a starred expression in a dictionary value"
//	| expression a=':' &('}'|',') -> "expression expected after dictionary key and ':'"
func (p *parser) invalidDoubleStarredKvpairs() {
	m := p.mark()
	if _, _, ok := p.doubleStarredKvpairGather(); ok && p.expect(COMMA) != nil {
		p.invalidKvpair()
	}
	p.reset(m)
	p.invalidKvValue()
}

// invalidKvValue holds the two alternatives that invalid_double_starred_kvpairs
// and invalid_kvpair share:
//
//	| expression ':' a='*' bitwise_or | expression a=':' &('}'|',')
func (p *parser) invalidKvValue() {
	m := p.mark()
	if p.expression() != nil && p.expect(COLON) != nil {
		if a := p.expect(STAR); a != nil && p.bitwiseOr() != nil {
			p.raiseStartingFromToken(a, "cannot use a starred expression in a dictionary value")
		}
	}
	p.reset(m)
	if p.expression() != nil {
		if a := p.expect(COLON); a != nil && (p.at(RBRACE) || p.at(COMMA)) {
			p.raiseAtToken(a, "expression expected after dictionary key and ':'")
		}
	}
	p.reset(m)
}

// invalidKvpair:
//
//	| a=expression !(':') -> "':' expected after dictionary key"
//	| expression ':' a='*' bitwise_or | expression a=':' &('}'|',')
func (p *parser) invalidKvpair() {
	m := p.mark()
	if a := p.expression(); a != nil && !p.at(COLON) {
		// CPython points at the last character of the key, with no end
		// column.
		l := a.Pos()
		col := l.EndColOffset - 1
		if col < 0 {
			col = 0
		}
		e := p.src.parserErrorAt("SyntaxError", l.Lineno, col, 0, 0, "%s", p.msg("':' expected after dictionary key", nil))
		e.EndLineno = l.EndLineno
		panic(bailout{e})
	}
	p.reset(m)
	p.invalidKvValue()
}

// ---- comprehensions ----

// forIfClauses: for_if_clause+
func (p *parser) forIfClauses() []*Comprehension {
	var res []*Comprehension
	for {
		c := p.forIfClause()
		if c == nil {
			return res
		}
		res = append(res, c)
	}
}

// forIfClause:
//
//	| ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//	| 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//	| invalid_for_target
func (p *parser) forIfClause() *Comprehension {
	m := p.mark()
	async := 0
	if p.expect(KwAsync) != nil {
		async = 1
	}
	if p.expect(KwFor) != nil {
		if t := p.starTargets(); t != nil && p.expect(KwIn) != nil {
			b := p.disjunction()
			if b == nil {
				// The cut: no other alternative is tried.
				p.reset(m)
				return nil
			}
			var ifs []Expr
			for {
				mm := p.mark()
				if p.expect(KwIf) == nil {
					break
				}
				z := p.disjunction()
				if z == nil {
					p.reset(mm)
					break
				}
				ifs = append(ifs, z)
			}
			return &Comprehension{Target: t, Iter: b, Ifs: ifs, IsAsync: async}
		}
	}
	p.reset(m)
	if p.callInvalid {
		p.invalidForTarget()
		p.reset(m)
	}
	return nil
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
func (p *parser) listcomp() Expr {
	m := p.mark()
	start := p.peek()
	if p.expect(LSQB) != nil {
		if a := p.namedExpression(); a != nil {
			if b := p.forIfClauses(); b != nil && p.expect(RSQB) != nil {
				return &ListComp{Loc: p.span(start), Elt: a, Generators: b}
			}
		}
	}
	p.reset(m)
	if p.callInvalid {
		p.invalidComprehension()
		p.reset(m)
	}
	return nil
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
func (p *parser) setcomp() Expr {
	m := p.mark()
	start := p.peek()
	if p.expect(LBRACE) != nil {
		if a := p.namedExpression(); a != nil {
			if b := p.forIfClauses(); b != nil && p.expect(RBRACE) != nil {
				return &SetComp{Loc: p.span(start), Elt: a, Generators: b}
			}
		}
	}
	p.reset(m)
	if p.callInvalid {
		p.invalidComprehension()
		p.reset(m)
	}
	return nil
}

// genexp:
//
//	| '(' (assignment_expression | expression !':=') for_if_clauses ')'
//	| invalid_comprehension
func (p *parser) genexp() Expr {
	m := p.mark()
	start := p.peek()
	if p.expect(LPAR) != nil {
		a := p.assignmentExpression()
		if a == nil {
			if a = p.expression(); a != nil && p.at(COLONEQUAL) {
				a = nil
			}
		}
		if a != nil {
			if b := p.forIfClauses(); b != nil && p.expect(RPAR) != nil {
				return &GeneratorExp{Loc: p.span(start), Elt: a, Generators: b}
			}
		}
	}
	p.reset(m)
	if p.callInvalid {
		p.invalidComprehension()
		p.reset(m)
	}
	return nil
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
func (p *parser) dictcomp() Expr {
	m := p.mark()
	start := p.peek()
	if p.expect(LBRACE) != nil {
		if k, v := p.kvpair(); v != nil {
			if b := p.forIfClauses(); b != nil && p.expect(RBRACE) != nil {
				return &DictComp{Loc: p.span(start), Key: k, Value: v, Generators: b}
			}
		}
	}
	p.reset(m)
	if p.callInvalid {
		p.invalidDictComprehension()
		p.reset(m)
	}
	return nil
}

// invalidComprehension:
//
//	| ('[' | '(' | '{') a=starred_expression for_if_clauses
//	    -> "iterable unpacking cannot be used in comprehension"
//	| ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
//	    -> "did you forget parentheses around the comprehension target?"
//	| ('[' | '{') a=star_named_expression b=',' for_if_clauses
//	    -> "did you forget parentheses around the comprehension target?"
func (p *parser) invalidComprehension() {
	m := p.mark()
	k := p.peek().Kind
	if k != LSQB && k != LPAR && k != LBRACE {
		return
	}
	p.next()
	if a := p.starredExpression(); a != nil && p.forIfClauses() != nil {
		p.raiseAtNode(a, "iterable unpacking cannot be used in comprehension")
	}
	p.reset(m)
	if k == LPAR {
		return
	}
	p.next()
	if a := p.starNamedExpression(); a != nil && p.expect(COMMA) != nil {
		if b := p.starNamedExpressions(); b != nil && p.forIfClauses() != nil {
			p.raiseLocs(*a.Pos(), *b[len(b)-1].Pos(), "did you forget parentheses around the comprehension target?")
		}
	}
	p.reset(m)
	p.next()
	if a := p.starNamedExpression(); a != nil {
		if c := p.expect(COMMA); c != nil && p.forIfClauses() != nil {
			p.raiseLocs(*a.Pos(), tokLoc(c), "did you forget parentheses around the comprehension target?")
		}
	}
	p.reset(m)
}

// invalidDictComprehension:
//
//	| '{' a='**' bitwise_or for_if_clauses '}'
//	    -> "dict unpacking cannot be used in dict comprehension"
func (p *parser) invalidDictComprehension() {
	m := p.mark()
	if p.expect(LBRACE) != nil {
		if a := p.expect(DOUBLESTAR); a != nil && p.bitwiseOr() != nil && p.forIfClauses() != nil && p.expect(RBRACE) != nil {
			p.raiseAtToken(a, "dict unpacking cannot be used in dict comprehension")
		}
	}
	p.reset(m)
}

// ---- call arguments ----

// kwOrStarred is CPython's KeywordOrStarred: one item of kwargs.
type kwOrStarred struct {
	kw      *Keyword
	starred Expr
}

// arguments (memo): args [','] &')' | invalid_arguments
//
// It returns the positional arguments (starred ones included, in CPython's
// order) and the keywords of a call; ok is false when nothing matched.
func (p *parser) arguments() (args []Expr, kws []*Keyword, ok bool) {
	if v, hit := p.memoLookup(memoArguments); hit {
		if c, _ := v.(*Call); c != nil {
			return c.Args, c.Keywords, true
		}
		return nil, nil, false
	}
	m := p.mark()
	a := p.args()
	if a != nil {
		p.expect(COMMA)
		if !p.at(RPAR) {
			a = nil
		}
	}
	if a == nil {
		p.reset(m)
		if p.callInvalid {
			p.invalidArguments()
			p.reset(m)
		}
		p.memoStore(memoArguments, m, nil)
		return nil, nil, false
	}
	p.memoStore(memoArguments, m, a)
	return a.Args, a.Keywords, true
}

// args:
//
//	| ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//	| kwargs
//
// The result is a Call without a function, as CPython's dummy Call.
func (p *parser) args() *Call {
	m := p.mark()
	start := p.peek()
	if pos := p.argsPositional(); pos != nil {
		mm := p.mark()
		var kw []kwOrStarred
		if p.expect(COMMA) != nil {
			if kw = p.kwargs(); kw == nil {
				p.reset(mm)
			}
		}
		starred, kws := splitKwargs(kw)
		return &Call{Loc: p.span(start), Args: append(pos, starred...), Keywords: kws}
	}
	p.reset(m)
	if kw := p.kwargs(); kw != nil {
		starred, kws := splitKwargs(kw)
		return &Call{Loc: p.span(start), Args: starred, Keywords: kws}
	}
	return nil
}

// argsPositional: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
func (p *parser) argsPositional() []Expr {
	var pos []Expr
	for {
		m := p.mark()
		if len(pos) > 0 && p.expect(COMMA) == nil {
			return pos
		}
		e := p.argsItem()
		if e == nil {
			p.reset(m)
			return pos
		}
		pos = append(pos, e)
	}
}

// argsItem: starred_expression | (assignment_expression | expression !':=') !'='
func (p *parser) argsItem() Expr {
	if e := p.starredExpression(); e != nil {
		return e
	}
	m := p.mark()
	e := p.assignmentExpression()
	if e == nil {
		if e = p.expression(); e != nil && p.at(COLONEQUAL) {
			e = nil
		}
	}
	if e != nil && !p.at(EQUAL) {
		return e
	}
	p.reset(m)
	return nil
}

// argsWithKwargs matches
// ((','.(starred_expression | ...)+ ',' kwargs) | kwargs).
func (p *parser) argsWithKwargs() bool {
	m := p.mark()
	if p.argsPositional() != nil && p.expect(COMMA) != nil && p.kwargs() != nil {
		return true
	}
	p.reset(m)
	return p.kwargs() != nil
}

// splitKwargs separates kwargs items into starred expressions and keywords
// (CPython's _PyPegen_seq_extract_starred_exprs / _delete_starred_exprs).
func splitKwargs(items []kwOrStarred) (starred []Expr, kws []*Keyword) {
	for _, it := range items {
		if it.kw != nil {
			kws = append(kws, it.kw)
		} else {
			starred = append(starred, it.starred)
		}
	}
	return starred, kws
}

// kwargs:
//
//	| ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//	| ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
func (p *parser) kwargs() []kwOrStarred {
	if a := p.kwargGather(p.kwargOrStarred); a != nil {
		m := p.mark()
		if p.expect(COMMA) != nil {
			if b := p.kwargGather(p.kwargOrDoubleStarred); b != nil {
				return append(a, b...)
			}
		}
		p.reset(m)
		return a
	}
	return p.kwargGather(p.kwargOrDoubleStarred)
}

// kwargGather: ','.item+
func (p *parser) kwargGather(item func() (kwOrStarred, bool)) []kwOrStarred {
	var res []kwOrStarred
	for {
		m := p.mark()
		if len(res) > 0 && p.expect(COMMA) == nil {
			break
		}
		it, ok := item()
		if !ok {
			p.reset(m)
			break
		}
		res = append(res, it)
	}
	return res
}

// starredExpression: '*' expression
func (p *parser) starredExpression() Expr {
	m := p.mark()
	start := p.peek()
	if p.expect(STAR) == nil {
		return nil
	}
	if a := p.expression(); a != nil {
		return &Starred{Loc: p.span(start), Value: a, Ctx: Load}
	}
	p.reset(m)
	return nil
}

// kwargOrStarred: invalid_kwarg | NAME '=' expression | starred_expression
func (p *parser) kwargOrStarred() (kwOrStarred, bool) {
	if kw := p.kwargNamed(); kw != nil {
		return kwOrStarred{kw: kw}, true
	}
	if s := p.starredExpression(); s != nil {
		return kwOrStarred{starred: s}, true
	}
	return kwOrStarred{}, false
}

// kwargOrDoubleStarred: invalid_kwarg | NAME '=' expression | '**' expression
func (p *parser) kwargOrDoubleStarred() (kwOrStarred, bool) {
	if kw := p.kwargNamed(); kw != nil {
		return kwOrStarred{kw: kw}, true
	}
	m := p.mark()
	start := p.peek()
	if p.expect(DOUBLESTAR) != nil {
		if a := p.expression(); a != nil {
			return kwOrStarred{kw: &Keyword{Loc: p.span(start), Value: a}}, true
		}
		p.reset(m)
	}
	return kwOrStarred{}, false
}

// kwargNamed is the part kwarg_or_starred and kwarg_or_double_starred
// share: invalid_kwarg | NAME '=' expression.
func (p *parser) kwargNamed() *Keyword {
	m := p.mark()
	if p.callInvalid {
		p.invalidKwarg()
		p.reset(m)
	}
	if t := p.expect(NAME); t != nil && p.expect(EQUAL) != nil {
		if b := p.expression(); b != nil {
			return &Keyword{Loc: p.span(t), Arg: p.identifier(t), Value: b}
		}
	}
	p.reset(m)
	return nil
}

// invalidKwarg:
//
//	| a=('True'|'False'|'None') b='=' -> "cannot assign to %s"
//	| a=NAME b='=' expression for_if_clauses
//	    -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
//	| !(NAME '=') a=expression b='='
//	    -> "expression cannot contain assignment, perhaps you meant \"==\"?"
func (p *parser) invalidKwarg() {
	m := p.mark()
	if t := p.peek(); t.Kind == KwTrue || t.Kind == KwFalse || t.Kind == KwNone {
		p.next()
		if b := p.expect(EQUAL); b != nil {
			p.raiseLocs(tokLoc(t), tokLoc(b), "cannot assign to %s", t.Text)
		}
	}
	p.reset(m)
	if a := p.expect(NAME); a != nil {
		if b := p.expect(EQUAL); b != nil && p.expression() != nil && p.forIfClauses() != nil {
			p.raiseLocs(tokLoc(a), tokLoc(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	p.reset(m)
	if !(p.at(NAME) && p.look(1).Kind == EQUAL) {
		if a := p.expression(); a != nil {
			if b := p.expect(EQUAL); b != nil {
				p.raiseLocs(*a.Pos(), tokLoc(b), "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
		}
	}
	p.reset(m)
}

// invalidArguments:
//
//	| ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs)
//	   | kwargs) ',' b='*'
//	    -> "iterable argument unpacking follows keyword argument unpacking" at b
//	| a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
//	    -> "Generator expression must be parenthesized"
//	| a=NAME b='=' expression for_if_clauses
//	    -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
//	| a=args b=for_if_clauses -> _PyPegen_nonparen_genexp_in_call
//	| args ',' a=expression b=for_if_clauses
//	    -> "Generator expression must be parenthesized"
//	| a=args ',' args -> _PyPegen_arguments_parsing_error
//
// The first alternative is the one of CPython 3.11.7, whose parser reports
// the error at the '*' and only after keyword arguments (the 3.11.2
// grammar had `a=args ',' '*'`).
func (p *parser) invalidArguments() {
	m := p.mark()
	if p.argsWithKwargs() && p.expect(COMMA) != nil {
		if b := p.expect(STAR); b != nil {
			p.raiseAtToken(b, "iterable argument unpacking follows keyword argument unpacking")
		}
	}
	p.reset(m)
	if a := p.expression(); a != nil {
		if b := p.forIfClauses(); b != nil && p.expect(COMMA) != nil {
			mm := p.mark()
			if p.args() == nil {
				p.reset(mm)
				if p.expression() == nil || p.forIfClauses() == nil {
					p.reset(mm)
				}
			}
			p.raiseLocs(*a.Pos(), *lastComprehensionItem(b[len(b)-1]).Pos(), "Generator expression must be parenthesized")
		}
	}
	p.reset(m)
	if a := p.expect(NAME); a != nil {
		if b := p.expect(EQUAL); b != nil && p.expression() != nil && p.forIfClauses() != nil {
			p.raiseLocs(tokLoc(a), tokLoc(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	p.reset(m)
	if a := p.args(); a != nil {
		if b := p.forIfClauses(); b != nil {
			if len(a.Args) <= 1 {
				p.reset(m)
				return
			}
			p.raiseLocs(*a.Args[len(a.Args)-1].Pos(), *lastComprehensionItem(b[len(b)-1]).Pos(), "Generator expression must be parenthesized")
		}
	}
	p.reset(m)
	if p.args() != nil && p.expect(COMMA) != nil {
		if a := p.expression(); a != nil {
			if b := p.forIfClauses(); b != nil {
				p.raiseLocs(*a.Pos(), *lastComprehensionItem(b[len(b)-1]).Pos(), "Generator expression must be parenthesized")
			}
		}
	}
	p.reset(m)
	if a := p.args(); a != nil && p.expect(COMMA) != nil && p.args() != nil {
		msg := "positional argument follows keyword argument"
		for _, k := range a.Keywords {
			if k.Arg == "" {
				msg = "positional argument follows keyword argument unpacking"
			}
		}
		p.raiseHere("%s", msg)
	}
	p.reset(m)
}
