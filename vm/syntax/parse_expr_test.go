package syntax

// Tests of the expression rules: each snippet is compiled by CPython
// (python3, one process per list) and parsed by ParseText; the ast.dump
// with positions, or the SyntaxError's type, message, location and text,
// must agree.

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// exprPyResult is one snippet's result, from CPython or from us.
type exprPyResult struct {
	Dump      string `json:"dump"`
	Type      string `json:"type"`
	Msg       string `json:"msg"`
	Lineno    int    `json:"lineno"`
	Offset    int    `json:"offset"`
	EndLineno int    `json:"end_lineno"`
	EndOffset int    `json:"end_offset"`
	Text      string `json:"text"`
}

const exprPyScript = `
import ast, json, sys
out = []
mode = sys.argv[1]
for src in json.load(sys.stdin):
    try:
        tree = compile(src, "<test>", mode, ast.PyCF_ONLY_AST)
        out.append({"dump": ast.dump(tree, include_attributes=True)})
    except SyntaxError as e:
        out.append({"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno or 0,
                    "offset": e.offset or 0, "end_lineno": e.end_lineno or 0,
                    "end_offset": e.end_offset or 0, "text": e.text or ""})
    except Exception as e:
        out.append({"type": type(e).__name__, "msg": str(e)})
json.dump(out, sys.stdout)
`

