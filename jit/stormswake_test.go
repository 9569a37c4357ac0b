// stormswake_test.go checks when a side trace wakes the deferred loop it
// reached (stormswake.go).
package jit

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// TestStormWakeEarly: an outer loop whose body is two inner loops,
// deferred at its first hot check (unrolled, it is long); the second
// inner loop's end is an exit whose side trace reaches it a few hundred
// exits in, a few milliseconds into the program. Its compile would cost
// more than the program has run and more than its iterations and those
// exits are worth: it must not be woken then (it was, and cost
// jit/inner_end_accepted three quarters of its CPU). Six bodies: with
// jit/inner_end_accepted's five, the inner loops' runs (10 and 5
// iterations) are too short for their traces to pay (innerruns.go) and
// no side trace comes; from seven on, the body loop's trace comes before
// the outer loop is first hot, and the outer loop's, which calls both
// inner traces, is small and pays.
func TestStormWakeEarly(t *testing.T) {
	src := `
def step(bodies, pairs, n):
    for _ in range(n):
        for ((p1, v1, m1), (p2, v2, m2)) in pairs:
            d = p1[0] - p2[0]
            v1[0] -= d * m2
            v2[0] += d * m1
        for (p, v, m) in bodies:
            p[0] += v[0] * 0.01

k = 6
bodies = [[[float(i)], [0.5 * i], 0.001 * (i + 1)] for i in range(k)]
pairs = [(bodies[i], bodies[j]) for i in range(k) for j in range(i + 1, k)]
step(bodies, pairs, 3000)
print(" ".join("%.9f" % b[0][0] for b in bodies))
`
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true})
	got := run(t, src, j, 0)
	if want := run(t, src, nil, 0); got != want {
		t.Fatalf("output differs:\n%s\nvs\n%s", got, want)
	}
	l := log.String()
	if !strings.Contains(l, "reached deferred trace at prog.py:3: not woken") {
		t.Fatalf("the outer loop was not held:\n%s", l)
	}
	if strings.Contains(l, "woke deferred trace at prog.py:3") || regexp.MustCompile(`compiled trace_\d+ at prog.py:3:`).MatchString(l) {
		t.Fatalf("the outer loop was woken or compiled:\n%s", l)
	}
}
