package compile

// This file holds the SyntaxWarnings CPython 3.11's compiler issues while it
// generates code (compiler_warn): `is` with a literal, calling or
// subscripting a literal that cannot support it ("perhaps you missed a
// comma?"), and asserting a parenthesized tuple. They are collected in
// compile order, each at the line of the expression being compiled, and
// an expression compiled twice (a while condition) warns twice, as in
// CPython; the caller shows them through the warnings machinery.

import (
	"fmt"

	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/symtable"
	"github.com/hotloop/hotloop/vm/syntax"
)

// Warning is a SyntaxWarning raised while compiling.
type Warning struct {
	Filename string
	Line     int
	Msg      string
}

// String formats the warning's first line as the warnings module does.
func (w Warning) String() string {
	return fmt.Sprintf("%s:%d: SyntaxWarning: %s", w.Filename, w.Line, w.Msg)
}

// CompileWithWarnings is Compile that also returns the SyntaxWarnings, in
// the order CPython issues them.
func CompileWithWarnings(mod *syntax.Module, table *symtable.Table, filename string) (*bytecode.Code, []Warning, error) {
	c := &compiler{table: table, filename: filename, collectWarnings: true}
	code, err := c.run(mod)
	return code, c.warnings, err
}

// warn records a SyntaxWarning at the current line.
func (c *compiler) warn(format string, args ...any) {
	if !c.collectWarnings {
		return
	}
	c.warnings = append(c.warnings, Warning{Filename: c.filename, Line: int(c.u.loc.Line), Msg: fmt.Sprintf(format, args...)})
}

// inferType names the type of an expression's value when the syntax alone
// decides it (infer_type), or "".
func inferType(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Tuple:
		if v, ok := constValue(e); ok {
			return constTypeName(v)
		}
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str"
	case *syntax.Slice:
		return "slice"
	}
	if v, ok := foldedConst(e); ok {
		return constTypeName(v)
	}
	return ""
}

// foldedConst returns the constant an expression is after CPython's AST
// optimizer, if it is one.
func foldedConst(e syntax.Expr) (syntax.ConstValue, bool) {
	switch e.(type) {
	case *syntax.Constant, *syntax.UnaryOp, *syntax.BinOp, *syntax.Tuple, *syntax.Subscript, *syntax.Name:
		return constValue(e)
	}
	return nil, false
}

func constTypeName(v syntax.ConstValue) string {
	switch v.(type) {
	case syntax.NoneConst:
		return "NoneType"
	case syntax.EllipsisConst:
		return "ellipsis"
	case syntax.BoolConst:
		return "bool"
	case syntax.IntConst:
		return "int"
	case syntax.FloatConst:
		return "float"
	case syntax.ComplexConst:
		return "complex"
	case syntax.StrConst:
		return "str"
	case syntax.BytesConst:
		return "bytes"
	case tupleConst:
		return "tuple"
	}
	return ""
}

// checkCompare warns about `is` / `is not` with a literal operand
// (check_compare).
func (c *compiler) checkCompare(e *syntax.Compare) {
	isLiteral := func(x syntax.Expr) bool {
		v, ok := foldedConst(x)
		if !ok {
			return false
		}
		switch v.(type) {
		case syntax.NoneConst, syntax.BoolConst, syntax.EllipsisConst:
			return false
		}
		return true
	}
	left := e.Left
	for i, op := range e.Ops {
		right := e.Comparators[i]
		if (op == syntax.Is || op == syntax.IsNot) && (isLiteral(left) || isLiteral(right)) {
			if op == syntax.Is {
				c.warn(`"is" with a literal. Did you mean "=="?`)
			} else {
				c.warn(`"is not" with a literal. Did you mean "!="?`)
			}
			return
		}
		left = right
	}
}

// checkCaller warns about calling a literal (check_caller).
func (c *compiler) checkCaller(f syntax.Expr) {
	switch f.(type) {
	case *syntax.Constant, *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.Dict,
		*syntax.DictComp, *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp,
		*syntax.JoinedStr, *syntax.FormattedValue:
		c.warn("'%s' object is not callable; perhaps you missed a comma?", inferType(f))
		return
	}
	if v, ok := foldedConst(f); ok {
		c.warn("'%s' object is not callable; perhaps you missed a comma?", constTypeName(v))
	}
}

// checkSubscript warns about subscripting a literal that cannot be
// subscripted, or indexing a literal sequence with a literal that is not
// an integer or slice (check_subscripter, check_index).
func (c *compiler) checkSubscript(value, index syntax.Expr) {
	warnNot := func() {
		c.warn("'%s' object is not subscriptable; perhaps you missed a comma?", inferType(value))
	}
	if v, ok := foldedConst(value); ok {
		switch v.(type) {
		case syntax.NoneConst, syntax.EllipsisConst, syntax.IntConst, syntax.BoolConst,
			syntax.FloatConst, syntax.ComplexConst:
			warnNot()
			return
		}
	} else {
		switch value.(type) {
		case *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda:
			warnNot()
			return
		}
	}
	it := inferType(index)
	if it == "" || it == "int" || it == "bool" || it == "slice" {
		return
	}
	seq := false
	if v, ok := foldedConst(value); ok {
		switch v.(type) {
		case syntax.StrConst, syntax.BytesConst, tupleConst:
			seq = true
		}
	} else {
		switch value.(type) {
		case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.JoinedStr, *syntax.FormattedValue:
			seq = true
		}
	}
	if seq {
		c.warn("%s indices must be integers or slices, not %s; perhaps you missed a comma?", inferType(value), it)
	}
}
