package syntax

// This file holds the assignment and deletion targets of CPython 3.11's
// grammar (star_targets, single_target, t_primary, del_targets, ...) and
// the helpers that statements share with them: setContext, which gives a
// parsed expression the Store or Del context as
// _PyPegen_set_expr_context does, and invalidTargetOf, which finds the
// part of an expression that cannot be assigned to or deleted
// (_PyPegen_get_invalid_target).
//
// Targets are parsed by their own rules rather than by re-using
// expressions: t_primary is the left-recursive chain of attribute,
// subscript and call suffixes that must be followed by one more suffix
// (t_lookahead), so that the last suffix becomes the target.

// setContext returns a copy of e with context ctx, applied through tuples,
// lists and starred expressions; other kinds of node are returned as they
// are.
func setContext(e Expr, ctx ExprContext) Expr {
	switch n := e.(type) {
	case *Name:
		return &Name{Loc: n.Loc, Id: n.Id, Ctx: ctx}
	case *Tuple:
		return &Tuple{Loc: n.Loc, Elts: setSeqContext(n.Elts, ctx), Ctx: ctx}
	case *List:
		return &List{Loc: n.Loc, Elts: setSeqContext(n.Elts, ctx), Ctx: ctx}
	case *Subscript:
		return &Subscript{Loc: n.Loc, Value: n.Value, Slice: n.Slice, Ctx: ctx}
	case *Attribute:
		return &Attribute{Loc: n.Loc, Value: n.Value, Attr: n.Attr, Ctx: ctx}
	case *Starred:
		return &Starred{Loc: n.Loc, Value: setContext(n.Value, ctx), Ctx: ctx}
	}
	return e
}

func setSeqContext(elts []Expr, ctx ExprContext) []Expr {
	if len(elts) == 0 {
		return nil
	}
	res := make([]Expr, len(elts))
	for i, e := range elts {
		res[i] = setContext(e, ctx)
	}
	return res
}

// invalidTargetOf returns the first part of e that cannot be a target of
// the given kind (targetsStar, targetsDel or targetsFor), or nil when e is
// a valid target. Only tuples and lists are searched: any other container
// is itself invalid. For a for-loop target, `a in b` arrives as a
// comparison, whose left side is the target.
func (p *parser) invalidTargetOf(e Expr, kind int) Expr {
	switch n := e.(type) {
	case nil:
		return nil
	case *List:
		for _, x := range n.Elts {
			if c := p.invalidTargetOf(x, kind); c != nil {
				return c
			}
		}
		return nil
	case *Tuple:
		for _, x := range n.Elts {
			if c := p.invalidTargetOf(x, kind); c != nil {
				return c
			}
		}
		return nil
	case *Starred:
		if kind == targetsDel {
			return e
		}
		return p.invalidTargetOf(n.Value, kind)
	case *Compare:
		if kind == targetsFor {
			if n.Ops[0] == In {
				return p.invalidTargetOf(n.Left, kind)
			}
			return nil
		}
		return e
	case *Name, *Subscript, *Attribute:
		return nil
	}
	return e
}

// ---- star targets ----

// starTargets: star_target !',' | star_target (',' star_target)* [','] -> Tuple
func (p *parser) starTargets() Expr {
	start := p.peek()
	a := p.starTarget()
	if a == nil {
		return nil
	}
	if !p.at(COMMA) {
		return a
	}
	elts := p.starTargetTail(a)
	p.expect(COMMA)
	return &Tuple{Loc: p.span(start), Elts: elts, Ctx: Store}
}

// starTargetTail parses (',' star_target)* after a first target a.
func (p *parser) starTargetTail(a Expr) []Expr {
	elts := []Expr{a}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil {
			return elts
		}
		c := p.starTarget()
		if c == nil {
			p.reset(m)
			return elts
		}
		elts = append(elts, c)
	}
}

// starTargetsListSeq: ','.star_target+ [',']
func (p *parser) starTargetsListSeq() []Expr {
	a := p.starTarget()
	if a == nil {
		return nil
	}
	elts := p.starTargetTail(a)
	p.expect(COMMA)
	return elts
}

