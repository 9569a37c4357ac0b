package jit

import (
	"bytes"
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
		src := strings.ReplaceAll(treeBudgetSrc, "%N%", c.n)
		want, _ := runCounting(t, src, nil, 0)
		var log bytes.Buffer
		j := New(Config{Log: &log, Payoff: true})
		got, _ := runCounting(t, src, j, 1039)
		if got != want {
			t.Fatalf("n %s: JIT prints %q, interpreter %q\n%s", c.n, got, want, log.String())
		}
		lg := log.String()
		if built := j.Stats().TraceTrees > 0; built != c.tree {
			t.Fatalf("n %s: tree built %v, want %v\n%s", c.n, built, c.tree, lg)
		}
		if !c.tree && !strings.Contains(lg, "over the budget") {
			t.Fatalf("n %s: no tree, but no tree waited for the budget either\n%s", c.n, lg)
		}
	}
}
