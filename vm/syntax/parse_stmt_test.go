package syntax

// Tests of the statement rules: each snippet is parsed by CPython (python3,
// one process for the whole list) and by ParseText, and the ast.dump with
// positions, or the SyntaxError's type, message and location, must agree.

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os/exec"
	"strings"
	"testing"
)

// stmtPyResult is CPython's answer for one snippet.
type stmtPyResult struct {
	Dump      string `json:"dump"`
	Type      string `json:"type"`
	Msg       string `json:"msg"`
	Lineno    int    `json:"lineno"`
	Offset    int    `json:"offset"`
	EndLineno int    `json:"end_lineno"`
	EndOffset int    `json:"end_offset"`
}

const stmtPyScript = `
import ast, json, sys
sys.setrecursionlimit(10000)
out = []
for src, mode in json.load(sys.stdin):
    try:
        tree = ast.parse(src.encode("utf-8", "surrogatepass"), mode=mode)
        out.append({"dump": ast.dump(tree, include_attributes=True)})
    except SyntaxError as e:
        out.append({"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno or 0,
                    "offset": e.offset or 0, "end_lineno": e.end_lineno or 0,
                    "end_offset": e.end_offset or 0})
json.dump(out, sys.stdout)
`

// stmtModeNames maps our modes to ast.parse's mode argument.
var stmtModeNames = map[Mode]string{
	FileMode: "exec", EvalMode: "eval", SingleMode: "single", FuncTypeMode: "func_type",
}

// stmtRunPython returns CPython's results for the snippets, or skips the
// test when python3 is not available.
func stmtRunPython(t *testing.T, srcs []string, mode Mode) []stmtPyResult {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	var input [][2]string
	for _, s := range srcs {
		input = append(input, [2]string{s, stmtModeNames[mode]})
	}
	in, err := json.Marshal(input)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("python3", "-c", stmtPyScript)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var res []stmtPyResult
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	if len(res) != len(srcs) {
		t.Fatalf("python3 returned %d results for %d snippets", len(res), len(srcs))
	}
	return res
}

// stmtOurs formats our result like stmtPyResult.
func stmtOurs(src string, mode Mode) (res stmtPyResult, panicked string) {
	defer func() {
		if r := recover(); r != nil {
			panicked = fmt.Sprint(r)
		}
	}()
	mod, err := ParseText("<unknown>", src, mode)
	if err != nil {
		e, ok := err.(*Error)
		if !ok {
			return stmtPyResult{Type: "?", Msg: err.Error()}, ""
		}
		return stmtPyResult{Type: e.Type, Msg: e.Msg, Lineno: e.Lineno, Offset: e.Offset,
			EndLineno: e.EndLineno, EndOffset: e.EndOffset}, ""
	}
	return stmtPyResult{Dump: DumpWith(mod, DumpOptions{IncludeAttributes: true})}, ""
}

// stmtCompare checks every snippet against CPython and returns the number
// that agree.
func stmtCompare(t *testing.T, srcs []string, mode Mode) int {
	t.Helper()
	want := stmtRunPython(t, srcs, mode)
	ok := 0
	for i, src := range srcs {
		got, pan := stmtOurs(src, mode)
		if pan != "" {
			t.Errorf("%q: panic: %s", src, pan)
			continue
		}
		if got != want[i] {
			if want[i].Dump != "" || got.Dump != "" {
				t.Errorf("%q:\n got  %s\n want %s", src, stmtFmt(got), stmtFmt(want[i]))
			} else {
				t.Errorf("%q:\n got  %s\n want %s", src, stmtFmt(got), stmtFmt(want[i]))
			}
			continue
		}
		ok++
	}
	return ok
}

func stmtFmt(r stmtPyResult) string {
	if r.Dump != "" {
		return r.Dump
	}
	return fmt.Sprintf("%s(%q) %d:%d-%d:%d", r.Type, r.Msg, r.Lineno, r.Offset, r.EndLineno, r.EndOffset)
}

