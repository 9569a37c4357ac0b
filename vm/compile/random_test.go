package compile

// This file tests Check on random programs against CPython 3.11. The
// generator combines the constructs compile.c's errors depend on (loops,
// try/except/except*/finally, with, defs, classes, lambdas, comprehensions,
// match patterns) with statements and expressions that are errors in some
// of those places only, so that the order in which errors are met and the
// positions they carry are exercised far beyond the hand-written table.

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// progGen builds one random program.
type progGen struct {
	r *rand.Rand
	b strings.Builder
}

// pick returns one of the choices at random.
func (g *progGen) pick(choices ...string) string { return choices[g.r.Intn(len(choices))] }

// simpleStmts are one-line statements, several of which are compiler
// errors in some contexts.
var simpleStmts = []string{
	"pass", "break", "continue", "return", "return x", "return 1", "return -1", "return (1, 'a')",
	"return (\n        x)", "yield x", "x = yield", "x = yield from y", "await x", "x = await y",
	"x = [await y for z in w]", "x = [a async for a in b]", "x = (a async for a in b)",
	"x = {a: 1 async for a in b}", "x = [[a async for a in b] for c in d]",
	"f(a=1, a=2)", "f(a=1, b=2,\n  b=3)", "f(__debug__=1)", "x.y(a=1, **k, a=2)", "__debug__ = 1",
	"del __debug__", "*a, *b = c", "*a = b", "x = *a", "x = *a, *b", "a, *b = c",
	"from __future__ import annotations", "import __debug__", "import a.b as c",
	"x: f(b=1, b=2) = 1", "x: int", "a.b: f(c=1, c=2)", "__debug__: int", "f = lambda: (yield)",
	"f = lambda: await x", "f = lambda __debug__: 1", "g(x for x in y)", "x = [a for a in b if a < c < d]",
	"x = [a for a in (yield)]", "x += 1", "__debug__ += 1", "x.__debug__ = 1", "(__debug__ := 1)",
	"assert x, f(a=1, a=2)", "raise E from f(a=1, a=2)", "x = f'{y!r:{f(a=1, a=2)}}'",
	"x = [*a, *f(b=1, b=2)]", "x = {**a, f(b=1, b=2): 1}", "for *a in b: pass",
	"x = 1 if f(a=1, a=2) else 2", "x = (a, b)[0]", "return 2 ** 3", "return 'a' * 3",
	"return not x", "return ~1", "return __debug__",
}

// benignStmts are statements that compile anywhere.
var benignStmts = []string{
	"pass", "x = 1", "f(y)", "a, b = c", "x.y = [z for z in w]", "del x[0]", "print(*a, **k)",
	"x = lambda a=1: a", "global g", "import os", "x = (yield_ := 2)",
}

// patterns are match patterns; names come from a small pool, so that some
// are bound twice.
func (g *progGen) pattern(depth int) string {
	if depth > 2 {
		return g.pick("_", "a", "b", "1", "-1", "'s'", "None")
	}
	p := func() string { return g.pattern(depth + 1) }
	switch g.r.Intn(16) {
	case 0:
		return "_"
	case 1, 2:
		return g.pick("a", "b", "c")
	case 3:
		return g.pick("1", "-1", "1+2j", "-1.5-2j", "'s'", "b'b'", "None", "True", "x.y", "f'z'")
	case 4:
		return "[" + p() + ", " + p() + "]"
	case 5:
		return "[*" + g.pick("_", "a", "r") + ", " + p() + "]"
	case 6:
		return "[" + p() + ", *" + g.pick("_", "b", "r") + ", *" + g.pick("_", "c") + "]"
	case 7, 8:
		return "(" + p() + " | " + p() + ")"
	case 9:
		return "{" + g.pick("1", "'k'", "x.y", "-0", "1.0", "True", "f'k'") + ": " + p() + ", " +
			g.pick("1", "'k'", "x.z", "0", "False", "1+0j") + ": " + p() + "}"
	case 10:
		return "{" + g.pick("1", "'k'") + ": " + p() + ", **" + g.pick("a", "r", "__debug__") + "}"
	case 11:
		return "C(" + p() + ", " + g.pick("k", "m") + "=" + p() + ", " + g.pick("k", "n") + "=" + p() + ")"
	case 12:
		return "(" + p() + " as " + g.pick("a", "b", "n") + ")"
	case 13:
		return "[" + p() + ",\n" + "    " + p() + "]"
	case 14:
		return "C(__debug__=" + p() + ")"
	}
	return p()
}

// line writes one line at an indentation.
func (g *progGen) line(ind int, s string) {
	g.b.WriteString(strings.Repeat("    ", ind))
	g.b.WriteString(s)
	g.b.WriteString("\n")
}

// block writes one to three statements at an indentation.
func (g *progGen) block(ind, depth int) {
	n := 1 + g.r.Intn(3)
	for i := 0; i < n; i++ {
		g.stmt(ind, depth)
	}
}

