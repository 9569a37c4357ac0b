package strfmt

// Tests of the text primitives: the Unicode decimal digit table, and lone
// surrogates going through the formatters.

import (
	"fmt"
	"math/big"
	"strings"
	"testing"
)

// TestDecimalTable checks decimalValue against unicodedata.decimal for
// every code point.
func TestDecimalTable(t *testing.T) {
	want := runPython(t, `
import unicodedata
print(' '.join('%x:%d' % (c, unicodedata.decimal(chr(c))) for c in range(sys.maxunicode + 1) if unicodedata.decimal(chr(c), -1) >= 0))
`, []string{""})
	var got []string
	for c := rune(0); c <= 0x10FFFF; c++ {
		if d := decimalValue(c); d >= 0 {
			got = append(got, fmt.Sprintf("%x:%d", c, d))
		}
	}
	if g := strings.Join(got, " "); g != want[0] {
		t.Errorf("decimalValue differs from unicodedata.decimal; regenerate decimalZeros")
	}
}

// Spot checks of lone surrogates, which the random tests reach rarely.
func TestSurrogatesDifferential(t *testing.T) {
	var lines, got []string
	for _, c := range []int64{0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xD7FF, 0xE000} {
		v := &tval{k: 'i', i: big.NewInt(c), tok: "i:" + big.NewInt(c).String()}
		for _, f := range []string{"%c", "%3c", "%-3c|"} {
			s, err := Percent(f, &targs{tuple: []*tval{v}})
			lines = append(lines, hx(f)+"|T|"+v.tok)
			got = append(got, answer(s, err))
		}
	}
	sur := "\xed\xa0\x80"
	for _, f := range []string{"%s", "%5s", "%.1s", "%r", "%a", "%c"} {
		v := &tval{k: 's', s: sur, tok: "s:" + hx(sur)}
		s, err := Percent(f, &targs{tuple: []*tval{v}})
		lines = append(lines, hx(f)+"|T|"+v.tok)
		got = append(got, answer(s, err))
	}
	want := runPython(t, pyPercentScript, lines)
	compareAnswers(t, lines, got, want)

	var cases []formatCase
	for _, spec := range []string{"c", "\xed\xa0\x80^5c", "\xed\xb0\x80<4"} {
		s, err := FormatInt64(0xDC01, spec)
		cases = append(cases, formatCase{"i 56321 - " + hx(spec), answer(s, err)})
		s, err = FormatString(sur+"a", spec)
		cases = append(cases, formatCase{"s " + hx(sur+"a") + " - " + hx(spec), answer(s, err)})
	}
	checkFormat(t, cases)
}