// starTargetsTupleSeq:
//
//	| star_target (',' star_target)+ [','] | star_target ','
func (p *parser) starTargetsTupleSeq() []Expr {
	m := p.mark()
	a := p.starTarget()
	if a == nil {
		return nil
	}
	elts := p.starTargetTail(a)
	if p.expect(COMMA) == nil && len(elts) == 1 {
		p.reset(m)
		return nil
	}
	return elts
}

// starTarget (memo): '*' (!'*' star_target) -> Starred | target_with_star_atom
func (p *parser) starTarget() Expr {
	if v, ok := p.memoLookup(memoStarTarget); ok {
		return asExpr(v)
	}
	m := p.mark()
	p.enter()
	defer p.leave()
	start := p.peek()
	var e Expr
	if p.expect(STAR) != nil {
		if !p.at(STAR) {
			if a := p.starTarget(); a != nil {
				e = &Starred{Loc: p.span(start), Value: setContext(a, Store), Ctx: Store}
			}
		}
		if e == nil {
			p.reset(m)
		}
	}
	if e == nil {
		e = p.targetWithStarAtom()
	}
	p.memoStore(memoStarTarget, m, e)
	return e
}

// targetWithStarAtom (memo):
//
//	| t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
//	| star_atom
func (p *parser) targetWithStarAtom() Expr {
	if v, ok := p.memoLookup(memoTargetWithStarAtom); ok {
		return asExpr(v)
	}
	m := p.mark()
	p.enter()
	defer p.leave()
	e := p.tSuffixTarget(Store)
	if e == nil {
		e = p.starAtom()
	}
	p.memoStore(memoTargetWithStarAtom, m, e)
	return e
}

// tSuffixTarget is the attribute-or-subscript part that several target
// rules share:
//
//	| t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
func (p *parser) tSuffixTarget(ctx ExprContext) Expr {
	m := p.mark()
	start := p.peek()
	a := p.tPrimary()
	if a == nil {
		return nil
	}
	end := p.mark()
	if p.expect(DOT) != nil {
		if b := p.expect(NAME); b != nil && !p.tLookahead() {
			return &Attribute{Loc: p.span(start), Value: a, Attr: p.identifier(b), Ctx: ctx}
		}
	}
	p.reset(end)
	if p.expect(LSQB) != nil {
		if s := p.slices(); s != nil && p.expect(RSQB) != nil && !p.tLookahead() {
			return &Subscript{Loc: p.span(start), Value: a, Slice: s, Ctx: ctx}
		}
	}
	p.reset(m)
	return nil
}

// starAtom:
//
//	| NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' -> Tuple
//	| '[' [star_targets_list_seq] ']' -> List
func (p *parser) starAtom() Expr {
	m := p.mark()
	start := p.peek()
	switch start.Kind {
	case NAME:
		p.next()
		return p.nameNode(start, Store)
	case LPAR:
		p.next()
		if a := p.targetWithStarAtom(); a != nil && p.expect(RPAR) != nil {
			return setContext(a, Store)
		}
		p.reset(m)
		p.next()
		a := p.starTargetsTupleSeq()
		if p.expect(RPAR) != nil {
			return &Tuple{Loc: p.span(start), Elts: a, Ctx: Store}
		}
	case LSQB:
		p.next()
		a := p.starTargetsListSeq()
		if p.expect(RSQB) != nil {
			return &List{Loc: p.span(start), Elts: a, Ctx: Store}
		}
	}
	p.reset(m)
	return nil
}

// singleTarget: single_subscript_attribute_target | NAME | '(' single_target ')'
func (p *parser) singleTarget() Expr {
	if e := p.singleSubscriptAttributeTarget(); e != nil {
		return e
	}
	m := p.mark()
	if t := p.expect(NAME); t != nil {
		return p.nameNode(t, Store)
	}
	if p.expect(LPAR) != nil {
		p.enter()
		defer p.leave()
		if a := p.singleTarget(); a != nil && p.expect(RPAR) != nil {
			return a
		}
	}
	p.reset(m)
	return nil
}

