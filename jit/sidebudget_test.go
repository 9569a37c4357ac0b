package jit

import (
	"os"
	"strings"
	"testing"
)

// treeBudgetSrc is a dispatch loop (a while loop: no certain future) whose
// branches each grow a side trace, run for %N% steps.
const treeBudgetSrc = `
def run(n):
    a = b = c = d = 0
    i = 0
    while i < n:
        k = i % 4
        if k == 0:
            a += 1
        elif k == 1:
            b += 2
        elif k == 2:
            c += 3
        else:
            d += 4
        i += 1
    return a, b, c, d


print(run(%N%))
`

// TestTreeBudget: a root's rebuild with its side traces inside (a tree,
// whose compile costs the root's and the side traces' together) waits
// for room in the program's budget: a short run that would have rebuilt
// it on its iterations alone does not, and says so; a long one does.
func TestTreeBudget(t *testing.T) {
	for _, c := range []struct {
		n    string
		tree bool
	}{{"400000", false}, {"6000000", true}} {
		j, lg := runPayoffLogged(t, "n "+c.n, strings.ReplaceAll(treeBudgetSrc, "%N%", c.n), 1039) // payoff_budget_test.go
		if built := j.Stats().TraceTrees > 0; built != c.tree {
			t.Fatalf("n %s: tree built %v, want %v\n%s", c.n, built, c.tree, lg)
		}
		if !c.tree && !strings.Contains(lg, "over the budget") {
			t.Fatalf("n %s: no tree, but no tree waited for the budget either\n%s", c.n, lg)
		}
	}
}

// TestWakeBudget: a side trace that reaches a deferred loop whose compile
// its exits and the loop's iterations do not pay wakes it only when the
// program's budget has room. jit/linked_loops (read from the corpus)
// with siblings()'s first list 22 times longer (with the corpus's three
// items, the `for x in items` loop's runs are too short for its trace to
// pay its entries, innerruns.go, and no side trace comes): the side
// traces of that loop's end and of the `for y in range(k % 4)` loop's
// (line 68) reach the outer loop at line 61 a few hundred exits in, 26 ms
// of work into the program; its compile (it unrolls the inner loops) is
// more than the budget has room for, and it was woken then when the
// bound was the work so far itself.
func TestWakeBudget(t *testing.T) {
	src, err := os.ReadFile("../tests/corpus/jit/linked_loops.py")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Replace(string(src), "siblings(3000, [1, 2, 3])", "siblings(3000, [1, 2, 3] * 22)", 1)
	if long == string(src) {
		t.Fatal("jit/linked_loops no longer calls siblings(3000, [1, 2, 3])")
	}
	_, lg := runPayoffLogged(t, "linked_loops", long, 1039)
	if !strings.Contains(lg, "reached deferred trace at prog.py:61: not woken") {
		t.Fatalf("the outer loop at line 61 was not held:\n%s", lg)
	}
	if strings.Contains(lg, "woke deferred trace at prog.py:61") {
		t.Fatalf("the outer loop at line 61 was woken:\n%s", lg)
	}
}
