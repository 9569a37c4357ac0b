package compile

// This file holds the match statement part of Check: the SyntaxErrors of
// compile.c's pattern compiler (compiler_match and compiler_pattern_*).
//
// Patterns are compiled case by case, each pattern depth first. Every
// pattern node sets the current location to itself and nothing restores it,
// so an error found after a sub-pattern (a name bound twice, alternatives
// binding different names) points at the last pattern compiled before it;
// the checker keeps that behaviour.
//
// Irrefutability: a capture or wildcard that would match anything is
// refused unless it is allowed where it stands: at the top of the last case,
// of a guarded case, or of the last alternative of such a pattern; inside a
// sequence, mapping or class pattern anything goes.

import (
	"github.com/hotloop/hotloop/vm/syntax"
)

// match compiles a match statement (compiler_match_inner). A last case
// `case _:` (after others) is compiled as a plain default, without looking
// at its pattern.
func (c *checker) match(s *syntax.Match) {
	c.expr(s.Subject)
	cases := s.Cases
	n := len(cases)
	if n == 0 {
		return
	}
	hasDefault := 0
	if isWildcard(cases[n-1].Pattern) && n > 1 {
		hasDefault = 1
	}
	for i, m := range cases[:n-hasDefault] {
		c.setLoc(m.Pattern)
		pc := &patternCtx{allowIrrefutable: m.Guard != nil || i == n-1}
		c.pattern(m.Pattern, pc)
		// The captured names are stored here; __debug__ was refused when
		// each was captured.
		if m.Guard != nil {
			c.jumpIf(m.Guard)
		}
		c.stmts(m.Body)
		c.unsetLoc()
		c.setLoc(m.Pattern)
	}
	if hasDefault == 1 {
		m := cases[n-1]
		c.setLoc(m.Pattern)
		if m.Guard != nil {
			c.jumpIf(m.Guard)
		}
		c.stmts(m.Body)
		c.unsetLoc()
	}
}

// isWildcard reports whether p is `_` (WILDCARD_CHECK).
func isWildcard(p syntax.Pattern) bool {
	as, ok := p.(*syntax.MatchAs)
	return ok && as.Pattern == nil && as.Name == ""
}

