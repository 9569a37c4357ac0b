// Package symtable computes, for a parsed module, what every name means in
// every scope: the results of CPython 3.11's symbol table pass
// (Python/symtable.c), which the bytecode compiler reads to choose between
// fast locals, cells, free variables, globals and name lookups.
//
// This file holds the data model: Table, Scope and Symbol, the flag and
// scope constants (with CPython's numeric values, so that they can be
// compared with the _symtable module's raw numbers), and Build, which runs
// the two passes. visit.go holds the first pass (a walk of the AST that
// records raw facts per scope), analyze.go the second (resolution of each
// name against the enclosing scopes), future.go the __future__ features,
// and errors.go the SyntaxErrors.
package symtable

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hotloop/hotloop/vm/syntax"
)

// Flags are the raw facts recorded about a name in one scope during the
// first pass. The values are CPython's DEF_* and USE constants.
type Flags uint16

const (
	// DefGlobal: the name appears in a global statement (or is the target
	// of a walrus in a comprehension at module level, or in a function
	// where it is declared global).
	DefGlobal Flags = 1 << 0
	// DefLocal: the name is bound in this scope (assignment, for target,
	// def/class name, except ... as, with ... as, del, match capture).
	DefLocal Flags = 1 << 1
	// DefParam: the name is a formal parameter.
	DefParam Flags = 1 << 2
	// DefNonlocal: the name appears in a nonlocal statement (or is the
	// target of a walrus in a comprehension inside a function).
	DefNonlocal Flags = 1 << 3
	// Use: the name is read.
	Use Flags = 1 << 4
	// DefFree exists in CPython's header but is never set.
	DefFree Flags = 1 << 5
	// DefFreeClass: a class scope both binds (or declares global) the name
	// and has a method in which it is free; the compiler must then load it
	// with LOAD_CLASSDEREF semantics.
	DefFreeClass Flags = 1 << 6
	// DefImport: the name is bound by an import.
	DefImport Flags = 1 << 7
	// DefAnnot: the name is the target of an annotated assignment.
	DefAnnot Flags = 1 << 8
	// DefCompIter: the name is an iteration variable of a comprehension.
	DefCompIter Flags = 1 << 9

	// DefBound is any binding of the name in the scope.
	DefBound = DefLocal | DefParam | DefImport
)

var flagNames = [...]string{"DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE",
	"DEF_FREE", "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER"}

