package jit

import (
	"os"
	"strings"
	"testing"
)

// TestWaitPrimeWindow: workloads/richards' scheduler loop is a dispatch
// loop of long paths (four task classes, each body branching), whose
// root trace is on probation all run. Its waiting exits stop priming it
// once they have waited waitPrimeWindow times their side trace's cost:
// 4,900 exits and two side traces instead of 13,822 exits and five.
// Fails without waitprime.go (no "no longer primes", 13,822 exits).
func TestWaitPrimeWindow(t *testing.T) {
	src, err := os.ReadFile("../tests/corpus/workloads/richards.py")
	if err != nil {
		t.Fatal(err)
	}
	j, lg := runPayoffLogged(t, "richards", string(src), 1039)
	if !strings.Contains(lg, "no longer primes trace_") {
		t.Fatalf("no waiting exit stopped priming its trace:\n%s", lg)
	}
	if s := j.Stats(); s.GuardExits > 8000 || s.SideTraces > 3 {
		t.Fatalf("%d exits and %d side traces, want at most 8000 and 3:\n%s", s.GuardExits, s.SideTraces, lg)
	}
}

// TestWaitPrimeWindowInterp: a dispatch loop whose waiting exits come
// fast (jit/dispatch_loop, a short bench/interp) keeps priming its root
// until every side trace it waits for has come.
func TestWaitPrimeWindowInterp(t *testing.T) {
	src, err := os.ReadFile("../tests/corpus/jit/dispatch_loop.py")
	if err != nil {
		t.Fatal(err)
	}
	j, lg := runPayoffLogged(t, "dispatch_loop", string(src), 1039)
	if strings.Contains(lg, "no longer primes") {
		t.Fatalf("a waiting exit stopped priming:\n%s", lg)
	}
	if s := j.Stats(); s.SideTraces < 8 {
		t.Fatalf("%d side traces, want at least 8:\n%s", s.SideTraces, lg)
	}
}

// TestWaitLongSideDoesNotPrime: workloads/richards' scheduler root (24
// bytecodes: a held task, on to the next) waits for side traces of 116
// bytecodes (a task's body) at its task-class exits; those waits never
// prime the root (longSideRatio), so the root is entered at the
// interpreter's own rate and no side trace is compiled: 529 exits
// instead of 3,623 and two side traces. Fails without waitLong (3,623
// exits, 2 side traces, no "does not prime").
func TestWaitLongSideDoesNotPrime(t *testing.T) {
	src, err := os.ReadFile("../tests/corpus/workloads/richards.py")
	if err != nil {
		t.Fatal(err)
	}
	j, lg := runPayoffLogged(t, "richards", string(src), 1039)
	if !strings.Contains(lg, "does not prime trace_") {
		t.Fatalf("no long side path stopped priming:\n%s", lg)
	}
	if s := j.Stats(); s.GuardExits > 1500 || s.SideTraces > 1 {
		t.Fatalf("%d exits and %d side traces, want at most 1500 and 1:\n%s", s.GuardExits, s.SideTraces, lg)
	}
}

// TestWaitLongSideRatio: a wait primes unless its side path runs at least
// longSideRatio times the root's bytecodes.
func TestWaitLongSideRatio(t *testing.T) {
	for _, c := range []struct {
		side, root int
		long       bool
	}{{95, 24, false}, {96, 24, true}, {116, 24, true}, {40, 13, false}, {10, 42, false}, {4, 0, true}, {3, 0, false}} {
		if got := longSide(c.side, c.root); got != c.long {
			t.Errorf("side %d, root %d: long %v, want %v", c.side, c.root, got, c.long)
		}
	}
}
