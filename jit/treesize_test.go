package jit

import (
	"regexp"
	"strings"
	"testing"
)

// TestTreePricedAtItsSize: a root waiting for room in the budget for its
// rebuild as a tree is priced at the size the rebuild comes out at (the
// root lowered with the side traces it will carry, twins included), not
// at the root's and its side traces' sizes added up: the dispatch loop of
// TestTreeBudget priced its tree at 1,278 instructions and built 2,414.
func TestTreePricedAtItsSize(t *testing.T) {
	j, lg := runPayoffLogged(t, "n 6000000", strings.ReplaceAll(treeBudgetSrc, "%N%", "6000000"), 1039) // payoff_budget_test.go
	if j.Stats().TraceTrees == 0 {
		t.Fatalf("no tree built\n%s", lg)
	}
	priced := regexp.MustCompile(`over the budget: (\d+) wasm instructions`).FindAllStringSubmatch(lg, -1)
	built := regexp.MustCompile(`rebuilt \S+ as \S+ with \d+ side traces inside: (\d+) wasm instructions`).FindStringSubmatch(lg)
	if len(priced) == 0 || built == nil {
		t.Fatalf("want the tree to wait for the budget, then be built\n%s", lg)
	}
	if last := priced[len(priced)-1][1]; last != built[1] {
		t.Errorf("tree priced at %s wasm instructions, built at %s\n%s", last, built[1], lg)
	}
}