// singleSubscriptAttributeTarget:
//
//	| t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
func (p *parser) singleSubscriptAttributeTarget() Expr {
	return p.tSuffixTarget(Store)
}

// tPrimary (left-recursive, memo):
//
//	| t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
//	| t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
//	| atom &t_lookahead
func (p *parser) tPrimary() Expr {
	if v, ok := p.memoLookup(memoTPrimary); ok {
		return asExpr(v)
	}
	m := p.mark()
	p.enter()
	defer p.leave()
	start := p.peek()
	a := p.atom()
	if a == nil || !p.tLookahead() {
		p.reset(m)
		p.memoStore(memoTPrimary, m, nil)
		return nil
	}
	for {
		mm := p.mark()
		if p.expect(DOT) != nil {
			if b := p.expect(NAME); b != nil && p.tLookahead() {
				a = &Attribute{Loc: p.span(start), Value: a, Attr: p.identifier(b), Ctx: Load}
				continue
			}
		}
		p.reset(mm)
		if p.expect(LSQB) != nil {
			if s := p.slices(); s != nil && p.expect(RSQB) != nil && p.tLookahead() {
				a = &Subscript{Loc: p.span(start), Value: a, Slice: s, Ctx: Load}
				continue
			}
		}
		p.reset(mm)
		// genexp is tried at any token (see primary).
		if g := p.genexp(); g != nil && p.tLookahead() {
			a = &Call{Loc: p.span(start), Func: a, Args: []Expr{g}}
			continue
		}
		p.reset(mm)
		if p.expect(LPAR) != nil {
			args, kws, _ := p.arguments()
			if p.expect(RPAR) != nil && p.tLookahead() {
				a = &Call{Loc: p.span(start), Func: a, Args: args, Keywords: kws}
				continue
			}
		}
		p.reset(mm)
		break
	}
	p.memoStore(memoTPrimary, m, a)
	return a
}

// tLookahead: &('(' | '[' | '.')
func (p *parser) tLookahead() bool {
	switch p.peek().Kind {
	case LPAR, LSQB, DOT:
		return true
	}
	return false
}

// ---- del targets ----

// delTargets: ','.del_target+ [',']
func (p *parser) delTargets() []Expr {
	a := p.delTarget()
	if a == nil {
		return nil
	}
	elts := []Expr{a}
	for {
		m := p.mark()
		if p.expect(COMMA) == nil {
			break
		}
		c := p.delTarget()
		if c == nil {
			p.reset(m)
			break
		}
		elts = append(elts, c)
	}
	p.expect(COMMA)
	return elts
}

// delTarget (memo):
//
//	| t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
//	| del_t_atom
func (p *parser) delTarget() Expr {
	if v, ok := p.memoLookup(memoDelTarget); ok {
		return asExpr(v)
	}
	m := p.mark()
	p.enter()
	defer p.leave()
	e := p.tSuffixTarget(Del)
	if e == nil {
		e = p.delTAtom()
	}
	p.memoStore(memoDelTarget, m, e)
	return e
}

// delTAtom:
//
//	| NAME | '(' del_target ')' | '(' [del_targets] ')' -> Tuple
//	| '[' [del_targets] ']' -> List
func (p *parser) delTAtom() Expr {
	m := p.mark()
	start := p.peek()
	switch start.Kind {
	case NAME:
		p.next()
		return p.nameNode(start, Del)
	case LPAR:
		p.next()
		if a := p.delTarget(); a != nil && p.expect(RPAR) != nil {
			return setContext(a, Del)
		}
		p.reset(m)
		p.next()
		a := p.delTargets()
		if p.expect(RPAR) != nil {
			return &Tuple{Loc: p.span(start), Elts: a, Ctx: Del}
		}
	case LSQB:
		p.next()
		a := p.delTargets()
		if p.expect(RSQB) != nil {
			return &List{Loc: p.span(start), Elts: a, Ctx: Del}
		}
	}
	p.reset(m)
	return nil
}
