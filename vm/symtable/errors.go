package symtable

// This file builds the SyntaxErrors of the symbol table pass. They carry
// CPython's positions exactly: symtable.c reports an AST node's range with
// PyErr_RangedSyntaxLocationObject(lineno, col_offset+1, end_lineno,
// end_col_offset+1), and since the AST's columns are UTF-8 byte offsets,
// Offset and EndOffset here are 1-based byte columns too, not character
// columns (CPython 3.11 does no conversion on this path; a line holding
// non-ASCII text before the error shows it). future.c reports only a start
// position, so those errors have EndLineno = Lineno and EndOffset 0 (None).
//
// The first pass stops at the first error with a panic of type bailout,
// recovered in builder.run; no panic leaves the package.

import (
	"fmt"

	"github.com/hotloop/hotloop/vm/syntax"
)

// errorSource makes errors for one file: its name and, when known, its
// lines for the Text attribute.
type errorSource struct {
	filename string
	text     string
	starts   []int // byte offset of each line's start; built on first use
}

func newErrorSource(filename, text string) *errorSource {
	return &errorSource{filename: filename, text: text}
}

// line returns line n (1-based) with its "\n", or "" if unknown.
func (s *errorSource) line(n int) string {
	if s.text == "" || n < 1 {
		return ""
	}
	if s.starts == nil {
		s.starts = []int{0}
		for i := 0; i < len(s.text); i++ {
			if s.text[i] == '\n' && i+1 < len(s.text) {
				s.starts = append(s.starts, i+1)
			}
		}
	}
	if n > len(s.starts) {
		return ""
	}
	start := s.starts[n-1]
	if n < len(s.starts) {
		return s.text[start:s.starts[n]]
	}
	return s.text[start:]
}

// rangeError is a SyntaxError over the range of an AST node, as
// symtable.c raises them.
func (s *errorSource) rangeError(loc syntax.Loc, format string, args ...any) *syntax.Error {
	return &syntax.Error{
		Type:      "SyntaxError",
		Msg:       fmt.Sprintf(format, args...),
		Filename:  s.filename,
		Lineno:    loc.Lineno,
		Offset:    loc.ColOffset + 1,
		EndLineno: loc.EndLineno,
		EndOffset: loc.EndColOffset + 1,
		Text:      s.line(loc.Lineno),
	}
}

// pointError is a SyntaxError with a start position only (offset is given
// 1-based as CPython passes it), as future.c raises them.
func (s *errorSource) pointError(lineno, offset int, msg string) *syntax.Error {
	return &syntax.Error{
		Type:      "SyntaxError",
		Msg:       msg,
		Filename:  s.filename,
		Lineno:    lineno,
		Offset:    offset,
		EndLineno: lineno,
		Text:      s.line(lineno),
	}
}

// bailout carries the first error of a pass to builder.run.
type bailout struct{ err *syntax.Error }

// Messages of symtable.c, by name.
const (
	msgGlobalParam           = "name '%s' is parameter and global"
	msgNonlocalParam         = "name '%s' is parameter and nonlocal"
	msgGlobalAfterAssign     = "name '%s' is assigned to before global declaration"
	msgNonlocalAfterAssign   = "name '%s' is assigned to before nonlocal declaration"
	msgGlobalAfterUse        = "name '%s' is used prior to global declaration"
	msgNonlocalAfterUse      = "name '%s' is used prior to nonlocal declaration"
	msgGlobalAnnot           = "annotated name '%s' can't be global"
	msgNonlocalAnnot         = "annotated name '%s' can't be nonlocal"
	msgImportStar            = "import * only allowed at module level"
	msgNamedExprCompInClass  = "assignment expression within a comprehension cannot be used in a class body"
	msgNamedExprCompConflict = "assignment expression cannot rebind comprehension iteration variable '%s'"
	msgNamedExprInnerLoop    = "comprehension inner loop cannot rebind assignment expression target '%s'"
	msgNamedExprCompIter     = "assignment expression cannot be used in a comprehension iterable expression"
	msgAnnotationNotAllowed  = "'%s' can not be used within an annotation"
	msgDuplicateArgument     = "duplicate argument '%s' in function definition"
	msgNonlocalAndGlobal     = "name '%s' is nonlocal and global"
	msgNonlocalAtModule      = "nonlocal declaration not allowed at module level"
	msgNoBindingNonlocal     = "no binding for nonlocal '%s' found"
)

// yieldInComprehension is the message for a yield in each kind of
// comprehension.
func yieldInComprehension(c Comprehension) string {
	switch c {
	case ListComprehension:
		return "'yield' inside list comprehension"
	case SetComprehension:
		return "'yield' inside set comprehension"
	case DictComprehension:
		return "'yield' inside dict comprehension"
	}
	return "'yield' inside generator expression"
}
