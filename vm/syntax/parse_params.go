package syntax

// This file holds the parameter lists of def and lambda: the rules
// params/parameters and lambda_params/lambda_parameters of CPython 3.11's
// grammar, with their invalid_* rules.
//
// The two families are the same grammar with three differences: a lambda
// parameter has no annotation (and no `*args: *Ts` form), a parameter list
// ends before ')' for def but before ':' for lambda, and a few error rules
// differ in wording or in the token they point at. So each rule is one
// method with a lam flag saying which family is being parsed; the method
// comment gives the def form of the rule. The pieces are collected as
// CPython's helper structs (NameDefaultPair, SlashWithDefault, StarEtc) and
// assembled by makeArguments, as _PyPegen_make_arguments does.

// nameDefault is a parameter with its default value (nil: none).
type nameDefault struct {
	arg   *Arg
	value Expr
}

// slashWithDefault is the positional-only part of a parameter list when it
// contains defaults: plain names, then names with defaults, then '/'.
type slashWithDefault struct {
	plain       []*Arg
	withDefault []nameDefault
}

// starEtc is what follows the positional parameters: *args, keyword-only
// parameters and **kwargs.
type starEtc struct {
	vararg *Arg
	kwonly []nameDefault
	kwarg  *Arg
}

// emptyArguments is the arguments node of a function without parameters.
func emptyArguments() *Arguments {
	return &Arguments{Posonlyargs: []*Arg{}, Args: []*Arg{}, Kwonlyargs: []*Arg{},
		KwDefaults: []Expr{}, Defaults: []Expr{}}
}

// makeArguments builds an arguments node from the parsed pieces; any of
// them may be nil.
func makeArguments(slashNo []*Arg, slashWith *slashWithDefault, plain []*Arg,
	withDefault []nameDefault, se *starEtc) *Arguments {
	a := emptyArguments()
	a.Posonlyargs = append(a.Posonlyargs, slashNo...)
	if slashWith != nil {
		a.Posonlyargs = append(a.Posonlyargs, slashWith.plain...)
		for _, nd := range slashWith.withDefault {
			a.Posonlyargs = append(a.Posonlyargs, nd.arg)
			a.Defaults = append(a.Defaults, nd.value)
		}
	}
	a.Args = append(a.Args, plain...)
	for _, nd := range withDefault {
		a.Args = append(a.Args, nd.arg)
		a.Defaults = append(a.Defaults, nd.value)
	}
	if se != nil {
		a.Vararg = se.vararg
		for _, nd := range se.kwonly {
			a.Kwonlyargs = append(a.Kwonlyargs, nd.arg)
			a.KwDefaults = append(a.KwDefaults, nd.value)
		}
		a.Kwarg = se.kwarg
	}
	return a
}

// paramsCloser is the token that ends a parameter list: ')' for def, ':'
// for lambda.
func paramsCloser(lam bool) Kind {
	if lam {
		return COLON
	}
	return RPAR
}

// params: invalid_parameters | parameters
func (p *parser) params() *Arguments { return p.paramsOf(false) }

// lambdaParams: lambda_params: invalid_lambda_parameters | lambda_parameters
func (p *parser) lambdaParams() *Arguments { return p.paramsOf(true) }

func (p *parser) paramsOf(lam bool) *Arguments {
	m := p.mark()
	if p.callInvalid {
		p.invalidParameters(lam)
		p.reset(m)
	}
	return p.parameters(lam)
}

// parameters:
//
//	parameters:
//	    | slash_no_default param_no_default* param_with_default* [star_etc]
//	    | slash_with_default param_with_default* [star_etc]
//	    | param_no_default+ param_with_default* [star_etc]
//	    | param_with_default+ [star_etc]
//	    | star_etc
func (p *parser) parameters(lam bool) *Arguments {
	m := p.mark()
	if a := p.slashNoDefault(lam); a != nil {
		b := p.paramNoDefaultStar(lam)
		c := p.paramWithDefaultStar(lam)
		d := p.starEtc(lam)
		return makeArguments(a, nil, b, c, d)
	}
	p.reset(m)
	if a := p.slashWithDefault(lam); a != nil {
		b := p.paramWithDefaultStar(lam)
		c := p.starEtc(lam)
		return makeArguments(nil, a, nil, b, c)
	}
	p.reset(m)
	if a := p.paramNoDefaultStar(lam); a != nil {
		b := p.paramWithDefaultStar(lam)
		c := p.starEtc(lam)
		return makeArguments(nil, nil, a, b, c)
	}
	p.reset(m)
	if a := p.paramWithDefaultStar(lam); a != nil {
		b := p.starEtc(lam)
		return makeArguments(nil, nil, nil, a, b)
	}
	p.reset(m)
	if a := p.starEtc(lam); a != nil {
		return makeArguments(nil, nil, nil, nil, a)
	}
	p.reset(m)
	return nil
}

