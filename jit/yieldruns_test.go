package jit

import (
	"bytes"
	"strings"
	"testing"
)

// yieldRunsSrc has a generator whose loop yields at every other
// iteration (`if x % 2 == 0: yield x`): its first recording aborts at the
// yield, a later one records the odd path, and that trace would exit to
// Go at every even item. A second generator yields once in 64 items: its
// trace runs 63 iterations an entry and still pays.
const yieldRunsSrc = `
def squares(i, n):
    while i < n:
        yield i * i
        i += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def rare(n):
    for i in range(n):
        if i % 64 == 63:
            yield i

t = 0
for rep in range(8):
    for v in evens(squares(rep, 20000)):
        t += v % 1000003
print(t)
t = 0
for v in rare(200000):
    t += v
print(t)
`

// TestYieldEveryOtherNotCompiled: a generator loop whose recording met a
// yield of its own frame is priced with an exit per two iterations, which
// its saving does not pay: it gets no trace, where it got one before; the
// loop that yields once in 64 items still compiles.
func TestYieldEveryOtherNotCompiled(t *testing.T) {
	want := run(t, yieldRunsSrc, nil, 0)
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true})
	if got := run(t, yieldRunsSrc, j, 50); got != want {
		t.Fatalf("JIT prints %q, interpreter %q\n%s", got, want, log.String())
	}
	lg := log.String()
	if !strings.Contains(lg, "yield in the loop's own generator") {
		t.Fatalf("evens()'s loop never aborted at its yield: the test no longer sets up the case\n%s", lg)
	}
	if compiledAt(lg, "prog.py:8:") {
		t.Errorf("evens()'s loop compiled a trace that exits at every other item\n%s", lg)
	}
	if !compiledAt(lg, "prog.py:13:") {
		t.Errorf("rare()'s loop, yielding once in 64 items, got no trace\n%s", lg)
	}
}

// compiledAt reports whether log has a root trace compiled at where.
func compiledAt(log, where string) bool {
	for _, l := range strings.Split(log, "\n") {
		if strings.HasPrefix(l, "[jit] compiled trace_") && strings.Contains(l, " at "+where) {
			return true
		}
	}
	return false
}
