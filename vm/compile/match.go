package compile

// This file compiles match statements (PEP 634), as CPython 3.11 does in
// outline: the subject is evaluated once; each case's pattern is a series
// of tests that jump to the next case on failure; names captured by a
// pattern are held in registers reserved for the case and assigned only
// once the whole pattern has matched, before the guard runs. Sequence
// patterns unpack the subject (iteration, as UNPACK_SEQUENCE) unless the
// star is a wildcard, in which case they index it; mapping and class
// patterns use MATCHKEYS and MATCHCLASS, which produce a tuple of values
// or None.

import (
	"math/big"

	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/syntax"
)

// captures maps the names a case binds to their registers.
type captures struct {
	reg   map[string]int
	order []string
}

func (c *compiler) matchStmt(s *syntax.Match) {
	subj := c.exprTemp(s.Subject)
	end := c.newLabel()
	for _, mc := range s.Cases {
		mark := c.u.temp
		fail := c.newLabel()
		caps := &captures{reg: map[string]int{}}
		collectCaptures(mc.Pattern, caps)
		first := c.allocTemps(len(caps.order))
		for i, name := range caps.order {
			caps.reg[name] = first + i
		}
		c.setLoc(mc.Pattern)
		c.pattern(mc.Pattern, subj, fail, caps)
		for _, name := range caps.order {
			c.storeName(name, caps.reg[name])
		}
		if mc.Guard != nil {
			c.jumpIf(mc.Guard, fail, false)
		}
		c.stmts(mc.Body)
		c.jump(end)
		c.bind(fail)
		c.freeTo(mark)
	}
	c.bind(end)
}

// collectCaptures lists the names a pattern binds, in order.
func collectCaptures(p syntax.Pattern, caps *captures) {
	add := func(name string) {
		if name == "" {
			return
		}
		if _, ok := caps.reg[name]; !ok {
			caps.reg[name] = -1
			caps.order = append(caps.order, name)
		}
	}
	switch p := p.(type) {
	case *syntax.MatchAs:
		if p.Pattern != nil {
			collectCaptures(p.Pattern, caps)
		}
		add(p.Name)
	case *syntax.MatchStar:
		add(p.Name)
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			collectCaptures(q, caps)
		}
	case *syntax.MatchSequence:
		for _, q := range p.Patterns {
			collectCaptures(q, caps)
		}
	case *syntax.MatchMapping:
		for _, q := range p.Patterns {
			collectCaptures(q, caps)
		}
		add(p.Rest)
	case *syntax.MatchClass:
		for _, q := range p.Patterns {
			collectCaptures(q, caps)
		}
		for _, q := range p.KwdPatterns {
			collectCaptures(q, caps)
		}
	}
}

// isWildcard reports whether a pattern matches anything and binds nothing.
func isWildcardPattern(p syntax.Pattern) bool {
	switch p := p.(type) {
	case *syntax.MatchAs:
		return p.Pattern == nil && p.Name == ""
	case *syntax.MatchStar:
		return p.Name == ""
	}
	return false
}

// failUnless jumps to fail when R[r] is false.
func (c *compiler) failUnless(r, fail int) { c.jumpIfReg(r, false, fail) }

func (c *compiler) loadInt(n int, r int) {
	c.loadConst(syntax.IntConst{V: big.NewInt(int64(n))}, r)
}

// pattern compiles the test of pattern p against the subject in R[subj].
func (c *compiler) pattern(p syntax.Pattern, subj, fail int, caps *captures) {
	old := c.setLoc(p)
	defer func() { c.u.loc = old }()
	mark := c.u.temp
	defer c.freeTo(mark)
	switch p := p.(type) {
	case *syntax.MatchValue:
		v := c.exprAny(p.Value)
		t := c.allocTemp()
		c.op(bytecode.EQ, t, subj, v)
		c.failUnless(t, fail)
	case *syntax.MatchSingleton:
		v := c.allocTemp()
		c.loadConst(p.Value, v)
		c.op(bytecode.IS, v, subj, v)
		c.failUnless(v, fail)
	case *syntax.MatchAs:
		if p.Pattern != nil {
			c.pattern(p.Pattern, subj, fail, caps)
		}
		if p.Name != "" {
			c.op(bytecode.MOVE, caps.reg[p.Name], subj, 0)
		}
	case *syntax.MatchOr:
		success := c.newLabel()
		for i, alt := range p.Patterns {
			if i == len(p.Patterns)-1 {
				c.pattern(alt, subj, fail, caps)
				break
			}
			next := c.newLabel()
			c.pattern(alt, subj, next, caps)
			c.jump(success)
			c.bind(next)
		}
		c.bind(success)
	case *syntax.MatchSequence:
		c.sequencePattern(p, subj, fail, caps)
	case *syntax.MatchMapping:
		c.mappingPattern(p, subj, fail, caps)
	case *syntax.MatchClass:
		c.classPattern(p, subj, fail, caps)
	case *syntax.MatchStar:
		c.internalError("starred pattern outside a sequence pattern")
	default:
		c.internalError("unknown pattern %T", p)
	}
}