var stmtValidSnippets = []string{
	"",
	"\n",
	"# comment only\n",
	"pass\n",
	"pass",
	"pass; pass\n",
	"pass;\n",
	"x = 1; y = 2;  # c\n",
	"break\ncontinue\n",
	// expression statements
	"x\n",
	"f(x)\n",
	"x, y\n",
	"*a, b\n",
	"yield\n",
	"yield x\n",
	"yield from x\n",
	"await x\n",
	// assignments
	"x = 1\n",
	"x = y = z = 1\n",
	"x, y = 1, 2\n",
	"[x, y] = z\n",
	"(x, y) = z\n",
	"x, = z\n",
	"*x, y = z\n",
	"a.b = c\n",
	"a[b] = c\n",
	"a[1:2, 3] = c\n",
	"a.b.c[d].e = f\n",
	"x = yield\n",
	"x = yield y\n",
	"x = y = yield from z\n",
	"x = *a, *b\n",
	"x: int\n",
	"x: int = 1\n",
	"x: int = yield\n",
	"x: list[int] = *a, b\n",
	"(x): int = 1\n",
	"(x): int\n",
	"a.b: int\n",
	"a[0]: int = 3\n",
	"(a.b): int\n",
	"((x)): int = 1\n",
	"x += 1\n",
	"x -= 1\nx *= 1\nx @= 1\nx /= 1\nx %= 1\nx &= 1\nx |= 1\nx ^= 1\nx <<= 1\nx >>= 1\nx **= 1\nx //= 1\n",
	"a.b += yield\n",
	"a[i] += 1, 2\n",
	"(x) += 1\n",
	// simple statements
	"return\n",
	"return x\n",
	"return x, y\n",
	"return *a, b\n",
	"raise\n",
	"raise X\n",
	"raise X from Y\n",
	"raise X(1) from None\n",
	"global x\n",
	"global x, y, z\n",
	"nonlocal x, y\n",
	"del x\n",
	"del x, y\n",
	"del x,\n",
	"del (x), [y], z.a, z[0]\n",
	"del (x, y)\n",
	"del x; del y\n",
	"assert x\n",
	"assert x, 'msg'\n",
	"assert (x, y)\n",
	// imports
	"import a\n",
	"import a.b.c\n",
	"import a as b, c.d as e\n",
	"from a import b\n",
	"from a.b import c as d, e\n",
	"from . import a\n",
	"from .. import a\n",
	"from ... import a\n",
	"from .... import a\n",
	"from .a import b\n",
	"from ...a.b import c\n",
	"from . . . import x\n",
	"from a import *\n",
	"from .a import *\n",
	"from a import (b, c)\n",
	"from a import (b, c,)\n",
	"from a import (b as c,\n    d)\n",
	// if / elif / else
	"if x:\n    pass\n",
	"if x: pass\n",
	"if x: pass; y\n",
	"if x:\n    a\nelse:\n    b\n",
	"if x:\n    a\nelif y:\n    b\n",
	"if x:\n    a\nelif y:\n    b\nelif z:\n    c\nelse:\n    d\n",
	"if (y := f()):\n    pass\n",
	"if x:\n    if y:\n        pass\n    else:\n        pass\n",
	"if x:\n  a\n\n  b\n# c\n",
	"if x:\n\tpass\n",
	// while / for
	"while x:\n    pass\n",
	"while x:\n    pass\nelse:\n    pass\n",
	"while (n := n - 1): pass\n",
	"for x in y:\n    pass\n",
	"for x, y in z: pass\n",
	"for x, in z: pass\n",
	"for (x, y) in z: pass\n",
	"for [x, *y] in z: pass\n",
	"for x.a in y, z: pass\n",
	"for x in *a, b: pass\n",
	"for x in y:\n    pass\nelse:\n    pass\n",
	"async def f():\n    async for x in y:\n        pass\n    else:\n        pass\n",
	// with
	"with a: pass\n",
	"with a as b: pass\n",
	"with a as b, c as d: pass\n",
	"with a as (b, c): pass\n",
	"with a as [b, c]: pass\n",
	"with a as b.c: pass\n",
	"with (a): pass\n",
	"with (a, b): pass\n",
	"with (a as b): pass\n",
	"with (a as b, c): pass\n",
	"with (a as b, c as d,): pass\n",
	"with (a, b) as c: pass\n",
	"with (a) as b, (c): pass\n",
	"with (\n    a as b,\n    c as d\n):\n    pass\n",
	"async def f():\n    async with a as b, c: pass\n    async with (a as b): pass\n",
	// try
	"try:\n    pass\nfinally:\n    pass\n",
	"try:\n    pass\nexcept:\n    pass\n",
	"try:\n    pass\nexcept E:\n    pass\n",
	"try:\n    pass\nexcept E as e:\n    pass\n",
	"try:\n    pass\nexcept (E, F) as e:\n    pass\nexcept G:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
	"try:\n    pass\nexcept* E:\n    pass\n",
	"try:\n    pass\nexcept *E as e:\n    pass\nexcept* (F, G):\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
	"try: pass\nexcept: pass\n",
	// functions
	"def f(): pass\n",
	"def f():\n    pass\n",
	"def f() -> int: pass\n",
	"def f(a, b): pass\n",
	"async def f(): await x\n",
	"@d\ndef f(): pass\n",
	"@d\n@e.f(1)\n@g[0]\nasync def f(): pass\n",
	"@(yield)\ndef f(): pass\n",
	"@x := y\ndef f(): pass\n",
	"def f():\n    '''doc'''\n    return 1\n",
	"def f():\n    def g():\n        pass\n    return g\n",
	// classes
	"class A: pass\n",
	"class A:\n    pass\n",
	"class A(): pass\n",
	"class A(B): pass\n",
	"class A(B, C, metaclass=M, **kw): pass\n",
	"class A(*bases): pass\n",
	"@dec\nclass A:\n    x = 1\n    def f(self): pass\n",
	// match
	"match x:\n    case 1:\n        pass\n",
	"match x, y:\n    case a, b: pass\n",
	"match x,:\n    case _: pass\n",
	"match *x, y:\n    case _: pass\n",
	"match (x := y):\n    case _: pass\n",
	"match x:\n    case 1 if y: pass\n    case _ if (z := 1): pass\n",
	// soft keywords used as names
	"match = 1\n",
	"match(x)\n",
	"match.a = 1\n",
	"match[x] = 1\n",
	"case = 1\n",
	"_ = 1\n",
	"match x:\n    case case: pass\n",
	"match match:\n    case match: pass\n",
	"print(match, case, _)\n",
	"match -x:\n    case _: pass\n",
	"match [x]:\n    case _: pass\n",
	"match {x}:\n    case _: pass\n",
	"match not x:\n    case _: pass\n",
	// blocks and nesting
	"if x:\n    pass\n    if y:\n        pass\n    z\n",
	"class A:\n    def f(self):\n        if x:\n            for i in y:\n                while z:\n                    with a:\n                        try:\n                            pass\n                        except:\n                            pass\n",
	"if x:\n    pass\nx = 1\n",
	"x = (1 +\n     2)\n",
	"x = \\\n  1\n",
	"if x:\n    pass\n# trailing comment\n\n\n",
	"def f(): return 1\n\n\ndef g(): return 2\n",
	"x = 1\r\ny = 2\r\n",
	"if x: # comment\n    pass\n",
	"if 1:\n    pass\n    \n    pass\n",
	"\ufeffx = 1\n",
	"ñ = 1\nglobal ñ\n",
	"ﬁ = 1\n",
	"def ﬁ(ﬁ): pass\n",
	"from ﬁ import ﬁ as ﬁ\n",
	"x = 'a' 'b'\n",
	"x = f'{a}'\n",
}

