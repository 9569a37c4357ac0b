// Differential tests of repr() of str and bytes against CPython. Strings
// travel to python3 as hex code points, since JSON cannot carry the lone
// surrogates a Python str may hold.

package num

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"unicode/utf8"
)

// runPython runs a python3 script with input on stdin and returns its
// output lines. The test is skipped when python3 (CPython 3.11, the
// reference) is not available.
func runPython(t *testing.T, script, input string) []string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found: the differential tests need CPython 3.11")
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
	return strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
}

// appendWTF8 appends r, surrogates included, as WTF-8.
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xd800 && r <= 0xdfff {
		return append(b, 0xed, byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
	}
	return utf8.AppendRune(b, r)
}

func TestStrRepr(t *testing.T) {
	var b batch
	for c := 0; c < 0x110000; c += 128 {
		if c >= 0xd800 && c < 0xe000 {
			continue
		}
		var sb strings.Builder
		for d := c; d < c+128; d++ {
			sb.WriteRune(rune(d))
		}
		s := sb.String()
		b.add("repr", encStr(StrRepr(s)), argStr(s))
	}
	for _, s := range []string{"", "'", "\"", "'\"", "a'b", "a\"b", "\\", "\x00\x7f\u0080\u00a0\u00ad"} {
		b.add("repr", encStr(StrRepr(s)), argStr(s))
	}
	b.check(t)
}

func TestStrReprAllCodePoints(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: all 1114112 code points")
	}
	lines := runPython(t, `
for c in range(0x110000):
    print(repr(chr(c)))
`, "")
	if len(lines) != 0x110000 {
		t.Fatalf("got %d lines", len(lines))
	}
	bad := 0
	for c := 0; c < 0x110000; c++ {
		s := string(appendWTF8(nil, rune(c)))
		if got := StrRepr(s); got != lines[c] && c != '\n' {
			if bad++; bad < 20 {
				t.Errorf("repr(chr(%#x)) = %s, python3 %s", c, got, lines[c])
			}
		}
	}
	if got := StrRepr("\n"); got != `'\n'` {
		t.Errorf("repr('\\n') = %s", got)
	}
}

func TestStrReprCases(t *testing.T) {
	cases := []string{
		"", "a", "'", "\"", "'\"", "a'b", "a\"b", "\\", "\\'", "\t\n\r\x00\x1f\x7f\u0080\u00a0\u00ad",
		"é", "日本", "\u2028", "\U0001F600", "\U000E0001", "\ufeff", "'\\\"", "it's",
		"\u00ff", "\u0100", "\U00010000", "\U0010ffff", "\ufffd",
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
	lines := runPython(t, `
for line in sys.stdin:
    print(repr("".join(chr(int(x, 16)) for x in line.split())))
`, in.String())
	for i, c := range cases {
		if got := StrRepr(c); got != lines[i] {
			t.Errorf("repr(%q) = %s, python3 %s", c, got, lines[i])
		}
	}
	// A byte that is not WTF-8 shows as the surrogate surrogateescape
	// would have decoded it to.
	if got, want := StrRepr("a\xffb"), `'a\udcffb'`; got != want {
		t.Errorf("StrRepr(%q) = %s, want %s", "a\xffb", got, want)
	}
}

func TestBytesRepr(t *testing.T) {
	var b batch
	var cases []string
	for c := 0; c < 256; c++ {
		cases = append(cases, string([]byte{byte(c)}))
	}
	cases = append(cases, "", "'", "\"", "'\"", "it's", "say \"hi\"", "\\x", "abc\x00\xff")
	for _, c := range cases {
		b.add("repr", encStr(BytesRepr([]byte(c))), "b"+hexBytes([]byte(c)))
	}
	b.check(t)
}
