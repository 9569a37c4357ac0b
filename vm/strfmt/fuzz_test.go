package strfmt

// Fuzz tests: no input may make the package panic. Every formatter runs on
// arbitrary specs, formats and templates; the differential tests check the
// answers.

import (
	"math/big"
	"testing"
)

// hugeNumber reports whether s holds a run of 8 or more digits: a width or
// precision that would make the result hundreds of megabytes, which is
// correct but too slow for fuzzing.
func hugeNumber(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= 8 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func FuzzFormatSpec(f *testing.F) {
	for _, s := range []string{"", "<10,.3f", "0=+#20_x", "\xed\xa0\x80^5", ".1000000e", "z#0", "c", "99999999999999999999"} {
		f.Add(s, int64(-12345), 2.5)
	}
	f.Fuzz(func(t *testing.T, spec string, i int64, x float64) {
		if len(spec) > 64 || hugeNumber(spec) {
			return
		}
		FormatInt64(i, spec)
		FormatInt(new(big.Int).Lsh(big.NewInt(i), 70), spec)
		FormatFloat(x, spec)
		FormatComplex(x, -x, spec)
		FormatString(spec, spec)
	})
}

func FuzzPercent(f *testing.F) {
	for _, s := range []string{"%s", "%(a)s", "%*.*f", "%#08x%%", "%(a", "%-+ #0c", "%.1000000d", "%l"} {
		f.Add(s, int64(65))
	}
	f.Fuzz(func(t *testing.T, format string, i int64) {
		if len(format) > 64 || hugeNumber(format) {
			return
		}
		items := []*tval{
			{k: 'i', i: big.NewInt(i % 1000)},
			{k: 'f', f: float64(i)},
			{k: 's', s: "é"},
			{k: 'n'},
		}
		Percent(format, &targs{tuple: items})
		Percent(format, &targs{one: items[i&3]})
		Percent(format, &targs{one: &tval{k: 'd'}})
	})
}

func FuzzTemplate(f *testing.F) {
	for _, s := range []string{"{}", "{0.a[1]!r:>{w}}", "{{}}", "{:{:{}}}", "{0[}", "{!", "{ns.c[0]:x}"} {
		f.Add(s)
	}
	env := newTenv()
	f.Fuzz(func(t *testing.T, tmpl string) {
		if len(tmpl) > 128 || hugeNumber(tmpl) {
			return
		}
		Render(tmpl, env)
		RenderMap(tmpl, env)
		ParseFormatString(tmpl)
		SplitFieldName(tmpl, nil)
	})
}