func (c *compiler) sequencePattern(p *syntax.MatchSequence, subj, fail int, caps *captures) {
	t := c.allocTemp()
	c.op(bytecode.MATCHSEQUENCE, t, subj, 0)
	c.failUnless(t, fail)
	n := len(p.Patterns)
	star := -1
	onlyWildcards := true
	for i, q := range p.Patterns {
		if _, ok := q.(*syntax.MatchStar); ok {
			star = i
		}
		if !isWildcardPattern(q) {
			onlyWildcards = false
		}
	}
	k := c.allocTemp()
	c.op(bytecode.GETLEN, t, subj, 0)
	if star < 0 {
		c.loadInt(n, k)
		c.op(bytecode.EQ, t, t, k)
	} else {
		c.loadInt(n-1, k)
		c.op(bytecode.GE, t, t, k)
	}
	c.failUnless(t, fail)
	if onlyWildcards {
		return
	}
	if star >= 0 && isWildcardPattern(p.Patterns[star]) {
		// Index the subject: items before the star from the front, the
		// others from the back.
		for i, q := range p.Patterns {
			if isWildcardPattern(q) {
				continue
			}
			idx := i
			if i > star {
				idx = i - n
			}
			e := c.allocTemp()
			c.loadInt(idx, e)
			c.op(bytecode.GETITEM, e, subj, e)
			c.pattern(q, e, fail, caps)
			c.freeTo(e)
		}
		return
	}
	elems := c.allocTemps(n)
	if star < 0 {
		c.op(bytecode.UNPACK, elems, subj, n)
	} else {
		if star > 255 {
			c.unsupported("more than 255 patterns before a star pattern")
		}
		c.opSpare(bytecode.UNPACKEX, elems, subj, n, uint8(star))
	}
	for i, q := range p.Patterns {
		if s, ok := q.(*syntax.MatchStar); ok {
			if s.Name != "" {
				c.op(bytecode.MOVE, caps.reg[s.Name], elems+i, 0)
			}
			continue
		}
		if !isWildcardPattern(q) {
			c.pattern(q, elems+i, fail, caps)
		}
	}
}

func (c *compiler) mappingPattern(p *syntax.MatchMapping, subj, fail int, caps *captures) {
	t := c.allocTemp()
	c.op(bytecode.MATCHMAPPING, t, subj, 0)
	c.failUnless(t, fail)
	n := len(p.Keys)
	if n == 0 && p.Rest == "" {
		return
	}
	keys := c.allocTemp()
	if n > 0 {
		k := c.allocTemp()
		c.op(bytecode.GETLEN, t, subj, 0)
		c.loadInt(n, k)
		c.op(bytecode.GE, t, t, k)
		c.failUnless(t, fail)
		c.freeTo(k)
		kr := c.allocTemps(n)
		for i, key := range p.Keys {
			c.exprTo(key, kr+i)
		}
		c.op(bytecode.BUILDTUPLE, keys, kr, n)
		c.freeTo(kr)
		vals := c.allocTemp()
		c.op(bytecode.MATCHKEYS, vals, subj, keys)
		none := c.allocTemp()
		c.op(bytecode.LOADNONE, none, 0, 0)
		c.op(bytecode.ISNOT, t, vals, none)
		c.failUnless(t, fail)
		c.freeTo(none)
		items := c.allocTemps(n)
		c.op(bytecode.UNPACK, items, vals, n)
		for i, q := range p.Patterns {
			if !isWildcardPattern(q) {
				c.pattern(q, items+i, fail, caps)
			}
		}
	} else {
		c.loadConst(bytecode.TupleConst{}, keys)
	}
	if p.Rest != "" {
		c.op(bytecode.COPYDICTWITHOUTKEYS, caps.reg[p.Rest], subj, keys)
	}
}

func (c *compiler) classPattern(p *syntax.MatchClass, subj, fail int, caps *captures) {
	w := c.allocTemps(3)
	c.op(bytecode.MOVE, w, subj, 0)
	c.exprTo(p.Cls, w+1)
	names := make(bytecode.TupleConst, len(p.KwdAttrs))
	for i, a := range p.KwdAttrs {
		names[i] = syntax.StrConst(a)
	}
	c.loadConst(names, w+2)
	v := c.allocTemp()
	c.op(bytecode.MATCHCLASS, v, w, len(p.Patterns))
	t := c.allocTemp()
	c.op(bytecode.LOADNONE, t, 0, 0)
	c.op(bytecode.ISNOT, t, v, t)
	c.failUnless(t, fail)
	all := append(append([]syntax.Pattern(nil), p.Patterns...), p.KwdPatterns...)
	if len(all) == 0 {
		return
	}
	items := c.allocTemps(len(all))
	c.op(bytecode.UNPACK, items, v, len(all))
	for i, q := range all {
		if !isWildcardPattern(q) {
			c.pattern(q, items+i, fail, caps)
		}
	}
}
