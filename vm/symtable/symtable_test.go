package symtable

// Unit tests of the API, with expected values taken from CPython 3.11
// (python3's symtable module and the code objects compile() makes).

import (
	"reflect"
	"testing"

	"github.com/hotloop/hotloop/vm/syntax"
)

func TestMangle(t *testing.T) {
	// From symtable.symtable("class CLS:\n  IDENT = 1\n", ...): the name the
	// class scope stores.
	cases := []struct{ class, ident, want string }{
		{"C", "__x", "_C__x"}, {"C", "__x__", "__x__"}, {"C", "__", "__"}, {"C", "_x", "_x"},
		{"C", "x", "x"}, {"C", "__x_", "_C__x_"}, {"C", "___x", "_C___x"}, {"C", "__é", "_C__é"},
		{"_C", "__x", "_C__x"}, {"__C", "__x", "_C__x"}, {"__C", "___x", "_C___x"},
		{"___", "__x", "__x"}, {"___", "__x_", "__x_"},
		{"Ç_", "__x", "_Ç___x"}, {"Ç_", "___x", "_Ç____x"}, {"Ç_", "__é", "_Ç___é"},
		{"", "__x", "__x"},
	}
	for _, c := range cases {
		if got := Mangle(c.class, c.ident); got != c.want {
			t.Errorf("Mangle(%q, %q) = %q, want %q", c.class, c.ident, got, c.want)
		}
	}
}

func TestScopes(t *testing.T) {
	const src = `
class C:
    def m(self, a, *args, k, **kw):
        def inner():
            return a, __class__
        yield inner
    async def n(self):
        return [x async for x in self]
x = [lambda: y for y in range(3)]
def f(a, b=1, /, c=2, *d, e, f=3, **g): pass
`
	mod, err := syntax.ParseFile("f", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	table, err := Build(mod, "f", src)
	if err != nil {
		t.Fatal(err)
	}
	top := table.Top
	if top.Type != ModuleBlock || top.Name != "top" || table.Lookup(mod) != top {
		t.Fatalf("bad module scope %+v", top)
	}
	cls := table.Lookup(mod.Body[0])
	if cls == nil || cls.Type != ClassBlock || cls.Name != "C" || cls.Parent != top {
		t.Fatalf("bad class scope %+v", cls)
	}
	if !cls.NeedsClassClosure || !reflect.DeepEqual(cls.Cellvars(), []string{"__class__"}) {
		t.Errorf("class C: NeedsClassClosure %v, cellvars %v", cls.NeedsClassClosure, cls.Cellvars())
	}
	m := cls.Children[0]
	if m.Name != "m" || !m.Generator || m.Coroutine || !m.Varargs || !m.Varkeywords || m.Nested {
		t.Errorf("m: %+v", m)
	}
	if want := []string{"self", "a", "k", "args", "kw"}; !reflect.DeepEqual(m.Varnames, want) {
		t.Errorf("m varnames %v, want %v", m.Varnames, want)
	}
	if m.KindOf("a") != Cell || m.FlagsOf("a") != DefParam || m.KindOf("__class__") != Free ||
		m.FlagsOf("__class__") != 0 || m.KindOf("inner") != Local || m.KindOf("nope") != Unresolved {
		t.Errorf("m symbols: %v", m.Symbols)
	}
	if got := m.Cellvars(); !reflect.DeepEqual(got, []string{"a"}) {
		t.Errorf("m cellvars %v", got)
	}
	if got := m.Freevars(); !reflect.DeepEqual(got, []string{"__class__"}) {
		t.Errorf("m freevars %v", got)
	}
	inner := m.Children[0]
	if !inner.Nested || !inner.HasFree || !reflect.DeepEqual(inner.Freevars(), []string{"__class__", "a"}) {
		t.Errorf("inner: %+v", inner)
	}
	n := cls.Children[1]
	comp := n.Children[0]
	if !n.Coroutine || n.Generator || comp.Comprehension != ListComprehension || !comp.Coroutine ||
		!comp.Nested || !reflect.DeepEqual(comp.Varnames, []string{".0"}) {
		t.Errorf("n: %+v, listcomp: %+v", n, comp)
	}
	lc := top.Children[1]
	if lc.Name != "listcomp" || lc.KindOf("y") != Cell || lc.FlagsOf("y") != DefLocal|DefCompIter ||
		lc.Children[0].Name != "lambda" || lc.Children[0].KindOf("y") != Free {
		t.Errorf("listcomp: %+v", lc)
	}
	f := table.Lookup(mod.Body[2])
	if want := []string{"a", "b", "c", "e", "f", "d", "g"}; f == nil || !reflect.DeepEqual(f.Varnames, want) {
		t.Errorf("f varnames %v, want %v", f.Varnames, want)
	}
}

func TestFutureFlags(t *testing.T) {
	src := "\"doc\"\nfrom __future__ import annotations, barry_as_FLUFL\nfrom __future__ import division\nx: int\n"
	mod, err := syntax.ParseFile("f", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	fut, err := ParseFuture(mod, "f", src)
	if err != nil {
		t.Fatal(err)
	}
	if fut.Flags != FutureAnnotations|FutureBarryAsBDFL || fut.Lineno != 3 || !fut.Annotations() {
		t.Errorf("future %+v", fut)
	}
	// compile(..., flags=annotations) turns the feature on from outside.
	mod, err = syntax.ParseFile("f", []byte("def f(x: y): pass\n"))
	if err != nil {
		t.Fatal(err)
	}
	table, err := BuildFlags(mod, "f", "", FutureAnnotations)
	if err != nil {
		t.Fatal(err)
	}
	if table.Top.Lookup("y") != nil {
		t.Errorf("annotation name y reached the module scope under future annotations")
	}
}

// FuzzBuild checks that no parsed program makes Build panic.
func FuzzBuild(f *testing.F) {
	for _, s := range snippets {
		f.Add(s)
	}
	for _, c := range errorCases {
		f.Add(c.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		mod, err := syntax.ParseFile("f", []byte(src))
		if err != nil {
			return
		}
		if _, err := Build(mod, "f", src); err != nil {
			if _, ok := err.(*syntax.Error); !ok {
				t.Fatalf("error of type %T", err)
			}
		}
	})
}
