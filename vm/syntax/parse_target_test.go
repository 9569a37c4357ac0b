package syntax

// Tests of the target rules (parse_target.go): assignment, augmented and
// annotated assignment, for, with and del targets, valid and invalid,
// compared with CPython through the harness of parse_expr_test.go.

import "testing"

var targetValidCases = []string{
	"a = 1", "a, b = c", "a, = c", "(a, b) = c", "[a, b] = c", "a.b = 1", "a[1] = 2",
	"a.b.c = 1", "a().b = 1", "a[1][2] = 3", "*a, b = c", "a, *b = c", "[*a] = b", "(*a,) = b",
	"((a)) = 1", "(a.b) = 1", "x = y = z", "a: int = 1", "a.b: int", "a[0]: int = 1", "(a): int",
	"a += 1", "a.b += 1", "a[0] += 1", "del a", "del a, b", "del a.b, c[0]", "del (a, b)",
	"del [a, b]", "del (a)", "del ()", "del []", "del (a), [b]", "for a, b in c: pass",
	"for (a, b) in c: pass", "for a.b in c: pass", "for [a, *b] in c: pass", "with a as (b, c): pass",
	"with a as b.c: pass", "with a as b[0]: pass", "a, (b, c), [d, *e] = f", "f(x)[0] = 1",
	"f(x for x in y).a = 1", "f(x for x in y)[0] = 1", "a.b(c)[d] = e", "() = x", "[] = x",
}

func TestTargetValid(t *testing.T) {
	n := exprCompare(t, targetValidCases)
	t.Logf("%d/%d valid target snippets match CPython", n, len(targetValidCases))
}

var targetErrorCases = []string{
	"f() = 1", "a + 1 = 2", "(a, f()) = 1", "[a, 1] = 2", "a, *f() = 1", "*a = 1", "*a, = 1",
	"a.b() = 1", "(yield) = 1", "None = 1", "True = 1", "... = 1", "'a' = 1", "f'{x}' = 1",
	"{a} = 1", "{a: 1} = 1", "a if b else c = 1", "lambda: 1 = 1", "-a = 1", "a < b = 1",
	"not a = 1", "(a := 1) = 1", "[x for x in y] = 1", "{x for x in y} = 1", "{x: x for x in y} = 1",
	"(x for x in y) = 1", "await x = 1", "a and b = 1", "x = y = f() = 1", "del f()", "del a + 1",
	"del (a, f())", "del *a", "del [*a]", "del a, *b", "del (yield)", "del 1", "for f() in x: pass",
	"for a, f() in x: pass", "for 1 in x: pass", "for a in b in c: pass", "for *a in x: pass",
	"with a as f(): pass", "with a as 1: pass", "f() += 1", "(a, b) += 1", "[a] += 1", "a + 1 += 1",
	"f(): int = 1", "(a, b): int", "[a]: int", "a, b: int", "((a, b)): int", "a.b, c: int",
	"x = *a", "x = *a, *b = c", "del x[0] = 1",
}

func TestTargetErrors(t *testing.T) {
	n := exprCompare(t, targetErrorCases)
	t.Logf("%d/%d target error snippets match CPython", n, len(targetErrorCases))
}
