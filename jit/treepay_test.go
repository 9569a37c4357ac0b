package jit

import (
	"os"
	"strings"
	"testing"
)

// TestHeirOf: an exit of a side trace that took nearly all of its tree's
// exits to Go since the side trace was linked inherits the exits its
// parent exit waited, scaled by its share; one that took fewer, or an
// exit of a root, inherits nothing.
func TestHeirOf(t *testing.T) {
	j := &JIT{}
	root := &compiled{name: "root"}
	root.root = root
	parent := &exitState{count: 500}
	x := &compiled{name: "side", root: root, parent: root, parentState: parent}
	j.ledgerOf(root).exits = 100
	x.linkedExits = 60 // 40 exits to Go since x was linked
	for _, c := range []struct {
		count, want int
	}{{40, 500}, {38, 475}, {30, 0}, {0, 0}} {
		e := &exitState{count: c.count}
		j.heirOf(x, e)
		if e.inherited != c.want {
			t.Errorf("exit taken %d of 40 times inherits %d, want %d", c.count, e.inherited, c.want)
		}
	}
	e := &exitState{count: 40}
	j.heirOf(root, e)
	if e.inherited != 0 {
		t.Errorf("an exit of the root inherits %d", e.inherited)
	}
}

// TestHeirChain: in jit/dictget_const a side trace's path crosses the
// loop's alternating branch, so that the side trace exits at its own
// exit on every other entry; that exit's side trace compiles on the
// exits its parent exit waited, not after a full wait of its own. With
// heirShare over 1 (no exit inherits) the program takes 6,649 exits to
// Go; with the rule about 5,500, the same 16 side traces (runs of 20,000
// then; since session 34 the runs that change the dict are of 60,000:
// 2,826 exits and 8 side traces with the rule, 4,730 and 10 without).
func TestHeirChain(t *testing.T) {
	src, err := os.ReadFile("../tests/corpus/jit/dictget_const.py")
	if err != nil {
		t.Fatal(err)
	}
	// The runs with a change function are of 60,000 rather than the
	// corpus's 20,000, and the first run (no change) stays at 20,000, so
	// that the root compiles in the second run, whose recording calls
	// the change function: the side traces that inherit hang off the
	// exit of that call. Since session 31 the root does not compile on a
	// run of 20,000 (its certain future does not pay in real CPU,
	// tracesaving.go); until session 34 it compiled on the second run of
	// 30,000 by the guess that runs repeat, which now holds only for
	// loops whose recordings took one path (this loop alternates two):
	// it compiles on a run's own future, 65,600 iterations left at a
	// stay share of one half, and a first run that long would compile it
	// on its first recording, without the change function.
	prog := strings.ReplaceAll(string(src), "), 20000, ", "), 60000, ")
	j, lg := runPayoffLogged(t, "dictget_const", prog, 1039)
	if !strings.Contains(lg, "pays by the exits its trace's parent exit waited") {
		t.Fatalf("no side trace compiled on inherited exits:\n%s", lg)
	}
	if s := j.Stats(); s.GuardExits > 6000 || s.SideTraces > 16 {
		t.Fatalf("%d exits and %d side traces, want at most 6000 and 16:\n%s", s.GuardExits, s.SideTraces, lg)
	}
}
