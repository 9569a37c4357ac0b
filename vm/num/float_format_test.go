// Differential tests of float repr, formatting, parsing and hex forms
// against CPython.

package num

import (
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

func TestFloatRepr(t *testing.T) {
	r := rand.New(rand.NewSource(15))
	var b batch
	fs := floatSamples(r, 5000)
	for k := -30; k <= 30; k++ {
		p := math.Pow(10, float64(k))
		fs = append(fs, p, math.Nextafter(p, 0), math.Nextafter(p, math.Inf(1)), 2e16+8, 123456789012345678)
	}
	for _, x := range fs {
		b.add("repr", encStr(FloatRepr(x)), argFloat(x))
		b.add("fhex", encStr(FloatHex(x)), argFloat(x))
	}
	b.check(t)
}

func TestFormatFloat(t *testing.T) {
	r := rand.New(rand.NewSource(16))
	var b batch
	fs := floatSamples(r, 600)
	fs = append(fs, 0.5, 1.5, 2.5, 0.125, 0.05, 0.25, 1e-5, 9.5, 99.5, 999999.5, 1e16, 123.0, 0.0001, 0.00001)
	type flagSet struct {
		spec  string
		flags int
	}
	flagSets := []flagSet{{"", 0}, {"+", FmtSign}, {"#", FmtAlt}, {"z", FmtNoNeg0}, {"+z#", FmtSign | FmtAlt | FmtNoNeg0}}
	for _, x := range fs {
		for _, code := range []byte{'e', 'f', 'g', 'E', 'F', 'G'} {
			for _, prec := range []int{0, 1, 2, 3, 6, 12, 17, 20} {
				if code == 'f' && math.Abs(x) > 1e50 && prec > 6 {
					continue
				}
				fl := flagSets[r.Intn(len(flagSets))]
				spec := fl.spec + "." + strconv.Itoa(prec) + string(code)
				b.add("format", encStr(FormatFloat(x, code, prec, fl.flags)), argFloat(x), argStr(spec))
			}
		}
		// format(x, '') is repr; format(x, '+') adds the sign.
		b.add("format", encStr(FormatFloat(x, 'r', 0, FmtAddDot0)), argFloat(x), argStr(""))
	}
	b.check(t)
}

func TestParseFloat(t *testing.T) {
	r := rand.New(rand.NewSource(17))
	var b batch
	add := func(s string) {
		f, err := ParseFloat(s)
		b.add("parse_float", encResult(encFloat(f), err), argStr(s))
	}
	fixed := []string{"", " ", "   ", "1", "-1", "+1", " 1 ", "1.", ".5", ".", "-.5", "+.e1", "1e", "1e+", "1e5", "1E5",
		"1e-5", "1e+5", "1.5e3", "1e400", "-1e400", "1e-400", "-1e-400", "inf", "-inf", "+inf", "INF", "Infinity",
		"-iNfInItY", "infinit", "infinityy", "nan", "-nan", "+NaN", "nan ", " nan", "nan(1)", "in f", "1_0.5",
		"  1_0.5 ", "1__0", "_1", "1_", "1._5", "1_.5", "1_e5", "1e_5", "1e1_0", "0x10", "0b1", "1 0", "1\x00",
		"١.٥", "１２", "\u00a01.5\u2003", "1.5\x1c", "\t\n\x0b\x0c\r1.5\t\n", "1,5", "--1", "+-1", "e5", "1.5.5",
		"0.000000000000000000000000000000000000000000001e-280", "2.4703282292062328e-324",
		"2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308",
		"9007199254740993", "0." + strings.Repeat("0", 400) + "1e400", strings.Repeat("9", 500),
		"it's", "a'b\"c", "\\x", "é", "1_000_000.000_1e1_0", "in_f", "n_an", strings.Repeat("x", 300)}
	for _, s := range fixed {
		add(s)
	}
	for _, x := range floatSamples(r, 3000) {
		s := FloatRepr(x)
		add(s)
		add(strconv.FormatFloat(x, 'g', 25, 64))
		if r.Intn(4) == 0 && len(s) > 2 {
			k := 1 + r.Intn(len(s)-1)
			add(s[:k] + "_" + s[k:])
		}
	}
	const alphabet = "0123456789.eE+-_ infa"
	for i := 0; i < 3000; i++ {
		n := 1 + r.Intn(7)
		var sb strings.Builder
		for j := 0; j < n; j++ {
			sb.WriteByte(alphabet[r.Intn(len(alphabet))])
		}
		add(sb.String())
	}
	for _, s := range []string{"1.5", "x", " 2 ", "1_0", "\xa0"} {
		f, err := ParseFloatBytes([]byte(s))
		b.add("parse_float", encResult(encFloat(f), err), "b"+hexBytes([]byte(s)))
	}
	b.check(t)
}

func TestFloatFromHex(t *testing.T) {
	r := rand.New(rand.NewSource(18))
	var b batch
	add := func(s string) {
		f, err := FloatFromHex(s)
		b.add("fromhex", encResult(encFloat(f), err), argStr(s))
	}
	fixed := []string{"", "x", "0x", "0x1", "1", "-1", "+0x1p1", "0X1P+1", "0x1.8p1", " 0x1.8p1 ", "0x.8", "0x1.",
		"0x.", ".", "0x1p", "0x1p+", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1.0000000000001p-1075", "0x1p-1076",
		"0x1p1023", "0x1p1024", "0x1.fffffffffffffp1023", "0x1.fffffffffffff7p1023", "0x1.fffffffffffff8p1023",
		"0x1.fffffffffffff8p1023 x", "0x1p99999999999999999999", "0x1p-99999999999999999999", "0x0p99999999999999999999",
		"inf", "-Infinity", "nan", " -nan ", "infx", "0x1_0p0", "0x1p1_0", "0x10000000000000000000000000p-100",
		"0x1.00000000000008p0", "0x1.00000000000008000001p0", "0x1.00000000000018p0", "0x1.000000000000080p0",
		"0x0.0000000000001p-1022", "0x0.00000000000008p-1022", "0x0.00000000000018p-1022", "1p1", "0xg", "0x1 p1",
		"0x1p1.5", "--0x1", "0x1\x00", "0x" + strings.Repeat("f", 300) + "p-1200"}
	for _, s := range fixed {
		add(s)
	}
	for _, x := range floatSamples(r, 3000) {
		h := FloatHex(x)
		add(h)
		if m := strings.TrimRight(strings.SplitN(h, "p", 2)[0], "0"); strings.Contains(h, "p") {
			// Extra digits beyond 53 bits force rounding.
			add(m + strconv.Itoa(r.Intn(100)) + "p" + strings.SplitN(h, "p", 2)[1])
		}
	}
	b.check(t)
}

// reprSweepFloats returns a varied set of float64 values: random bit
// patterns, values near the notation thresholds and powers of ten,
// integers, and special values.
func reprSweepFloats() []float64 {
	rng := rand.New(rand.NewSource(1))
	fs := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 100, 1e15, 1e16, 1e17, 1e-4, 1e-5,
		9999999999999998, 1e16 - 2, 123456789012345678, 0.0001, 0.00009999, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 2.2250738585072014e-308, math.Inf(1), math.Inf(-1), math.NaN(),
		1e22, 1e23, 9007199254740993, 0.3, 2.675, 1.0000000000000002, 4.35, 0.1 + 0.2}
	for e := -330; e <= 310; e++ {
		fs = append(fs, math.Pow(10, float64(e)), 1.5*math.Pow(10, float64(e)))
	}
	for i := 0; i < 4000; i++ {
		fs = append(fs, math.Float64frombits(rng.Uint64()))
	}
	for i := 0; i < 2000; i++ {
		fs = append(fs, rng.Float64()*math.Pow(10, float64(rng.Intn(44)-22)))
	}
	for i := 0; i < 500; i++ {
		fs = append(fs, float64(rng.Int63n(1<<60)))
		fs = append(fs, float64(rng.Intn(100000))/1000)
	}
	return fs
}

func TestFloatReprSweep(t *testing.T) {
	var b batch
	for _, x := range reprSweepFloats() {
		b.add("repr", encStr(FloatRepr(x)), argFloat(x))
	}
	b.check(t)
}

// TestFormatFloatLongPrecision checks precisions past the longest exact
// expansion of a float64, which FormatFloat pads with zeros.
func TestFormatFloatLongPrecision(t *testing.T) {
	var b batch
	for _, x := range []float64{0, 1, -1.5, 0.1, 5e-324, math.MaxFloat64, 1e-300, 123.456} {
		for _, code := range []byte{'e', 'f', 'g'} {
			for _, prec := range []int{766, 767, 768, 800, 801, 1074, 1075, 1100, 1101, 1500} {
				for _, fl := range []struct {
					spec  string
					flags int
				}{{"", 0}, {"#", FmtAlt}} {
					spec := fl.spec + "." + strconv.Itoa(prec) + string(code)
					b.add("format", encStr(FormatFloat(x, code, prec, fl.flags)), argFloat(x), argStr(spec))
				}
			}
		}
	}
	b.check(t)
}