// exprRunPython returns CPython's results, or skips without python3.
func exprRunPython(t *testing.T, srcs []string, mode string) []exprPyResult {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	in, err := json.Marshal(srcs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("python3", "-c", exprPyScript, mode)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var res []exprPyResult
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	if len(res) != len(srcs) {
		t.Fatalf("python3 returned %d results for %d snippets", len(res), len(srcs))
	}
	return res
}

// exprOurs parses src and formats the result like exprPyResult.
func exprOurs(src string, mode Mode) (res exprPyResult, panicked string) {
	defer func() {
		if r := recover(); r != nil {
			panicked = fmt.Sprint(r)
		}
	}()
	mod, err := ParseText("<test>", src, mode)
	if err != nil {
		e := err.(*Error)
		return exprPyResult{Type: e.Type, Msg: e.Msg, Lineno: e.Lineno, Offset: e.Offset,
			EndLineno: e.EndLineno, EndOffset: e.EndOffset, Text: e.Text}, ""
	}
	return exprPyResult{Dump: DumpWith(mod, DumpOptions{IncludeAttributes: true})}, ""
}

func exprFmt(r exprPyResult) string {
	if r.Type == "" {
		return r.Dump
	}
	return fmt.Sprintf("%s: %s (%d:%d-%d:%d) %q", r.Type, r.Msg, r.Lineno, r.Offset, r.EndLineno, r.EndOffset, r.Text)
}

// exprShort abbreviates long snippets and results in failure messages.
func exprShort(s string) string {
	if len(s) > 300 {
		return s[:150] + "..." + s[len(s)-150:]
	}
	return s
}

// exprCompare checks every snippet against CPython and returns the number
// that agree.
//
// Every snippet gets a final newline, so that error texts agree.
// Snippets on which CPython fails with something other than a SyntaxError
// (a MemoryError from its parser's stack limit) are counted as agreeing.
func exprCompare(t *testing.T, srcs []string) int {
	t.Helper()
	return exprCompareMode(t, srcs, FileMode)
}

// exprModeNames maps our modes to compile()'s mode argument.
var exprModeNames = map[Mode]string{FileMode: "exec", EvalMode: "eval", SingleMode: "single"}

// exprCompareMode is exprCompare for a given parsing mode.
func exprCompareMode(t *testing.T, srcs []string, mode Mode) int {
	t.Helper()
	srcs = append([]string(nil), srcs...)
	for i, s := range srcs {
		if !strings.HasSuffix(s, "\n") {
			srcs[i] = s + "\n"
		}
	}
	want := exprRunPython(t, srcs, exprModeNames[mode])
	okCount := 0
	for i, src := range srcs {
		if w := want[i].Type; w != "" && w != "SyntaxError" && w != "IndentationError" && w != "TabError" {
			okCount++
			continue
		}
		got, panicked := exprOurs(src, mode)
		if panicked != "" {
			t.Errorf("%q: panic: %s", exprShort(src), panicked)
			continue
		}
		if w := want[i].Text; strings.Contains(strings.TrimSuffix(w, "\n"), "\n") {
			// CPython's text is its tokenizer buffer, which holds every
			// line of a multi-line token: not this file's business.
			got.Text = w
		}
		if exprFmt(got) != exprFmt(want[i]) {
			t.Errorf("%q:\n got: %s\nwant: %s", exprShort(src), exprShort(exprFmt(got)), exprShort(exprFmt(want[i])))
			continue
		}
		okCount++
	}
	return okCount
}

var exprValidCases = []string{
	// atoms
	"x", "True", "False", "None", "...", "1", "1.5", "1j", "0x1F", "1_000", "'a'", "b'x'",
	"'a' 'b'", "u'x'", "x.y.z", "(x)", "((x))", "()", "(1,)", "(1, 2)", "(1, 2,)",
	"[]", "[1]", "[1, 2,]", "[*a, *b]", "{}", "{1}", "{1, 2}", "{*a}", "{1: 2}", "{1: 2, **a, 3: 4}",
	"{**a}", "{**a, **b,}", "(yield)", "(x := 1)", "(*a, b)", "ä", "ﬁ = 1",
	// operators
	"a or b or c", "a and b and c", "a or b and c", "not a", "not not a", "a < b", "a < b <= c",
	"a == b != c", "a in b", "a not in b", "a is b", "a is not b", "a > b >= c",
	"a | b ^ c & d", "a << b >> c", "a + b - c", "a * b / c // d % e @ f", "-a", "+a", "~a", "--a",
	"a ** b ** c", "-a ** -b", "await x", "await x ** 2", "a if b else c", "a if b else c if d else e",
	"lambda: 1", "lambda x: x", "lambda x, y=1, *a, z, **k: 0", "lambda *, a: a", "lambda a, /, b: 0",
	"x = lambda: (yield)",
	// primaries
	"f()", "f(a)", "f(a, b)", "f(a,)", "f(*a)", "f(**a)", "f(a, *b, c=1, **d)", "f(a=1, *b)",
	"f(x for x in y)", "f(x for x in y)(z)", "f(a)(b)[c].d", "a[1]", "a[1:2]", "a[::]", "a[:]",
	"a[1:2:3]", "a[:, 1]", "a[1, 2]", "a[1,]", "a[*b]", "a[*b, c]", "a[b:=1]", "a[(b:=1)]",
	"f(*a, b)", "f(a, *b, c, **d, e=1)", "f(**a, b=1)", "f(a := 1)", "f(x=1, y=2)",
	"f(a, b=c, *d, **e)", "print(x, file=y)", "f(*a, *b, **c, **d)", "f(x, y for y in z)",
	"a.b(c)[d](e)", "x[a:b, c:d]", "x[a, b:c, *d]",
	// comprehensions
	"[x for x in y]", "[x for x in y if z]", "[x for x in y if a if b for z in w]",
	"{x for x in y}", "{x: y for x, y in z}", "(x for x in y)", "[x async for x in y]",
	"[(a, b) for a, b in c]", "[a for *a, b in c]", "[y := 1 for x in z]", "[x for x in (yield)]",
	"[x for x in lambda: y]", "(x for x in y if (z := 1))", "[x for [a, b] in c]",
	"[x for a.b in c]", "[x for a[0] in c]", "[x for (a) in c]",
	// yield
	"def f():\n    yield\n", "def f():\n    yield 1\n", "def f():\n    yield 1, 2\n",
	"def f():\n    yield from x\n", "def f():\n    x = yield\n", "def f():\n    x = yield from y\n",
	"def f():\n    await x\n", "async def f():\n    await x\n", "async def f():\n    [x async for x in y]\n",
	// misc
	"a; b", "x = *a, *b", "x = (*a, *b)", "return_ = 1", "match = 1", "case = 1", "_ = 1",
	"print(match, case)", "x = [\n  1,\n  2,\n]", "x = (\n  a\n  + b\n)", "x = a if b else\\\n  c",
	"@dec\ndef f(): pass", "@a.b(c)\ndef f(): pass", "class C(A, B, metaclass=M): pass",
	"class C(*a, **k): pass", "assert a, b", "raise a from b", "global a", "x = not a in b",
	"a < b == c > d", "a = b = c = d", "x[1:2, ...]", "x[...]", "f(*args, **kwargs)",
	"1 if 2 else 3 if 4 else 5", "(a for b in c for d in e if f)", "{**a, 'b': 1}",
	"x = {a: b for a in c if d}", "[[[[1]]]]", "((((1))))", "{{{1}}}", "lambda a=(1, 2): a",
	"lambda: (yield)", "lambda *a, **k: (a, k)",
}

func TestExprValid(t *testing.T) {
	n := exprCompare(t, exprValidCases)
	t.Logf("%d/%d valid snippets match CPython", n, len(exprValidCases))
}

var exprErrorCases = []string{
	// invalid_expression
	"(a b)", "x = (a b)", "x = a b", "f(a b)", "[a b]", "{a b}", "(c d)", "(m n)", "(ma x)",
	"(_ x)", "(case x)", "(match x)", "(print a)", "(a 'b')", "x = [1 2]", "a if b", "x = a if b",
	"a if b:\n    pass", "(a if b)", "(a if b else)", "print 'x'", "print a, b", "exec 'x'",
	"print", "print(x) y", "foo 1", "a b c", "(a b c)", "(1 if 2 3)",
	// invalid_named_expression
	"(a.b := 1)", "(a[0] := 1)", "((a) := 1)", "f(a.b := 1)", "(1 := 2)", "(a, b := 1)",
	"if a = 1: pass", "if a.b = 1: pass", "if (a = 1): pass", "f(a, b = 1)", "while x = 1: pass",
	"if True = 1: pass", "if [a] = 1: pass", "if a + b = c: pass", "if f() = 1: pass",
	"if ... = 1: pass", "if 1 = 1: pass", "if 'a' = 1: pass", "if a = b = c: pass",
	"if a == b = c: pass", "[x := 1 for x in y]", "x = (y := 1) := 2", "if x:=1 = 2: pass",
	// groups
	"(*a)", "(**a)", "x = (*a)", "print(*a)", "(**a, b)",
	// comprehensions
	"[*a for a in b]", "{*a for a in b}", "(*a for a in b)", "{**a for a in b}", "[a, b for a in c]",
	"{a, b for a in c}", "[a, for a in c]", "{a, for a in c}", "[x for x in]", "[x for 1 in y]",
	"[x for f() in y]", "[x for a, f() in y]", "[x for *a in y]", "[x for x in y z]",
	"[1 for x y]", "{a: b for **c in d}", "[x for a + b in c]", "[x async for a() in y]",
	"a {*b for b in c}", "x[*a for a in b]", "x[a, b for a in b]", "a [a, for a in b]",
	"(x for x in y) = 1", "[x for x in y] = 1",
	// dicts
	"{1:2, 3}", "{1:2, 3 + 4}", "{1:2, 3:}", "{1:2, 3:*a}", "{1:*a}", "{1:}", "{1:2, 3:*a, 4:5}",
	"{a: 1, b}", "{a, b: 1}", "a {1: *x}", "a {1:}", "a.b {1: 2, b}", "a() {1: 2, b}", "1 {1: 2, b}",
	"(a) {1: 2, b}", "not a {1: 2, b}", "a + {1: 2, b}", "-{1: 2, b}", "a if {1: 2, b} else c",
	"a if b else {1: 2, b}", "lambda: {1: 2, b}", "a (1 {1: 2, b})", "a ({1: 2, b})", "a b if {1: 2, b}",
	"a ... if {1: 2, b}", "a b; {1: 2, b}", "f(a b {1: 2, b})", "x = 1 {1: 2}", "f(**a, *b) + {1: 2, c}", "{**a: 1}", "{1: 2, **}", "{a:b:c}",
	// arguments
	"f(a=1, b)", "f(**a, b)", "f(**a, *b)", "f(**abc,   *b)", "f(x=1,   *b, **c, *d)",
	"f(a, **b, *c)", "f(a for a in b, c)", "f(c, a for a in b)", "f(a, b for b in c, d)",
	"f(a=1 for a in b)", "f(a, b=1 for a in b)", "f(True=1)", "f(None=1)", "f(False=1)",
	"f(a.b=1)", "f(1=2)", "f(a()=1)", "f(a, *b, c=1, d)", "f(a=1, **b, c)", "f(x for x in y, )",
	"f(x for x in y, a=1)", "class C(x for x in y): pass", "f(*)", "f(**)", "f(a, *)",
	"f(a=)", "f(=1)", "f(a, b=1, c)", "f(**a, b=1, c)", "f(a)(b=1, c)", "f(x for x in y)(a, b for b in c)",
	"f(a b=1)", "f(a, (b=1))", "f((a)=1)", "f(a.b.c=1, d)",
	"f(a=1, *)", "f(a, b=1, *)", "f(a, **b, *)", "f(**b, *)", "f(*a, *)", "f(a, *b, *)", "f(a=1, *b, *)",
	"f(**a, *b, c)", "f(**a, c=1, *b)", "f(**a, c)", "f(**a, *b=1)", "f(**a, *b+1)", "f(**a, *b for b in c)",
	"f(*a, b, *)", "f(*a, *b, *)", "f(a, *b, c=1, *)", "f(x, *a, *)", "f(*a, **b, *)", "f(*a, *  )",
	"f(*a, *c d)", "f(a, *, b)", "f(a, *, **b)", "f(*, a)", "f(a=1, *, b)", "f(*a, b=1, *)",
	// lambda
	"lambda: yield", "lambda x: x = 1", "lambda (x): x", "lambda *: 1", "lambda **k, a: 1",
	"lambda a=1, b: 1", "lambda a, a: 1",
	// numbers / strings
	"x = 1 <> 2", "x = " + strings.Repeat("1", 5000), "x = (" + strings.Repeat("9", 4301) + ")",
	"x = \"\\N{foo}\" + 1", "x = (\"\\N{foo}\"\n  \"a\"   )", "x = 'a' b'b'", "x = b'a' 'b'",
	// misc
	"x = (1, 2", "x = [1, 2)", "a.1", "a.if", "x = a.", "x = yield = 1", "x = (yield from)",
	"f(a)(", "x = {", "x = a[", "x = a[]", "x = a[1:2:3:4]", "a[*]", "a[**b]", "a[b=1]",
	"x = not", "x = a not b", "x = a is not not b", "1 +", "x = -", "x = a ** ", "await",
	"x = lambda", "x = lambda x", "@\ndef f(): pass", "x = (a, *)", "x = [*]", "x = {**}",
}

func TestExprErrors(t *testing.T) {
	n := exprCompare(t, exprErrorCases)
	t.Logf("%d/%d error snippets match CPython", n, len(exprErrorCases))
}

// TestExprDeepNesting checks that deeply nested brackets parse in linear
// time (the memoized rules keep the backtracking in check).
func TestExprDeepNesting(t *testing.T) {
	for _, c := range []struct{ open, close string }{
		{"(", ")"}, {"[", "]"}, {"{", "}"}, {"f(", ")"}, {"(-", ")"}, {"[(", ")]"}, {"a[", "]"},
		{"(", " b)"}, {"[", " for a in b]"}, {"{", ": 1, b}"}, {"f(**a, ", ")"}, {"(a := ", ")"},
		{"(lambda: ", ")"}, {"[*", "]"}, {"f(", " for a in b, c)"}, {"(", " if b)"},
	} {
		for _, stmt := range []string{"%s", "x = %s", "%s = 1", "del %s", "for %s in y: pass", "f'{%s}'"} {
			depth := 190
			if strings.HasPrefix(stmt, "f'") {
				depth = 150
			}
			expr := strings.Repeat(c.open, depth) + "x" + strings.Repeat(c.close, depth)
			src := fmt.Sprintf(stmt, expr)
			start := time.Now()
			exprOurs(src, FileMode)
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("%q...: %v", src[:20], d)
			}
		}
	}
}

