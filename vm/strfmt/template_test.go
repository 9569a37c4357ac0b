package strfmt

// Differential tests of str.format, str.format_map, _string.formatter_parser
// and _string.formatter_field_name_split against python3, on random
// templates over a fixed set of arguments that both sides build: ints,
// floats, strs, a bool, a list, a dict and a namespace.

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
)

// tns stands for a types.SimpleNamespace.
type tns struct{ attrs map[string]any }

// tenv is the test Env over Go stand-ins for Python objects: int64, bool,
// float64, string, []any (list), map[string]any (dict), *tns.
type tenv struct {
	args []any
	kw   map[string]any
}

func newTenv() *tenv {
	ns := &tns{map[string]any{"a": int64(1), "b": "x", "c": []any{int64(5), "y"}}}
	lst := []any{int64(10), int64(20), "thirty"}
	d := map[string]any{"k": "v", "0": "zero", "n": int64(-5), "w": int64(8)}
	return &tenv{
		args: []any{int64(1), "ab", 2.5, lst, d, ns, true, int64(-7), "é中", int64(12345678)},
		kw:   map[string]any{"x": int64(42), "name": "bob", "ns": ns, "lst": lst, "d": d, "w": int64(10), "p": int64(3), "f": -0.125, "t": "", "big": new(big.Int).Lsh(big.NewInt(1), 100)},
	}
}

const pyTemplatePrelude = `
import types
NS = types.SimpleNamespace(a=1, b='x', c=[5, 'y'])
LST = [10, 20, 'thirty']
D = {'k': 'v', '0': 'zero', 'n': -5, 'w': 8}
ARGS = (1, 'ab', 2.5, LST, D, NS, True, -7, 'é中', 12345678)
KW = {'x': 42, 'name': 'bob', 'ns': NS, 'lst': LST, 'd': D, 'w': 10, 'p': 3, 'f': -0.125, 't': '', 'big': 1 << 100}
`

func typeName(v any) string {
	switch v.(type) {
	case int64, *big.Int:
		return "int"
	case bool:
		return "bool"
	case float64:
		return "float"
	case string:
		return "str"
	case []any:
		return "list"
	case map[string]any:
		return "dict"
	}
	return "types.SimpleNamespace"
}

func (e *tenv) Arg(i int) (any, bool) {
	if i < len(e.args) {
		return e.args[i], true
	}
	return nil, false
}

func (e *tenv) Kwarg(name string) (any, error) {
	if v, ok := e.kw[name]; ok {
		return v, nil
	}
	return nil, &pyErr{"KeyError", pyQuote(name, false)}
}

func (e *tenv) GetAttr(v any, name string) (any, error) {
	switch x := v.(type) {
	case *tns:
		if a, ok := x.attrs[name]; ok {
			return a, nil
		}
		return nil, &pyErr{"AttributeError", fmt.Sprintf("'types.SimpleNamespace' object has no attribute '%s'", name)}
	case int64, *big.Int:
		switch name {
		case "real":
			return x, nil
		case "imag":
			return int64(0), nil
		}
	case bool:
		n := int64(0)
		if x {
			n = 1
		}
		switch name {
		case "real":
			return n, nil
		case "imag":
			return int64(0), nil
		}
	case float64:
		switch name {
		case "real":
			return x, nil
		case "imag":
			return 0.0, nil
		}
	}
	return nil, &pyErr{"AttributeError", fmt.Sprintf("'%s' object has no attribute '%s'", typeName(v), name)}
}

func (e *tenv) GetIndex(v any, i int) (any, error) {
	switch x := v.(type) {
	case []any:
		if i < len(x) {
			return x[i], nil
		}
		return nil, &pyErr{"IndexError", "list index out of range"}
	case string:
		rs := []rune(x)
		if i < len(rs) {
			return string(rs[i]), nil
		}
		return nil, &pyErr{"IndexError", "string index out of range"}
	case map[string]any:
		return nil, &pyErr{"KeyError", fmt.Sprint(i)}
	}
	return nil, &pyErr{"TypeError", fmt.Sprintf("'%s' object is not subscriptable", typeName(v))}
}

