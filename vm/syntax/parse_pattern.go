package syntax

// This file holds the patterns of the match statement (PEP 634): the rules
// from `patterns` to `keyword_pattern` of CPython 3.11's grammar, with
// invalid_as_pattern and invalid_class_pattern. The statement itself
// (match_stmt, case_block, guard) is in parse_stmt.go.
//
// Patterns reuse a few expression rules (strings, expression) and build the
// number literals of literal patterns themselves, with CPython's checks
// that the parts of a complex literal are a real and an imaginary number.

// patterns:
//
//	patterns:
//	    | open_sequence_pattern
//	    | pattern
func (p *parser) patterns() Pattern {
	m := p.mark()
	start := p.peek()
	if ps := p.openSequencePattern(); ps != nil {
		return &MatchSequence{Loc: p.stmtLoc(start), Patterns: ps}
	}
	p.reset(m)
	return p.pattern()
}

// pattern: as_pattern | or_pattern
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	m := p.mark()
	if a := p.asPattern(); a != nil {
		return a
	}
	p.reset(m)
	return p.orPattern()
}

// asPattern:
//
//	as_pattern:
//	    | or_pattern 'as' pattern_capture_target
//	    | invalid_as_pattern
func (p *parser) asPattern() Pattern {
	m := p.mark()
	start := p.peek()
	if pat := p.orPattern(); pat != nil && p.expect(KwAs) != nil {
		if target := p.patternCaptureTarget(); target != nil {
			return &MatchAs{Loc: p.stmtLoc(start), Pattern: pat, Name: target.Id}
		}
	}
	p.reset(m)
	if p.callInvalid {
		p.invalidAsPattern()
		p.reset(m)
	}
	return nil
}

// invalidAsPattern:
//
//	invalid_as_pattern:
//	    | or_pattern 'as' "_"
//	    | or_pattern 'as' !NAME expression
func (p *parser) invalidAsPattern() {
	m := p.mark()
	if p.orPattern() != nil && p.expect(KwAs) != nil {
		if a := p.expectSoft("_"); a != nil {
			p.raiseAtToken(a, "cannot use '_' as a target")
		}
	}
	p.reset(m)
	if p.orPattern() != nil && p.expect(KwAs) != nil && !p.at(NAME) {
		if a := p.expression(); a != nil {
			p.raiseAtNode(a, "invalid pattern target")
		}
	}
	p.reset(m)
}

// orPattern: or_pattern: '|'.closed_pattern+
func (p *parser) orPattern() Pattern {
	start := p.peek()
	first := p.closedPattern()
	if first == nil {
		return nil
	}
	pats := []Pattern{first}
	for {
		m := p.mark()
		if p.expect(VBAR) == nil {
			break
		}
		c := p.closedPattern()
		if c == nil {
			p.reset(m)
			break
		}
		pats = append(pats, c)
	}
	if len(pats) == 1 {
		return first
	}
	return &MatchOr{Loc: p.stmtLoc(start), Patterns: pats}
}

// closedPattern (memo):
//
//	closed_pattern:
//	    | literal_pattern
//	    | capture_pattern
//	    | wildcard_pattern
//	    | value_pattern
//	    | group_pattern
//	    | sequence_pattern
//	    | mapping_pattern
//	    | class_pattern
func (p *parser) closedPattern() Pattern {
	if v, ok := p.memoLookup(memoClosedPattern); ok {
		if v == nil {
			return nil
		}
		return v.(Pattern)
	}
	start := p.mark()
	pat := p.closedPatternAlts()
	if pat == nil {
		p.reset(start)
		p.memoStore(memoClosedPattern, start, nil)
		return nil
	}
	p.memoStore(memoClosedPattern, start, pat)
	return pat
}

func (p *parser) closedPatternAlts() Pattern {
	m := p.mark()
	for _, alt := range [...]func() Pattern{
		p.literalPattern, p.capturePattern, p.wildcardPattern, p.valuePattern,
		p.groupPattern, p.sequencePattern, p.mappingPattern, p.classPattern,
	} {
		if pat := alt(); pat != nil {
			return pat
		}
		p.reset(m)
	}
	return nil
}