func TestStmtValid(t *testing.T) {
	n := stmtCompare(t, stmtValidSnippets, FileMode)
	t.Logf("%d/%d snippets agree with CPython", n, len(stmtValidSnippets))
}

var stmtErrorSnippets = []string{
	// generic errors
	"else\n",
	"x = 1 +\n",
	"x=1\ny=2 3\n",
	"print(x)\n1 +\n",
	"match(x)\n1 +\n",
	"if x:\npass\n",
	"  x = 1\n",
	"if x:\n    pass\n  y\n",
	"def f(:\n",
	"class\n",
	"import\n",
	"from x import\n",
	"from import x\n",
	"from x import y,\n",
	"from x import (y\n",
	"from x import ()\n",
	"from x import *, y\n",
	"import a.\n",
	"import .a\n",
	"global\n",
	"global x,\n",
	"del\n",
	"return return\n",
	"pass pass\n",
	"x = 1 = 2\n",
	"@\ndef f(): pass\n",
	"@d\nx = 1\n",
	// expected ':'
	"if x\n  pass\n",
	"if x\n",
	"elif x:\n pass\n",
	"if x:\n pass\nelif y\n pass\n",
	"if x:\n pass\nelse\n pass\n",
	"while x\n  pass\n",
	"for x in y\n  pass\n",
	"async def f():\n async for x in y\n  pass\n",
	"for x in y:\n pass\nelse\n  pass",
	"with a\n  pass\n",
	"with a as b, c\n  pass\n",
	"with (a as b, c)\n  pass\n",
	"class A\n  pass\n",
	"class A(B)\n  pass\n",
	"def f()\n  pass\n",
	"def f() -> int\n  pass\n",
	"def f:\n  pass\n",
	"def f\n",
	"try\n  pass\n",
	"try:\n pass\nexcept\n pass\n",
	"try:\n pass\nexcept E\n pass\n",
	"try:\n pass\nexcept E as e\n pass\n",
	"try:\n pass\nfinally\n pass\n",
	"match x\n  case 1: pass\n",
	"match x:\n  case 1\n    pass\n",
	"match x:\n  case 1 if y\n    pass\n",
	// expected an indented block
	"if x:\npass\n",
	"if x:\n",
	"if (\n x):\npass\n",
	"if x:\n pass\nelif y:\npass\n",
	"if x:\n pass\nelse:\npass\n",
	"while x:\npass\n",
	"while x:\n pass\nelse:\npass\n",
	"for x in y:\npass\n",
	"async def f():\n async for x in y:\n pass\n",
	"with a:\npass\n",
	"with a as b, c:\npass\n",
	"with (a, b):\npass\n",
	"async def f():\n async with a:\n pass\n",
	"try:\npass\n",
	"try:\n pass\nexcept:\npass\n",
	"try:\n pass\nexcept E as e:\npass\n",
	"try:\n pass\nexcept* E:\npass\n",
	"try:\n pass\nfinally:\npass\n",
	"try:\n pass\nexcept:\n pass\nelse:\npass\n",
	"def f():\npass\n",
	"def f(a, b) -> int:\npass\n",
	"async def f():\npass\n",
	"class A:\npass\n",
	"class A(B):\npass\n",
	"match x:\ncase 1: pass\n",
	"match x:\n case 1:\n pass\n",
	"x = 1\nif x:\n# c\npass\n",
	// try
	"try:\n pass\n",
	"try:\n pass\nx = 1\n",
	"try:\n pass\nelse:\n pass\n",
	"try:\n pass\nexcept E:\n pass\nexcept* F:\n pass\n",
	"try:\n pass\nexcept* E:\n pass\nexcept F:\n pass\n",
	"try:\n pass\nexcept* E:\n pass\nexcept:\n pass\n",
	"try:\n pass\nexcept A, B:\n pass\n",
	"try:\n pass\nexcept A, B as e:\n pass\n",
	"try:\n pass\nexcept* A, B:\n pass\n",
	"try:\n pass\nexcept*:\n pass\n",
	"try:\n pass\nexcept*\n pass\n",
	// assignments
	"1 = x\n",
	"x + 1 = 2\n",
	"f() = 1\n",
	"(a, b()) = 1\n",
	"[a, 1] = 1\n",
	"x = y = f() = 3\n",
	"*a = 1\n",
	"a, *b, 1 = x\n",
	"None = 1\n",
	"True = 1\n",
	"... = 1\n",
	"'s' = 1\n",
	"f'{x}' = 1\n",
	"a if b else c = 1\n",
	"lambda: 1 = 1\n",
	"(yield) = 1\n",
	"x = yield = 1\n",
	"[x for x in y] = 1\n",
	"{x: y} = 1\n",
	"{x} = 1\n",
	"(x for x in y) = 1\n",
	"x.y() = 1\n",
	"await x = 1\n",
	"not x = 1\n",
	"-x = 1\n",
	"a < b = 1\n",
	"a and b = 1\n",
	"(x := 1) = 2\n",
	"x, y: int\n",
	"[x]: int\n",
	"(x, y): int\n",
	"((x, y)): int\n",
	"[x, y]: int = 1\n",
	"f(): int\n",
	"1: int\n",
	"x + 1: int\n",
	"*x: int\n",
	"x, *y: int\n",
	"f() += 1\n",
	"(a, b) += 1\n",
	"[a] += 1\n",
	"x + 1 += 1\n",
	"1 += 1\n",
	"*x += 1\n",
	"x += yield = 1\n",
	"x += \n",
	"x = \n",
	"x: \n",
	"x: int = \n",
	// del
	"del 1\n",
	"del f()\n",
	"del x + 1\n",
	"del (x, 1)\n",
	"del [x, f()]\n",
	"del *x\n",
	"del x, *y\n",
	"del x y\n",
	// for / with targets
	"for 1 in x: pass\n",
	"for f() in x: pass\n",
	"for x, 1 in y: pass\n",
	"for (x, f()) in y: pass\n",
	"for x in y z: pass\n",
	"for x in: pass\n",
	"for x y in z: pass\n",
	"async def f():\n async for 1 in x: pass\n",
	"with a as 1: pass\n",
	"with a as f(): pass\n",
	"with a as (b, 1): pass\n",
	"with (a as 1): pass\n",
	"with a as b c: pass\n",
	// import
	"from x import y, z,\n",
	"from x import y as\n",
	"import a as\n",
	"import a as b.c\n",
	// raise / assert / return
	"raise X from\n",
	"assert\n",
	"assert x,\n",
	// misc
	"def f(): pass\n  x\n",
	"x = 1\n    y = 2\n",
	"if x:\n    a\n   b\n",
	"class A(x for x in y): pass\n",
	"a; ; b\n",
	";\n",
	"x = 1;;\n",
	"nonlocal\n",
	"def f(x):\n    global x y\n",
	"@d\n\nclass A: pass\n",
	"@d\n",
	"@d\npass\n",
	"if x:\n  pass\n else:\n  pass\n",
	"try:\n  pass\nexcept E as e.f:\n  pass\n",
	"try:\n  pass\nexcept E as (e):\n  pass\n",
	"try:\n  pass\nexcept (E, F):\n  pass\nexcept*:\n  pass\n",
	"while x:\n  pass\nelif y:\n  pass\n",
	"with a, b as c, d as 1: pass\n",
	"def f():\n    return\n  x = 1\n",
	"print 'hello'\n",
	"exec 'x'\n",
	"x = (1\n",
	"if x:\n    y = (\n",
	"f(**x, *y)\n",
	"f(x for x in y, 1)\n",
	"x = 1 if y\n",
	"def f(x, y) -> : pass\n",
	"lambda x: yield\n",
	"x = [1, 2\ny = 3\n",
	"with (a, b as c, d) as e: pass\n",
	"if x = 1: pass\n",
	"while x = 1: pass\n",
	"if x: pass\nelse: pass\nelse: pass\n",
	"async x = 1\n",
	"async with a: pass\n",
	"async def f():\n  async x\n",
	"def f():\n  yield = 1\n",
	"class A:\n  def\n",
	"match x:\n  case 1: pass\n  x = 1\n",
	"match x:\n  pass\n",
	"match x:\n\n",
	"match x:\n  case: pass\n",
}

