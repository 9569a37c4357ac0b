// shortunroll_test.go checks that inner loops of short, regular runs are
// unrolled into the outer loop's trace instead of getting traces of
// their own (shortunroll.go), and that an outer recording that simulates
// an inner trace simulates such a loop inside it on.

package jit

import (
	"regexp"
	"strings"
	"testing"
)

// shortBreakSrc is jit/lead_break_last's count_last: an inner loop of six
// items a run, left by a break at the last one.
const shortBreakSrc = `
def count_last(order, rounds):
    n = 0
    for i in range(rounds):
        for t in order:
            if t == 5:
                n += 1
                break
    return n

print(count_last(list(range(6)), 30000))
`

// shortNestSrc is jit/shortnest_callee_hop's f3: the z loop (two
// iterations a run) inside the y loop (2 to 9) inside the x loop (0 to
// 4 a call).
const shortNestSrc = `
def f3(i, L):
    m = 0
    for x in L[i % 3]:
        for y in range(x):
            for z in range(2):
                if z == 1 and y == x - 1 and i % 3 == 1:
                    m += 1000
                    break
                m += z
    return m

def drive(rounds, L):
    t = 0
    for i in range(rounds):
        t += f3(i, L)
    return t

print(drive(15000, [[3, 7, 5], [], [2, 9, 2, 4]]))
print(drive(9000, [[3, 7, 5], [4, 1], [2, 9, 2, 4]]))
`

// TestShortInnerUnrolled: count_last's inner loop gets no trace of its
// own; the outer loop's trace runs it unrolled, and is the only root
// (without shortunroll.go the inner loop's trace came first and the
// outer trace called it: two roots).
func TestShortInnerUnrolled(t *testing.T) {
	j, lg := runPayoffLogged(t, "shortBreakSrc", shortBreakSrc, 0)
	if !strings.Contains(lg, "inner loop at prog.py:5 runs 6 iterations a run") {
		t.Fatalf("the inner loop was not marked:\n%s", lg)
	}
	if regexp.MustCompile(`compiled trace_\d+ at prog.py:5:`).MatchString(lg) {
		t.Fatalf("the inner loop got a trace of its own:\n%s", lg)
	}
	if s := j.Stats(); s.TracesCompiled != 1 {
		t.Fatalf("%d root traces, want 1 (the outer loop's)\n%s", s.TracesCompiled, lg)
	}
}

// TestShortInnerSimulated: f3's z loop is unrolled into the y loop's
// trace, and the x loop's recording, which simulates the y loop to call
// its trace, simulates the z loop inside it on: the x loop gets its
// trace (it aborted at the z loop, "inner loop without a trace", until
// it was blacklisted, when the simulation called the z loop's trace).
func TestShortInnerSimulated(t *testing.T) {
	_, lg := runPayoffLogged(t, "shortNestSrc", shortNestSrc, 0)
	if !strings.Contains(lg, "inner loop at prog.py:6 runs 2 iterations a run") {
		t.Fatalf("the z loop was not marked:\n%s", lg)
	}
	if !regexp.MustCompile(`compiled trace_\d+ at prog.py:4:`).MatchString(lg) || strings.Contains(lg, "inner loop without a trace") {
		t.Fatalf("the x loop got no trace:\n%s", lg)
	}
}
