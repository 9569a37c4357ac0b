package symtable

// This file reads the __future__ imports at the top of a module, as
// CPython's Python/future.c does before the symbol table is built. Only two
// features still change anything in 3.11: `annotations` (PEP 563: the
// symbol table then puts annotations in throw-away scopes and the compiler
// stores them as strings) and `barry_as_FLUFL` (the parser's business).
// The others are accepted and ignored; `braces` and unknown names are
// errors.
//
// future.c only looks at the leading run of statements: an optional
// docstring, then `from __future__ import` statements. The first other
// statement ends the run; a future import on the same line after it (as in
// `import os; from __future__ import x`) is reported here, while one on a
// later line is left for the compiler, which reports it with the
// statement's range ("from __future__ imports must occur at the beginning
// of the file") using Future.Lineno.

import (
	"strings"

	"github.com/hotloop/hotloop/vm/syntax"
)

// FutureFlags are the compiler flags set by __future__ imports, with
// CPython's CO_FUTURE_* values.
type FutureFlags uint32

const (
	// FutureBarryAsBDFL is CO_FUTURE_BARRY_AS_BDFL (barry_as_FLUFL).
	FutureBarryAsBDFL FutureFlags = 0x400000
	// FutureAnnotations is CO_FUTURE_ANNOTATIONS (annotations).
	FutureAnnotations FutureFlags = 0x1000000
)

// Future is what a module's __future__ imports turned on.
type Future struct {
	Flags FutureFlags
	// Lineno is the line of the last leading future import, 0 if none.
	// A `from __future__ import` statement on a later line is misplaced.
	Lineno int
}

// Annotations reports whether `from __future__ import annotations` is on.
func (f Future) Annotations() bool { return f.Flags&FutureAnnotations != 0 }

// ParseFuture reads the __future__ imports of a module as CPython's
// _PyFuture_FromAST does. The error, when not nil, is a *syntax.Error.
// Build calls it itself; it is exported for callers that need the features
// without a symbol table.
func ParseFuture(mod syntax.ModNode, filename, source string) (Future, error) {
	f, err := parseFuture(mod, newErrorSource(filename, source))
	if err != nil {
		return Future{}, err
	}
	return f, nil
}

func parseFuture(mod syntax.ModNode, errs *errorSource) (Future, *syntax.Error) {
	var f Future
	var body []syntax.Stmt
	switch m := mod.(type) {
	case *syntax.Module:
		body = m.Body
	case *syntax.Interactive:
		body = m.Body
	default:
		return f, nil
	}
	i := 0
	if hasDocstring(body) {
		i++
	}
	done := false
	prevLine := 0
	for ; i < len(body); i++ {
		s := body[i]
		loc := s.Pos()
		if done && loc.Lineno > prevLine {
			break
		}
		prevLine = loc.Lineno
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module != "__future__" {
			done = true
			continue
		}
		if done {
			// CPython passes the 0-based column here, unlike below.
			return f, errs.pointError(loc.Lineno, loc.ColOffset,
				"from __future__ imports must occur at the beginning of the file")
		}
		for _, a := range imp.Names {
			switch a.Name {
			case "nested_scopes", "generators", "division", "absolute_import",
				"with_statement", "print_function", "unicode_literals", "generator_stop":
			case "barry_as_FLUFL":
				f.Flags |= FutureBarryAsBDFL
			case "annotations":
				f.Flags |= FutureAnnotations
			case "braces":
				return f, errs.pointError(loc.Lineno, loc.ColOffset+1, "not a chance")
			default:
				// The C format is "%.100s": at most 100 bytes of the name.
				name := a.Name
				if len(name) > 100 {
					name = strings.ToValidUTF8(name[:100], "\uFFFD")
				}
				return f, errs.pointError(loc.Lineno, loc.ColOffset+1,
					"future feature "+name+" is not defined")
			}
		}
		f.Lineno = loc.Lineno
	}
	return f, nil
}

// hasDocstring reports whether a body starts with a string constant
// statement (CPython's _PyAST_GetDocString).
func hasDocstring(body []syntax.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	e, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.Value.(*syntax.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(syntax.StrConst)
	return ok
}
