package jit

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// outerFutureSrc's inner loop runs over a list of 10 (its own iterator
// says nothing of its future) once per iteration of a range loop around
// it: with %N% outer iterations it runs 10 x %N% iterations in all.
const outerFutureSrc = `
pts = [float(k) for k in range(10)]


def step(n):
    s = 0.0
    for _ in range(n):
        for p in pts:
            s = s + p * 0.5
    return s


print(step(%N%))
`

// TestOuterFuture: an inner loop under a range loop with many
// iterations left is compiled at once (by its third hook call: the outer
// loop's rate is measured between two of them), where ski rental would
// wait for its interpreted time to pay; with few outer iterations left it
// is not compiled at all.
func TestOuterFuture(t *testing.T) {
	inner := regexp.MustCompile(`compiled trace_\d+ at prog.py:8:`)
	for _, c := range []struct {
		n       string
		compile bool
	}{{"60000", true}, {"400", false}} {
		_, lg := runPayoffLogged(t, "n "+c.n, strings.ReplaceAll(outerFutureSrc, "%N%", c.n), 1039)
		if inner.MatchString(lg) != c.compile {
			t.Fatalf("n %s: inner loop compiled %v, want %v\n%s", c.n, !c.compile, c.compile, lg)
		}
		if c.compile && strings.Count(lg, "deferred trace at prog.py:8:") > 2 {
			t.Fatalf("n %s: the inner loop waited for more than two hook calls\n%s", c.n, lg)
		}
	}
}

// budgetSrc is a while loop (no certain future) that runs %N%
// iterations at the start of a program.
const budgetSrc = `
i = 0
t = 0
while i < %N%:
    t += i % 7
    i += 1
print(t)
`

// TestPayoffBudget: a loop whose future is unknown is compiled only once
// the program's work so far is lossBound times the compile's cost: not in
// a program of 30,000 iterations (ski rental alone compiled it at about
// half of them), and in one of 600,000.
func TestPayoffBudget(t *testing.T) {
	for _, c := range []struct {
		n       string
		compile bool
	}{{"30000", false}, {"600000", true}} {
		j, lg := runPayoffLogged(t, "n "+c.n, strings.ReplaceAll(budgetSrc, "%N%", c.n), 1039)
		if compiled := j.Stats().TracesCompiled > 0; compiled != c.compile {
			t.Fatalf("n %s: compiled %v, want %v\n%s", c.n, compiled, c.compile, lg)
		}
	}
}

// runPayoffLogged runs src under a JIT with the payoff rules and a log at
// threshold, fails t (naming the case what) when it prints other than the
// interpreter, and returns the JIT and its log.
func runPayoffLogged(t *testing.T, what, src string, threshold int) (*JIT, string) {
	t.Helper()
	want, _ := runCounting(t, src, nil, 0)
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true})
	if got, _ := runCounting(t, src, j, threshold); got != want {
		t.Fatalf("%s: JIT prints %q, interpreter %q\n%s", what, got, want, log.String())
	}
	return j, log.String()
}