// TestExprNestingAgrees compares moderately nested sources with CPython,
// errors included.
func TestExprNestingAgrees(t *testing.T) {
	var srcs []string
	for _, depth := range []int{10, 50, 199, 200, 201} {
		for _, c := range [][2]string{{"(", ")"}, {"[", "]"}, {"{", "}"}, {"(", " b)"}, {"[", " for a in b]"},
			{"{", ": 1, b}"}, {"f(**a, ", ")"}, {"(a := ", ")"}, {"[*", "]"}, {"(", " if b)"}} {
			e := strings.Repeat(c[0], depth) + "x" + strings.Repeat(c[1], depth)
			srcs = append(srcs, e, "x = "+e, e+" = 1")
		}
	}
	srcs = append(srcs, strings.Repeat("-", 500)+"x", strings.Repeat("not ", 300)+"x",
		"x = "+strings.Repeat("lambda: ", 200)+"1", "x = "+strings.Repeat("a if b else ", 200)+"c")
	n := exprCompare(t, srcs)
	t.Logf("%d/%d nested snippets match CPython", n, len(srcs))
}

// exprGen generates random expression source text from a small grammar.
type exprGen struct {
	rng   *rand.Rand
	depth int
}

var (
	exprGenAtoms = []string{"a", "b", "c", "x", "print", "match", "case", "_", "ma", "1", "2.5", "3j",
		"'s'", "b'y'", "f'{a}'", "f'{a!r:>{b}}'", "None", "True", "...", "f'{a=}'"}
	exprGenBinops = []string{"+", "-", "*", "/", "//", "%", "@", "**", "|", "^", "&", "<<", ">>"}
	exprGenCmpops = []string{"<", ">", "==", "!=", "<=", ">=", "in", "not in", "is", "is not"}
	exprGenStmts  = []string{"%s", "x = %s", "%s = x", "del %s", "for %s in y: pass", "with %s as z: pass", "%s += 1", "f(%s)", "[%s]", "{%s}", "(%s)", "x: %s = 1", "if %s: pass", "return %s", "lambda: %s", "f'{%s}'"}
	exprGenNoise  = []string{",", "=", ":=", "*", "**", "(", ")", "[", "]", "{", "}", ":", "for", "in", "if", "else", "lambda", "yield", "not", "a", "1", ".", "await", "async", "=="}
)