// paramNoDefaultStar: param_no_default* (nil when none)
func (p *parser) paramNoDefaultStar(lam bool) []*Arg {
	var out []*Arg
	for {
		a := p.paramNoDefault(lam)
		if a == nil {
			return out
		}
		out = append(out, a)
	}
}

// paramWithDefaultStar: param_with_default* (nil when none)
func (p *parser) paramWithDefaultStar(lam bool) []nameDefault {
	var out []nameDefault
	for {
		a, ok := p.paramWithDefault(lam)
		if !ok {
			return out
		}
		out = append(out, a)
	}
}

// paramMaybeDefaultStar: param_maybe_default* (nil when none)
func (p *parser) paramMaybeDefaultStar(lam bool) []nameDefault {
	var out []nameDefault
	for {
		a, ok := p.paramMaybeDefault(lam)
		if !ok {
			return out
		}
		out = append(out, a)
	}
}

// slashNoDefault:
//
//	slash_no_default:
//	    | param_no_default+ '/' ','
//	    | param_no_default+ '/' &')'
func (p *parser) slashNoDefault(lam bool) []*Arg {
	m := p.mark()
	a := p.paramNoDefaultStar(lam)
	if a != nil && p.expect(SLASH) != nil {
		if p.expect(COMMA) != nil || p.at(paramsCloser(lam)) {
			return a
		}
	}
	p.reset(m)
	return nil
}

// slashWithDefault:
//
//	slash_with_default:
//	    | param_no_default* param_with_default+ '/' ','
//	    | param_no_default* param_with_default+ '/' &')'
func (p *parser) slashWithDefault(lam bool) *slashWithDefault {
	m := p.mark()
	a := p.paramNoDefaultStar(lam)
	b := p.paramWithDefaultStar(lam)
	if b != nil && p.expect(SLASH) != nil {
		if p.expect(COMMA) != nil || p.at(paramsCloser(lam)) {
			return &slashWithDefault{plain: a, withDefault: b}
		}
	}
	p.reset(m)
	return nil
}

// starEtc:
//
//	star_etc:
//	    | invalid_star_etc
//	    | '*' param_no_default param_maybe_default* [kwds]
//	    | '*' param_no_default_star_annotation param_maybe_default* [kwds]  (def only)
//	    | '*' ',' param_maybe_default+ [kwds]
//	    | kwds
func (p *parser) starEtc(lam bool) *starEtc {
	m := p.mark()
	if p.callInvalid {
		p.invalidStarEtc(lam)
		p.reset(m)
	}
	if p.expect(STAR) != nil {
		afterStar := p.mark()
		if a := p.paramNoDefault(lam); a != nil {
			b := p.paramMaybeDefaultStar(lam)
			c := p.kwds(lam)
			return &starEtc{vararg: a, kwonly: b, kwarg: c}
		}
		p.reset(afterStar)
		if !lam {
			if a := p.paramNoDefaultStarAnnotation(); a != nil {
				b := p.paramMaybeDefaultStar(lam)
				c := p.kwds(lam)
				return &starEtc{vararg: a, kwonly: b, kwarg: c}
			}
			p.reset(afterStar)
		}
		if p.expect(COMMA) != nil {
			if b := p.paramMaybeDefaultStar(lam); b != nil {
				c := p.kwds(lam)
				return &starEtc{kwonly: b, kwarg: c}
			}
		}
	}
	p.reset(m)
	if a := p.kwds(lam); a != nil {
		return &starEtc{kwarg: a}
	}
	p.reset(m)
	return nil
}

// kwds: invalid_kwds | '**' param_no_default
func (p *parser) kwds(lam bool) *Arg {
	m := p.mark()
	if p.callInvalid {
		p.invalidKwds(lam)
		p.reset(m)
	}
	if p.expect(DOUBLESTAR) != nil {
		if a := p.paramNoDefault(lam); a != nil {
			return a
		}
	}
	p.reset(m)
	return nil
}

// paramNoDefault:
//
//	param_no_default:
//	    | param ',' TYPE_COMMENT?
//	    | param TYPE_COMMENT? &')'
func (p *parser) paramNoDefault(lam bool) *Arg {
	m := p.mark()
	a := p.param(lam)
	if a == nil {
		return nil
	}
	if p.expect(COMMA) != nil {
		if !lam {
			p.peekTypeComment()
		}
		return a
	}
	if p.at(paramsCloser(lam)) {
		return a
	}
	p.reset(m)
	return nil
}

