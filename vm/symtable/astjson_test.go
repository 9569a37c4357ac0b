package symtable

// This file rebuilds a syntax tree from CPython's own AST, as dumped by
// testdata/symdump.py: a node is a JSON array [ClassName, field..., lineno,
// col_offset, end_lineno, end_col_offset] (fields in _fields order, which is
// the order of the Go struct's `py` fields), a list is {"l": [...]}, a
// string constant is {"s": value} and any other constant null. With it the
// symbol table can be checked against CPython independently of our parser
// (HOTLOOP_SYMTABLE_AST=cpython).

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/hotloop/hotloop/vm/syntax"
)

// astTypes maps a CPython node class name to its Go struct type.
var astTypes = func() map[string]reflect.Type {
	nodes := []syntax.Node{
		&syntax.Module{}, &syntax.Interactive{}, &syntax.Expression{}, &syntax.FunctionType{},
		&syntax.FunctionDef{}, &syntax.AsyncFunctionDef{}, &syntax.ClassDef{}, &syntax.Return{},
		&syntax.Delete{}, &syntax.Assign{}, &syntax.AugAssign{}, &syntax.AnnAssign{}, &syntax.For{},
		&syntax.AsyncFor{}, &syntax.While{}, &syntax.If{}, &syntax.With{}, &syntax.AsyncWith{},
		&syntax.Match{}, &syntax.Raise{}, &syntax.Try{}, &syntax.TryStar{}, &syntax.Assert{},
		&syntax.Import{}, &syntax.ImportFrom{}, &syntax.Global{}, &syntax.Nonlocal{},
		&syntax.ExprStmt{}, &syntax.Pass{}, &syntax.Break{}, &syntax.Continue{},
		&syntax.BoolOp{}, &syntax.NamedExpr{}, &syntax.BinOp{}, &syntax.UnaryOp{}, &syntax.Lambda{},
		&syntax.IfExp{}, &syntax.Dict{}, &syntax.Set{}, &syntax.ListComp{}, &syntax.SetComp{},
		&syntax.DictComp{}, &syntax.GeneratorExp{}, &syntax.Await{}, &syntax.Yield{},
		&syntax.YieldFrom{}, &syntax.Compare{}, &syntax.Call{}, &syntax.FormattedValue{},
		&syntax.JoinedStr{}, &syntax.Constant{}, &syntax.Attribute{}, &syntax.Subscript{},
		&syntax.Starred{}, &syntax.Name{}, &syntax.List{}, &syntax.Tuple{}, &syntax.Slice{},
		&syntax.Comprehension{}, &syntax.ExceptHandler{}, &syntax.Arguments{}, &syntax.Arg{},
		&syntax.Keyword{}, &syntax.Alias{}, &syntax.WithItem{}, &syntax.MatchCase{},
		&syntax.TypeIgnore{}, &syntax.MatchValue{}, &syntax.MatchSingleton{},
		&syntax.MatchSequence{}, &syntax.MatchMapping{}, &syntax.MatchClass{},
		&syntax.MatchStar{}, &syntax.MatchAs{}, &syntax.MatchOr{},
	}
	m := map[string]reflect.Type{}
	for _, n := range nodes {
		t := reflect.TypeOf(n).Elem()
		name := t.Name()
		switch name {
		case "ExprStmt":
			name = "Expr"
		case "Comprehension", "Arguments", "Arg", "Keyword", "Alias", "WithItem":
			name = strings.ToLower(name)
		case "MatchCase":
			name = "match_case"
		}
		m[name] = t
	}
	return m
}()