func (e *tenv) GetItem(v any, key string) (any, error) {
	switch x := v.(type) {
	case map[string]any:
		if a, ok := x[key]; ok {
			return a, nil
		}
		return nil, &pyErr{"KeyError", pyQuote(key, false)}
	case []any:
		return nil, &pyErr{"TypeError", "list indices must be integers or slices, not str"}
	case string:
		return nil, &pyErr{"TypeError", "string indices must be integers, not 'str'"}
	}
	return nil, &pyErr{"TypeError", fmt.Sprintf("'%s' object is not subscriptable", typeName(v))}
}

// trepr is repr() of the test objects.
func trepr(v any) string {
	switch x := v.(type) {
	case int64:
		return fmt.Sprint(x)
	case *big.Int:
		return x.String()
	case bool:
		if x {
			return "True"
		}
		return "False"
	case float64:
		return ReprFloat(x)
	case string:
		return pyQuote(x, false)
	case []any:
		var parts []string
		for _, a := range x {
			parts = append(parts, trepr(a))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		// insertion order of the Python dict
		var parts []string
		for _, k := range []string{"k", "0", "n", "w"} {
			parts = append(parts, pyQuote(k, false)+": "+trepr(x[k]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case *tns:
		var keys []string
		for k := range x.attrs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, k+"="+trepr(x.attrs[k]))
		}
		return "namespace(" + strings.Join(parts, ", ") + ")"
	}
	return "?"
}

func tstr(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return trepr(v)
}

func (e *tenv) Convert(v any, conv rune) (any, error) {
	switch conv {
	case 'r':
		return trepr(v), nil
	case 'a':
		if s, ok := v.(string); ok {
			return pyQuote(s, true), nil
		}
		return strings.ReplaceAll(strings.ReplaceAll(trepr(v), "é", `\xe9`), "中", `\u4e2d`), nil
	}
	return tstr(v), nil
}

func (e *tenv) Format(v any, spec string) (string, error) {
	switch x := v.(type) {
	case int64:
		return FormatInt64(x, spec)
	case *big.Int:
		return FormatInt(x, spec)
	case bool:
		if spec == "" {
			return tstr(x), nil
		}
		sp, err := ParseSpec(spec, "bool")
		if err != nil {
			return "", err
		}
		n := int64(0)
		if x {
			n = 1
		}
		return sp.FormatInt(big.NewInt(n), "bool")
	case float64:
		return FormatFloat(x, spec)
	case string:
		return FormatString(x, spec)
	}
	if spec != "" {
		return "", &pyErr{"TypeError", fmt.Sprintf("unsupported format string passed to %s.__format__", typeName(v))}
	}
	return tstr(v), nil
}

// randTemplate draws a template: literal text, escaped and stray braces,
// and fields with names, accessors, conversions and (nested) specs.
func randTemplate(r *rand.Rand, g specGen) string {
	var b strings.Builder
	pick := func(s ...string) string { return s[r.IntN(len(s))] }
	for range 1 + r.IntN(4) {
		b.WriteString(pick("", "", "a", "é中 ", "{{", "}}", "x{{y}}z", ":", "!", "[", "]", "."))
		if r.IntN(40) == 0 {
			b.WriteString(pick("{", "}"))
		}
		if r.IntN(8) == 0 {
			continue
		}
		b.WriteByte('{')
		name := pick("", "", "", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "12", "00", "x", "name", "ns", "lst", "d", "w", "p", "f", "t", "big", "zz", "٣", "-1", "1x", "99999999999999999999")
		b.WriteString(name)
		for range r.IntN(3) {
			if r.IntN(2) == 0 {
				b.WriteString(pick(".a", ".b", ".c", ".real", ".imag", ".zz", ".", ".a.b"))
			} else {
				b.WriteString(pick("[0]", "[1]", "[2]", "[5]", "[k]", "[0]", "[n]", "[]", "[a:b]", "[-1]", "[", "]", "[99999999999999999999]", "x"))
			}
		}
		if r.IntN(5) == 0 {
			b.WriteString("!" + pick("r", "s", "a", "r", "x", "", "é", "rr"))
		}
		if r.IntN(2) == 0 {
			b.WriteByte(':')
			switch r.IntN(6) {
			case 0:
				b.WriteString(pick("{w}", ">{w}", "^{w}.{p}", "{}", "{:}", "{0}", "{w}{p}", "{:{}}", "{[k]}", "{d[w]}", "{{", "}", "{", "{w:{p}}"))
			default:
				b.WriteString(g.spec("dsfgxe"))
			}
		}
		if r.IntN(40) != 0 {
			b.WriteByte('}')
		}
	}
	return b.String()
}

// cleanTemplate draws a template whose fields mostly name existing objects
// with specs that suit them, so that most renderings succeed.
func cleanTemplate(r *rand.Rand) string {
	type fieldKind struct{ expr, kind string }
	auto := r.IntN(2) == 0
	var fields []fieldKind
	if auto {
		fields = []fieldKind{{"", "i"}}
	} else {
		fields = []fieldKind{{"0", "i"}, {"1", "s"}, {"2", "f"}, {"3[0]", "i"}, {"3[2]", "s"}, {"4[k]", "s"},
			{"4[n]", "i"}, {"5.a", "i"}, {"5.b", "s"}, {"5.c[1]", "s"}, {"6", "i"}, {"7", "i"}, {"8", "s"},
			{"9", "i"}, {"0.real", "i"}, {"2.imag", "f"}, {"3", "o"}, {"5", "o"}}
	}
	fields = append(fields, []fieldKind{{"x", "i"}, {"name", "s"}, {"ns.b", "s"}, {"lst[1]", "i"}, {"d[k]", "s"},
		{"w", "i"}, {"f", "f"}, {"t", "s"}, {"big", "i"}, {"big.real", "i"}, {"d", "o"}}...)
	var b strings.Builder
	for range 1 + r.IntN(3) {
		b.WriteString([]string{"", "a", "é中 ", "{{", "}}", " "}[r.IntN(6)])
		f := fields[r.IntN(len(fields))]
		if auto && f.expr == "" {
			f.kind = []string{"i", "s", "f", "o", "i"}[r.IntN(5)]
		}
		b.WriteString("{" + f.expr)
		if r.IntN(6) == 0 {
			b.WriteString("!" + []string{"r", "s", "a"}[r.IntN(3)])
			f.kind = "s"
		}
		gen := newSpecGen(r, 0.15, 0.15, 0.4)
		switch f.kind {
		case "i":
			gen.pPrec = 0.05
			b.WriteString(":" + gen.spec("dxXbocn"+"eEfFgG%"))
		case "f":
			b.WriteString(":" + gen.spec("eEfFgGn%"))
		case "s":
			gen = newSpecGen(r, 0.02, 0.02, 0.4)
			gen.pGroup = 0.02
			b.WriteString(":" + gen.spec("s"))
		default:
			if !auto && r.IntN(3) == 0 {
				b.WriteString(":" + []string{">{w}", "^{w}.{p}", "{d[w]}", "<{x}"}[r.IntN(4)])
			}
		}
		b.WriteString("}")
	}
	return b.String()
}

func TestRenderDifferential(t *testing.T) {
	r := newRand(21, 22)
	g := newSpecGen(r, 0.1, 0.1, 0.3)
	env := newTenv()
	var lines, got []string
	for i := range 40000 {
		tmpl := randTemplate(r, g)
		if i%2 == 0 {
			tmpl = cleanTemplate(r)
		}
		if r.IntN(4) == 0 {
			s, err := RenderMap(tmpl, env)
			lines = append(lines, "m "+hx(tmpl))
			got = append(got, answer(s, err))
		} else {
			s, err := Render(tmpl, env)
			lines = append(lines, "f "+hx(tmpl))
			got = append(got, answer(s, err))
		}
	}
	want := runPython(t, pyTemplatePrelude+`
for line in sys.stdin:
    mode, h = line.rstrip('\n').split(' ')
    tmpl = S(h)
    if mode == 'm': out(lambda: tmpl.format_map(KW))
    else: out(lambda: tmpl.format(*ARGS, **KW))
`, lines)
	compareAnswers(t, lines, got, want)
}

// compareAnswers reports the differences between Go's and Python's
// answers.
func compareAnswers(t *testing.T, lines, got, want []string) {
	t.Helper()
	bad, errs := 0, 0
	for i := range lines {
		if strings.HasPrefix(want[i], "!") {
			errs++
		}
		if got[i] != want[i] {
			if bad++; bad <= 30 {
				t.Errorf("%s\n   got  %s\n   want %s", lines[i], show(got[i]), show(want[i]))
			}
		}
	}
	t.Logf("%d cases (%d of them errors in CPython), %d differ", len(lines), errs, bad)
}

// partsAnswer renders parser output as the Python side prints
// list(_string.formatter_parser(s)): one repr-like line of hex fields.
func partsAnswer(parts []Part, err error) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(hx(p.Literal))
		if p.HasField {
			conv := "N"
			if p.Conversion != 0 {
				conv = hx(string(appendRune(nil, p.Conversion)))
			}
			fmt.Fprintf(&b, ",%s,%s,%s;", hx(p.FieldName), hx(p.Spec), conv)
		} else {
			b.WriteString(",N,N,N;")
		}
	}
	if err != nil {
		return answer("", err) + "@" + b.String()
	}
	return "=" + b.String()
}