// paramNoDefaultStarAnnotation:
//
//	param_no_default_star_annotation:
//	    | param_star_annotation ',' TYPE_COMMENT?
//	    | param_star_annotation TYPE_COMMENT? &')'
//	param_star_annotation: NAME star_annotation
//	star_annotation: ':' star_expression
func (p *parser) paramNoDefaultStarAnnotation() *Arg {
	m := p.mark()
	t := p.expect(NAME)
	if t == nil {
		return nil
	}
	if p.expect(COLON) == nil {
		p.reset(m)
		return nil
	}
	ann := p.starExpression()
	if ann == nil {
		p.reset(m)
		return nil
	}
	a := &Arg{Loc: p.stmtLoc(t), Arg: p.identifier(t), Annotation: ann}
	if p.expect(COMMA) != nil {
		p.peekTypeComment()
		return a
	}
	if p.at(RPAR) {
		return a
	}
	p.reset(m)
	return nil
}

// paramWithDefault:
//
//	param_with_default:
//	    | param default ',' TYPE_COMMENT?
//	    | param default TYPE_COMMENT? &')'
func (p *parser) paramWithDefault(lam bool) (nameDefault, bool) {
	m := p.mark()
	a := p.param(lam)
	if a == nil {
		return nameDefault{}, false
	}
	c := p.defaultValue()
	if c == nil {
		p.reset(m)
		return nameDefault{}, false
	}
	if p.expect(COMMA) != nil {
		if !lam {
			p.peekTypeComment()
		}
		return nameDefault{a, c}, true
	}
	if p.at(paramsCloser(lam)) {
		return nameDefault{a, c}, true
	}
	p.reset(m)
	return nameDefault{}, false
}

// paramMaybeDefault:
//
//	param_maybe_default:
//	    | param default? ',' TYPE_COMMENT?
//	    | param default? TYPE_COMMENT? &')'
func (p *parser) paramMaybeDefault(lam bool) (nameDefault, bool) {
	m := p.mark()
	a := p.param(lam)
	if a == nil {
		return nameDefault{}, false
	}
	c := p.defaultValue()
	if p.expect(COMMA) != nil {
		if !lam {
			p.peekTypeComment()
		}
		return nameDefault{a, c}, true
	}
	if p.at(paramsCloser(lam)) {
		return nameDefault{a, c}, true
	}
	p.reset(m)
	return nameDefault{}, false
}

// param: NAME annotation?   (lambda_param: NAME)
func (p *parser) param(lam bool) *Arg {
	t := p.expect(NAME)
	if t == nil {
		return nil
	}
	var ann Expr
	if !lam {
		ann = p.annotation()
	}
	return &Arg{Loc: p.stmtLoc(t), Arg: p.identifier(t), Annotation: ann}
}

// annotation: ':' expression
func (p *parser) annotation() Expr {
	m := p.mark()
	if p.expect(COLON) != nil {
		if a := p.expression(); a != nil {
			return a
		}
	}
	p.reset(m)
	return nil
}

// defaultValue: default: '=' expression | invalid_default
func (p *parser) defaultValue() Expr {
	m := p.mark()
	if p.expect(EQUAL) != nil {
		if a := p.expression(); a != nil {
			return a
		}
	}
	p.reset(m)
	if p.callInvalid {
		// invalid_default: '=' &(')'|',')
		if a := p.expect(EQUAL); a != nil {
			if k := p.peek().Kind; k == RPAR || k == COMMA {
				p.raiseAtToken(a, "expected default value expression")
			}
		}
		p.reset(m)
	}
	return nil
}

// ---- invalid rules ----

// invalidParameters:
//
//	invalid_parameters:
//	    | param_no_default* invalid_parameters_helper param_no_default
//	    | param_no_default* '(' param_no_default+ ','? ')'
//	    | "/" ','
//	    | (slash_no_default | slash_with_default) param_maybe_default* '/'
//	    | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
//	    | param_maybe_default+ '/' '*'
//
// (lambda: '(' ','.lambda_param+ ','? ')' in the second alternative.)
func (p *parser) invalidParameters(lam bool) {
	m := p.mark()
	p.paramNoDefaultStar(lam)
	if p.invalidParametersHelper(lam) {
		if a := p.paramNoDefault(lam); a != nil {
			p.raiseAtNode(a, "non-default argument follows default argument")
		}
	}
	p.reset(m)
	p.paramNoDefaultStar(lam)
	if a := p.expect(LPAR); a != nil {
		ok := false
		if lam {
			if p.param(true) != nil {
				ok = true
				for {
					m2 := p.mark()
					if p.expect(COMMA) == nil || p.param(true) == nil {
						p.reset(m2)
						break
					}
				}
			}
		} else {
			ok = p.paramNoDefaultStar(false) != nil
		}
		if ok {
			p.expect(COMMA)
			if b := p.expect(RPAR); b != nil {
				if lam {
					p.raiseLocs(tokLoc(a), tokLoc(b), "Lambda expression parameters cannot be parenthesized")
				}
				p.raiseLocs(tokLoc(a), tokLoc(b), "Function parameters cannot be parenthesized")
			}
		}
	}
	p.reset(m)
	if a := p.expect(SLASH); a != nil && p.expect(COMMA) != nil {
		p.raiseAtToken(a, "at least one argument must precede /")
	}
	p.reset(m)
	if p.slashAny(lam) {
		p.paramMaybeDefaultStar(lam)
		if a := p.expect(SLASH); a != nil {
			p.raiseAtToken(a, "/ may appear only once")
		}
	}
	p.reset(m)
	p.slashAny(lam)
	p.paramMaybeDefaultStar(lam)
	if p.expect(STAR) != nil {
		ok := p.expect(COMMA) != nil || p.paramNoDefault(lam) != nil
		if ok {
			p.paramMaybeDefaultStar(lam)
			if a := p.expect(SLASH); a != nil {
				p.raiseAtToken(a, "/ must be ahead of *")
			}
		}
	}
	p.reset(m)
	if p.paramMaybeDefaultStar(lam) != nil && p.expect(SLASH) != nil {
		if a := p.expect(STAR); a != nil {
			p.raiseAtToken(a, "expected comma between / and *")
		}
	}
	p.reset(m)
}

