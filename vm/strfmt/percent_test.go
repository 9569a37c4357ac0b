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
	case 'y', 'Y':
		return BytesKind
	}
	return OtherKind
}

// Bytes makes tval a BytesValue: bytes, bytearray and BB (a class with
// __bytes__) have a bytes form.
func (v *tval) Bytes() ([]byte, bool, error) {
	if v.k == 'y' || v.k == 'Y' || v.k == 'm' {
		return []byte(v.s), true, nil
	}
	return nil, false, nil
}

// pyBytesRepr is repr() of a bytes object; bytearray's repr (quirk)
// escapes ' even inside double quotes.
func pyBytesRepr(s string, bytearray bool) string {
	q := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		q = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(q)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q || c == '\\' || (bytearray && c == '\''):
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, "\\x%02x", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}

func (v *tval) TypeName() string {
	return map[byte]string{'i': "int", 'b': "bool", 'f': "float", 's': "str", 'n': "NoneType", 'l': "list", 'c': "complex", 'd': "dict",
		'y': "bytes", 'Y': "bytearray", 'm': "BB", 'D': "dict"}[v.k]
}

func (v *tval) Str() (string, error) {
	if v.k == 's' {
		return v.s, nil
	}
	return v.Repr()
}

// pyQuote is repr() of a str for the characters the tests use (all
// printable beyond ASCII, except lone surrogates); with ascii, non-ASCII is
// escaped as ascii() does.
func pyQuote(s string, ascii bool) string {
	q := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range toRunes(s) {
		switch {
		case r >= 0xD800 && r <= 0xDFFF:
			fmt.Fprintf(&b, "\\u%04x", r)
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\x%02x", r)
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
	b.WriteByte(q)
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
		return ReprFloat(v.f), nil
	case 's':
		return pyQuote(v.s, false), nil
	case 'n':
		return "None", nil
	case 'l':
		return "[1, 2]", nil
	case 'c':
		return ReprComplex(v.f, v.im), nil
	case 'y':
		return pyBytesRepr(v.s, false), nil
	case 'Y':
		return "bytearray(" + pyBytesRepr(v.s, true) + ")", nil
	case 'm':
		return "BB()", nil
	case 'D':
		return "{b'a': 1, b'b': b'x', b'c': 2.5, b'': b'e', b'a)': 7, b'\\xc3\\xa9': -3}", nil
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
	bytes bool // the operand of bytes % args
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

func (a *targs) IsMapping() bool {
	return a.one != nil && (a.one.k == 'd' || a.one.k == 'D' || a.one.k == 'l')
}

func (a *targs) Lookup(key string) (Value, error) {
	if a.one.k == 'l' {
		if a.bytes {
			return nil, &pyErr{"TypeError", "list indices must be integers or slices, not bytes"}
		}
		return nil, &pyErr{"TypeError", "list indices must be integers or slices, not str"}
	}
	switch key {
	case "a":
		return &tval{k: 'i', i: big.NewInt(1), tok: "i:1"}, nil
	case "b":
		if a.bytes {
			return &tval{k: 'y', s: "x"}, nil
		}
		return &tval{k: 's', s: "x"}, nil
	case "c":
		return &tval{k: 'f', f: 2.5}, nil
	case "":
		if a.bytes {
			return &tval{k: 'y', s: "e"}, nil
		}
		return &tval{k: 's', s: "e"}, nil
	case "a)":
		return &tval{k: 'i', i: big.NewInt(7)}, nil
	case "é":
		return &tval{k: 'i', i: big.NewInt(-3)}, nil
	}
	if a.bytes {
		return nil, &pyErr{"KeyError", pyBytesRepr(key, false)}
	}
	return nil, &pyErr{"KeyError", pyQuote(key, false)}
}

// randTval draws a test value and its token.
func randTval(r *rand.Rand) *tval {
	switch r.IntN(12) {
	case 0, 1, 2:
		// Ints feed '*' widths too, so mid-sized ones (which would ask
		// for gigabytes of padding) are left out.
		v := randInt(r)
		if a := new(big.Int).Abs(v); a.Cmp(big.NewInt(0x110010)) > 0 && a.BitLen() < 64 {
			v.Rsh(v, uint(a.BitLen()-8))
		}
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

// smallInt is a test int for '*' widths and precisions.
func smallInt(r *rand.Rand, lo, hi int) *tval {
	n := int64(lo + r.IntN(hi-lo+1))
	return &tval{k: 'i', i: big.NewInt(n), tok: fmt.Sprint("i:", n)}
}

// argFor draws an argument that mostly suits conversion type ch.
func argFor(r *rand.Rand, ch byte) *tval {
	if r.IntN(12) == 0 {
		return randTval(r)
	}
	for {
		v := randTval(r)
		switch ch {
		case 'd', 'i', 'u':
			if v.k == 'i' || v.k == 'b' || v.k == 'f' {
				return v
			}
		case 'o', 'x', 'X':
			if v.k == 'i' || v.k == 'b' {
				return v
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			if v.k == 'f' || v.k == 'i' {
				return v
			}
		case 'c':
			if v.k == 's' && len([]rune(v.s)) == 1 {
				return v
			}
			if r.IntN(2) == 0 {
				return smallInt(r, 0, 0x10FFFF)
			}
		default:
			return v
		}
	}
}

// randPercent draws a % format with n conversions and arguments to go
// with it: a tuple, or with keys the mapping D of the Python side.
func randPercent(r *rand.Rand, n int, keys bool) (string, []*tval) {
	var b strings.Builder
	var args []*tval
	lit := []string{"", "a", "xy ", "é", "中", "%%", "(", ")"}
	for range n {
		b.WriteString(lit[r.IntN(len(lit))])
		b.WriteByte('%')
		if keys && r.IntN(20) != 0 {
			b.WriteString([]string{"(a)", "(b)", "(c)", "()", "(a))", "(é)", "(zz)", "(a", "(a(b)c)"}[r.IntN(9)])
		}
		for range r.IntN(3) {
			b.WriteByte("-+ #0"[r.IntN(5)])
		}
		switch r.IntN(5) {
		case 0:
			b.WriteString(fmt.Sprint(r.IntN(20)))
		case 1:
			b.WriteByte('*')
			args = append(args, smallInt(r, -15, 15))
		}
		switch r.IntN(6) {
		case 0:
			b.WriteString(fmt.Sprint(".", r.IntN(12)))
		case 1:
			b.WriteString(".*")
			args = append(args, smallInt(r, -3, 12))
		case 2:
			b.WriteString(".")
		}
		if r.IntN(20) == 0 {
			b.WriteByte("hlL"[r.IntN(3)])
		}
		if r.IntN(40) != 0 {
			types := "diouxXeEfFgGcrsa%" + "dsxfgrd"
			if r.IntN(30) == 0 {
				b.WriteString([]string{"y", "é", "\x01", "\u1234", "~"}[r.IntN(5)])
				args = append(args, randTval(r))
			} else {
				ch := types[r.IntN(len(types))]
				b.WriteByte(ch)
				if ch != '%' {
					args = append(args, argFor(r, ch))
				}
			}
		}
	}
	if r.IntN(3) == 0 {
		b.WriteString(lit[r.IntN(len(lit))])
	}
	switch r.IntN(30) {
	case 0:
		args = append(args, randTval(r))
	case 1:
		if len(args) > 0 {
			args = args[1:]
		}
	}
	return b.String(), args
}

const pyPercentScript = `
D = {'a': 1, 'b': 'x', 'c': 2.5, '': 'e', 'a)': 7, 'é': -3}
class BB:
    def __init__(self, b): self.b = b
    def __bytes__(self): return self.b
    def __repr__(self): return 'BB()'
DB = {b'a': 1, b'b': b'x', b'c': 2.5, b'': b'e', b'a)': 7, 'é'.encode(): -3}
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
    if k == 'y': return bytes.fromhex(rest)
    if k == 'Y': return bytearray.fromhex(rest)
    if k == 'm': return BB(bytes.fromhex(rest))
    if k == 'D': return DB
    return D
for line in sys.stdin:
    parts = line.rstrip('\n').split('|')
    fmt = S(parts[0])
    if parts[1].startswith('B'):
        fmt = bytes.fromhex(parts[0])
        parts[1] = parts[1][1:]
    if parts[1] == 'T': args = tuple(V(t) for t in parts[2:])
    else: args = V(parts[2])
    if isinstance(fmt, bytes):
        out(lambda: (fmt % args).decode('latin-1'))
    else:
        out(lambda: fmt % args)
`

func TestPercentDifferential(t *testing.T) {
	r := newRand(11, 12)
	var lines, got []string
	for range 40000 {
		n := 1 + r.IntN(3)
		var a targs
		var enc string
		format, args := randPercent(r, n, false)
		switch r.IntN(8) {
		case 0: // mapping
			format, _ = randPercent(r, n, true)
			a.one = &tval{k: 'd', tok: "d"}
			enc = "V|d"
		case 1: // single value
			format, args = randPercent(r, 1, false)
			a.one = randTval(r)
			if len(args) > 0 {
				a.one = args[len(args)-1]
			}
			enc = "V|" + a.one.tok
		default:
			a.tuple = []*tval{}
			enc = "T"
			for _, v := range args {
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

func TestPercentGrid(t *testing.T) {
	var lines, got []string
	add := func(format string, v *tval) {
		s, err := Percent(format, &targs{tuple: []*tval{v}})
		lines = append(lines, hx(format)+"|T|"+v.tok)
		got = append(got, answer(s, err))
	}
	for _, f := range gridFloats {
		for _, x := range []float64{f, -f} {
			v := &tval{k: 'f', f: x, tok: "f:" + fx(x)}
			for _, flags := range []string{"", "#", "+", " ", "0", "-", "#0+"} {
				for _, typ := range "eEfFgG" {
					for _, wp := range []string{"", "12", ".0", ".3", "15.10", ".17", "020.5", "-9.2"} {
						add("%"+flags+wp+string(typ), v)
					}
				}
			}
		}
	}
	for _, n := range []int64{0, 1, -1, 255, -4096, 1234567, math.MinInt64} {
		v := &tval{k: 'i', i: big.NewInt(n), tok: fmt.Sprint("i:", n)}
		for _, flags := range []string{"", "#", "+", " ", "0", "-", "#0", "#-", "+0#", " 0"} {
			for _, typ := range "diuoxXcs" {
				for _, wp := range []string{"", "8", ".0", ".5", "12.6", "-9.2", "1"} {
					add("%"+flags+wp+string(typ), v)
				}
			}
		}
	}
	want := runPython(t, pyPercentScript, lines)
	compareAnswers(t, lines, got, want)
}

// randBytesArg draws an argument for bytes % args, mostly one that suits
// conversion type ch.
func randBytesArg(r *rand.Rand, ch byte) *tval {
	if ch == 's' || ch == 'b' || (ch == 'c' && r.IntN(2) == 0) || r.IntN(8) == 0 {
		alphabet := []string{"a", "Z", " ", "'", "\"", "\\", "\x00", "\xe9", "\xff", "\n"}
		var b strings.Builder
		n := r.IntN(6)
		if ch == 'c' {
			n = 1
		}
		for range n {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		k := "yyyYm"[r.IntN(5)]
		return &tval{k: k, s: b.String(), tok: string(k) + ":" + hx(b.String())}
	}
	if ch == 'c' {
		return smallInt(r, -2, 260)
	}
	return argFor(r, ch)
}

func TestPercentBytesDifferential(t *testing.T) {
	r := newRand(13, 14)
	var lines, got []string
	for range 30000 {
		n := 1 + r.IntN(3)
		a := targs{bytes: true}
		var enc string
		format, args := randPercent(r, n, false)
		switch r.IntN(8) {
		case 0: // mapping
			format, _ = randPercent(r, n, true)
			a.one = &tval{k: 'D', tok: "D"}
			enc = "BV|D"
		case 1: // single value
			format, _ = randPercent(r, 1, false)
			a.one = randBytesArg(r, 's')
			enc = "BV|" + a.one.tok
		default:
			// Rebuild the arguments for bytes: each conversion type
			// gets an argument that suits it.
			a.tuple = []*tval{}
			enc = "BT"
			for _, v := range args {
				if v.k == 's' || v.k == 'c' {
					v = randBytesArg(r, "sbc"[r.IntN(3)])
				}
				a.tuple = append(a.tuple, v)
				enc += "|" + v.tok
			}
		}
		s, err := PercentBytes([]byte(format), &a)
		lines = append(lines, hx(format)+"|"+enc)
		// The Python side decodes its bytes result as Latin-1.
		var latin []rune
		for _, c := range s {
			latin = append(latin, rune(c))
		}
		got = append(got, answer(string(latin), err))
	}
	want := runPython(t, pyPercentScript, lines)
	compareAnswers(t, lines, got, want)
}
