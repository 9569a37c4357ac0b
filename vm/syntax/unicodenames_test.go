package syntax

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

func TestNamed14Table(t *testing.T) {
	out := runPython(t, `
import unicodedata as u
rs = []
for c in range(0x110000):
    n = u.name(chr(c), None)
    if n is None or n.startswith("CJK UNIFIED IDEOGRAPH-") or n.startswith("HANGUL SYLLABLE "):
        continue
    if rs and rs[-1][1] == c - 1:
        rs[-1][1] = c
    else:
        rs.append([c, c])
print(" ".join("%x-%x" % tuple(r) for r in rs))
`, "")
	var got []string
	for _, r := range named14 {
		got = append(got, fmt.Sprintf("%x-%x", r[0], r[1]))
	}
	if strings.Join(got, " ") != strings.TrimSpace(out) {
		t.Errorf("named14 differs from python3's unicodedata; regenerate it")
	}
}

// TestLookupAllNames looks up the name of every named code point, in upper
// and lower case, and checks the result against CPython's \N{} escapes.
func TestLookupAllNames(t *testing.T) {
	lines := pyLines(t, `
import unicodedata as u
for c in range(0x110000):
    n = u.name(chr(c), None)
    if n is not None:
        print("%x;%s" % (c, n))
`, "")
	if len(lines) < 100000 {
		t.Fatalf("only %d names", len(lines))
	}
	bad := 0
	for _, l := range lines {
		hex, name, _ := strings.Cut(l, ";")
		want, _ := strconv.ParseUint(hex, 16, 32)
		algorithmic := strings.HasPrefix(name, "CJK UNIFIED IDEOGRAPH-") || strings.HasPrefix(name, "HANGUL SYLLABLE ")
		if r, ok := lookupUnicodeName(name); !ok || r != rune(want) {
			if bad++; bad < 20 {
				t.Errorf("lookupUnicodeName(%q) = %#x, %v; want %#x", name, r, ok, want)
			}
		}
		r, ok := lookupUnicodeName(strings.ToLower(name))
		if algorithmic && ok || !algorithmic && (!ok || r != rune(want)) {
			if bad++; bad < 20 {
				t.Errorf("lookupUnicodeName(%q) = %#x, %v", strings.ToLower(name), r, ok)
			}
		}
	}
	t.Logf("%d names checked", len(lines))
}

// TestLookupAliasesAndMisses checks every alias of the table, and names
// that must not resolve, against CPython's \N{} escapes.
func TestLookupAliasesAndMisses(t *testing.T) {
	var names []string
	for _, a := range nameAliases {
		names = append(names, a.name)
	}
	for i := 1; i <= 257; i++ {
		names = append(names, "VS"+strconv.Itoa(i))
	}
	names = append(names, "KAWI SIGN CANDRABINDU", "TANGUT IDEOGRAPH-17000", "KEYCAP NUMBER SIGN",
		"HANGUL SYLLABLE ", "HANGUL SYLLABLE G", "HANGUL SYLLABLE GGGA", "HANGUL SYLLABLE AX",
		"CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4DC0",
		"CJK UNIFIED IDEOGRAPH-3134B", "CJK UNIFIED IDEOGRAPH-3134A", "LATIN SMALL LETTER A ",
		" LATIN SMALL LETTER A", "BELL", "ALERT", "bel", "Zwj", "LATIN SMALL LETTER GHA",
		"HANGUL SYLLABLE YAE", "HANGUL SYLLABLE GYAE", "HANGUL SYLLABLE GGYAEGG")
	var in strings.Builder
	for _, n := range names {
		in.WriteString(n + "\n")
	}
	lines := pyLines(t, `
for line in sys.stdin:
    n = line.rstrip("\n")
    try:
        print("%x" % ord(eval('"\\N{%s}"' % n)))
    except SyntaxError:
        print("-")
`, in.String())
	for i, n := range names {
		got := "-"
		if r, ok := lookupUnicodeName(n); ok {
			got = fmt.Sprintf("%x", r)
		}
		if got != lines[i] {
			t.Errorf("lookupUnicodeName(%q) = %s, python3 %s", n, got, lines[i])
		}
	}
}
