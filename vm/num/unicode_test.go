// Checks of the Unicode tables and str case conversions against python3.

package num

import (
	"bytes"
	"go/format"
	"math/rand"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// TestUnicodeTables regenerates unicode_tables.go with python3 and
// requires the checked-in file to be identical.
func TestUnicodeTables(t *testing.T) {
	runPython(t, "pass", "") // skips without CPython 3.11
	out, err := exec.Command("python3", "gen_unicode.py").Output()
	if err != nil {
		t.Fatalf("gen_unicode.py: %v", err)
	}
	want, err := format.Source(out)
	if err != nil {
		t.Fatalf("formatting generated tables: %v", err)
	}
	got, err := os.ReadFile("unicode_tables.go")
	if err != nil {
		t.Fatalf("reading unicode_tables.go: %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("unicode_tables.go is out of date: run gen_unicode.py")
	}
}

// TestStrCaseMethods compares the case conversions and predicates of
// random strings (mixing ASCII, Greek sigmas, combining marks, ligatures,
// titlecase digraphs and random code points) with python3's.
func TestStrCaseMethods(t *testing.T) {
	pool := []rune("aAzZ '.-_1ΣσςΑάΐΰİıßﬁﬀǅǄǆŉ\u0301\u0345\u00ad·ʼᾳᾼΐẞ")
	r := rand.New(rand.NewSource(5))
	var inputs []string
	for i := 0; i < 3000; i++ {
		n := r.Intn(8)
		rs := make([]rune, n)
		for j := range rs {
			if r.Intn(4) == 0 {
				c := rune(r.Intn(0x30000))
				if c >= 0xd800 && c < 0xe000 {
					c = 'x'
				}
				rs[j] = c
			} else {
				rs[j] = pool[r.Intn(len(pool))]
			}
		}
		inputs = append(inputs, string(rs))
	}
	var in strings.Builder
	for _, s := range inputs {
		in.WriteString(strconv.QuoteToASCII(s) + "\n")
	}
	script := `
import ast
for line in sys.stdin:
    s = ast.literal_eval(line)
    outs = [s.lower(), s.upper(), s.title(), s.capitalize(), s.swapcase(), s.casefold()]
    flags = "".join("T" if f else "." for f in [s.islower(), s.isupper(), s.istitle(), s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isspace(), s.isidentifier()])
    print(" ".join("-".join("%x" % ord(c) for c in o) for o in outs), flags)
`
	want := runPython(t, script, in.String())
	all := func(rs []rune, p func(rune) bool) bool {
		if len(rs) == 0 {
			return false
		}
		for _, r := range rs {
			if !p(r) {
				return false
			}
		}
		return true
	}
	for i, s := range inputs {
		rs := []rune(s)
		var outs []string
		for _, f := range []func([]rune) []rune{Lower, Upper, Title, Capitalize, Swapcase, Casefold} {
			var cps []string
			for _, c := range f(rs) {
				cps = append(cps, strconv.FormatInt(int64(c), 16))
			}
			outs = append(outs, strings.Join(cps, "-"))
		}
		flags := ""
		for _, f := range []bool{StrIsLower(rs), StrIsUpper(rs), StrIsTitle(rs), all(rs, IsAlpha), all(rs, IsDecimal), all(rs, IsDigit), all(rs, IsNumeric), all(rs, IsAlnum), all(rs, IsSpace), IsIdentifier(rs)} {
			if f {
				flags += "T"
			} else {
				flags += "."
			}
		}
		got := strings.Join(outs, " ") + " " + flags
		if got != want[i] {
			t.Errorf("%+q:\n got %s\nwant %s", s, got, want[i])
		}
	}
}
