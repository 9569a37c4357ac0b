package jit

import (
	"strings"
	"testing"
)

// TestPolyInnerPredicted: with the payoff rules, schedSrc's search loop
// (a for over six tasks of four classes, calling a method of each) is
// found polymorphic at its own hook and never compiled (it was compiled
// for one class, exited at the next item, and was retired once the
// scheduler's loop was recorded); the scheduler's loop, woken at the
// price of a side trace's wake, unrolls it and runs nearly everything.
// Fails without polypredict.go: "compiled trace_N at prog.py:66".
func TestPolyInnerPredicted(t *testing.T) {
	j, lg := runPayoffLogged(t, "schedSrc", schedSrc, 0)
	if !strings.Contains(lg, "inner loop at prog.py:66 is polymorphic (predicted") {
		t.Fatalf("the search loop was not predicted polymorphic\n%s", lg)
	}
	if strings.Contains(lg, "at prog.py:66: ") && strings.Contains(lg, "compiled trace_") && strings.Contains(lg, "retired") {
		t.Fatalf("the search loop was compiled and retired\n%s", lg)
	}
	for _, line := range strings.Split(lg, "\n") {
		if strings.HasPrefix(line, "[jit] compiled trace_") && strings.Contains(line, " at prog.py:66:") {
			t.Fatalf("the search loop was compiled: %s\n%s", line, lg)
		}
	}
	if !strings.Contains(lg, "at prog.py:65:") || j.Stats().TracesCompiled != 1 {
		t.Fatalf("want one trace, the scheduler's (%d compiled)\n%s", j.Stats().TracesCompiled, lg)
	}
}

// TestPolyInnerNotPredicted: loops the prediction must leave alone: a
// search over instances of one class, a loop over mixed classes whose
// body reads no attribute of its item, and a polymorphic loop with no
// loop around it in its frame.
func TestPolyInnerNotPredicted(t *testing.T) {
	for _, src := range []string{`
class A:
    def __init__(self, k):
        self.k = k
    def ready(self):
        return self.k == 3
order = [A(k) for k in range(6)]
n = 0
for i in range(30000):
    for t in order:
        if t.ready():
            n += t.k
            break
print(n)
`, `
class A:
    pass
class B:
    pass
order = [A(), B(), A(), B()]
n = 0
for i in range(30000):
    for t in order:
        n += 1
print(n)
`, `
class A:
    def f(self):
        return 1
class B:
    def f(self):
        return 2
def total(order):
    n = 0
    for t in order:
        n += t.f()
    return n
order = [A(), B(), A(), B()] * 3
print(sum(total(order) for _ in range(3000)))
`} {
		_, lg := runPayoffLogged(t, "src", src, 0)
		if strings.Contains(lg, "(predicted: its list") {
			t.Fatalf("predicted polymorphic:\n%s\n%s", src, lg)
		}
	}
}
