package jit

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/jit/jittest"
)

// rangeRunsSrc calls fill, whose `for i in range(%R%)` has no loop
// around it in its frame, from a while loop that cannot be traced
// (WITHENTER is not recorded) and is no range loop that would measure its
// runs: each run of fill's loop enters its trace from
// the interpreter and ends at an exit to Go, as workloads/richards'
// `for i in range(BUFSIZE)` and tests/bench/nqueens' `for i in range(n)`
// of a recursive solve did.
const rangeRunsSrc = untraceableCtxSrc + `def fill(buf, k, m, mask):
    for i in range(%R%):
        k = (k * %M% + i) & %K%
        buf[i & 3] = k
    return k
def f(n):
    buf = [0] * 4
    t = 0
    k = 0
    while n > 0:
        with c:
            t += 1
        k = fill(buf, k, 31, 1023) ^ (n & 7)
        t += buf[n & 3]
        n -= 1
    return t
print(f(%N%))
`

// TestRangeRunsPriced: a loop over a range of 4 entered once per call
// runs four iterations per entry from the interpreter, too few to pay the
// entry's round trip: it is not compiled (before session 27 ski rental
// compiled it and each of its ~33,000 later runs ended at an exit to Go),
// also when the compiler hoisted its constants between the GETITER and
// the loop's header (shortunroll.go getIterBefore); one over a range of
// 60 is.
func TestRangeRunsPriced(t *testing.T) {
	for _, c := range []struct {
		r, m, k, n, want string
		compiled         bool
		maxExits         int64
		minInTraces      int64
	}{
		{"4", "m", "mask", "52000", "26486512\n", false, 0, 0},
		{"4", "31", "1023", "52000", "26486512\n", false, 0, 0},
		{"60", "m", "mask", "3000", "1536052\n", true, 4000, 100000},
	} {
		src := strings.NewReplacer("%R%", c.r, "%M%", c.m, "%K%", c.k, "%N%", c.n).Replace(rangeRunsSrc)
		var log bytes.Buffer
		j := New(Config{Payoff: true, Log: &log})
		if got := jittest.Run(t, src, j, 1039); got != c.want {
			t.Fatalf("range(%s), k * %s: printed %q, want %q", c.r, c.m, got, c.want)
		}
		st := j.Stats()
		if (st.TracesCompiled > 0) != c.compiled || st.GuardExits > c.maxExits || st.BytecodesInTraces < c.minInTraces {
			t.Fatalf("range(%s), k * %s: %d traces compiled (want some: %v), %d exits to Go (at most %d), %d bytecodes in traces (at least %d); log:\n%s",
				c.r, c.m, st.TracesCompiled, c.compiled, st.GuardExits, c.maxExits, st.BytecodesInTraces, c.minInTraces, log.String())
		}
	}
}
