package syntax

import (
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os/exec"
	"strings"
	"testing"
)

// runPython runs a python3 script with input on stdin and returns its
// stdout. The test is skipped when python3 (CPython 3.11, the reference) is
// not available.
func runPython(t *testing.T, script, input string) string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	cmd := exec.Command("python3", "-c", "import sys\nif sys.version_info[:2] != (3, 11): sys.exit(42)\n"+script)
	cmd.Stdin = strings.NewReader(input)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 42 {
		t.Skip("python3 is not CPython 3.11")
	}
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	return string(out)
}

// pyLines runs a script and splits its output into lines.
func pyLines(t *testing.T, script, input string) []string {
	t.Helper()
	out := runPython(t, script, input)
	return strings.Split(strings.TrimSuffix(out, "\n"), "\n")
}

func TestNonPrintableTable(t *testing.T) {
	out := runPython(t, `
rs = []
start = None
for c in range(0x110001):
    np = c < 0x110000 and not chr(c).isprintable()
    if np and start is None:
        start = c
    if not np and start is not None:
        rs.append((start, c - 1))
        start = None
print(" ".join("%x-%x" % r for r in rs))
`, "")
	var got []string
	for _, r := range nonPrintable {
		got = append(got, fmt.Sprintf("%x-%x", r[0], r[1]))
	}
	if strings.Join(got, " ") != strings.TrimSpace(out) {
		t.Errorf("nonPrintable differs from python3's str.isprintable; regenerate it")
	}
}

func TestReprStringAllCodePoints(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: all 1114112 code points")
	}
	lines := pyLines(t, `
for c in range(0x110000):
    print(repr(chr(c)))
`, "")
	if len(lines) != 0x110000 {
		t.Fatalf("got %d lines", len(lines))
	}
	bad := 0
	for c := 0; c < 0x110000; c++ {
		s := string(appendWTF8(nil, rune(c)))
		if got := pyReprString(s); got != lines[c] && c != '\n' {
			if bad++; bad < 20 {
				t.Errorf("repr(chr(%#x)) = %s, python3 %s", c, got, lines[c])
			}
		}
	}
	if got := pyReprString("\n"); got != `'\n'` {
		t.Errorf("repr('\\n') = %s", got)
	}
}

func TestReprStringCases(t *testing.T) {
	cases := []string{
		"", "a", "'", "\"", "'\"", "a'b", "a\"b", "\\", "\\'", "\t\n\r\x00\x1f\x7f\u0080\u00a0\u00ad",
		"é", "日本", "\u2028", "\U0001F600", "\U000E0001", "\ufeff", "'\\\"", "it's",
		"\u00ff", "\u0100", "\U00010000", "\U0010ffff",
	}
	// Lone surrogates, also next to each other (they stay two code points).
	sur := string(appendWTF8(appendWTF8(nil, 0xd83d), 0xde00))
	cases = append(cases, sur, "a"+string(appendWTF8(nil, 0xdc80))+"'")
	var in strings.Builder
	for _, c := range cases {
		for i := 0; i < len(c); {
			r, n := decodeWTF8(c[i:])
			fmt.Fprintf(&in, "%x ", r)
			i += n
		}
		in.WriteString("\n")
	}
	lines := pyLines(t, `
for line in sys.stdin:
    print(repr("".join(chr(int(x, 16)) for x in line.split())))
`, in.String())
	for i, c := range cases {
		if got := pyReprString(c); got != lines[i] {
			t.Errorf("repr(%q) = %s, python3 %s", c, got, lines[i])
		}
		if got := (StrConst(c)).Repr(); got != lines[i] {
			t.Errorf("StrConst(%q).Repr() = %s", c, got)
		}
	}
}