// literalPattern:
//
//	literal_pattern:
//	    | signed_number !('+' | '-')
//	    | complex_number
//	    | strings
//	    | 'None'
//	    | 'True'
//	    | 'False'
func (p *parser) literalPattern() Pattern {
	start := p.peek()
	v := p.literalExpr()
	if v == nil {
		return nil
	}
	if k := start.Kind; k == KwNone || k == KwTrue || k == KwFalse {
		return &MatchSingleton{Loc: p.stmtLoc(start), Value: v.(*Constant).Value}
	}
	return &MatchValue{Loc: p.stmtLoc(start), Value: v}
}

// literalExpr:
//
//	literal_expr:
//	    | signed_number !('+' | '-')
//	    | complex_number
//	    | strings
//	    | 'None'
//	    | 'True'
//	    | 'False'
func (p *parser) literalExpr() Expr {
	m := p.mark()
	start := p.peek()
	if v := p.signedNumber(); v != nil {
		if k := p.peek().Kind; k != PLUS && k != MINUS {
			return v
		}
	}
	p.reset(m)
	if v := p.complexNumber(); v != nil {
		return v
	}
	p.reset(m)
	if v := p.strings(); v != nil {
		return v
	}
	p.reset(m)
	var c ConstValue
	switch start.Kind {
	case KwNone:
		c = NoneConst{}
	case KwTrue:
		c = BoolConst(true)
	case KwFalse:
		c = BoolConst(false)
	default:
		return nil
	}
	p.next()
	return &Constant{Loc: p.stmtLoc(start), Value: c}
}

// complexNumber:
//
//	complex_number:
//	    | signed_real_number '+' imaginary_number
//	    | signed_real_number '-' imaginary_number
func (p *parser) complexNumber() Expr {
	m := p.mark()
	start := p.peek()
	for _, op := range [...]Operator{Add, Sub} {
		p.reset(m)
		real := p.signedRealNumber()
		if real == nil {
			continue
		}
		sign := PLUS
		if op == Sub {
			sign = MINUS
		}
		if p.expect(sign) == nil {
			continue
		}
		if imag := p.imaginaryNumber(); imag != nil {
			return &BinOp{Loc: p.stmtLoc(start), Left: real, Op: op, Right: imag}
		}
	}
	p.reset(m)
	return nil
}

// signedNumber: signed_number: NUMBER | '-' NUMBER
func (p *parser) signedNumber() Expr {
	m := p.mark()
	if t := p.expect(NUMBER); t != nil {
		return p.numberConst(t)
	}
	if t := p.expect(MINUS); t != nil {
		if n := p.expect(NUMBER); n != nil {
			num := p.numberConst(n)
			return &UnaryOp{Loc: p.stmtLoc(t), Op: USub, Operand: num}
		}
	}
	p.reset(m)
	return nil
}

// signedRealNumber: signed_real_number: real_number | '-' real_number
func (p *parser) signedRealNumber() Expr {
	m := p.mark()
	if r := p.realNumber(); r != nil {
		return r
	}
	if t := p.expect(MINUS); t != nil {
		if r := p.realNumber(); r != nil {
			return &UnaryOp{Loc: p.stmtLoc(t), Op: USub, Operand: r}
		}
	}
	p.reset(m)
	return nil
}

// realNumber: real_number: NUMBER (which must not be imaginary)
func (p *parser) realNumber() Expr {
	t := p.expect(NUMBER)
	if t == nil {
		return nil
	}
	c := p.numberConst(t)
	if isComplexConst(c.Value) {
		p.raiseAtNode(c, "real number required in complex literal")
	}
	return c
}

// imaginaryNumber: imaginary_number: NUMBER (which must be imaginary)
func (p *parser) imaginaryNumber() Expr {
	t := p.expect(NUMBER)
	if t == nil {
		return nil
	}
	c := p.numberConst(t)
	if !isComplexConst(c.Value) {
		p.raiseAtNode(c, "imaginary number required in complex literal")
	}
	return c
}

func isComplexConst(v ConstValue) bool {
	_, ok := v.(ComplexConst)
	return ok
}

