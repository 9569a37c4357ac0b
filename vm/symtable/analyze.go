package symtable

// This file is the second pass: it decides the Kind of every name in every
// scope, walking the tree from the module down, as CPython 3.11's
// analyze_block does.
//
// Going down, each scope receives two sets from its parent:
//   - bound: the names bound in enclosing function scopes (nil for the
//     module), which a free name may refer to;
//   - global: the names declared global in enclosing scopes.
//
// A class body passes on what it received, not its own names: names bound in
// a class are not visible to the functions inside it. It adds "__class__"
// to bound, so that methods using super() or __class__ get it as a free
// variable that the class then provides (NeedsClassClosure).
//
// Coming back up, each scope reports the set of names free in it or in its
// descendants. A function scope turns those of its own locals into cells
// and removes them from the set; the remaining names become symbols of the
// scope with Kind Free (passing through), unless they are globals. In a
// class body a free name that the class also binds gets DefFreeClass.

// analyze runs the second pass over the whole tree.
func (b *builder) analyze() {
	b.analyzeBlock(b.top, nil, map[string]bool{}, map[string]bool{})
}

// analyzeBlock resolves the names of s. bound and global come from the
// enclosing scopes and may be modified (they are the caller's copies);
// the names free in s and its descendants are added to free.
func (b *builder) analyzeBlock(s *Scope, bound, free, global map[string]bool) {
	local := map[string]bool{}
	kinds := make(map[string]Kind, len(s.Symbols))
	newGlobal := map[string]bool{}
	newFree := map[string]bool{}
	newBound := map[string]bool{}

	// A class body's names are invisible to nested scopes, so they see
	// exactly what the class saw.
	if s.Type == ClassBlock {
		union(newGlobal, global)
		if bound != nil {
			union(newBound, bound)
		}
	}
	for _, sym := range s.Symbols {
		b.analyzeName(s, kinds, sym.Name, sym.Flags, bound, local, free, global)
	}
	if s.Type != ClassBlock {
		if s.Type == FunctionBlock {
			union(newBound, local)
		}
		if bound != nil {
			union(newBound, bound)
		}
		union(newGlobal, global)
	} else {
		newBound["__class__"] = true
	}

	allFree := map[string]bool{}
	for _, c := range s.Children {
		b.analyzeBlock(c, copySet(newBound), allFree, copySet(newGlobal))
		if c.HasFree || c.ChildFree {
			s.ChildFree = true
		}
	}
	union(newFree, allFree)

	switch s.Type {
	case FunctionBlock:
		// Locals that a nested scope uses become cells.
		for _, sym := range s.Symbols {
			if kinds[sym.Name] == Local && newFree[sym.Name] {
				kinds[sym.Name] = Cell
				delete(newFree, sym.Name)
			}
		}
	case ClassBlock:
		if newFree["__class__"] {
			delete(newFree, "__class__")
			s.NeedsClassClosure = true
		}
	}
	b.updateSymbols(s, kinds, bound, newFree)
	union(free, newFree)
}

// analyzeName decides the Kind of one name of s.
func (b *builder) analyzeName(s *Scope, kinds map[string]Kind, name string, flags Flags,
	bound, local, free, global map[string]bool) {
	switch {
	case flags&DefGlobal != 0:
		if flags&DefNonlocal != 0 {
			b.failAtDirective(s, name, msgNonlocalAndGlobal, name)
		}
		kinds[name] = GlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&DefNonlocal != 0:
		if bound == nil {
			b.failAtDirective(s, name, msgNonlocalAtModule)
		}
		if !bound[name] {
			b.failAtDirective(s, name, msgNoBindingNonlocal, name)
		}
		kinds[name] = Free
		s.HasFree = true
		free[name] = true
	case flags&DefBound != 0:
		kinds[name] = Local
		local[name] = true
		delete(global, name)
	case bound != nil && bound[name]:
		// Bound in an enclosing function: a free variable.
		kinds[name] = Free
		s.HasFree = true
		free[name] = true
	case global[name]:
		kinds[name] = GlobalImplicit
	default:
		if s.Nested {
			s.HasFree = true
		}
		kinds[name] = GlobalImplicit
	}
}

// failAtDirective reports an error at the first global or nonlocal
// declaration of name in s.
func (b *builder) failAtDirective(s *Scope, name, format string, args ...any) {
	for _, d := range s.directives {
		if d.name == name {
			b.failAt(d.loc, format, args...)
		}
	}
	// Unreachable: every DefGlobal or DefNonlocal name has a directive.
	b.failAt(s.Loc, format, args...)
}

// updateSymbols stores the decided kinds and adds the names that are free
// in descendants and must pass through s.
func (b *builder) updateSymbols(s *Scope, kinds map[string]Kind, bound, free map[string]bool) {
	for _, sym := range s.Symbols {
		sym.Kind = kinds[sym.Name]
	}
	for _, name := range sortedKeys(free) {
		if sym := s.index[name]; sym != nil {
			// A method's free variable that the class body binds too.
			if s.Type == ClassBlock && sym.Flags&(DefBound|DefGlobal) != 0 {
				sym.Flags |= DefFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue // a global
		}
		s.symbol(name).Kind = Free
	}
}

func union(dst, src map[string]bool) {
	for k := range src {
		dst[k] = true
	}
}

func copySet(src map[string]bool) map[string]bool {
	dst := make(map[string]bool, len(src))
	union(dst, src)
	return dst
}
