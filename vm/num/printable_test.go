// Checks of the Unicode 14.0 printability table against python3.

package num

import (
	"fmt"
	"strings"
	"testing"
)

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
	if strings.Join(got, " ") != strings.TrimSpace(strings.Join(out, "\n")) {
		t.Errorf("nonPrintable differs from python3's str.isprintable; regenerate it")
	}
	// IsPrintable reads the table right, including its ASCII fast path.
	np := make([]bool, 0x110000)
	for _, r := range nonPrintable {
		for c := r[0]; c <= r[1]; c++ {
			np[c] = true
		}
	}
	for c := range np {
		if IsPrintable(rune(c)) == np[c] {
			t.Errorf("IsPrintable(%#x) = %v", c, !np[c])
		}
	}
	for _, r := range []rune{-1, 0x110000, 0x7fffffff} {
		if IsPrintable(r) {
			t.Errorf("IsPrintable(%#x) = true", r)
		}
	}
}
