package jit

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/jit/jittest"
)

// shortRunsSrc runs a while loop of %R% iterations in g, called once
// per iteration of a range loop that cannot be traced (WITHENTER is not
// recorded), so each run of g's loop's trace would be entered from the
// interpreter and end at an exit to Go.
const shortRunsSrc = untraceableCtxSrc + `def g(k):
    t = 0
    j = 0
    while j < %R%:
        t += j * k
        j += 1
    return t
def f(n):
    t = 0
    for k in range(n):
        with c:
            t += k & 7
        t += g(k)
    return t
print(f(%N%))
`

// TestShortRunsNotCompiled: a loop of three iterations per call from a
// caller's range loop saves less per run than its entry's round trip
// costs, so the payoff rule does not compile it (before session 22 it was
// compiled on its certain future); one of 400 iterations per call is
// compiled.
func TestShortRunsNotCompiled(t *testing.T) {
	for _, c := range []struct {
		runs, n, want string
		compile       bool
	}{
		{"3", "60000", "5400120000\n", false},
		{"400", "600", "14340062100\n", true},
	} {
		src := strings.NewReplacer("%R%", c.runs, "%N%", c.n).Replace(shortRunsSrc)
		var log bytes.Buffer
		j := New(Config{Payoff: true, Log: &log})
		if got := jittest.Run(t, src, j, 1039); got != c.want {
			t.Fatalf("runs of %s: printed %q, want %q", c.runs, got, c.want)
		}
		st := j.Stats()
		if compiled := st.TracesCompiled > 0; compiled != c.compile {
			t.Fatalf("runs of %s: compiled %v (%d traces, %d exits to Go), want %v; log:\n%s",
				c.runs, compiled, st.TracesCompiled, st.GuardExits, c.compile, log.String())
		}
	}
}
