package syntax

import (
	"math"
	"math/big"
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

// TestReprConsts checks that the constants print through vm/num's reprs
// (tested there against python3 over every code point and thousands of
// floats) on a few values whose reprs python3 confirms here.
func TestReprConsts(t *testing.T) {
	consts := []ConstValue{FloatConst(1), FloatConst(1e16), FloatConst(-1e-5), FloatConst(math.Inf(-1)),
		FloatConst(math.NaN()), ComplexConst{0, 1}, ComplexConst{math.Copysign(0, -1), -2.5},
		ComplexConst{1, math.NaN()}, StrConst("it's"), StrConst("\u00e9\u2028\x00"),
		StrConst(string(appendWTF8(nil, 0xd800))), BytesConst("\x00'\xff"), BytesConst("")}
	lines := pyLines(t, `
for v in [1.0, 1e16, -1e-5, float("-inf"), float("nan"), 1j, complex(-0.0, -2.5), complex(1, float("nan")),
          "it's", "\u00e9\u2028\x00", "\ud800", b"\x00'\xff", b""]:
    print(repr(v))
`, "")
	for i, c := range consts {
		if got := c.Repr(); got != lines[i] {
			t.Errorf("%#v.Repr() = %s, python3 %s", c, got, lines[i])
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