func (g *exprGen) expr() string {
	g.depth++
	defer func() { g.depth-- }()
	if g.depth > 4 {
		return exprGenAtoms[g.rng.Intn(len(exprGenAtoms))]
	}
	r := g.rng
	switch r.Intn(24) {
	case 0, 1, 2, 3:
		return exprGenAtoms[r.Intn(len(exprGenAtoms))]
	case 4:
		return g.expr() + " " + exprGenBinops[r.Intn(len(exprGenBinops))] + " " + g.expr()
	case 5:
		return g.expr() + " " + exprGenCmpops[r.Intn(len(exprGenCmpops))] + " " + g.expr()
	case 6:
		return []string{"not ", "-", "+", "~", "await ", "*", "**"}[r.Intn(7)] + g.expr()
	case 7:
		return g.expr() + " and " + g.expr() + " or " + g.expr()
	case 8:
		return g.expr() + " if " + g.expr() + " else " + g.expr()
	case 9:
		return "lambda " + []string{"", "x", "x, y=1", "*a, **k", "a, /, b"}[r.Intn(5)] + ": " + g.expr()
	case 10:
		return "(" + g.list() + ")"
	case 11:
		return "[" + g.list() + "]"
	case 12:
		return "{" + g.list() + "}"
	case 13:
		return "{" + g.expr() + ": " + g.expr() + ", **" + g.expr() + "}"
	case 14:
		open, close := []string{"[", "(", "{"}[r.Intn(3)], ""
		close = map[string]string{"[": "]", "(": ")", "{": "}"}[open]
		return open + g.expr() + " for " + g.target() + " in " + g.expr() + []string{"", " if " + g.expr()}[r.Intn(2)] + close
	case 15:
		return g.expr() + "(" + g.args() + ")"
	case 16:
		return g.expr() + "[" + []string{g.expr(), g.expr() + ":" + g.expr(), "::" + g.expr(), g.expr() + ", *" + g.expr()}[r.Intn(4)] + "]"
	case 17:
		return g.expr() + "." + exprGenAtoms[r.Intn(5)]
	case 18:
		return "(" + exprGenAtoms[r.Intn(5)] + " := " + g.expr() + ")"
	case 19:
		return "(yield " + g.expr() + ")"
	case 20:
		return g.expr() + " " + g.expr()
	case 21:
		return g.expr() + " = " + g.expr()
	case 22:
		return "f'{" + g.expr() + "}'"
	default:
		return g.expr() + ", " + g.expr()
	}
}