// capturePattern: capture_pattern: pattern_capture_target
func (p *parser) capturePattern() Pattern {
	start := p.peek()
	target := p.patternCaptureTarget()
	if target == nil {
		return nil
	}
	return &MatchAs{Loc: p.stmtLoc(start), Name: target.Id}
}

// patternCaptureTarget:
//
//	pattern_capture_target: !"_" NAME !('.' | '(' | '=')
func (p *parser) patternCaptureTarget() *Name {
	t := p.peek()
	if t.Kind != NAME || t.Text == "_" {
		return nil
	}
	m := p.mark()
	p.next()
	if k := p.peek().Kind; k == DOT || k == LPAR || k == EQUAL {
		p.reset(m)
		return nil
	}
	return p.nameNode(t, Store)
}

// wildcardPattern: wildcard_pattern: "_"
func (p *parser) wildcardPattern() Pattern {
	t := p.expectSoft("_")
	if t == nil {
		return nil
	}
	return &MatchAs{Loc: p.stmtLoc(t)}
}

// valuePattern: value_pattern: attr !('.' | '(' | '=')
func (p *parser) valuePattern() Pattern {
	m := p.mark()
	start := p.peek()
	a := p.attr()
	if a == nil {
		return nil
	}
	if k := p.peek().Kind; k == DOT || k == LPAR || k == EQUAL {
		p.reset(m)
		return nil
	}
	return &MatchValue{Loc: p.stmtLoc(start), Value: a}
}

// attr: name_or_attr '.' NAME   (a dotted name with at least one dot)
func (p *parser) attr() Expr {
	m := p.mark()
	e := p.nameOrAttr()
	if _, ok := e.(*Attribute); !ok {
		p.reset(m)
		return nil
	}
	return e
}

// nameOrAttr: name_or_attr: attr | NAME
//
// attr and name_or_attr are mutually left-recursive; together they match
// NAME ('.' NAME)*, building Attribute nodes from the left.
func (p *parser) nameOrAttr() Expr {
	t := p.expect(NAME)
	if t == nil {
		return nil
	}
	var e Expr = p.nameNode(t, Load)
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
		e = &Attribute{Loc: p.stmtLoc(t), Value: e, Attr: p.identifier(n), Ctx: Load}
	}
	return e
}

// groupPattern: group_pattern: '(' pattern ')'
func (p *parser) groupPattern() Pattern {
	m := p.mark()
	if p.expect(LPAR) != nil {
		if pat := p.pattern(); pat != nil && p.expect(RPAR) != nil {
			return pat
		}
	}
	p.reset(m)
	return nil
}

// sequencePattern:
//
//	sequence_pattern:
//	    | '[' maybe_sequence_pattern? ']'
//	    | '(' open_sequence_pattern? ')'
func (p *parser) sequencePattern() Pattern {
	m := p.mark()
	if t := p.expect(LSQB); t != nil {
		ps := p.maybeSequencePattern()
		if p.expect(RSQB) != nil {
			if ps == nil {
				ps = []Pattern{}
			}
			return &MatchSequence{Loc: p.stmtLoc(t), Patterns: ps}
		}
	}
	p.reset(m)
	if t := p.expect(LPAR); t != nil {
		ps := p.openSequencePattern()
		if p.expect(RPAR) != nil {
			if ps == nil {
				ps = []Pattern{}
			}
			return &MatchSequence{Loc: p.stmtLoc(t), Patterns: ps}
		}
	}
	p.reset(m)
	return nil
}

// openSequencePattern:
//
//	open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
func (p *parser) openSequencePattern() []Pattern {
	m := p.mark()
	first := p.maybeStarPattern()
	if first == nil || p.expect(COMMA) == nil {
		p.reset(m)
		return nil
	}
	rest := p.maybeSequencePattern()
	return append([]Pattern{first}, rest...)
}

// maybeSequencePattern: maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
func (p *parser) maybeSequencePattern() []Pattern {
	first := p.maybeStarPattern()
	if first == nil {
		return nil
	}
	out := []Pattern{first}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil {
			break
		}
		pat := p.maybeStarPattern()
		if pat == nil {
			p.reset(m)
			break
		}
		out = append(out, pat)
	}
	p.expect(COMMA)
	return out
}

