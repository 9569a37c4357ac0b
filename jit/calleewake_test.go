package jit

import (
	"regexp"
	"strings"
	"testing"
)

// calleeWakeSrc calls total(), whose loop runs 8 iterations a call, from
// a range loop of %N% iterations, with squares() (%SQ%) beside it or not.
const calleeWakeSrc = `
def total(xs):
    s = 0
    for x in xs:
        s += x
    return s

def squares(n):
    s = 0
    for i in range(n):
        s += i * i
    return s

data = [3, 1, 4, 1, 5, 9, 2, 6]
acc = 0
for n in range(%N%):
    acc += total(data) + %SQ%
print(acc)
`

// TestCalleeWake: a root recording that meets total()'s loop without a
// trace wakes it only when the root's trace may then call it and pay:
// not when the root loop calls squares()'s loop too (a root trace calls
// one callee loop; the next recording would abort at the other), not
// when the root's range has too few iterations left (2,000: the woken
// trace was then entered from the interpreter at every call), and when
// it has 59,000 the callee loop is woken and the root's trace, which
// calls it, compiled.
func TestCalleeWake(t *testing.T) {
	for _, c := range []struct {
		n, sq string
		wake  bool
	}{
		{"60000", "squares(n % 23)", false},
		{"3000", "n", false},
		{"60000", "n", true},
	} {
		src := strings.NewReplacer("%N%", c.n, "%SQ%", c.sq).Replace(calleeWakeSrc)
		what := c.n + " " + c.sq
		_, lg := runPayoffLogged(t, what, src, 1039) // payoff_budget_test.go
		woke := strings.Contains(lg, "woke deferred trace at prog.py:4: a call of its function")
		if woke != c.wake {
			t.Fatalf("%s: total()'s loop woken %v, want %v\n%s", what, woke, c.wake, lg)
		}
		if c.wake && !regexp.MustCompile(`compiled trace_\d+ at prog.py:16:`).MatchString(lg) {
			t.Fatalf("%s: the root loop was not compiled\n%s", what, lg)
		}
	}
}