func TestStmtErrors(t *testing.T) {
	n := stmtCompare(t, stmtErrorSnippets, FileMode)
	t.Logf("%d/%d error snippets agree with CPython", n, len(stmtErrorSnippets))
}

// stmtMiscSnippets mixes valid and invalid forms: keywords as names,
// misplaced clauses, soft keywords, comments and blank lines in blocks.
var stmtMiscSnippets = []string{
	"async for x in y: pass\n", "async with a: pass\n", "await x\n", "return 1\n", "yield 1\n",
	"nonlocal x\n", "*a = 1\n", "x: int = 1 = 2\n", "if x: pass; else: pass\n", "def f[T](): pass\n",
	"type X = int\n", "match x\n", "match x:\n pass\n", "match x: pass\n", "with a, : pass\n",
	"with (yield x) as y: pass\n", "with (a := 1): pass\n", "with (a := 1) as b: pass\n",
	"import a.b as c\n", "from .a.b import (c)\n", "from __future__ import annotations\n",
	"@x\nasync def f(): pass\n", "@x\n@y\nclass A: pass\n", "try:\n pass\nfinally pass\n",
	"while x:\n pass\nelse pass\n", "for x in y:\n pass\nelse pass\n", "if x:\n pass\nelse pass\n",
	"class A(metaclass=M, x): pass\n", "class A(**k, *a): pass\n", "class A(x=1, x=2): pass\n",
	"class A(x for x in y, z): pass\n", "class A(a=1 for a in b): pass\n", "class A(True=1): pass\n",
	"def f(True): pass\n", "def f(None=1): pass\n", "def True(): pass\n", "class None: pass\n",
	"import None\n", "from x import None\n", "from x import a as None\n", "global None\n",
	"for None in x: pass\n", "with a as None: pass\n", "del None\n", "None += 1\n",
	"x = lambda None: 1\n", "import a as b as c\n", "from x import a b\n", "from x import (a b)\n",
	"from x import (a, *)\n", "from x import (*)\n", "from (x) import y\n", "import (a)\n",
	"from x import a,\n", "from x import a,;\n", "import a,\n", "del x,,\n", "assert x, y, z\n",
	"raise x, y\n", "raise x from y from z\n", "return x y\n", "global x y\n", "nonlocal x, 1\n",
	"pass;;\n", "x = 1;\ny = 2;\n", "x = 1 ; ; y\n", "if x: if y: pass\n", "if x: for y in z: pass\n",
	"if x:\n pass\nelif:\n pass\n", "if:\n pass\n", "while:\n pass\n", "for in x: pass\n",
	"for x in : pass\n", "with : pass\n", "with a as : pass\n", "try: pass\nexcept as e: pass\n",
	"try: pass\nexcept E as : pass\n", "try: pass\nexcept E, F as e: pass\n",
	"try: pass\nexcept (E, F): pass\nfinally: pass\nelse: pass\n", "try: pass\nelse: pass\nexcept: pass\n",
	"try: pass\nfinally: pass\nfinally: pass\n", "try: pass\nexcept: pass\nexcept E: pass\n",
	"def f():\n x = 1\n return x\n  y\n", "def f(): pass\ndef g(): pass\n  x\n",
	"class A:\n def f(self): pass\n  x = 1\n", "if x:\n\n\n pass\n", "if x:\n # c\n pass\n",
	"if x:\n pass\n # c\nelse:\n pass\n", "if x:\n pass\n\n\nelse:\n pass\n",
	"if True:\n    x = 1\n  else:\n    pass\n", "def f(\n a,\n b):\n pass\n",
	"x = [\n 1,\n 2,\n]\n", "@ d\ndef f(): pass\n", "@d()\n\ndef f(): pass\n", "@d # c\ndef f(): pass\n",
	"@d\n# comment\ndef f(): pass\n", "@d; def f(): pass\n", "@d def f(): pass\n", "@def f(): pass\n",
	"def f(a, b=1, *args, c, d=2, **kwargs) -> 'ret': '''doc'''\n", "def f(*, a, b=2, c): pass\n",
	"lambda: (yield)\n", "def f(): x = yield\n", "def f(): x = yield from y\n", "def f(): return (yield)\n",
	"match x:\n case 1:\n  pass\n case 2:\n  pass\n", "match x:\n case {**_}: pass\n",
	"match x:\n case {**rest, 'a': 1}: pass\n", "match x:\n case C(a=1, b): pass\n",
	"match x:\n case a.b(): pass\n", "match x:\n case -a: pass\n", "match x:\n case 1 + 1: pass\n",
	"match x:\n case 1j + 1: pass\n", "match x:\n case -1 - -1j: pass\n", "match x:\n case (1 as _): pass\n",
	"match x:\n case 1 as a.b: pass\n", "match x:\n case [a, b as c.d]: pass\n", "match x:\n case f'': pass\n",
	"match x:\n case a := 1: pass\n", "match x:\n case *a: pass\n", "match x:\n case a, *b, *c: pass\n",
	"match x:\n case {'a': 1, **r,}: pass\n", "match x:\n case {1, 2}: pass\n", "match x:\n case lambda: 1: pass\n",
	"match x:\n case a if b := 1: pass\n", "match x:\n case a if (b := 1): pass\n", "match x:\n case a if yield: pass\n",
	"match x:\n case 1 | a: pass\n", "match x:\n case (a, b) | [c]: pass\n", "match x:\n case C(*a): pass\n",
	"match x:\n case C(**a): pass\n", "match x:\n case C(a=*b): pass\n", "match x:\n case {a: 1}: pass\n",
	"match x:\n case {a.b: 1}: pass\n", "match x:\n case {-1: 1, 1-1j: 2}: pass\n", "match x:\n case b'x' 'y': pass\n",
	"match x:\n case 'x' b'y': pass\n", "match x:\n case 0b1 | 0o7 | 0xF | 1_0 | 1e1 | 1.: pass\n",
	"match x:\n case 00: pass\n", "match x:\n case True | False | None: pass\n", "match x:\n case _: pass\n case _: pass\n",
	"match x,y:\n case _: pass\n", "match *a,:\n case _: pass\n", "match yield:\n case _: pass\n",
	"match x := 1:\n case _: pass\n", "match lambda: 1:\n case _: pass\n", "match x if y else z:\n case _: pass\n",
	"match not_a_kw:\n case case if case: case\n", "match(a, b):\n case _: pass\n", "match[a]:\n case _: pass\n",
	"match (a):\n case _: pass\n", "match -1:\n case _: pass\n", "match ~1:\n case _: pass\n",
	"match x:\n    case 1:\n        pass\n    \n    case 2:\n        pass\n",
	"match x:\n  case 1:\n   pass\n case 2: pass\n",
}