// maybeStarPattern: maybe_star_pattern: star_pattern | pattern
func (p *parser) maybeStarPattern() Pattern {
	if s := p.starPattern(); s != nil {
		return s
	}
	return p.pattern()
}

// starPattern (memo):
//
//	star_pattern:
//	    | '*' pattern_capture_target
//	    | '*' wildcard_pattern
func (p *parser) starPattern() Pattern {
	if v, ok := p.memoLookup(memoStarPattern); ok {
		if v == nil {
			return nil
		}
		return v.(Pattern)
	}
	start := p.mark()
	var res Pattern
	if t := p.expect(STAR); t != nil {
		if target := p.patternCaptureTarget(); target != nil {
			res = &MatchStar{Loc: p.stmtLoc(t), Name: target.Id}
		} else if p.wildcardPattern() != nil {
			res = &MatchStar{Loc: p.stmtLoc(t)}
		}
	}
	if res == nil {
		p.reset(start)
		p.memoStore(memoStarPattern, start, nil)
		return nil
	}
	p.memoStore(memoStarPattern, start, res)
	return res
}

// mappingPattern:
//
//	mapping_pattern:
//	    | '{' '}'
//	    | '{' double_star_pattern ','? '}'
//	    | '{' items_pattern ',' double_star_pattern ','? '}'
//	    | '{' items_pattern ','? '}'
func (p *parser) mappingPattern() Pattern {
	m := p.mark()
	t := p.expect(LBRACE)
	if t == nil {
		return nil
	}
	afterBrace := p.mark()
	if p.expect(RBRACE) != nil {
		return &MatchMapping{Loc: p.stmtLoc(t), Keys: []Expr{}, Patterns: []Pattern{}}
	}
	p.reset(afterBrace)
	if rest := p.doubleStarPattern(); rest != nil {
		p.expect(COMMA)
		if p.expect(RBRACE) != nil {
			return &MatchMapping{Loc: p.stmtLoc(t), Keys: []Expr{}, Patterns: []Pattern{}, Rest: rest.Id}
		}
	}
	p.reset(afterBrace)
	if keys, pats := p.itemsPattern(); keys != nil && p.expect(COMMA) != nil {
		if rest := p.doubleStarPattern(); rest != nil {
			p.expect(COMMA)
			if p.expect(RBRACE) != nil {
				return &MatchMapping{Loc: p.stmtLoc(t), Keys: keys, Patterns: pats, Rest: rest.Id}
			}
		}
	}
	p.reset(afterBrace)
	if keys, pats := p.itemsPattern(); keys != nil {
		p.expect(COMMA)
		if p.expect(RBRACE) != nil {
			return &MatchMapping{Loc: p.stmtLoc(t), Keys: keys, Patterns: pats}
		}
	}
	p.reset(m)
	return nil
}

// itemsPattern: items_pattern: ','.key_value_pattern+
func (p *parser) itemsPattern() ([]Expr, []Pattern) {
	k, v := p.keyValuePattern()
	if k == nil {
		return nil, nil
	}
	keys, pats := []Expr{k}, []Pattern{v}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil {
			break
		}
		k, v := p.keyValuePattern()
		if k == nil {
			p.reset(m)
			break
		}
		keys, pats = append(keys, k), append(pats, v)
	}
	return keys, pats
}

// keyValuePattern: key_value_pattern: (literal_expr | attr) ':' pattern
func (p *parser) keyValuePattern() (Expr, Pattern) {
	m := p.mark()
	key := p.literalExpr()
	if key == nil {
		p.reset(m)
		key = p.attr()
	}
	if key != nil && p.expect(COLON) != nil {
		if pat := p.pattern(); pat != nil {
			return key, pat
		}
	}
	p.reset(m)
	return nil, nil
}

// doubleStarPattern: double_star_pattern: '**' pattern_capture_target
func (p *parser) doubleStarPattern() *Name {
	m := p.mark()
	if p.expect(DOUBLESTAR) != nil {
		if target := p.patternCaptureTarget(); target != nil {
			return target
		}
	}
	p.reset(m)
	return nil
}