func (g *exprGen) list() string {
	n := g.rng.Intn(4)
	var parts []string
	for i := 0; i < n; i++ {
		parts = append(parts, g.expr())
	}
	s := strings.Join(parts, ", ")
	if g.rng.Intn(4) == 0 {
		s += ","
	}
	return s
}

func (g *exprGen) target() string {
	return []string{"a", "a, b", "(a, b)", "[a, *b]", "a.b", "a[0]", "f()", "1", "*a", "a + b"}[g.rng.Intn(10)]
}

func (g *exprGen) args() string {
	n := g.rng.Intn(4)
	var parts []string
	for i := 0; i < n; i++ {
		switch g.rng.Intn(6) {
		case 0:
			parts = append(parts, "*"+g.expr())
		case 1:
			parts = append(parts, "**"+g.expr())
		case 2:
			parts = append(parts, exprGenAtoms[g.rng.Intn(5)]+"="+g.expr())
		case 3:
			parts = append(parts, g.expr()+" for "+g.target()+" in "+g.expr())
		default:
			parts = append(parts, g.expr())
		}
	}
	return strings.Join(parts, ", ")
}

// mutate inserts, deletes or replaces a random token-ish piece.
func (g *exprGen) mutate(s string) string {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return s
	}
	i := g.rng.Intn(len(fields))
	noise := exprGenNoise[g.rng.Intn(len(exprGenNoise))]
	switch g.rng.Intn(3) {
	case 0:
		fields = append(fields[:i], append([]string{noise}, fields[i:]...)...)
	case 1:
		fields = append(fields[:i], fields[i+1:]...)
	default:
		fields[i] = noise
	}
	return strings.Join(fields, " ")
}

