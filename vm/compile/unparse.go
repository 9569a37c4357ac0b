package compile

// This file holds unparse, which turns an annotation back into source text
// for `from __future__ import annotations` (PEP 563), with the output of
// CPython 3.11's limited unparser (Python/ast_unparse.c), which differs in
// places from ast.unparse: it parenthesizes by a fixed table of operator
// priorities, writes `1 .real` for attributes of int literals and spells
// infinite floats 1e309.

import (
	"strings"

	"github.com/hotloop/hotloop/vm/syntax"
)

// Operator priorities, loosest first.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prExpr // also '|'
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
	prBor = prExpr
)

// unparse returns the source form of an annotation.
func (c *compiler) unparse(e syntax.Expr) string {
	var b strings.Builder
	unparseExpr(&b, e, prTest)
	return b.String()
}

func unparseExpr(b *strings.Builder, e syntax.Expr, level int) {
	open := func(pr int) {
		if level > pr {
			b.WriteByte('(')
		}
	}
	closep := func(pr int) {
		if level > pr {
			b.WriteByte(')')
		}
	}
	list := func(es []syntax.Expr, pr int) {
		for i, x := range es {
			if i > 0 {
				b.WriteString(", ")
			}
			unparseExpr(b, x, pr)
		}
	}
	switch e := e.(type) {
	case *syntax.BoolOp:
		op, pr := " and ", prAnd
		if e.Op == syntax.Or {
			op, pr = " or ", prOr
		}
		open(pr)
		for i, v := range e.Values {
			if i > 0 {
				b.WriteString(op)
			}
			unparseExpr(b, v, pr+1)
		}
		closep(pr)
	case *syntax.BinOp:
		op, pr := binOpText(e.Op)
		rassoc := 0
		if e.Op == syntax.Pow {
			rassoc = 1
		}
		open(pr)
		unparseExpr(b, e.Left, pr+rassoc)
		b.WriteString(op)
		unparseExpr(b, e.Right, pr+1-rassoc)
		closep(pr)
	case *syntax.UnaryOp:
		op, pr := "~", prFactor
		switch e.Op {
		case syntax.Not:
			op, pr = "not ", prNot
		case syntax.UAdd:
			op = "+"
		case syntax.USub:
			op = "-"
		}
		open(pr)
		b.WriteString(op)
		unparseExpr(b, e.Operand, pr)
		closep(pr)
	case *syntax.Lambda:
		open(prTest)
		if len(e.Args.Args)+len(e.Args.Posonlyargs) > 0 {
			b.WriteString("lambda ")
		} else {
			b.WriteString("lambda")
		}
		unparseArgs(b, e.Args)
		b.WriteString(": ")
		unparseExpr(b, e.Body, prTest)
		closep(prTest)
	case *syntax.IfExp:
		open(prTest)
		unparseExpr(b, e.Body, prTest+1)
		b.WriteString(" if ")
		unparseExpr(b, e.Test, prTest+1)
		b.WriteString(" else ")
		unparseExpr(b, e.Orelse, prTest)
		closep(prTest)
	case *syntax.Dict:
		b.WriteByte('{')
		for i, k := range e.Keys {
			if i > 0 {
				b.WriteString(", ")
			}
			if k != nil {
				unparseExpr(b, k, prTest)
				b.WriteString(": ")
				unparseExpr(b, e.Values[i], prTest)
			} else {
				b.WriteString("**")
				unparseExpr(b, e.Values[i], prExpr)
			}
		}
		b.WriteByte('}')
	case *syntax.Set:
		b.WriteByte('{')
		list(e.Elts, prTest)
		b.WriteByte('}')
	case *syntax.GeneratorExp:
		b.WriteByte('(')
		unparseExpr(b, e.Elt, prTest)
		unparseComps(b, e.Generators)
		b.WriteByte(')')
	case *syntax.ListComp:
		b.WriteByte('[')
		unparseExpr(b, e.Elt, prTest)
		unparseComps(b, e.Generators)
		b.WriteByte(']')
	case *syntax.SetComp:
		b.WriteByte('{')
		unparseExpr(b, e.Elt, prTest)
		unparseComps(b, e.Generators)
		b.WriteByte('}')
	case *syntax.DictComp:
		b.WriteByte('{')
		unparseExpr(b, e.Key, prTest)
		b.WriteString(": ")
		unparseExpr(b, e.Value, prTest)
		unparseComps(b, e.Generators)
		b.WriteByte('}')
	case *syntax.Yield:
		if e.Value == nil {
			b.WriteString("(yield)")
			return
		}
		b.WriteString("(yield ")
		unparseExpr(b, e.Value, prTest)
		b.WriteByte(')')
	case *syntax.YieldFrom:
		b.WriteString("(yield from ")
		unparseExpr(b, e.Value, prTest)
		b.WriteByte(')')
	case *syntax.Await:
		open(prAwait)
		b.WriteString("await ")
		unparseExpr(b, e.Value, prAtom)
		closep(prAwait)
	case *syntax.Compare:
		open(prCmp)
		unparseExpr(b, e.Left, prCmp+1)
		for i, op := range e.Ops {
			b.WriteString(cmpOpText[op])
			unparseExpr(b, e.Comparators[i], prCmp+1)
		}
		closep(prCmp)
	case *syntax.Call:
		unparseExpr(b, e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*syntax.GeneratorExp); ok {
				unparseExpr(b, g, prTest)
				return
			}
		}
		b.WriteByte('(')
		list(e.Args, prTest)
		for i, k := range e.Keywords {
			if i > 0 || len(e.Args) > 0 {
				b.WriteString(", ")
			}
			if k.Arg == "" {
				b.WriteString("**")
			} else {
				b.WriteString(k.Arg)
				b.WriteByte('=')
			}
			unparseExpr(b, k.Value, prTest)
		}
		b.WriteByte(')')
	case *syntax.Constant:
		b.WriteString(e.Kind)
		unparseConst(b, e.Value)
	case *syntax.JoinedStr:
		unparseJoined(b, e, false)
	case *syntax.FormattedValue:
		unparseFormatted(b, e)
	case *syntax.Attribute:
		unparseExpr(b, e.Value, prAtom)
		if k, ok := e.Value.(*syntax.Constant); ok {
			if _, ok := k.Value.(syntax.IntConst); ok {
				b.WriteByte(' ')
			}
		}
		b.WriteByte('.')
		b.WriteString(e.Attr)
	case *syntax.Subscript:
		unparseExpr(b, e.Value, prAtom)
		b.WriteByte('[')
		unparseExpr(b, e.Slice, prTuple)
		b.WriteByte(']')
	case *syntax.Starred:
		b.WriteByte('*')
		unparseExpr(b, e.Value, prExpr)
	case *syntax.Slice:
		if e.Lower != nil {
			unparseExpr(b, e.Lower, prTest)
		}
		b.WriteByte(':')
		if e.Upper != nil {
			unparseExpr(b, e.Upper, prTest)
		}
		if e.Step != nil {
			b.WriteByte(':')
			unparseExpr(b, e.Step, prTest)
		}
	case *syntax.Name:
		b.WriteString(e.Id)
	case *syntax.List:
		b.WriteByte('[')
		list(e.Elts, prTest)
		b.WriteByte(']')
	case *syntax.Tuple:
		if len(e.Elts) == 0 {
			b.WriteString("()")
			return
		}
		open(prTuple)
		list(e.Elts, prTest)
		if len(e.Elts) == 1 {
			b.WriteByte(',')
		}
		closep(prTuple)
	case *syntax.NamedExpr:
		open(prTuple)
		unparseExpr(b, e.Target, prAtom)
		b.WriteString(":=")
		unparseExpr(b, e.Value, prAtom)
		closep(prTuple)
	}
}