// classPattern:
//
//	class_pattern:
//	    | name_or_attr '(' ')'
//	    | name_or_attr '(' positional_patterns ','? ')'
//	    | name_or_attr '(' keyword_patterns ','? ')'
//	    | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//	    | invalid_class_pattern
func (p *parser) classPattern() Pattern {
	m := p.mark()
	start := p.peek()
	cls := p.nameOrAttr()
	if cls == nil || p.expect(LPAR) == nil {
		p.reset(m)
		return nil
	}
	afterParen := p.mark()
	mk := func(pats []Pattern, attrs []string, kwpats []Pattern) Pattern {
		if pats == nil {
			pats = []Pattern{}
		}
		if attrs == nil {
			attrs = []string{}
		}
		if kwpats == nil {
			kwpats = []Pattern{}
		}
		return &MatchClass{Loc: p.stmtLoc(start), Cls: cls, Patterns: pats, KwdAttrs: attrs, KwdPatterns: kwpats}
	}
	if p.expect(RPAR) != nil {
		return mk(nil, nil, nil)
	}
	p.reset(afterParen)
	if pats := p.positionalPatterns(); pats != nil {
		p.expect(COMMA)
		if p.expect(RPAR) != nil {
			return mk(pats, nil, nil)
		}
	}
	p.reset(afterParen)
	if attrs, kwpats := p.keywordPatterns(); attrs != nil {
		p.expect(COMMA)
		if p.expect(RPAR) != nil {
			return mk(nil, attrs, kwpats)
		}
	}
	p.reset(afterParen)
	if pats := p.positionalPatterns(); pats != nil && p.expect(COMMA) != nil {
		if attrs, kwpats := p.keywordPatterns(); attrs != nil {
			p.expect(COMMA)
			if p.expect(RPAR) != nil {
				return mk(pats, attrs, kwpats)
			}
		}
	}
	p.reset(m)
	if p.callInvalid {
		p.invalidClassPattern()
		p.reset(m)
	}
	return nil
}

// invalidClassPattern:
//
//	invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
//	invalid_class_argument_pattern:
//	    | [positional_patterns ','] keyword_patterns ',' positional_patterns
func (p *parser) invalidClassPattern() {
	m := p.mark()
	if p.nameOrAttr() != nil && p.expect(LPAR) != nil {
		m2 := p.mark()
		if p.positionalPatterns() == nil || p.expect(COMMA) == nil {
			p.reset(m2)
		}
		if attrs, _ := p.keywordPatterns(); attrs != nil && p.expect(COMMA) != nil {
			if a := p.positionalPatterns(); a != nil {
				p.raiseRange(a[0], a[len(a)-1], "positional patterns follow keyword patterns")
			}
		}
	}
	p.reset(m)
}

// positionalPatterns: positional_patterns: ','.pattern+
func (p *parser) positionalPatterns() []Pattern {
	first := p.pattern()
	if first == nil {
		return nil
	}
	out := []Pattern{first}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil {
			break
		}
		pat := p.pattern()
		if pat == nil {
			p.reset(m)
			break
		}
		out = append(out, pat)
	}
	return out
}

// keywordPatterns: keyword_patterns: ','.keyword_pattern+
func (p *parser) keywordPatterns() ([]string, []Pattern) {
	a, v := p.keywordPattern()
	if v == nil {
		return nil, nil
	}
	attrs, pats := []string{a}, []Pattern{v}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil {
			break
		}
		a, v := p.keywordPattern()
		if v == nil {
			p.reset(m)
			break
		}
		attrs, pats = append(attrs, a), append(pats, v)
	}
	return attrs, pats
}

// keywordPattern: keyword_pattern: NAME '=' pattern
func (p *parser) keywordPattern() (string, Pattern) {
	m := p.mark()
	t := p.expect(NAME)
	if t != nil && p.expect(EQUAL) != nil {
		if v := p.pattern(); v != nil {
			return p.identifier(t), v
		}
	}
	p.reset(m)
	return "", nil
}
