package syntax

// This file prints an AST in the format of CPython's ast.dump, so that the
// front end can be checked byte for byte against CPython. It walks the node
// structs by reflection, reading each field's Python name from its `py`
// tag; speed does not matter here, fidelity does.

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/hotloop/hotloop/vm/num"
)

// DumpOptions mirrors the keyword arguments of ast.dump that we support.
type DumpOptions struct {
	// IncludeAttributes adds lineno, col_offset, end_lineno and
	// end_col_offset to every node that has a position.
	IncludeAttributes bool
}

// Dump formats n as ast.dump(n) does with its default arguments.
func Dump(n Node) string { return DumpWith(n, DumpOptions{}) }

// DumpWith formats n as ast.dump does with the given options.
func DumpWith(n Node, opts DumpOptions) string {
	var b strings.Builder
	d := dumper{b: &b, opts: opts}
	d.value(reflect.ValueOf(n))
	return b.String()
}

type dumper struct {
	b    *strings.Builder
	opts DumpOptions
}

var (
	locType        = reflect.TypeOf(Loc{})
	constValueType = reflect.TypeOf((*ConstValue)(nil)).Elem()
)

// pyClassNames maps Go type names that differ from CPython's class names.
var pyClassNames = map[string]string{
	"ExprStmt":      "Expr",
	"Comprehension": "comprehension",
	"Arguments":     "arguments",
	"Arg":           "arg",
	"Keyword":       "keyword",
	"Alias":         "alias",
	"WithItem":      "withitem",
	"MatchCase":     "match_case",
}

func (d *dumper) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			d.b.WriteString("None")
			return
		}
		if v.Type() == constValueType {
			d.b.WriteString(v.Interface().(ConstValue).Repr())
			return
		}
		d.value(v.Elem())
	case reflect.Pointer:
		if v.IsNil() {
			d.b.WriteString("None")
			return
		}
		d.node(v.Elem())
	case reflect.Slice:
		d.b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.value(v.Index(i))
		}
		d.b.WriteByte(']')
	case reflect.String:
		d.b.WriteString(num.StrRepr(v.String()))
	case reflect.Int:
		d.b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint8:
		// The operator and context enumerations print as empty nodes.
		d.b.WriteString(v.Interface().(interface{ String() string }).String())
		d.b.WriteString("()")
	default:
		if cv, ok := v.Interface().(ConstValue); ok {
			d.b.WriteString(cv.Repr())
			return
		}
		d.b.WriteString("<?>")
	}
}

func (d *dumper) node(v reflect.Value) {
	t := v.Type()
	name := t.Name()
	if py, ok := pyClassNames[name]; ok {
		name = py
	}
	d.b.WriteString(name)
	d.b.WriteByte('(')
	first := true
	sep := func() {
		if !first {
			d.b.WriteString(", ")
		}
		first = false
	}
	var loc *Loc
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type == locType {
			l := v.Field(i).Interface().(Loc)
			loc = &l
			continue
		}
		tag := f.Tag.Get("py")
		if tag == "" {
			continue
		}
		pyName, opt, _ := strings.Cut(tag, ",")
		fv := v.Field(i)
		if opt == "opt" && fv.IsZero() {
			continue
		}
		sep()
		d.b.WriteString(pyName)
		d.b.WriteByte('=')
		d.value(fv)
	}
	if d.opts.IncludeAttributes && loc != nil {
		for _, a := range [...]struct {
			name string
			n    int
		}{{"lineno", loc.Lineno}, {"col_offset", loc.ColOffset}, {"end_lineno", loc.EndLineno}, {"end_col_offset", loc.EndColOffset}} {
			sep()
			d.b.WriteString(a.name)
			d.b.WriteByte('=')
			d.b.WriteString(strconv.Itoa(a.n))
		}
	}
	d.b.WriteByte(')')
}
