package jit

import (
	"regexp"
	"strings"
	"testing"
)

// innerRunsSrc is jit/inner_end_accepted's outer loop (stepPairsSrc,
// accepted_test.go): two inner loops of %K%*(%K%-1)/2 and %K% iterations
// per iteration of a range loop in the same frame, called three times.
const innerRunsSrc = stepPairsSrc + `
k = %K%
bodies = [[[float(i)], [0.5 * i], 0.001 * (i + 1)] for i in range(k)]
pairs = [(bodies[i], bodies[j]) for i in range(k) for j in range(i + 1, k)]
step(bodies, pairs, 3000)
step(bodies, pairs, 500)
step(bodies, pairs, 500)
print(" ".join("%.9f" % b[0][0] for b in bodies))
`

// TestInnerShortRuns: with five bodies the inner loops run 10 and 5
// iterations per outer iteration, and the outer loop (the inner loops
// unrolled into it) does not pay: each run of an inner loop's trace
// would be entered from the interpreter and saves less than that entry
// costs, so nothing is compiled (the body loop's trace was compiled on a
// time per iteration that held the pair loop's, and then the pair loop's
// on ski rental in the second call, whose outer run was too new to
// measure). With twelve bodies the pair loop runs 66 iterations and is
// compiled, and the outer loop's trace calls it.
func TestInnerShortRuns(t *testing.T) {
	for _, c := range []struct {
		k      string
		traces bool
	}{{"5", false}, {"12", true}} {
		src := strings.ReplaceAll(innerRunsSrc, "%K%", c.k)
		j, lg := runPayoffLogged(t, "k "+c.k, src, 1039) // payoff_budget_test.go
		if n := j.Stats().TracesCompiled; (n > 0) != c.traces {
			t.Fatalf("k %s: %d traces compiled, want traces %v\n%s", c.k, n, c.traces, lg)
		}
		if c.traces && !strings.Contains(lg, "at prog.py:4: 22 bytecodes") {
			t.Fatalf("k %s: the pair loop was not compiled\n%s", c.k, lg)
		}
	}
}

// TestShortRunsBreak: a callee's loop whose runs end at a break after
// about eleven of its range's up to 39 iterations is charged its entry
// over the iterations its runs make, not over what its range has left
// (a trace of it saves less per run than the entry costs); the caller's
// loop, whose trace calls it, may still compile.
func TestShortRunsBreak(t *testing.T) {
	src := `
def first_big(n, limit):
    c = 0
    for i in range(1, n):
        if i * i > limit:
            break
        c += i
    return c

acc = 0
for n in range(12000):
    acc += first_big(n % 40, 200)
print(acc)
`
	_, lg := runPayoffLogged(t, "first_big", src, 1039)
	compiled := regexp.MustCompile(`compiled trace_\d+ at prog.py:4:`).FindStringIndex(lg)
	woke := strings.Index(lg, "woke deferred trace at prog.py:4")
	if compiled != nil && (woke < 0 || compiled[0] < woke) {
		t.Fatalf("the loop of short runs was compiled before the caller's loop met it:\n%s", lg)
	}
}