func TestStmtMisc(t *testing.T) {
	n := stmtCompare(t, stmtMiscSnippets, FileMode)
	t.Logf("%d/%d snippets agree with CPython", n, len(stmtMiscSnippets))
}

var stmtEvalSnippets = []string{
	"1", "x + y", "x, y", "x,", "(x)\n", "x\n\n", "", "x = 1", "yield x", "lambda: 1",
	"pass", "*a", "*a, b", "x if y else z", "1 +", "x\ny", "await x", "f(x)\n",
}

func TestStmtEvalMode(t *testing.T) {
	n := stmtCompare(t, stmtEvalSnippets, EvalMode)
	t.Logf("%d/%d eval snippets agree with CPython", n, len(stmtEvalSnippets))
}

var stmtSingleSnippets = []string{
	"", "\n", "x=1\n", "x=1", "x=1\ny=2\n", "x=1\ny=2", "if x:\n  pass\n",
	"if x:\n  pass\ny=1\n", "x=1;y=2", "x=1;y=2\n", "# c\n", "x=1\n\n\n#c\n",
	"if x:\n  pass\n\n", "def f():\n pass\n \n", "x=\\\n1\ny=2\n", "x=\"a\"\ny=2\n",
	"x=1 # c\n  \n# d\n", "if x:\n  pass\n\nelse:\n  pass\n", "if x:\n  pass\nelse:\n  pass\n",
	"x=1\n  y", "x=(1\n)\n", "if x:\n  pass", "if x:\n  if y:\n    pass", "if x: pass",
	"x = 1", "while x:\n  pass\nelse:\n  pass", "if x:\n  pass\n  ", "if x:\n  pass\n# c",
	"x = 1\n# c", "x = 1\n  ", "if x:\n  pass\n\n", "if x:\n  if y:\n    pass\n# c",
	"class A:\n  def f(self):\n    pass\n  # c\n", "if x:\n  pass\n  # c", "@d\ndef f(): pass\n", "if x:\n  pass\n  \n", "1 +\n", "if x\n",
	"class A:\n  x = 1\n  def f(self): pass\n", "for x in y: pass", "x = 1 +",
	"if x:\n  pass\nelse", "pass; pass; pass", "(", "x\n\ny\n",
}

