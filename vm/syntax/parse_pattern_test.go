package syntax

// Tests of match-statement patterns against CPython (see
// parse_stmt_test.go for the harness).

import "testing"

// patternCases wraps each pattern in a match statement.
func patternCases(pats []string) []string {
	out := make([]string, len(pats))
	for i, p := range pats {
		out[i] = "match x:\n    case " + p + ":\n        pass\n"
	}
	return out
}

var patternValid = []string{
	// literals
	"1", "-1", "1.5", "-1.5", "1j", "-1j", "1 + 2j", "1 - 2j", "-1 + 2j", "-1.5 - 2.5j",
	"0x10", "1_000", "'s'", "b'b'", "'a' 'b'", "\"\"\"doc\"\"\"", "None", "True", "False",
	"f'x'", "f'{y}'", "0 + 0j", "1e3 + 1e3j",
	// capture, wildcard, value
	"a", "_", "a.b", "a.b.c", "match", "case", "_.a", "a._",
	// groups and sequences
	"(a)", "((a))", "(1)", "()", "[]", "[a]", "[a,]", "[a, b]", "(a,)", "(a, b)", "(a, b,)",
	"a, b", "a, b,", "a,", "*a, b", "a, *b", "[*a]", "[*_]", "(*a,)", "*_, a", "[a, *_, b]",
	"[[a], (b, c), [*d]]",
	// or
	"a | b", "1 | 2 | 3", "(a | b)", "[a | b, c]", "None | True | 'x'", "a.b | c.d",
	// as
	"a as b", "1 as b", "(a | b) as c", "[a] as b", "(a as b)", "[a as b, c as d]",
	"a | b as c", "_ as x", "(1 as a) | (2 as a)",
	// mappings
	"{}", "{1: a}", "{1: a,}", "{'a': a, 'b': b}", "{**rest}", "{**rest,}", "{1: a, **rest}",
	"{1: a, **rest,}", "{a.b: c}", "{None: a, True: b, False: c}", "{-1: a, 1 + 2j: b}",
	"{'k': [a, {'j': b}]}", "{b'x': 1}",
	// classes
	"C()", "C(a)", "C(a,)", "C(a, b)", "C(x=a)", "C(x=a,)", "C(x=a, y=b)", "C(a, x=b)",
	"C(a, b, x=c, y=d,)", "a.b.C()", "a.B(c.D(e), x=[f])", "int(x) | str(x)", "C(x=1 | 2)",
	"C(_)", "C(x=_)", "match()", "case(x=1)",
	// mixes
	"[1, 'a', None, a.b, (c as d), {1: e}, F(g)]",
	"1 if x", "(a, b) if a > b", "_ if True",
}

func TestPatternValid(t *testing.T) {
	srcs := patternCases(patternValid)
	srcs = append(srcs,
		"match x:\n    case 1: pass\n    case 2 | 3: pass\n    case _: pass\n",
		"match x:\n    case [a, b] if a > b:\n        pass\n    case {'k': v}:\n        pass\n",
		"match (x, y):\n    case (1, 2): pass\n",
	)
	n := stmtCompare(t, srcs, FileMode)
	t.Logf("%d/%d snippets agree with CPython", n, len(srcs))
}

var patternErrors = []string{
	"a as _", "a as 1", "a as b.c", "a as (b)", "a as [b]", "1 as b + c", "(a as b) as 1",
	"C(x=a, b)", "C(a, x=b, c)", "C(x=a, b, c)", "C(a, x=b, c, d)", "C(x=a, y=b, c,)",
	"1j + 2j", "-1j + 2j", "1 + 2", "1 - 2", "1 + a", "-a", "--1", "+1", "1 + 2j + 3j",
	"a.b()", "a()()", "a[0]", "a.b(", "f(", "1 +", "{a: 1}", "{**_}", "{**a, b: 1}",
	"{1: a, **rest, 2: b}", "{1}", "{**a.b}", "*a", "**a", "[**a]", "(*a)", "a | *b",
	"[*a.b]", "x := 1", "a, b as c", "lambda: 1", "not x", "a.b = 1", "C(x=)", "C(1=a)",
	"C(a=1, a=2)", "'a' f'b'", "1 + 'a'", "...", "{...: a}", "a if", "a, b if x",
	"[a, b", "(a, b", "case x", "a b", "0xZ",
}

func TestPatternErrors(t *testing.T) {
	srcs := patternCases(patternErrors)
	srcs = append(srcs,
		"match x:\n    case 1:\n    pass\n",
		"match x:\n    case:\n        pass\n",
		"match x:\n    case 1\n        pass\n",
		"match x:\n    case 1:\n        pass\n    else:\n        pass\n",
		"match x, y\n    case 1: pass\n",
		"match x:\ncase 1: pass\n",
		"match *x:\n    case 1: pass\n",
		"match x:\n    case 1: pass\n  case 2: pass\n",
	)
	n := stmtCompare(t, srcs, FileMode)
	t.Logf("%d/%d error snippets agree with CPython", n, len(srcs))
}