func TestParserDifferential(t *testing.T) {
	r := newRand(23, 24)
	g := newSpecGen(r, 0.1, 0.1, 0.3)
	var lines, got []string
	for range 20000 {
		tmpl := randTemplate(r, g)
		parts, err := ParseFormatString(tmpl)
		lines = append(lines, hx(tmpl))
		got = append(got, partsAnswer(parts, err))
	}
	want := runPython(t, `
import _string
def H(x): return 'N' if x is None else x.encode('utf-8', 'surrogatepass').hex()
for line in sys.stdin:
    s = S(line.strip())
    acc = []
    try:
        for lit, name, spec, conv in _string.formatter_parser(s):
            acc.append(H(lit) + ',' + H(name) + ',' + H(spec) + ',' + H(conv) + ';')
        print('=' + ''.join(acc))
    except Exception as e:
        print('!' + type(e).__name__ + ' ' + H(str(e)) + '@' + ''.join(acc))
`, lines)
	compareAnswers(t, lines, got, want)
}

func TestFieldNameSplitDifferential(t *testing.T) {
	r := newRand(25, 26)
	pick := func(s ...string) string { return s[r.IntN(len(s))] }
	var lines, got []string
	for range 10000 {
		name := pick("", "0", "12", "x", "٣", "-1", "1x", "99999999999999999999", "a b", "00")
		for range r.IntN(4) {
			name += pick(".a", ".", "[0]", "[k]", "[]", "[", "]", "x", "[99999999999999999999]", "[1.2]", ".b[3]", "[a.b]", "[٣]")
		}
		var b strings.Builder
		fn, err := SplitFieldName(name, nil)
		if err == nil {
			if fn.Index >= 0 {
				fmt.Fprintf(&b, "i%d;", fn.Index)
			} else {
				fmt.Fprintf(&b, "s%s;", hx(fn.Key))
			}
			for _, a := range fn.Rest {
				switch {
				case a.Attr:
					fmt.Fprintf(&b, "A%s;", hx(a.Name))
				case a.Index >= 0:
					fmt.Fprintf(&b, "I%d;", a.Index)
				default:
					fmt.Fprintf(&b, "K%s;", hx(a.Name))
				}
			}
			err = fn.RestErr
		}
		a := "=" + b.String()
		if err != nil {
			a = answer("", err) + "@" + b.String()
		}
		lines = append(lines, hx(name))
		got = append(got, a)
	}
	want := runPython(t, `
import _string
def H(x): return x.encode('utf-8', 'surrogatepass').hex()
for line in sys.stdin:
    s = S(line.strip())
    acc = []
    try:
        first, rest = _string.formatter_field_name_split(s)
        acc.append(('i%d;' % first) if isinstance(first, int) else ('s' + H(first) + ';'))
        for is_attr, key in rest:
            if is_attr: acc.append('A' + H(key) + ';')
            elif isinstance(key, int): acc.append('I%d;' % key)
            else: acc.append('K' + H(key) + ';')
        print('=' + ''.join(acc))
    except Exception as e:
        print('!' + type(e).__name__ + ' ' + H(str(e)) + '@' + ''.join(acc))
`, lines)
	compareAnswers(t, lines, got, want)
}