func TestStmtSingleMode(t *testing.T) {
	n := stmtCompare(t, stmtSingleSnippets, SingleMode)
	t.Logf("%d/%d single snippets agree with CPython", n, len(stmtSingleSnippets))
}

var stmtFuncTypeSnippets = []string{
	"() -> int", "(int) -> int", "(int, str) -> None", "(*int) -> x", "(**int) -> x",
	"(*int, **str) -> x", "(a, *b) -> x", "(a, **b) -> x", "(a, *b, **c) -> x",
	"(a, b,) -> x", "(a) -> x\n\n", "() ->", "(a, *b, c) -> x", "x -> y", "(a) -> x, y",
	"(List[int], Dict[str, int]) -> Tuple[int, ...]",
}

func TestStmtFuncTypeMode(t *testing.T) {
	n := stmtCompare(t, stmtFuncTypeSnippets, FuncTypeMode)
	t.Logf("%d/%d func_type snippets agree with CPython", n, len(stmtFuncTypeSnippets))
}

// TestStmtDeepNesting checks that deeply nested blocks parse in reasonable
// time and that pathological nesting raises instead of crashing.
func TestStmtDeepNesting(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 90; i++ {
		b.WriteString(strings.Repeat(" ", i))
		b.WriteString("if x:\n")
	}
	b.WriteString(strings.Repeat(" ", 90))
	b.WriteString("pass\n")
	srcs := []string{
		b.String(),
		strings.Repeat("x = ", 2000) + "1\n",
		"x = " + strings.Repeat("(", 150) + strings.Repeat(")", 150) + "\n",
		"match x:\n case " + strings.Repeat("[", 150) + strings.Repeat("]", 150) + ": pass\n",
		"match x:\n case " + strings.Repeat("(", 150) + "a" + strings.Repeat(")", 150) + ": pass\n",
		"match x:\n case " + strings.Repeat("{1: ", 150) + "a" + strings.Repeat("}", 150) + ": pass\n",
	}
	n := 150
	for _, s := range []string{
		strings.Repeat("(", n) + "x" + strings.Repeat(")", n) + " = 1\n",
		strings.Repeat("[", n) + "x" + strings.Repeat("]", n) + " = 1\n",
		strings.Repeat("(", n) + "x" + strings.Repeat(")", n) + ": int\n",
		strings.Repeat("(", n) + "x" + strings.Repeat(")", n) + " = 1 +\n",
		strings.Repeat("[", n) + "x" + strings.Repeat("]", n) + " $\n",
		"match x:\n case " + strings.Repeat("(", n) + "x" + strings.Repeat(")", n) + " pass\n",
		"match x:\n case " + strings.Repeat("(a | ", n) + "x" + strings.Repeat(")", n) + ": pass\n",
		"match x:\n case " + strings.Repeat("C(a, ", n) + "x" + strings.Repeat(")", n) + ": pass\n",
		"match x:\n case " + strings.Repeat("{1: ", n) + "x" + strings.Repeat("}", n) + " $\n",
		"f = " + strings.Repeat("lambda a=", n) + "1" + strings.Repeat(": 0", n) + "\n",
		"f = " + strings.Repeat("lambda a=", n) + "1" + strings.Repeat(": 0", n) + " $\n",
		"def f(" + strings.Repeat("a=(", n) + "1" + strings.Repeat(")", n) + ") pass\n",
		"with " + strings.Repeat("(", n) + "a" + strings.Repeat(")", n) + " as b pass\n",
		"for " + strings.Repeat("(", n) + "a" + strings.Repeat(")", n) + " in b pass\n",
		"del " + strings.Repeat("(", n) + "a" + strings.Repeat(")", n) + " $\n",
		"def f(" + strings.Repeat("a: int = 1, ", 1000) + ") pass\n",
	} {
		srcs = append(srcs, s)
	}
	var elifs strings.Builder
	elifs.WriteString("if x:\n pass\n")
	for i := 0; i < 500; i++ {
		elifs.WriteString("elif x:\n pass\n")
	}
	elifs.WriteString("else:\n pass\n")
	srcs = append(srcs, elifs.String())
	stmtCompare(t, srcs, FileMode)
	// Beyond CPython's own limits we only require an error, not a crash.
	deep := "match x:\n case " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + ": pass\n"
	if _, err := ParseText("<unknown>", deep, FileMode); err == nil {
		t.Errorf("5000 nested pattern brackets: no error")
	}
}