// slashAny: (slash_no_default | slash_with_default)
func (p *parser) slashAny(lam bool) bool {
	if p.slashNoDefault(lam) != nil {
		return true
	}
	return p.slashWithDefault(lam) != nil
}

// invalidParametersHelper:
//
//	invalid_parameters_helper: slash_with_default | param_with_default+
func (p *parser) invalidParametersHelper(lam bool) bool {
	if p.slashWithDefault(lam) != nil {
		return true
	}
	return p.paramWithDefaultStar(lam) != nil
}

// invalidStarEtc:
//
//	invalid_star_etc:
//	    | '*' (')' | ',' (')' | '**'))
//	    | '*' ',' TYPE_COMMENT
//	    | '*' param '='
//	    | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
//	invalid_lambda_star_etc:
//	    | '*' (':' | ',' (':' | '**'))      (raised at the last token read)
//	    | '*' lambda_param '='
//	    | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* '*' (lambda_param_no_default | ',')
func (p *parser) invalidStarEtc(lam bool) {
	m := p.mark()
	closer := paramsCloser(lam)
	if a := p.expect(STAR); a != nil {
		ok := p.expect(closer) != nil
		if !ok && p.expect(COMMA) != nil {
			ok = p.expect(closer) != nil || p.expect(DOUBLESTAR) != nil
		}
		if ok {
			if lam {
				p.raiseHere("named arguments must follow bare *")
			}
			p.raiseAtToken(a, "named arguments must follow bare *")
		}
	}
	p.reset(m)
	if !lam {
		if p.expect(STAR) != nil && p.expect(COMMA) != nil {
			p.peekTypeComment()
		}
		p.reset(m)
	}
	if p.expect(STAR) != nil && p.param(lam) != nil {
		if a := p.expect(EQUAL); a != nil {
			p.raiseAtToken(a, "var-positional argument cannot have default value")
		}
	}
	p.reset(m)
	if p.expect(STAR) != nil && (p.paramNoDefault(lam) != nil || p.expect(COMMA) != nil) {
		p.paramMaybeDefaultStar(lam)
		if a := p.expect(STAR); a != nil && (p.paramNoDefault(lam) != nil || p.expect(COMMA) != nil) {
			p.raiseAtToken(a, "* argument may appear only once")
		}
	}
	p.reset(m)
}

// invalidKwds:
//
//	invalid_kwds:
//	    | '**' param '='
//	    | '**' param ',' param
//	    | '**' param ',' ('*'|'**'|'/')
func (p *parser) invalidKwds(lam bool) {
	m := p.mark()
	if p.expect(DOUBLESTAR) != nil && p.param(lam) != nil {
		if a := p.expect(EQUAL); a != nil {
			p.raiseAtToken(a, "var-keyword argument cannot have default value")
		}
	}
	p.reset(m)
	if p.expect(DOUBLESTAR) != nil && p.param(lam) != nil && p.expect(COMMA) != nil {
		if a := p.param(lam); a != nil {
			p.raiseAtNode(a, "arguments cannot follow var-keyword argument")
		}
	}
	p.reset(m)
	if p.expect(DOUBLESTAR) != nil && p.param(lam) != nil && p.expect(COMMA) != nil {
		if k := p.peek().Kind; k == STAR || k == DOUBLESTAR || k == SLASH {
			p.raiseAtToken(p.peek(), "arguments cannot follow var-keyword argument")
		}
	}
	p.reset(m)
}