// stmt writes one statement, compound while depth allows.
func (g *progGen) stmt(ind, depth int) {
	if depth <= 0 || g.r.Intn(3) == 0 {
		s := benignStmts[g.r.Intn(len(benignStmts))]
		if g.r.Intn(4) == 0 {
			s = simpleStmts[g.r.Intn(len(simpleStmts))]
		}
		s = strings.ReplaceAll(s, "\n", "\n"+strings.Repeat("    ", ind))
		g.line(ind, s)
		return
	}
	d := depth - 1
	switch g.r.Intn(15) {
	case 0:
		g.line(ind, g.pick("for x in y:", "for x in f(a=1, a=2):", "async for x in y:", "for __debug__ in y:"))
		g.block(ind+1, d)
		if g.r.Intn(3) == 0 {
			g.line(ind, "else:")
			g.block(ind+1, d)
		}
	case 1:
		g.line(ind, g.pick("while x:", "while a < b:", "while f(a=1, a=2):"))
		g.block(ind+1, d)
		if g.r.Intn(3) == 0 {
			g.line(ind, "else:")
			g.block(ind+1, d)
		}
	case 2:
		g.line(ind, g.pick("if x:", "if a < b:", "if not (a < b < c):"))
		g.block(ind+1, d)
		if g.r.Intn(2) == 0 {
			g.line(ind, "else:")
			g.block(ind+1, d)
		}
	case 3, 4:
		g.line(ind, "try:")
		g.block(ind+1, d)
		star := g.r.Intn(3) == 0
		n := g.r.Intn(3)
		for i := 0; i < n; i++ {
			switch {
			case star:
				// Not `as __debug__`: Check stops at that error where
				// CPython goes on (see check.go).
				g.line(ind, g.pick("except* E:", "except* E as e:", "except* (E, F) as f:"))
			default:
				g.line(ind, g.pick("except:", "except E:", "except E as e:", "except f(a=1, a=2):"))
			}
			g.block(ind+1, d)
		}
		if n > 0 && g.r.Intn(3) == 0 {
			g.line(ind, "else:")
			g.block(ind+1, d)
		}
		if n == 0 || g.r.Intn(2) == 0 {
			g.line(ind, "finally:")
			g.block(ind+1, d)
		}
	case 5:
		g.line(ind, g.pick("with a:", "with a as b, c as d:", "async with a:", "async with a as b, c:",
			"with a as *b:", "with f(a=1, a=2):"))
		g.block(ind+1, d)
	case 6, 7:
		if g.r.Intn(3) == 0 {
			g.line(ind, g.pick("@d", "@d(a=1, a=2)", "@(yield)"))
		}
		g.line(ind, g.pick("def f():", "async def f():", "def f(a=(yield)):", "async def f(a: f(b=1, b=2)):",
			"def __debug__():", "def f(*, __debug__):", "async def f(a=await x):"))
		g.block(ind+1, d)
	case 8:
		g.line(ind, g.pick("class A:", "class A(B, k=1, k=2):", "class A(__debug__=1):", "class __debug__:"))
		g.block(ind+1, d)
	case 9, 10:
		g.line(ind, g.pick("match x:", "match f(a=1, a=2):"))
		n := 1 + g.r.Intn(3)
		for i := 0; i < n; i++ {
			guard := ""
			if g.r.Intn(4) == 0 {
				guard = g.pick(" if x", " if f(a=1, a=2)", " if (yield)")
			}
			g.line(ind+1, "case "+g.pattern(0)+guard+":")
			g.block(ind+2, d)
		}
	default:
		s := simpleStmts[g.r.Intn(len(simpleStmts))]
		g.line(ind, strings.ReplaceAll(s, "\n", "\n"+strings.Repeat("    ", ind)))
	}
}

// randomProgram returns a program made from seed.
func randomProgram(seed int64) string {
	g := &progGen{r: rand.New(rand.NewSource(seed))}
	switch g.r.Intn(3) {
	case 0:
		g.block(0, 4)
	case 1:
		g.line(0, "def f():")
		g.block(1, 4)
	default:
		g.line(0, "async def f():")
		g.block(1, 4)
	}
	return g.b.String()
}

func TestCheckRandom(t *testing.T) {
	python311(t)
	n, base := 4000, int64(0)
	if testing.Short() {
		n = 500
	}
	// HOTLOOP_CHECK_RANDOM=N,BASE runs N programs from seed BASE instead.
	if v := os.Getenv("HOTLOOP_CHECK_RANDOM"); v != "" {
		fmt.Sscanf(v, "%d,%d", &n, &base)
	}
	dir := t.TempDir()
	var paths []string
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("r%05d.py", i))
		if err := os.WriteFile(p, []byte(randomProgram(base+int64(i))), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	compareFiles(t, paths, 20)
}