// Fragments for TestStmtRandom.
var stmtRandHeads = []string{
	"if x:", "elif y:", "else:", "while a < b:", "for i in range(3):", "for a, *b in c:", "async for x in y:",
	"with a as b:", "with (a as b, c):", "async with a:", "try:", "except:", "except E as e:", "except* E:",
	"finally:", "def f(a, b=1, *c, d, **e) -> int:", "async def g():", "class A(B, metaclass=M):",
	"@dec", "@dec.x(1)", "match x:", "case [a, *b]:", "case {1: a, **r}:", "case C(x=1) | D():", "case _ if z:",
	"lambda: 1", "def f(a=1, b):", "def f(*):", "class A:", "match x, y:", "case 1 + 2j:", "case a as b:",
	"def f(a, /, b, *, c):", "def f(**k, a):", "def f(*a, *b):", "def f(a, (b, c)):", "def f(a=):",
	"def f(*a: *T):", "lambda *: 0", "case (a, b) | [c, *_]:", "case -1 - 2j:", "case a.b.c:", "case {**_}:",
	"case C(a, x=b, c):", "case 1 as _:", "case 1j + 2:", "match (a):", "with (a, b) as c:", "with a as f():",
	"for f() in x:", "try: pass", "except E, F:", "except* :", "class A(x for x in y):", "if x = 1:",
	"while (n := n - 1):", "async def f(*, a=1, **b) -> 'T':", "@d\n", "elif:", "for x in y z:",
}
var stmtRandSimple = []string{
	"pass", "x = 1", "x: int = 2", "a.b += 3", "del x, y", "return x", "raise E from F", "import a.b as c",
	"from . import (a, b)", "from .. x import *", "global g", "nonlocal n", "assert x, 'm'", "yield x",
	"break", "continue", "x = y = z", "f(x)", "x, y = y, x", "print x", "x = *a, b", "(a): int",
	"[a, b] = c", "a[1:2] = b", "x = yield", "await y", "1 = x", "f() = 1", "del f()", "x +=", "pass; pass",
	"x: int, y", "import", "from x import y,", "(x) += 1", "a if b else c = 1", "x = 1 if y",
	"# comment", "", "x = (1,\n  2)", "x = [\n]", "f(a,\n b=2)", "x = 1 \\\n + 2", "del (a, [b])",
	"[x] : int", "x, y : int", "*a, = b", "a = *b", "x = lambda a, /: a", "x = lambda a=1, b: 0",
	"global x,", "import a as", "from . import *, a", "from ...a import b", "raise from x", "return *a, b",
	"x = {**a, 'b': 1}", "x = [i for i in range(3) if i]", "x = (yield)", "print(x, end='')", "exec 'x'",
	"x := 1", "(x := 1)", "f(x=1, *y)", "f(**x, *y)", "f(a for a in b, c)", "assert (x, y)", "\tpass",
}
var stmtRandMutations = []func(s string, r *rand.Rand) string{
	func(s string, r *rand.Rand) string { return s },
	func(s string, r *rand.Rand) string { return s },
	func(s string, r *rand.Rand) string { return s },
	func(s string, r *rand.Rand) string { return strings.TrimSuffix(s, ":") },
	func(s string, r *rand.Rand) string {
		if len(s) < 2 {
			return s
		}
		i := r.Intn(len(s))
		return s[:i] + s[i+1:]
	},
	func(s string, r *rand.Rand) string {
		toks := []string{":", ",", "(", ")", "=", "*", "**", "/", " as ", " if ", " in ", ";", "\\\n", "[", "]"}
		i := r.Intn(len(s) + 1)
		return s[:i] + toks[r.Intn(len(toks))] + s[i:]
	},
}

