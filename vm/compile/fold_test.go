package compile

// This file tests constValue: which expressions CPython 3.11's AST
// optimizer folds into a constant. CPython shows it through the position of
// a return statement's error in an except* block, which is the value's
// position when the value is a constant and the statement's otherwise.

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/hotloop/hotloop/vm/syntax"
)

// exprGen builds random expressions from constants and operators.
type exprGen struct{ r *rand.Rand }

var foldLeaves = []string{
	"0", "1", "-1", "2", "7", "255", "True", "False", "None", "...", "x", "__debug__",
	"18446744073709551616", "340282366920938463463374607431768211455", "10**40",
	"0.0", "-0.0", "1.5", "1e308", "2.5e-300", "1j", "2.5j", "0j",
	"''", "'a'", "'é'", "'ab' * 3", "b''", "b'xy'", "()", "(1,)", "(1, 2)", "((1, 2), 3)", "[1]",
}

var foldBinOps = []string{"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "|", "^", "&", "@"}

func (g *exprGen) expr(depth int) string {
	if depth <= 0 || g.r.Intn(4) == 0 {
		return foldLeaves[g.r.Intn(len(foldLeaves))]
	}
	switch g.r.Intn(6) {
	case 0:
		return g.pickUnary() + "(" + g.expr(depth-1) + ")"
	case 1:
		return "(" + g.expr(depth-1) + ", " + g.expr(depth-1) + ")"
	case 2:
		return "(" + g.expr(depth-1) + ")[" + g.pickIndex() + "]"
	}
	return "(" + g.expr(depth-1) + " " + foldBinOps[g.r.Intn(len(foldBinOps))] + " " + g.expr(depth-1) + ")"
}

func (g *exprGen) pickUnary() string {
	return []string{"-", "+", "~", "not "}[g.r.Intn(4)]
}

func (g *exprGen) pickIndex() string {
	return []string{"0", "1", "-1", "5", "True", "'a'", "0.0", "1:2"}[g.r.Intn(8)]
}

func TestConstValueCPython(t *testing.T) {
	python311(t)
	g := &exprGen{r: rand.New(rand.NewSource(1))}
	exprs := []string{
		"1", "-1", "(1, 2)", "(1, x)", "1 + 2", "__debug__", "not 1", "~1.5", "'a' * 3", "'a' * 5000",
		"'a' * 4096", "'ab' * 2048", "'ab' * 2049", "(1,) * 256", "(1,) * 257", "((1, 2),) * 200",
		"2 ** 100", "2 ** 127", "3 ** 80", "1 << 127", "1 << 128", "'abc'[0]", "'é'[0]", "b'ab'[1]",
		"(1, 2)[5]", "1 / 0", "1 // 0.0", "1 % 0", "10 ** -2", "0 ** -1", "(-8) ** 0.5", "2.0 ** 1e10",
		"1e308 * 10", "(1+2j) * 3", "1j / 0", "1 >> -1", "-1 >> 1000", "True & True", "True | 2",
		"'%s' % 1", "b'%s' % (1,)", "1 @ 2", "-(1)", "+True", "(1,) + (2,)", "b'a' + b'b'", "'a' + b'b'",
		"10**400 + 1j", "1e309", "18446744073709551616 * ''", "-1 * 'a'", "0 * (1, 2)",
	}
	n := 3000
	if v := os.Getenv("HOTLOOP_FOLD_RANDOM"); v != "" {
		fmt.Sscanf(v, "%d", &n)
	}
	for i := 0; i < n; i++ {
		exprs = append(exprs, g.expr(3))
	}
	dir := t.TempDir()
	var paths []string
	for i, e := range exprs {
		src := "def f():\n    try:\n        pass\n    except* E:\n        return " + e + "\n"
		p := filepath.Join(dir, fmt.Sprintf("e%05d.py", i))
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	res := cpythonCompile(t, paths)
	bad := 0
	for i, e := range exprs {
		r := res[paths[i]]
		if r.Stage != "error" {
			continue // the expression does not parse
		}
		raw, _ := os.ReadFile(paths[i])
		mod, err := syntax.ParseFile("e.py", raw)
		if err != nil {
			t.Errorf("%s: our parser rejects it: %v", e, err)
			continue
		}
		tr := mod.Body[0].(*syntax.FunctionDef).Body[0].(*syntax.TryStar)
		value := tr.Handlers[0].Body[0].(*syntax.Return).Value
		cpythonConst := int(r.Error[3].(float64)) == value.Pos().ColOffset+1
		_, ours := constValue(value)
		if ours != cpythonConst {
			bad++
			if bad <= 20 {
				t.Errorf("%s: CPython folds it: %v, we do: %v", e, cpythonConst, ours)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d expressions folded differently", bad, len(exprs))
	}
}

func TestConstValueRepr(t *testing.T) {
	for _, tc := range []struct{ src, repr string }{
		{"-0", "0"}, {"-1j", "(-0-1j)"}, {"-1-2j", "(-1-2j)"}, {"1.5+0j", "(1.5+0j)"},
		{"(1, 'a')", "(1, 'a')"}, {"(1,)", "(1,)"}, {"2 ** 10", "1024"}, {"7 // -2", "-4"}, {"7 % -2", "-1"},
		{"-7.5 // 2", "-4.0"}, {"-7.5 % 2", "0.5"}, {"True + True", "2"}, {"True & False", "False"},
		{"'é' * 2", "'éé'"}, {"b'a'[0]", "97"}, {"1 / 3", "0.3333333333333333"},
	} {
		mod, err := syntax.ParseFile("e.py", []byte(tc.src+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		v, ok := constValue(mod.Body[0].(*syntax.ExprStmt).Value)
		if !ok || v.Repr() != tc.repr {
			t.Errorf("%s: got %v %v, want %s", tc.src, v, ok, tc.repr)
		}
	}
}