// astEnums maps the class names of operator nodes to their Go values.
var astEnums = map[string]uint8{
	"Load": uint8(syntax.Load), "Store": uint8(syntax.Store), "Del": uint8(syntax.Del),
	"And": uint8(syntax.And), "Or": uint8(syntax.Or),
	"Add": uint8(syntax.Add), "Sub": uint8(syntax.Sub), "Mult": uint8(syntax.Mult),
	"MatMult": uint8(syntax.MatMult), "Div": uint8(syntax.Div), "Mod": uint8(syntax.Mod),
	"Pow": uint8(syntax.Pow), "LShift": uint8(syntax.LShift), "RShift": uint8(syntax.RShift),
	"BitOr": uint8(syntax.BitOr), "BitXor": uint8(syntax.BitXor), "BitAnd": uint8(syntax.BitAnd),
	"FloorDiv": uint8(syntax.FloorDiv),
	"Invert":   uint8(syntax.Invert), "Not": uint8(syntax.Not), "UAdd": uint8(syntax.UAdd),
	"USub": uint8(syntax.USub),
	"Eq":   uint8(syntax.Eq), "NotEq": uint8(syntax.NotEq), "Lt": uint8(syntax.Lt),
	"LtE": uint8(syntax.LtE), "Gt": uint8(syntax.Gt), "GtE": uint8(syntax.GtE),
	"Is": uint8(syntax.Is), "IsNot": uint8(syntax.IsNot), "In": uint8(syntax.In),
	"NotIn": uint8(syntax.NotIn),
}

var (
	locType   = reflect.TypeOf(syntax.Loc{})
	constType = reflect.TypeOf((*syntax.ConstValue)(nil)).Elem()
)

// decodeAST converts a dumped module into a syntax tree.
func decodeAST(v any) (mod syntax.ModNode, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("bad AST dump: %v", r)
		}
	}()
	n := decodeValue(v, reflect.TypeOf((*syntax.ModNode)(nil)).Elem())
	return n.Interface().(syntax.ModNode), nil
}

func decodeValue(v any, t reflect.Type) reflect.Value {
	if t == constType {
		if m, ok := v.(map[string]any); ok {
			return reflect.ValueOf(syntax.StrConst(m["s"].(string)))
		}
		return reflect.ValueOf(syntax.NoneConst{})
	}
	switch t.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v == nil {
			return reflect.Zero(t)
		}
		return decodeNode(v.([]any))
	case reflect.Slice:
		if v == nil {
			return reflect.Zero(t)
		}
		items := v.(map[string]any)["l"].([]any)
		s := reflect.MakeSlice(t, len(items), len(items))
		for i, it := range items {
			if it != nil {
				s.Index(i).Set(decodeValue(it, t.Elem()))
			}
		}
		return s
	case reflect.String:
		if v == nil {
			return reflect.Zero(t)
		}
		return reflect.ValueOf(v.(string)).Convert(t)
	case reflect.Int:
		if v == nil {
			return reflect.Zero(t)
		}
		return reflect.ValueOf(int(v.(float64))).Convert(t)
	case reflect.Uint8:
		name := v.([]any)[0].(string)
		val, ok := astEnums[name]
		if !ok {
			panic("unknown operator " + name)
		}
		return reflect.ValueOf(val).Convert(t)
	}
	panic("cannot decode into " + t.String())
}

func decodeNode(a []any) reflect.Value {
	name := a[0].(string)
	t, ok := astTypes[name]
	if !ok {
		panic("unknown node " + name)
	}
	p := reflect.New(t)
	s := p.Elem()
	i := 1
	hasLoc := false
	for f := 0; f < t.NumField(); f++ {
		sf := t.Field(f)
		if sf.Type == locType && sf.Anonymous {
			hasLoc = true
			continue
		}
		if sf.Tag.Get("py") == "" {
			continue
		}
		s.Field(f).Set(decodeValue(a[i], sf.Type))
		i++
	}
	if hasLoc && len(a) >= i+4 {
		s.FieldByName("Loc").Set(reflect.ValueOf(syntax.Loc{
			Lineno: int(a[i].(float64)), ColOffset: int(a[i+1].(float64)),
			EndLineno: int(a[i+2].(float64)), EndColOffset: int(a[i+3].(float64)),
		}))
	}
	return p
}