func TestReprBytes(t *testing.T) {
	var cases []string
	for b := 0; b < 256; b++ {
		cases = append(cases, string([]byte{byte(b)}))
	}
	cases = append(cases, "", "'", "\"", "'\"", "it's", "say \"hi\"", "\\x", "abc\x00\xff")
	var in strings.Builder
	for _, c := range cases {
		fmt.Fprintf(&in, "%x\n", c)
	}
	lines := pyLines(t, `
for line in sys.stdin:
    print(repr(bytes.fromhex(line.strip())))
`, in.String())
	for i, c := range cases {
		if got := (BytesConst(c)).Repr(); got != lines[i] {
			t.Errorf("repr(%q) = %s, python3 %s", c, got, lines[i])
		}
	}
}

// testFloats returns a varied set of float64 values: random bit patterns,
// values near the notation thresholds and powers of ten, integers, and
// special values.
func testFloats() []float64 {
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

func TestReprFloat(t *testing.T) {
	fs := testFloats()
	var in strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&in, "%016x\n", math.Float64bits(f))
	}
	lines := pyLines(t, `
import struct
for line in sys.stdin:
    print(repr(struct.unpack("<d", bytes.fromhex(line.strip())[::-1])[0]))
`, in.String())
	if len(lines) != len(fs) {
		t.Fatalf("got %d lines for %d floats", len(lines), len(fs))
	}
	bad := 0
	for i, f := range fs {
		if got := FloatConst(f).Repr(); got != lines[i] {
			if bad++; bad < 20 {
				t.Errorf("repr(%x) = %s, python3 %s", math.Float64bits(f), got, lines[i])
			}
		}
	}
	t.Logf("%d floats compared", len(fs))
}

func TestReprComplex(t *testing.T) {
	fs := testFloats()
	rng := rand.New(rand.NewSource(2))
	type pair struct{ re, im float64 }
	var ps []pair
	special := []float64{0, math.Copysign(0, -1), 1, -1, 2.5, 1e16, 1e-5, math.Inf(1), math.Inf(-1), math.NaN(),
		-math.NaN()}
	for _, a := range special {
		for _, b := range special {
			ps = append(ps, pair{a, b})
		}
	}
	for i := 0; i < 2000; i++ {
		re := fs[rng.Intn(len(fs))]
		if i%2 == 0 {
			re = 0
		}
		ps = append(ps, pair{re, fs[rng.Intn(len(fs))]})
	}
	var in strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&in, "%016x %016x\n", math.Float64bits(p.re), math.Float64bits(p.im))
	}
	lines := pyLines(t, `
import struct
def f(h):
    return struct.unpack("<d", bytes.fromhex(h)[::-1])[0]
for line in sys.stdin:
    a, b = line.split()
    print(repr(complex(f(a), f(b))))
`, in.String())
	bad := 0
	for i, p := range ps {
		if got := (ComplexConst{p.re, p.im}).Repr(); got != lines[i] {
			if bad++; bad < 20 {
				t.Errorf("repr(complex(%v, %v)) = %s, python3 %s", p.re, p.im, got, lines[i])
			}
		}
	}
}

func TestReprSimple(t *testing.T) {
	huge, _ := new(big.Int).SetString(strings.Repeat("9", 300), 10)
	neg := new(big.Int).Neg(huge)
	cases := []struct {
		v    ConstValue
		want string
	}{
		{NoneConst{}, "None"}, {EllipsisConst{}, "Ellipsis"}, {BoolConst(true), "True"},
		{BoolConst(false), "False"}, {IntConst{big.NewInt(0)}, "0"}, {IntConst{big.NewInt(-42)}, "-42"},
		{IntConst{huge}, strings.Repeat("9", 300)}, {IntConst{neg}, "-" + strings.Repeat("9", 300)},
		{IntConst{}, "0"},
	}
	for _, c := range cases {
		if got := c.v.Repr(); got != c.want {
			t.Errorf("%#v.Repr() = %s, want %s", c.v, got, c.want)
		}
	}
	// Check the expectations above against python3 too.
	lines := pyLines(t, `print(repr(None)); print(repr(...)); print(True); print(False); print(0); print(-42)
print(int("9"*300)); print(-int("9"*300))`, "")
	for i, l := range lines {
		if l != cases[i].want {
			t.Errorf("python3 printed %s, test expects %s", l, cases[i].want)
		}
	}
}