// TestStmtRandom compares CPython and ParseText on random sequences of
// statement lines, mostly broken ones: mutated heads and simple
// statements at random indentation.
func TestStmtRandom(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var srcs []string
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		indent := 0
		lines := 1 + r.Intn(6)
		for l := 0; l < lines; l++ {
			var line string
			if r.Intn(2) == 0 {
				line = stmtRandHeads[r.Intn(len(stmtRandHeads))]
			} else {
				line = stmtRandSimple[r.Intn(len(stmtRandSimple))]
			}
			line = stmtRandMutations[r.Intn(len(stmtRandMutations))](line, r)
			if r.Intn(4) == 0 && strings.HasSuffix(line, ":") {
				line += " " + stmtRandSimple[r.Intn(len(stmtRandSimple))]
			}
			b.WriteString(strings.Repeat(" ", indent*2))
			b.WriteString(line)
			b.WriteString("\n")
			if strings.HasSuffix(line, ":") {
				indent++
			} else if indent > 0 && r.Intn(3) == 0 {
				indent -= 1 + r.Intn(indent)
			}
			if r.Intn(10) == 0 {
				indent += r.Intn(2)
			}
		}
		srcs = append(srcs, b.String())
	}
	n := stmtCompare(t, srcs, FileMode)
	t.Logf("%d/%d random snippets agree with CPython", n, len(srcs))
}
