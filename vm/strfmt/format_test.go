package strfmt

// Differential tests of format() against python3: random specs over the
// whole mini-language grammar (and some garbage), applied to random ints
// (huge ones included), floats (nan, inf, -0.0, subnormals, halfway cases,
// repr's exponent boundaries), complex numbers and strings (non-ASCII,
// wide characters, lone surrogates).

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
)

// specGen draws random format specs. The probabilities of the sign, '#'
// and precision parts are tunable, since strings and ints reject them.
type specGen struct {
	r                          *rand.Rand
	pSign, pAlt, pPrec, pGroup float64
}

// newSpecGen returns a generator with the given part probabilities.
func newSpecGen(r *rand.Rand, pSign, pAlt, pPrec float64) specGen {
	return specGen{r, pSign, pAlt, pPrec, 0.3}
}

func (g specGen) pick(s ...string) string { return s[g.r.IntN(len(s))] }

func (g specGen) chance(p float64) bool { return g.r.Float64() < p }

// spec returns a random spec; types lists the presentation types to favour.
func (g specGen) spec(types string) string {
	var b strings.Builder
	if g.chance(0.35) {
		if g.chance(0.5) {
			b.WriteString(g.pick("*", "0", " ", "x", "é", "中", "{", "}", "<", "=", "\U0001F600", "\xed\xa0\x80", "\x00", "z", "#", ","))
		}
		b.WriteString(g.pick("<", ">", "=", "^"))
	}
	if g.chance(g.pSign) {
		b.WriteString(g.pick("+", "-", " "))
	}
	if g.chance(g.pSign / 3) {
		b.WriteString("z")
	}
	if g.chance(g.pAlt) {
		b.WriteString("#")
	}
	if g.chance(0.25) {
		b.WriteString("0")
	}
	if g.chance(0.6) {
		w := g.r.IntN(25)
		if g.chance(0.05) {
			w = g.r.IntN(200)
		}
		s := fmt.Sprint(w)
		if g.chance(0.03) {
			s = "\u0661\u0662" // Arabic-Indic 12
		}
		b.WriteString(s)
	}
	if g.chance(g.pGroup) {
		if g.chance(0.8) {
			b.WriteString(g.pick(",", "_"))
		} else {
			b.WriteString(g.pick(",_", "_,", ",,", "__"))
		}
	}
	if g.chance(g.pPrec) {
		b.WriteString(".")
		if !g.chance(0.03) {
			p := g.r.IntN(20)
			if g.chance(0.05) {
				p = 20 + g.r.IntN(130)
			}
			b.WriteString(fmt.Sprint(p))
		}
	}
	if g.chance(0.8) {
		if g.chance(0.9) {
			b.WriteByte(types[g.r.IntN(len(types))])
		} else {
			b.WriteString(g.pick("s", "c", "y", "%", "\u00e9", "\x01", "\u1234", "ab", ".", "<", "", "Z", "r"))
		}
	}
	if g.chance(0.02) {
		s := []rune(b.String())
		if len(s) > 0 {
			i := g.r.IntN(len(s))
			s = append(s[:i], append([]rune{rune(g.pick("!", "q", "9", "x")[0])}, s[i:]...)...)
		}
		return string(s)
	}
	return b.String()
}

// randInt draws ints of every size.
func randInt(r *rand.Rand) *big.Int {
	switch r.IntN(6) {
	case 0:
		return big.NewInt(int64(r.IntN(2001) - 1000))
	case 1:
		return big.NewInt(r.Int64() >> r.IntN(64))
	case 2:
		v := new(big.Int).Lsh(big.NewInt(1), uint(r.IntN(200)))
		v.Add(v, big.NewInt(int64(r.IntN(5)-2)))
		if r.IntN(2) == 0 {
			v.Neg(v)
		}
		return v
	case 3:
		digits := make([]byte, 1+r.IntN(120))
		for i := range digits {
			digits[i] = byte('0' + r.IntN(10))
		}
		v, _ := new(big.Int).SetString(string(digits), 10)
		if r.IntN(2) == 0 {
			v.Neg(v)
		}
		return v
	case 4:
		return big.NewInt(int64(r.IntN(0x110010)))
	default:
		return big.NewInt(int64(r.IntN(0x80)))
	}
}