// pattern compiles one pattern (compiler_pattern).
func (c *checker) pattern(p syntax.Pattern, pc *patternCtx) {
	if p == nil {
		return // not produced by the parser
	}
	c.setLoc(p)
	switch p := p.(type) {
	case *syntax.MatchValue:
		// The value must be a constant after constant folding (a signed
		// or complex number folds to one; an f-string does not) or a
		// dotted name.
		if _, ok := constValue(p.Value); !ok {
			if _, ok := p.Value.(*syntax.Attribute); !ok {
				c.fail("patterns may only match literals and attribute lookups")
			}
		}
		c.expr(p.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		c.sequencePattern(p, pc)
	case *syntax.MatchMapping:
		c.mappingPattern(p, pc)
	case *syntax.MatchClass:
		c.classPattern(p, pc)
	case *syntax.MatchStar:
		c.storeName(p.Name, pc)
	case *syntax.MatchAs:
		if p.Pattern == nil {
			if !pc.allowIrrefutable {
				if p.Name != "" {
					c.fail("name capture %s makes remaining patterns unreachable", syntax.StrConst(p.Name).Repr())
				}
				c.fail("wildcard makes remaining patterns unreachable")
			}
			c.storeName(p.Name, pc)
			return
		}
		c.pattern(p.Pattern, pc)
		c.storeName(p.Name, pc)
	case *syntax.MatchOr:
		c.orPattern(p, pc)
	}
}

// subpattern compiles a pattern nested in a sequence, mapping or class
// pattern, where irrefutable patterns are fine
// (compiler_pattern_subpattern).
func (c *checker) subpattern(p syntax.Pattern, pc *patternCtx) {
	saved := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = saved
}

// storeName records a capture (pattern_helper_store_name); "" is `_`.
func (c *checker) storeName(name string, pc *patternCtx) {
	if name == "" {
		return
	}
	c.forbiddenName(name, syntax.Store)
	for _, s := range pc.stores {
		if s == name {
			c.fail("multiple assignments to name %s in pattern", syntax.StrConst(name).Repr())
		}
	}
	pc.stores = append(pc.stores, name)
}

// sequencePattern compiles [p, ...] (compiler_pattern_sequence). Only the
// code that unpacks the subject item by item has the star-position limit
// of UNPACK_EX; a pattern of wildcards, or one whose star is a wildcard,
// is compiled another way.
func (c *checker) sequencePattern(p *syntax.MatchSequence, pc *patternCtx) {
	star := -1
	onlyWildcard, starWildcard := true, false
	for i, sub := range p.Patterns {
		if st, ok := sub.(*syntax.MatchStar); ok {
			if star >= 0 {
				c.fail("multiple starred names in sequence pattern")
			}
			starWildcard = st.Name == ""
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && isWildcard(sub)
	}
	switch {
	case onlyWildcard:
	case starWildcard:
		for i, sub := range p.Patterns {
			if i == star || isWildcard(sub) {
				continue
			}
			c.subpattern(sub, pc)
		}
	default:
		n := len(p.Patterns)
		if star >= 0 && (star >= 1<<8 || n-star-1 >= (1<<31-1)>>8) {
			c.fail("too many expressions in star-unpacking sequence pattern")
		}
		for _, sub := range p.Patterns {
			c.subpattern(sub, pc)
		}
	}
}

// mappingPattern compiles {key: p, ..., **rest}
// (compiler_pattern_mapping). Keys must be constants (after folding) or
// dotted names, and no constant may equal an earlier one.
func (c *checker) mappingPattern(p *syntax.MatchMapping, pc *patternCtx) {
	if len(p.Keys) == 0 && p.Rest == "" {
		return
	}
	var seen []syntax.ConstValue
	for _, key := range p.Keys {
		if v, ok := constValue(key); ok {
			for _, s := range seen {
				if constEqual(s, v) {
					c.fail("mapping pattern checks duplicate key (%s)", v.Repr())
				}
			}
			seen = append(seen, v)
		} else if _, ok := key.(*syntax.Attribute); !ok {
			c.fail("mapping pattern keys may only match literals and attribute lookups")
		}
		c.expr(key)
	}
	for _, sub := range p.Patterns {
		c.subpattern(sub, pc)
	}
	c.storeName(p.Rest, pc)
}

// classPattern compiles Cls(p, ..., name=p, ...) (compiler_pattern_class).
// Wildcard sub-patterns compile to nothing.
func (c *checker) classPattern(p *syntax.MatchClass, pc *patternCtx) {
	if len(p.KwdAttrs) > 0 {
		for i, attr := range p.KwdAttrs {
			if i < len(p.KwdPatterns) {
				c.setLoc(p.KwdPatterns[i])
			}
			c.forbiddenName(attr, syntax.Store)
			for j := i + 1; j < len(p.KwdAttrs); j++ {
				if p.KwdAttrs[j] == attr {
					if j < len(p.KwdPatterns) {
						c.setLoc(p.KwdPatterns[j])
					}
					c.fail("attribute name repeated in class pattern: %s", attr)
				}
			}
		}
		c.setLoc(p)
	}
	c.expr(p.Cls)
	for _, sub := range p.Patterns {
		if !isWildcard(sub) {
			c.subpattern(sub, pc)
		}
	}
	for _, sub := range p.KwdPatterns {
		if !isWildcard(sub) {
			c.subpattern(sub, pc)
		}
	}
}

// orPattern compiles p | q | ... (compiler_pattern_or). Every alternative
// must bind the same names as the first; the names are then added to the
// enclosing pattern's captures.
func (c *checker) orPattern(p *syntax.MatchOr, pc *patternCtx) {
	outer := *pc
	var control []string
	for i, alt := range p.Patterns {
		c.setLoc(alt)
		pc.stores = nil
		pc.allowIrrefutable = i == len(p.Patterns)-1 && outer.allowIrrefutable
		c.pattern(alt, pc)
		if i == 0 {
			control = pc.stores
			continue
		}
		if len(pc.stores) != len(control) {
			c.fail("alternative patterns bind different names")
		}
		for _, name := range control {
			found := false
			for _, s := range pc.stores {
				if s == name {
					found = true
					break
				}
			}
			if !found {
				c.fail("alternative patterns bind different names")
			}
		}
	}
	*pc = outer
	for _, name := range control {
		for _, s := range pc.stores {
			if s == name {
				c.fail("multiple assignments to name %s in pattern", syntax.StrConst(name).Repr())
			}
		}
		pc.stores = append(pc.stores, name)
	}
}