func binOpText(op syntax.Operator) (string, int) {
	switch op {
	case syntax.Add:
		return " + ", prArith
	case syntax.Sub:
		return " - ", prArith
	case syntax.Mult:
		return " * ", prTerm
	case syntax.MatMult:
		return " @ ", prTerm
	case syntax.Div:
		return " / ", prTerm
	case syntax.Mod:
		return " % ", prTerm
	case syntax.LShift:
		return " << ", prShift
	case syntax.RShift:
		return " >> ", prShift
	case syntax.BitOr:
		return " | ", prBor
	case syntax.BitXor:
		return " ^ ", prBxor
	case syntax.BitAnd:
		return " & ", prBand
	case syntax.FloorDiv:
		return " // ", prTerm
	}
	return " ** ", prPower
}

var cmpOpText = [...]string{
	syntax.Eq: " == ", syntax.NotEq: " != ", syntax.Lt: " < ", syntax.LtE: " <= ",
	syntax.Gt: " > ", syntax.GtE: " >= ", syntax.Is: " is ", syntax.IsNot: " is not ",
	syntax.In: " in ", syntax.NotIn: " not in ",
}

func unparseConst(b *strings.Builder, v syntax.ConstValue) {
	switch v := v.(type) {
	case syntax.EllipsisConst:
		b.WriteString("...")
	case syntax.FloatConst, syntax.ComplexConst:
		b.WriteString(strings.ReplaceAll(v.Repr(), "inf", "1e309"))
	default:
		b.WriteString(v.Repr())
	}
}