// TestExprRandom compares randomly generated (and randomly broken)
// snippets with CPython.
func TestExprRandom(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	seed := int64(11)
	if v := os.Getenv("EXPR_RANDOM"); v != "" {
		fmt.Sscan(v, &n, &seed)
	}
	g := &exprGen{rng: rand.New(rand.NewSource(seed))}
	var srcs []string
	for i := 0; i < n; i++ {
		stmt := exprGenStmts[g.rng.Intn(len(exprGenStmts))]
		s := fmt.Sprintf(stmt, g.expr())
		if g.rng.Intn(2) == 0 {
			s = g.mutate(s)
		}
		srcs = append(srcs, s)
	}
	ok := exprCompare(t, srcs)
	t.Logf("%d/%d random snippets match CPython", ok, len(srcs))
}

// TestExprRandomStdlibLines takes single lines of the standard library,
// breaks some of them at random, and compares the results with CPython.
func TestExprRandomStdlibLines(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command(py, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		t.Skip(err)
	}
	n, seed := 2000, int64(3)
	if testing.Short() {
		n = 200
	}
	if v := os.Getenv("EXPR_RANDOM"); v != "" {
		fmt.Sscan(v, &n, &seed)
	}
	root := strings.TrimSpace(string(out))
	var lines []string
	for _, name := range []string{"argparse.py", "ast.py", "dataclasses.py", "enum.py", "inspect.py", "typing.py",
		"pathlib.py", "subprocess.py", "functools.py", "collections/__init__.py", "email/_header_value_parser.py",
		"test/test_grammar.py", "test/test_fstring.py", "test/test_syntax.py", "test/test_patma.py"} {
		b, err := os.ReadFile(root + "/" + name)
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(b), "\n") {
			l = strings.TrimSpace(l)
			if l == "" || strings.HasPrefix(l, "#") || strings.ContainsAny(l, "\\\t") {
				continue
			}
			if strings.HasSuffix(l, ":") {
				l += " pass"
			}
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		t.Skip("no stdlib sources")
	}
	g := &exprGen{rng: rand.New(rand.NewSource(seed))}
	var srcs []string
	for i := 0; i < n; i++ {
		s := lines[g.rng.Intn(len(lines))]
		for k := g.rng.Intn(3); k > 0; k-- {
			s = g.mutate(s)
		}
		srcs = append(srcs, s)
	}
	ok := exprCompare(t, srcs)
	t.Logf("%d/%d stdlib lines match CPython", ok, len(srcs))
}

// TestExprEvalMode runs the expression cases in eval mode.
func TestExprEvalMode(t *testing.T) {
	var srcs []string
	var all []string
	for _, l := range [][]string{exprValidCases, exprErrorCases, fstringValidCases, fstringErrorCases} {
		all = append(all, l...)
	}
	for _, s := range all {
		if !strings.ContainsAny(s, "=;\n") && !strings.HasPrefix(s, "del ") && !strings.HasPrefix(s, "for ") {
			srcs = append(srcs, s)
		}
	}
	n := exprCompareMode(t, srcs, EvalMode)
	t.Logf("%d/%d eval-mode snippets match CPython", n, len(srcs))
}
