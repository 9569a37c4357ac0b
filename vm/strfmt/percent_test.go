package strfmt

// Differential tests of str % args against python3. The arguments are
// stand-ins for interpreter objects (ints, bools, floats, strs, None, a
// list, a complex, a dict) built on both sides from the same tokens.

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
)

// tval is a test Value: kind letter and payload (see pyPercentScript's V).
type tval struct {
	k      byte // i b f s n l c d
	i      *big.Int
	f, im  float64
	s, tok string
}

func (v *tval) Kind() Kind {
	switch v.k {
	case 'i', 'b':
		return IntKind
	case 'f':
		return FloatKind
	case 's':
		return StrKind
	}
	return OtherKind
}

func (v *tval) TypeName() string {
	return map[byte]string{'i': "int", 'b': "bool", 'f': "float", 's': "str", 'n': "NoneType", 'l': "list", 'c': "complex", 'd': "dict"}[v.k]
}

func (v *tval) Str() (string, error) {
	if v.k == 's' {
		return v.s, nil
	}
	return v.Repr()
}

// pyQuote is repr() for the test alphabet (no quotes, no backslashes, all
// printable); with ascii, non-ASCII is escaped as ascii() does.
func pyQuote(s string, ascii bool) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		switch {
		case !ascii || r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

func (v *tval) Repr() (string, error) {
	switch v.k {
	case 'i':
		return v.i.String(), nil
	case 'b':
		if v.i.Sign() != 0 {
			return "True", nil
		}
		return "False", nil
	case 'f':
		return Repr(v.f), nil
	case 's':
		return pyQuote(v.s, false), nil
	case 'n':
		return "None", nil
	case 'l':
		return "[1, 2]", nil
	case 'c':
		return ReprComplex(v.f, v.im), nil
	}
	return "{'a': 1, 'b': 'x', 'c': 2.5, '': 'e', 'a)': 7, 'é': -3}", nil
}

func (v *tval) ASCII() (string, error) {
	if v.k == 's' {
		return pyQuote(v.s, true), nil
	}
	r, _ := v.Repr()
	return strings.ReplaceAll(r, "é", `\xe9`), nil
}

func (v *tval) Text() string { return v.s }

func (v *tval) IsNumber() bool { return strings.IndexByte("ibfc", v.k) >= 0 }

func (v *tval) Int() (*big.Int, error) {
	switch v.k {
	case 'i', 'b':
		return v.i, nil
	case 'f':
		if math.IsInf(v.f, 0) {
			return nil, &pyErr{"OverflowError", "cannot convert float infinity to integer"}
		}
		if math.IsNaN(v.f) {
			return nil, &pyErr{"ValueError", "cannot convert float NaN to integer"}
		}
		n, _ := big.NewFloat(math.Trunc(v.f)).Int(nil)
		return n, nil
	}
	return nil, &pyErr{"TypeError", fmt.Sprintf("int() argument must be a string, a bytes-like object or a real number, not '%s'", v.TypeName())}
}

func (v *tval) Index() (*big.Int, error) {
	if v.k == 'i' || v.k == 'b' {
		return v.i, nil
	}
	return nil, &pyErr{"TypeError", fmt.Sprintf("'%s' object cannot be interpreted as an integer", v.TypeName())}
}

func (v *tval) Float() (float64, error) {
	switch v.k {
	case 'i', 'b':
		return IntToFloat(v.i)
	case 'f':
		return v.f, nil
	}
	return 0, &pyErr{"TypeError", "must be real number, not " + v.TypeName()}
}

// targs is a test Args: a tuple, a single value or the dict.
type targs struct {
	tuple []*tval // nil with single set
	one   *tval
}

func (a *targs) Len() int {
	if a.one != nil {
		return -1
	}
	return len(a.tuple)
}

func (a *targs) Item(i int) Value {
	if a.one != nil {
		return a.one
	}
	return a.tuple[i]
}

func (a *targs) IsMapping() bool { return a.one != nil && (a.one.k == 'd' || a.one.k == 'l') }

func (a *targs) Lookup(key string) (Value, error) {
	if a.one.k == 'l' {
		return nil, &pyErr{"TypeError", "list indices must be integers or slices, not str"}
	}
	switch key {
	case "a":
		return &tval{k: 'i', i: big.NewInt(1), tok: "i:1"}, nil
	case "b":
		return &tval{k: 's', s: "x"}, nil
	case "c":
		return &tval{k: 'f', f: 2.5}, nil
	case "":
		return &tval{k: 's', s: "e"}, nil
	case "a)":
		return &tval{k: 'i', i: big.NewInt(7)}, nil
	case "é":
		return &tval{k: 'i', i: big.NewInt(-3)}, nil
	}
	return nil, &pyErr{"KeyError", pyQuote(key, false)}
}

// randTval draws a test value and its token.
func randTval(r *rand.Rand) *tval {
	switch r.IntN(12) {
	case 0, 1, 2:
		v := randInt(r)
		return &tval{k: 'i', i: v, tok: "i:" + v.String()}
	case 3:
		b := int64(r.IntN(2))
		return &tval{k: 'b', i: big.NewInt(b), tok: fmt.Sprint("b:", b)}
	case 4, 5, 6:
		f := randFloat(r)
		return &tval{k: 'f', f: f, tok: "f:" + fx(f)}
	case 7, 8:
		alphabet := []string{"a", "Z", " ", "7", "é", "中", "\U0001F600", "-", "+"}
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		if r.IntN(3) == 0 {
			b.Reset()
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		return &tval{k: 's', s: b.String(), tok: "s:" + hx(b.String())}
	case 9:
		return &tval{k: 'n', tok: "n"}
	case 10:
		re, im := randFloat(r), randFloat(r)
		return &tval{k: 'c', f: re, im: im, tok: "c:" + fx(re) + ":" + fx(im)}
	}
	return &tval{k: 'l', tok: "l"}
}

// randPercent draws a % format with about n conversions, using mapping
// keys when keys is set.
func randPercent(r *rand.Rand, n int, keys bool) string {
	var b strings.Builder
	lit := []string{"", "a", "xy ", "é", "中", "%%", "(", ")"}
	for range n {
		b.WriteString(lit[r.IntN(len(lit))])
		b.WriteByte('%')
		if keys && r.IntN(10) != 0 {
			b.WriteString([]string{"(a)", "(b)", "(c)", "()", "(a))", "(é)", "(zz)", "(a"}[r.IntN(8)])
		}
		for range r.IntN(3) {
			b.WriteByte("-+ #0"[r.IntN(5)])
		}
		switch r.IntN(5) {
		case 0:
			b.WriteString(fmt.Sprint(r.IntN(20)))
		case 1:
			b.WriteByte('*')
		}
		switch r.IntN(6) {
		case 0:
			b.WriteString(fmt.Sprint(".", r.IntN(12)))
		case 1:
			b.WriteString(".*")
		case 2:
			b.WriteString(".")
		}
		if r.IntN(20) == 0 {
			b.WriteByte("hlL"[r.IntN(3)])
		}
		if r.IntN(30) != 0 {
			types := "diouxXeEfFgGcrsa%" + "dsxfgr"
			if r.IntN(20) == 0 {
				b.WriteString([]string{"y", "é", "\x01", "\u1234", "~"}[r.IntN(5)])
			} else {
				b.WriteByte(types[r.IntN(len(types))])
			}
		}
	}
	if r.IntN(3) == 0 {
		b.WriteString(lit[r.IntN(len(lit))])
	}
	return b.String()
}

const pyPercentScript = `
D = {'a': 1, 'b': 'x', 'c': 2.5, '': 'e', 'a)': 7, 'é': -3}
def V(tok):
    k, _, rest = tok.partition(':')
    if k == 'i': return int(rest)
    if k == 'b': return rest == '1'
    if k == 'f': return F(rest)
    if k == 's': return S(rest)
    if k == 'n': return None
    if k == 'l': return [1, 2]
    if k == 'c':
        a, b = rest.split(':')
        return complex(F(a), F(b))
    return D
for line in sys.stdin:
    parts = line.rstrip('\n').split('|')
    fmt = S(parts[0])
    if parts[1] == 'T': args = tuple(V(t) for t in parts[2:])
    else: args = V(parts[2])
    out(lambda: fmt % args)
`

func TestPercentDifferential(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	var lines, got []string
	for range 40000 {
		n := 1 + r.IntN(3)
		var a targs
		var format, enc string
		switch r.IntN(8) {
		case 0: // mapping
			format = randPercent(r, n, true)
			a.one = &tval{k: 'd', tok: "d"}
			enc = "V|d"
		case 1: // single value
			format = randPercent(r, n, false)
			a.one = randTval(r)
			enc = "V|" + a.one.tok
		default:
			format = randPercent(r, n, false)
			cnt := max(0, n+r.IntN(4)-1)
			a.tuple = []*tval{}
			enc = "T"
			for range cnt {
				v := randTval(r)
				a.tuple = append(a.tuple, v)
				enc += "|" + v.tok
			}
		}
		s, err := Percent(format, &a)
		lines = append(lines, hx(format)+"|"+enc)
		got = append(got, answer(s, err))
	}
	want := runPython(t, pyPercentScript, lines)
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