// String returns the flags as CPython names them, joined by "|", or "0".
func (f Flags) String() string {
	if f == 0 {
		return "0"
	}
	var parts []string
	for i, name := range flagNames {
		if f&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	if rest := f &^ (1<<len(flagNames) - 1); rest != 0 {
		parts = append(parts, fmt.Sprintf("%#x", uint16(rest)))
	}
	return strings.Join(parts, "|")
}

// Kind is the resolved scope of a name in one scope, decided by the
// second pass. The values are CPython's LOCAL .. CELL.
type Kind uint8

const (
	// Unresolved is the zero Kind, for names a scope does not know.
	Unresolved Kind = 0
	// Local: bound in the scope and not captured by an inner function.
	Local Kind = 1
	// GlobalExplicit: declared global in this scope.
	GlobalExplicit Kind = 2
	// GlobalImplicit: not bound in any enclosing function; looked up in the
	// module globals and then the builtins (or, in module and class bodies,
	// by name).
	GlobalImplicit Kind = 3
	// Free: bound in an enclosing function scope and reached through a
	// cell of that scope.
	Free Kind = 4
	// Cell: bound in this function scope and captured by an inner scope,
	// so stored in a cell.
	Cell Kind = 5
)

var kindNames = [...]string{"UNRESOLVED", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}

// BlockType is the kind of a scope. The values are CPython's _Py_block_ty.
type BlockType uint8

const (
	// FunctionBlock: a def, async def, lambda or comprehension.
	FunctionBlock BlockType = iota
	// ClassBlock: a class body.
	ClassBlock
	// ModuleBlock: the module (or the eval / interactive input).
	ModuleBlock
	// AnnotationBlock: the annotations of one def or one annotated
	// assignment under `from __future__ import annotations`. Such scopes
	// swallow the names used in the annotations (which are never evaluated)
	// and are not attached to the tree.
	AnnotationBlock
)

var blockNames = [...]string{"function", "class", "module", "annotation"}

func (b BlockType) String() string {
	if int(b) < len(blockNames) {
		return blockNames[b]
	}
	return "BlockType(?)"
}

// Comprehension says which kind of comprehension a function scope is.
type Comprehension uint8

const (
	// NoComprehension: a def, lambda, class or module.
	NoComprehension Comprehension = iota
	// ListComprehension: [elt for ...].
	ListComprehension
	// DictComprehension: {key: value for ...}.
	DictComprehension
	// SetComprehension: {elt for ...}.
	SetComprehension
	// GeneratorExpression: (elt for ...).
	GeneratorExpression
)

// Symbol is one name of one scope.
type Symbol struct {
	// Name is the name as stored: mangled (_Class__name) when it was
	// written __name inside a class.
	Name string
	// Flags are the raw facts of the first pass.
	Flags Flags
	// Kind is the resolved scope. A name that only passes through this
	// scope on its way to an inner one has Flags 0 and Kind Free.
	Kind Kind
}

// String returns the symbol as "name:FLAGS:KIND", for debugging.
func (s *Symbol) String() string { return s.Name + ":" + s.Flags.String() + ":" + s.Kind.String() }

// Has reports whether every flag of f is set on the symbol.
func (s *Symbol) Has(f Flags) bool { return s.Flags&f == f }

// Scope is one symbol table entry: a module, class body, function, lambda or
// comprehension, with its names and its nested scopes.
type Scope struct {
	Type BlockType
	// Name is "top" for the module, the function or class name, "lambda",
	// "listcomp", "setcomp", "dictcomp" or "genexpr".
	Name string
	// Node is the AST node that opens the scope: the syntax.ModNode, a
	// *FunctionDef, *AsyncFunctionDef, *ClassDef, *Lambda, *ListComp,
	// *SetComp, *DictComp or *GeneratorExp.
	Node syntax.Node
	// Loc is the position of Node (all zero for the module).
	Loc syntax.Loc
	// Symbols holds the scope's names in the order they were first
	// recorded, as the keys of CPython's ste_symbols; names added by the
	// second pass only because an inner scope needs them come last, sorted.
	Symbols []*Symbol
	// Varnames lists the parameters in co_varnames order: positional-only,
	// positional, keyword-only, then *args and **kwargs. A comprehension has
	// the single implicit parameter ".0", its outermost iterator.
	Varnames []string
	// Children are the nested scopes in source order.
	Children []*Scope
	// Parent is the enclosing scope (nil for the module).
	Parent *Scope

	// Nested: the scope is inside a function scope (directly or not).
	Nested bool
	// HasFree: the scope has free variables (or, when nested, uses a global
	// name implicitly).
	HasFree bool
	// ChildFree: some nested scope has free variables.
	ChildFree bool
	// Generator: the scope contains yield or yield from, or is a generator
	// expression.
	Generator bool
	// Coroutine: async def, or a comprehension with an async for or await
	// that makes it asynchronous.
	Coroutine bool
	// Comprehension is the kind of comprehension this scope is, if any.
	Comprehension Comprehension
	// Varargs and Varkeywords: the function has *args / **kwargs.
	Varargs, Varkeywords bool
	// ReturnsValue: the scope has a return statement with a value.
	ReturnsValue bool
	// NeedsClassClosure: a class body whose methods use __class__ (or
	// super()); the compiler creates the __class__ cell and stores it in
	// the namespace as __classcell__.
	NeedsClassClosure bool

	index map[string]*Symbol

	// First-pass state.
	directives     []directive
	compIterTarget bool // visiting a comprehension's target
	compIterExpr   int  // visiting a comprehension's iterable (nesting)
}

// directive is the location of a global or nonlocal declaration (or of the
// implicit one a walrus in a comprehension makes), for error reports.
type directive struct {
	name string
	loc  syntax.Loc
}

// Lookup returns the symbol for an already mangled name, or nil.
func (s *Scope) Lookup(name string) *Symbol { return s.index[name] }

// KindOf returns the resolved scope of an already mangled name, Unresolved
// if the scope does not know it (CPython's _PyST_GetScope).
func (s *Scope) KindOf(name string) Kind {
	if sym := s.index[name]; sym != nil {
		return sym.Kind
	}
	return Unresolved
}

// FlagsOf returns the raw flags of an already mangled name, 0 if unknown
// (CPython's _PyST_GetSymbol without the scope bits).
func (s *Scope) FlagsOf(name string) Flags {
	if sym := s.index[name]; sym != nil {
		return sym.Flags
	}
	return 0
}

// Cellvars returns the names the compiler stores in cells of this scope's
// code object, sorted (as compile.c numbers them): the locals captured by
// inner scopes, and for a class body that needs it the implicit __class__
// cell.
func (s *Scope) Cellvars() []string {
	var names []string
	for _, sym := range s.Symbols {
		if sym.Kind == Cell {
			names = append(names, sym.Name)
		}
	}
	if s.NeedsClassClosure {
		names = append(names, "__class__")
	}
	sort.Strings(names)
	return names
}

// Freevars returns the names of the code object's free variables, sorted:
// the names of Kind Free, and in a class body also the names with
// DefFreeClass, which a method needs from an enclosing function although
// the class binds them too.
func (s *Scope) Freevars() []string {
	var names []string
	for _, sym := range s.Symbols {
		if sym.Kind == Free || sym.Flags&DefFreeClass != 0 {
			names = append(names, sym.Name)
		}
	}
	sort.Strings(names)
	return names
}

// IsFunctionLike reports whether the scope compiles to a code object with
// fast locals: a def, async def, lambda or comprehension.
func (s *Scope) IsFunctionLike() bool { return s.Type == FunctionBlock }

// symbol returns the symbol for name, creating it (with no flags) at the
// end of the order if it is new.
func (s *Scope) symbol(name string) *Symbol {
	if sym := s.index[name]; sym != nil {
		return sym
	}
	sym := &Symbol{Name: name}
	s.index[name] = sym
	s.Symbols = append(s.Symbols, sym)
	return sym
}

// Table is the symbol table of one module: its scope tree and the future
// features it was built with.
type Table struct {
	// Top is the module scope.
	Top *Scope
	// Future holds the features enabled by the module's __future__
	// imports (and by the caller's flags).
	Future Future
	// Filename is the file name used in error reports.
	Filename string

	blocks map[syntax.Node]*Scope
}

// Lookup returns the scope opened by an AST node (a ModNode, def, class,
// lambda or comprehension), or nil.
func (t *Table) Lookup(n syntax.Node) *Scope { return t.blocks[n] }

// Build runs the symbol table passes over a parsed module (a *Module,
// *Interactive or *Expression), as CPython's compile() does before it
// generates code. The __future__ features are read from the module itself.
// source is the decoded text of the file, used only to fill in the Text of
// a SyntaxError; it may be "". The error, when not nil, is a *syntax.Error.
func Build(mod syntax.ModNode, filename, source string) (*Table, error) {
	return BuildFlags(mod, filename, source, 0)
}

// BuildFlags is Build with extra future features turned on, as
// compile(..., flags=...) does (for example FutureAnnotations).
func BuildFlags(mod syntax.ModNode, filename, source string, flags FutureFlags) (*Table, error) {
	errs := newErrorSource(filename, source)
	fut, ferr := parseFuture(mod, errs)
	if ferr != nil {
		return nil, ferr
	}
	fut.Flags |= flags
	t := &Table{Future: fut, Filename: filename, blocks: map[syntax.Node]*Scope{}}
	b := &builder{table: t, errs: errs}
	if err := b.run(mod); err != nil {
		return nil, err
	}
	return t, nil
}

// Mangle applies private name mangling: inside class private (the class
// name), an identifier __spam that does not end in two underscores and
// has no dot becomes _private__spam, with the class name's leading
// underscores stripped. private "" means "not in a class".
func Mangle(private, name string) string {
	if private == "" || len(name) < 2 || name[0] != '_' || name[1] != '_' {
		return name
	}
	n := len(name)
	if name[n-1] == '_' && name[n-2] == '_' {
		return name
	}
	for i := 0; i < n; i++ {
		if name[i] == '.' {
			return name
		}
	}
	i := 0
	for i < len(private) && private[i] == '_' {
		i++
	}
	if i == len(private) {
		return name
	}
	return "_" + private[i:] + name
}

// sortedKeys returns the members of a set in sorted order.
func sortedKeys(set map[string]bool) []string {
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