// randFloat draws floats from every region.
func randFloat(r *rand.Rand) float64 {
	switch r.IntN(10) {
	case 0:
		return math.Float64frombits(r.Uint64())
	case 1:
		return []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), -math.NaN(),
			math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 1e16, 1e15, 9999999999999998,
			1e-4, 9.9999e-5, 1e-5, 0.5, 1.5, 2.5, 0.125, 0.375, 1e22, 1e23, 5e-324, 123456789.0}[r.IntN(24)]
	case 2:
		return float64(r.IntN(20001)-10000) / math.Pow(10, float64(r.IntN(8)))
	case 3:
		// halfway cases for small precisions
		return (float64(r.IntN(2000)) + 0.5) / math.Pow(2, float64(r.IntN(6)))
	case 4:
		return float64(r.Int64() >> r.IntN(64))
	case 5:
		return math.Float64frombits(r.Uint64() & 0x000FFFFFFFFFFFFF) // subnormal
	case 6:
		return r.NormFloat64() * math.Pow(10, float64(r.IntN(40)-20))
	case 7:
		return math.Pow(10, float64(r.IntN(40)-20)) * (1 + float64(r.IntN(3)-1)*1e-15)
	default:
		f := r.Float64() * math.Pow(10, float64(r.IntN(600)-300))
		if r.IntN(2) == 0 {
			f = -f
		}
		return f
	}
}

// randString draws strings over a mixed alphabet.
func randString(r *rand.Rand) string {
	alphabet := []string{"a", "b", "Z", " ", "0", "é", "ß", "中", "文", "\U0001F600", "\u0301", "\xed\xb0\x80", "\t", "\n", "{", "%"}
	n := r.IntN(12)
	var b strings.Builder
	for range n {
		b.WriteString(alphabet[r.IntN(len(alphabet))])
	}
	return b.String()
}

const pyFormatScript = `
for line in sys.stdin:
    kind, a, b, spec = line.rstrip('\n').split(' ')
    spec = S(spec)
    if kind == 'i': v = int(a)
    elif kind == 'f': v = F(a)
    elif kind == 'c': v = complex(F(a), F(b))
    else: v = S(a)
    out(lambda: format(v, spec))
`

// formatCase is one format() call: the input line for python and the Go
// answer.
type formatCase struct {
	line, got string
}

// checkFormat runs the cases through python3 and reports differences.
func checkFormat(t *testing.T, cases []formatCase) {
	t.Helper()
	lines := make([]string, len(cases))
	for i, c := range cases {
		lines[i] = c.line
	}
	want := runPython(t, pyFormatScript, lines)
	bad, errs := 0, 0
	for i, c := range cases {
		if strings.HasPrefix(want[i], "!") {
			errs++
		}
		if c.got != want[i] {
			if bad++; bad <= 30 {
				t.Errorf("%s\n   got  %s\n   want %s", c.line, show(c.got), show(want[i]))
			}
		}
	}
	t.Logf("%d cases (%d of them errors in CPython), %d differ", len(cases), errs, bad)
}

func TestFormatIntDifferential(t *testing.T) {
	r := newRand(1, 2)
	g := newSpecGen(r, 0.3, 0.3, 0.1)
	var cases []formatCase
	for range 30000 {
		v := randInt(r)
		spec := g.spec("bcdoxXn" + "dddxX" + "eEfFgG%")
		s, err := FormatInt(v, spec)
		if v.IsInt64() {
			s64, err64 := FormatInt64(v.Int64(), spec)
			if answer(s64, err64) != answer(s, err) {
				t.Errorf("format(%s, %q): FormatInt64 %s, FormatInt %s", v, spec, answer(s64, err64), answer(s, err))
			}
		}
		cases = append(cases, formatCase{fmt.Sprintf("i %s - %s", v, hx(spec)), answer(s, err)})
	}
	checkFormat(t, cases)
}

