package syntax

// Tests of the f-string expression sub-parser (parse_fstring.go): node
// positions inside replacement fields, and the positions, texts and
// messages of errors raised inside them, compared with CPython through the
// harness of parse_expr_test.go.

import (
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"
)

var fstringValidCases = []string{
	"f'{x}'", "f'a{x}b{y}c'", "f'{x!r}'", "f'{x:>10}'", "f'{x!r:>{w}}'", "f'{x=}'", "f'{ x = }'",
	"f'{x=!r:>5}'", "f'{{}}'", "f'{x}' 'y' f'{z}'", "'a' f'{x}'", "f'{a + b}'", "f'{ a + b }'",
	"f'{f(a, b)}'", "f'{a[1:2]}'", "f'{(lambda: 1)()}'", "f'{x for x in y}'", "f'{*a,}'",
	"f'{a, b}'", "f'{yield}'", "f'{(yield)}'", "f'{\"a\"}'", "f'{f\"{x}\"}'", "f\"{f'{x}'}\"",
	"x = f'{a}' f'{b}'", "f'''\n{x}\n'''", "f'''{\nx\n}'''", "f'''a\n  {x + y}'''",
	"x = (f'{a}'\n     f'{b}')", "f'{x:{y}.{z}}'", "f'{a:=1}'", "f'{(a:=1)}'", "f'{ä}ö{ü}'",
	"x = 1 + f'ä{b}'", "f'{x!s}'", "f'{x!a}'", "f'{3.14:.2f}'", "rf'{x}\\n'", "fr'{x}'",
	"f'{x}' f'{y}' 'z'", "f'''{\n  a +\n  b}'''", "f'{a if b else c}'", "f'{a}{b}{c}'",
	"f'{\"\\N{DASH}\"}'", "f'{x:}'", "f'{x!r:}'", "f'{a:{b:{c}}}'",
}

func TestFStringSubParseValid(t *testing.T) {
	n := exprCompare(t, fstringValidCases)
	t.Logf("%d/%d valid f-string snippets match CPython", n, len(fstringValidCases))
}

var fstringErrorCases = []string{
	"f'{a b}'", "f'{c d}'", "f'{ c d }'", "x = 1 + f\"ää{ c d } {d!r}\"", "f'{*x}'", "f'{**x}'",
	"f'{a $ b}'", "x = f'{1_}'", "x = f'''{a\n b c}'''", "x = f'''{\n b c}'''",
	"x = f'{a b}' + f'{c d}'", "x = f'{a(b c)}'", "x = f'{lambda x:1}'", "x = f\"{f'{}'}\"",
	"x = f\"{f'{a b}'}\"", "x = f\"{'a' b'c'}\"", "x = f'{x:{a b}}'", "x = f\"{'ä' $}\"",
	"pass\npass\nx = f'''{a\n b c}'''", "pass\nx = f'''{a b\n c}'''", "pass\nx = f'''{a b}\n'''",
	"x = f'{a = 1}'", "f'{a!x}'", "f'{}'", "f'{ }'", "f'{!r}'", "f'{:x}'", "f'{=}'",
	"f'{a:=1 b}'", "f'{(a b)}'", "f'{a.b := 1}'", "f'{f(**a, *b)}'", "f'{[x for x in]}'",
	"f'{x = y}'", "x = f'{' + '(' * 10 + 'a b' + ')' * 10 + '}'", "f'{x!r=}'",
	"f'{ä b}'", "f'{a}' f'{b c}'", "f'{{a b}}' f'{c d}'",
	"f'{*{await 2.5: *x, for c, **None}}}' = x", "x = f'{ {1: *a} }'", "x = f\"\"\"{ {1:\n *a, 2: 3} }\"\"\"",
	"x = f'{ {1: 2, 3} }'", "x = f'{ {1: 2, 3:} }'",
	"f'{" + strings.Repeat("1", 5000) + "}'",
}

func TestFStringSubParseErrors(t *testing.T) {
	n := exprCompare(t, fstringErrorCases)
	t.Logf("%d/%d f-string error snippets match CPython", n, len(fstringErrorCases))
}

// TestFStringSubParseRandom embeds random (and randomly broken) expressions in
// f-string replacement fields at various places, so that the positions of
// the sub-parser's nodes and errors are compared with CPython's.
func TestFStringSubParseRandom(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 200
	}
	seed := int64(5)
	if v := os.Getenv("EXPR_RANDOM"); v != "" {
		fmt.Sscan(v, &n, &seed)
	}
	g := &exprGen{rng: rand.New(rand.NewSource(seed))}
	wrappers := []string{
		"f\"{%s}\"", "x = f\"ab{%s}cd\"", "x = 1 + f\"é{%s}\"", "f\"\"\"\n  {%s}\"\"\"", "y = (f\"a\"\n     f\"{%s}\")",
		"f\"{%s!r}\"", "f\"{%s:>{w}}\"", "f\"{ %s = }\"", "pass\nz = f\"\"\"{\n%s}\"\"\"", "f\"{x}{%s}\"",
		"f\"\"\"{%s\n}\"\"\"", "def f():\n    return f\"{%s}\"\n",
	}
	var srcs []string
	for i := 0; i < n; i++ {
		e := g.expr()
		if g.rng.Intn(3) == 0 {
			e = g.mutate(e)
		}
		if strings.ContainsAny(e, "\"!:=") && g.rng.Intn(2) == 0 {
			// Keep most fields free of characters that end the expression.
			e = strings.NewReplacer("!=", "<", ":=", "=", "=", "==").Replace(e)
		}
		srcs = append(srcs, fmt.Sprintf(wrappers[g.rng.Intn(len(wrappers))], e))
	}
	ok := exprCompare(t, srcs)
	t.Logf("%d/%d random f-string snippets match CPython", ok, len(srcs))
}
