// Fuzz target for the parsers: no input may panic, and what parses must
// print back to a string that parses to the same value.

package num

import (
	"math"
	"testing"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{"0", "-12_3", " 0x_1f ", "1e5", "inf", "-nan", "0x1.8p1", "١٢", "1__0", "0b", "9" + zeros(30)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, base := range []int{0, 2, 10, 16, 36} {
			v, err := ParseInt(s, base, DefaultMaxStrDigits)
			if err != nil {
				if _, ok := err.(*Error); !ok {
					t.Fatalf("ParseInt(%q, %d): error %v is not *Error", s, base, err)
				}
				continue
			}
			back, err := ParseInt(v.String(), 10, 0)
			if err != nil || !back.Equal(v) {
				t.Fatalf("ParseInt(%q, %d) = %s does not round-trip", s, base, v)
			}
			_ = v.Hash()
			_, _ = v.Float()
		}
		if x, err := ParseFloat(s); err == nil {
			y, err := ParseFloat(FloatRepr(x))
			if err != nil || (y != x && !(math.IsNaN(x) && math.IsNaN(y))) || math.Signbit(x) != math.Signbit(y) && !math.IsNaN(x) {
				t.Fatalf("ParseFloat(%q) = %v does not round-trip through %q", s, x, FloatRepr(x))
			}
		}
		if x, err := FloatFromHex(s); err == nil {
			y, err := FloatFromHex(FloatHex(x))
			if err != nil || (y != x && !(math.IsNaN(x) && math.IsNaN(y))) {
				t.Fatalf("FloatFromHex(%q) = %v does not round-trip", s, x)
			}
		}
		_, _ = ParseIntBytes([]byte(s), 0, DefaultMaxStrDigits)
		_, _ = ParseFloatBytes([]byte(s))
		_ = StrRepr(s)
	})
}