func TestFormatFloatDifferential(t *testing.T) {
	r := newRand(3, 4)
	g := newSpecGen(r, 0.3, 0.25, 0.6)
	var cases []formatCase
	for range 40000 {
		v := randFloat(r)
		spec := g.spec("eEfFgGn%" + "fgeg")
		if r.IntN(10) == 0 {
			spec = ""
		}
		s, err := FormatFloat(v, spec)
		cases = append(cases, formatCase{fmt.Sprintf("f %s - %s", fx(v), hx(spec)), answer(s, err)})
	}
	checkFormat(t, cases)
}

func TestFormatComplexDifferential(t *testing.T) {
	r := newRand(5, 6)
	g := newSpecGen(r, 0.3, 0.25, 0.6)
	var cases []formatCase
	for range 15000 {
		re, im := randFloat(r), randFloat(r)
		if r.IntN(4) == 0 {
			re = []float64{0, math.Copysign(0, -1)}[r.IntN(2)]
		}
		spec := g.spec("eEfFgGn")
		if r.IntN(10) == 0 {
			spec = ""
		}
		s, err := FormatComplex(re, im, spec)
		cases = append(cases, formatCase{fmt.Sprintf("c %s %s %s", fx(re), fx(im), hx(spec)), answer(s, err)})
	}
	checkFormat(t, cases)
}

func TestFormatStringDifferential(t *testing.T) {
	r := newRand(7, 8)
	g := newSpecGen(r, 0.05, 0.05, 0.5)
	g.pGroup = 0.05
	var cases []formatCase
	for range 20000 {
		v := randString(r)
		spec := g.spec("sss")
		if r.IntN(10) == 0 {
			spec = ""
		}
		s, err := FormatString(v, spec)
		cases = append(cases, formatCase{fmt.Sprintf("s %s - %s", hx(v), hx(spec)), answer(s, err)})
	}
	checkFormat(t, cases)
}

// gridFloats are values whose digits sit on rounding and notation
// boundaries.
var gridFloats = []float64{0, 0.5, 1.5, 2.5, 0.125, 0.375, 9.5, 99.5, 999.5, 0.05, 0.15, 0.25, 0.35, 1e-4,
	9.9999e-5, 0.00015, 9.9999, 99999.5, 1e15, 1e16, 9999999999999998, 123456789012345678, 5e-324,
	math.MaxFloat64, 1.0 / 3, 2.0 / 3, 1e100, 1.25e-7, 1234.5678, 0.1, 0.7, 100, 1e6, 999999.5, 9.5e-5}

func TestFormatFloatGrid(t *testing.T) {
	var cases []formatCase
	for _, v := range gridFloats {
		for _, x := range []float64{v, -v} {
			for _, alt := range []string{"", "#", "z"} {
				for _, typ := range []string{"", "e", "E", "f", "F", "g", "G", "%", "n"} {
					for p := -1; p <= 18; p++ {
						spec := alt
						if p >= 0 {
							spec += fmt.Sprint(".", p)
						}
						spec += typ
						s, err := FormatFloat(x, spec)
						cases = append(cases, formatCase{fmt.Sprintf("f %s - %s", fx(x), hx(spec)), answer(s, err)})
					}
				}
			}
		}
	}
	checkFormat(t, cases)
}

func TestFormatIntGrid(t *testing.T) {
	var cases []formatCase
	for _, v := range []int64{0, 1, -1, 7, 255, -4096, 1234567, -98765432, 1 << 40, math.MinInt64, math.MaxInt64} {
		for _, typ := range []string{"", "d", "b", "o", "x", "X", "n"} {
			for _, fill := range []string{"", "0", "*<", "0=", "=", "^", "x>"} {
				for _, flags := range []string{"", "+", " ", "#", "-#"} {
					for _, group := range []string{"", ",", "_"} {
						for w := 0; w <= 22; w += 3 {
							spec := fill + flags
							if fill == "0" {
								spec = flags + "0"
							}
							spec += fmt.Sprint(w) + group + typ
							s, err := FormatInt64(v, spec)
							cases = append(cases, formatCase{fmt.Sprintf("i %d - %s", v, hx(spec)), answer(s, err)})
						}
					}
				}
			}
		}
	}
	checkFormat(t, cases)
}