func unparseComps(b *strings.Builder, gens []*syntax.Comprehension) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			b.WriteString(" async for ")
		} else {
			b.WriteString(" for ")
		}
		unparseExpr(b, g.Target, prTuple)
		b.WriteString(" in ")
		unparseExpr(b, g.Iter, prTest+1)
		for _, x := range g.Ifs {
			b.WriteString(" if ")
			unparseExpr(b, x, prTest+1)
		}
	}
}

func unparseArg(b *strings.Builder, a *syntax.Arg) {
	b.WriteString(a.Arg)
	if a.Annotation != nil {
		b.WriteString(": ")
		unparseExpr(b, a.Annotation, prTest)
	}
}

func unparseArgs(b *strings.Builder, a *syntax.Arguments) {
	first := true
	sep := func() {
		if !first {
			b.WriteString(", ")
		}
		first = false
	}
	npos := len(a.Posonlyargs) + len(a.Args)
	for i := 0; i < npos; i++ {
		sep()
		if i < len(a.Posonlyargs) {
			unparseArg(b, a.Posonlyargs[i])
		} else {
			unparseArg(b, a.Args[i-len(a.Posonlyargs)])
		}
		if di := i - npos + len(a.Defaults); di >= 0 {
			b.WriteByte('=')
			unparseExpr(b, a.Defaults[di], prTest)
		}
		if len(a.Posonlyargs) > 0 && i+1 == len(a.Posonlyargs) {
			b.WriteString(", /")
		}
	}
	if a.Vararg != nil || len(a.Kwonlyargs) > 0 {
		sep()
		b.WriteByte('*')
		if a.Vararg != nil {
			unparseArg(b, a.Vararg)
		}
	}
	for i, k := range a.Kwonlyargs {
		sep()
		unparseArg(b, k)
		if di := i - len(a.Kwonlyargs) + len(a.KwDefaults); di >= 0 && a.KwDefaults[di] != nil {
			b.WriteByte('=')
			unparseExpr(b, a.KwDefaults[di], prTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		b.WriteString("**")
		unparseArg(b, a.Kwarg)
	}
}

func unparseJoined(b *strings.Builder, e *syntax.JoinedStr, isSpec bool) {
	var body strings.Builder
	for _, v := range e.Values {
		unparseFElement(&body, v, isSpec)
	}
	if isSpec {
		b.WriteString(body.String())
		return
	}
	b.WriteByte('f')
	b.WriteString(syntax.StrConst(body.String()).Repr())
}

func unparseFElement(b *strings.Builder, e syntax.Expr, isSpec bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		if s, ok := e.Value.(syntax.StrConst); ok {
			r := strings.ReplaceAll(string(s), "{", "{{")
			b.WriteString(strings.ReplaceAll(r, "}", "}}"))
		}
	case *syntax.JoinedStr:
		unparseJoined(b, e, isSpec)
	case *syntax.FormattedValue:
		unparseFormatted(b, e)
	}
}

func unparseFormatted(b *strings.Builder, e *syntax.FormattedValue) {
	var v strings.Builder
	unparseExpr(&v, e.Value, prTest+1)
	s := v.String()
	if strings.HasPrefix(s, "{") {
		b.WriteString("{ ")
	} else {
		b.WriteByte('{')
	}
	b.WriteString(s)
	switch e.Conversion {
	case 'a':
		b.WriteString("!a")
	case 'r':
		b.WriteString("!r")
	case 's':
		b.WriteString("!s")
	}
	if e.FormatSpec != nil {
		b.WriteByte(':')
		unparseFElement(b, e.FormatSpec, true)
	}
	b.WriteByte('}')
}
